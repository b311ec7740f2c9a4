#!/usr/bin/env python3
"""Builds the NER gazetteers in data/ner/ (see docs/data.md):

- subdivisions.txt: ISO 3166-2 subdivision names from Debian's iso-codes
  (/usr/share/iso-codes/json/iso_3166-2.json), one a line; parenthesised and
  comma-qualified parts dropped, names of one letter or with digits skipped.
- first-names.txt: given names, the first word of two-or-more-word PER entities of the
  CoNLL-2003 training set seen at least twice (pass its path as the first argument).

usage: python3 scripts/ner-gazetteers.py ../shared/data/conll2003/train.txt
"""
import collections
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "ner"
OUT.mkdir(parents=True, exist_ok=True)

names = set()
with open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8") as f:
    for entry in json.load(f)["3166-2"]:
        for part in entry["name"].split(";"):
            name = re.sub(r"\s*\(.*?\)", "", part).split(",")[0].strip()
            name = name.replace("’", "'")
            if len(name) < 2 or re.search(r"[0-9\[\]]", name):
                continue
            # tokens as the tagger sees them: "Saint-Denis" stays one word
            names.add(" ".join(name.split()))
(OUT / "subdivisions.txt").write_text(
    "# ISO 3166-2 subdivision names (Debian iso-codes); scripts/ner-gazetteers.py\n"
    + "\n".join(sorted(names)) + "\n", encoding="utf-8")

counts = collections.Counter()
span = []
prev = "O"


def close():
    if len(span) >= 2 and re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", span[0]):
        counts[span[0]] += 1


with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        cols = line.split()
        label = cols[-1] if cols else "O"
        if label.startswith(("I-PER", "B-PER")) and not (
                label.startswith("B-") or prev[2:] != "PER"):
            span.append(cols[0])
        elif label.endswith("PER"):
            close()
            span = [cols[0]]
        else:
            close()
            span = []
        prev = label
close()
first = sorted(name for name, count in counts.items() if count >= 2)
(OUT / "first-names.txt").write_text(
    "# Given names: first words of CoNLL-2003 train PER names seen twice; scripts/ner-gazetteers.py\n"
    + "\n".join(first) + "\n", encoding="utf-8")
print(f"{len(names)} subdivisions, {len(first)} first names", file=sys.stderr)
