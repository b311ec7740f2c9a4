#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target into OUT/<target>/.

Seeds come from the project's corpus/, from small samples made here, from the inputs of past
findings (fuzz/regressions/TARGET/, each also a unit test), and (when present) from a few
articles and CoNLL sentences of ../shared, which are never committed.

usage: fuzz/seeds.py OUT [NEWSMINE_BINARY]
"""
import bz2
import gzip
import json
import lzma
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
EXTRACTORS = ["entity", "date", "percent", "quote", "tariff", "money"]

SAMPLES = [
    "Trump said on Monday that tariffs of 25% on steel would start on April 2, 2025.",
    "\u201cWe will respond firmly,\u201d said China's commerce ministry spokesman He Yadong.",
    "The EU raised duties to 35.3 percent from 10%. Dr. Smith of Acme Corp. disagreed.",
    "Prices rose 3.5% in Q3 2024, the Federal Reserve said last week; rates held at 4.25%-4.5%.",
    "'I don't know,' she said. \"Maybe next year.\"\n\nOttawa imposed a 100% surtax on EVs.",
    "U.S.-China talks in Geneva on May 12th ended; see https://example.org/a?b=1 or a@b.org.",
    "Mexico\u2019s president, Claudia Sheinbaum, said the levy \u2014 set for March 4 \u2014 was unfair.",
    "Ottawa set C$30bn in duties; 50 mln dlrs, \u00a52 trillion, Rs. 500 million, $3 to $5 billion.",
    "\ufeffBOM first.\r\nCRLF lines\u00a0and\u200bzero width\tand \x01 control bytes \xff.",
]

JSON_LINES = "".join(
    json.dumps({"id": f"s{k}", "date": "2025-04-21", "text": text}) + "\n"
    for k, text in enumerate(SAMPLES))
RECORDS = (
    '{"doc": "s0", "kind": "entity", "type": "PERSON", "text": "Trump", "start": 0, "end": 5}\n'
    '{"doc": "s0", "kind": "percent", "text": "25%", "value": 25, "start": 30, "end": 33}\n')

CONLL = (
    "-DOCSTART- -X- -X- O\n\n"
    "EU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n. . O O\n\n"
    "Peter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n\n"
    "BRUSSELS NNP B-NP I-LOC\n1996-08-22 CD I-NP O\n\n"
    "-DOCSTART- -X- -X- O\n\nword\nalone\n\nbad tag X-FOO\n")


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    with open(os.path.join(folder, name), "wb") as out:
        out.write(data)


def shared_articles(limit):
    path = os.path.join(SHARED, "eval", "news-2025.jsonl")
    if not os.path.exists(path):
        return []
    texts = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text", "")
            if text:
                texts.append(text[:4000])
            if len(texts) >= limit:
                break
    return texts


def corpus_texts():
    folder = os.path.join(ROOT, "corpus")
    texts = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            if name.endswith(".jsonl"):
                texts += [json.loads(line)["text"][:4000] for line in f if line.strip()]
            else:
                texts.append(f.read())
    return texts


def reader_seeds(out):
    folder = os.path.join(out, "reader")
    pretty = "".join(json.dumps(json.loads(l), indent=2) + "\n" for l in JSON_LINES.splitlines())
    array = json.dumps([json.loads(l) for l in JSON_LINES.splitlines()], indent=1)
    forms = {"lines.jsonl": JSON_LINES, "pretty.json": pretty, "array.json": array,
             "text.txt": SAMPLES[0] + "\n" + SAMPLES[1], "packed.json": JSON_LINES.replace("\n", " ")}
    for name, text in forms.items():
        data = text.encode()
        write(folder, name, data)
        write(folder, name + ".gz", gzip.compress(data))
        write(folder, name + ".xz", lzma.compress(data))
        write(folder, name + ".bz2", bz2.compress(data))
        for mode in range(1, 5):
            write(folder, f"{name}.mode{mode}", bytes([mode]) + data)
    write(folder, "records.jsonl", b"\x08" + RECORDS.encode())
    # zstd frames: the CLI tool is optional.
    try:
        zst = subprocess.run(["zstd", "-q", "-c"], input=JSON_LINES.encode(),
                             capture_output=True, check=True).stdout
        write(folder, "lines.jsonl.zst", zst)
    except (OSError, subprocess.CalledProcessError):
        pass
    with open(os.path.join(ROOT, "corpus", "seeds.jsonl"), "rb") as f:
        write(folder, "corpus-seeds.jsonl", f.read()[:8000])


def text_seeds(out, texts):
    for target in ["text"] + EXTRACTORS:
        folder = os.path.join(out, target)
        for k, text in enumerate(texts):
            prefix = "" if target == "text" else chr(1 + k % 3)
            write(folder, f"t{k:03}", prefix + text)


def stats_seeds(out, binary):
    folder = os.path.join(out, "stats_merge")
    write(folder, "records.jsonl", RECORDS)
    if not binary or not os.path.exists(binary):
        return
    seeds = os.path.join(ROOT, "corpus", "seeds.jsonl")
    runs = {
        "articles.state": [binary, "stats", "--partial", seeds],
        "records.state": [binary, "stats", "--partial", "--by", "type,text",
                          "--num", "value", "-"],
    }
    records = subprocess.run([binary, "extract", seeds], capture_output=True).stdout
    for name, command in runs.items():
        try:
            state = subprocess.run(command, input=records, capture_output=True).stdout
        except OSError:
            continue
        if state:
            write(folder, name, state[:6000])


def conll_seeds(out):
    folder = os.path.join(out, "conll")
    write(folder, "tiny.conll", CONLL)
    path = os.path.join(SHARED, "data", "conll2003", "dev.txt")
    if os.path.exists(path):
        with open(path, "rb") as f:
            write(folder, "dev-head.conll", f.read(6000))


def regression_seeds(out):
    folder = os.path.join(ROOT, "fuzz", "regressions")
    for target in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        for name in sorted(os.listdir(os.path.join(folder, target))):
            with open(os.path.join(folder, target, name), "rb") as f:
                write(os.path.join(out, target), "regression-" + name, f.read())


def main():
    out = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else None
    texts = SAMPLES + corpus_texts() + shared_articles(40)
    reader_seeds(out)
    text_seeds(out, texts)
    stats_seeds(out, binary)
    conll_seeds(out)
    regression_seeds(out)


if __name__ == "__main__":
    main()
