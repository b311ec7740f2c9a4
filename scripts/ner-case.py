#!/usr/bin/env python3
"""Case table for the NER features: how often each word is written in lowercase.

Reads the tokenized corpus of scripts/ner-corpus.py and writes data/ner/case.tsv:
lowercase form (digits as 0) TAB bucket, where the bucket says how often the word appears in
lowercase rather than capitalised when it is not the first word of a sentence (all-caps
occurrences ignored): 1 >= 90% lowercase, 2 >= 50%, 3 >= 10%, 4 less. Words seen fewer than
3 times in those positions are left out.

usage: python3 scripts/ner-corpus.py ../shared | python3 scripts/ner-case.py > data/ner/case.tsv
"""
import collections
import re
import sys

lower = collections.Counter()
capital = collections.Counter()
for line in sys.stdin:
    words = line.split()
    for word in words[1:]:
        if not re.match(r"[A-Za-z]", word) or (word.isupper() and len(word) > 1):
            continue
        key = re.sub(r"[0-9]", "0", word.lower())
        if word[0].isupper():
            capital[key] += 1
        else:
            lower[key] += 1
print("# lowercase form\tbucket: 1 >=90% lowercase .. 4 <10% (scripts/ner-case.py)")
for key in sorted(set(lower) | set(capital)):
    total = lower[key] + capital[key]
    if total < 3:
        continue
    share = lower[key] / total
    bucket = 1 if share >= 0.9 else 2 if share >= 0.5 else 3 if share >= 0.1 else 4
    print(f"{key}\t{bucket}")
