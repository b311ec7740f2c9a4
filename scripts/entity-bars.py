#!/usr/bin/env python3
"""Counts, over `newsmine extract --kinds entity` records on stdin, the entity classes of
issues 18 and 23 (docs/ner.md, "Lists"): currency forms that are not an organisation's
bracketed acronym or ticker ("Dome Mines Ltd <DM>"), acronyms of common nouns, wire sign-offs
("Reuter"/"REUTER" alone on their line or ending the story), and the mentions of IMF, WTO, GATT,
OPEC, UN and NATO typed ORG or not. The input documents are given as arguments (for offsets).

usage: newsmine extract --kinds entity FILES... | python3 scripts/entity-bars.py FILES...
"""
import gzip
import json
import pathlib
import sys

LISTS = pathlib.Path(__file__).resolve().parent.parent / "data" / "entities"
ORGS = ("IMF", "WTO", "GATT", "OPEC", "UN", "NATO")


def read_list(name):
    with open(LISTS / name, encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def main():
    currencies = read_list("currencies.txt")
    acronyms = read_list("common-acronyms.txt")
    texts = {}
    for path in sys.argv[1:]:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                texts[doc["id"]] = doc["text"].encode()
    counts = dict.fromkeys(("records", "currency", "acronym", "signoff", "org", "not_org"), 0)
    for line in sys.stdin:
        r = json.loads(line)
        counts["records"] += 1
        text, body = r["text"], texts[r["doc"]]
        bracketed = body[r["start"] - 1:r["start"]] in (b"(", b"<") and text.isupper()
        if text in currencies and not bracketed:
            counts["currency"] += 1
        if text in acronyms or (text.endswith("s") and text[:-1] in acronyms):
            counts["acronym"] += 1
        # alone on its line (no lowercase word after it there) or at the end of the story
        alone = (body[:r["start"]].rsplit(b"\n", 1)[-1].strip() == b""
                 and not any(97 <= c <= 122 for c in body[r["end"]:].split(b"\n", 1)[0]))
        if text in ("REUTER", "Reuter") and (alone or not body[r["end"]:].strip(b" \t\r\n.")):
            counts["signoff"] += 1
        if text in ORGS:
            counts["org" if r["type"] == "ORG" else "not_org"] += 1
    print(" ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
