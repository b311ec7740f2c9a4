#!/usr/bin/env python3
"""Unlabelled news text for the NER word clusters, one tokenized sentence-ish line a line.

Reads Reuters-21578 (../shared/data/news) and the PolNeAR article texts, splits them into
CoNLL-like tokens (words with inner periods/apostrophes/hyphens, numbers, single punctuation)
and writes them, case kept, to stdout. Feed the result to scripts/ner-clusters.sh.
"""
import glob
import gzip
import json
import re
import sys

SHARED = sys.argv[1] if len(sys.argv) > 1 else "../shared"
TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:[.'’\-&][A-Za-z0-9\u00C0-\u024F]+)*\.?|\S")


def emit(text):
    for line in re.split(r"\n\s*\n|(?<=[.!?])\s+(?=[A-Z\"])", text):
        tokens = TOKEN.findall(line.replace("’", "'"))
        # a trailing period belongs to the token only for abbreviations like "U.S."
        out = []
        for tok in tokens:
            if len(tok) > 1 and tok.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.", tok):
                out.extend([tok[:-1], "."])
            else:
                out.append(tok)
        if out:
            print(" ".join(out))


with gzip.open(f"{SHARED}/data/news/reuters21578.jsonl.gz", "rt", encoding="utf-8") as news:
    for line in news:
        doc = json.loads(line)
        emit((doc.get("title") or "") + "\n\n" + (doc.get("text") or ""))
for path in sorted(glob.glob(f"{SHARED}/data/polnear/*/text/*.txt")):
    with open(path, encoding="utf-8", errors="replace") as article:
        emit(article.read())
