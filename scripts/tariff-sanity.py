#!/usr/bin/env python3
"""Count tariff records with actor == target and duplicate records (same doc, offsets, actor,
target, rate, action) in newsmine output read from stdin."""
import collections, json, sys

records = self_taxed = 0
seen = collections.Counter()
for line in sys.stdin:
    r = json.loads(line)
    if r.get("kind") != "tariff":
        continue
    records += 1
    if r["actor"] is not None and r["actor"] == r["target"]:
        self_taxed += 1
    seen[(r["doc"], r["start"], r["end"], r["actor"], r["target"], r["rate"], r["action"])] += 1
duplicates = sum(n - 1 for n in seen.values() if n > 1)
print(f"records {records} actor==target {self_taxed} duplicates {duplicates}")
sys.exit(1 if self_taxed or duplicates else 0)
