#!/usr/bin/env python3
"""Builds the NER gazetteers in data/ner/ (see docs/data.md):

- subdivisions.txt: ISO 3166-2 subdivision names from Debian's iso-codes
  (/usr/share/iso-codes/json/iso_3166-2.json), one a line; parenthesised and
  comma-qualified parts dropped, names of one letter or with digits skipped.

- proper-nouns.txt: capitalised words of Debian's wamerican word list
  (/usr/share/dict/american-english) whose lowercase form is not in the list
  ("Aaron", "Abilene", "Zyuganov"), ASCII only, no possessives.

A list of given names taken from the CoNLL-2003 training names was tried and dropped: it fires
on every training name but only on seen names later, and cost 0.3 dev F1 (docs/ner.md).

usage: python3 scripts/ner-gazetteers.py
"""
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

print(f"{len(names)} subdivisions", file=sys.stderr)

words = Path("/usr/share/dict/american-english").read_text(encoding="utf-8").split()
word_set = set(words)
proper = sorted({w for w in words if len(w) > 1 and w[0].isupper() and "'" not in w
                 and w.isascii() and w.lower() not in word_set})
(OUT / "proper-nouns.txt").write_text("".join(w + "\n" for w in proper), encoding="ascii")
print(f"{len(proper)} proper nouns", file=sys.stderr)
