#!/usr/bin/env python3
"""Date accuracy on Duckling's English test cases (../shared/data/date-cases/).

Runs newsmine over the cases whose expected value has grain day, week, month or year (the
news-date ones: no holidays, no times of day, no intervals), with each case's reference time
as the document date, and compares the date value newsmine gives with the expected one
turned into a TIMEX3 value (day 2013-02-15, week 2013-W07, month 2013-02, year 2013). Also
reports how many of the negative cases yield no date, and lists the failing families
(the case text with digits and month/weekday names abstracted).

    python3 bench/duckling_dates.py [--binary build/newsmine] [--cases DIR] [--show N]
    python3 bench/duckling_dates.py --command 'my-driver {input}'   # any JSONL record writer

Standard library only.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile

GRAINS = ("day", "week", "month", "year")
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
          "december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun"


def timex(expected: dict) -> str:
    """Duckling's value + grain as a TIMEX3 value."""
    day = dt.date.fromisoformat(expected["value"][:10])
    grain = expected["grain"]
    if grain == "day":
        return day.isoformat()
    if grain == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if grain == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def family(text: str) -> str:
    """The case's shape: digits -> 9, month names -> MONTH, weekdays -> WEEKDAY."""
    shape = text.lower()
    shape = re.sub(rf"\b(?:{MONTHS})\b\.?", "MONTH", shape)
    shape = re.sub(rf"\b(?:{WEEKDAYS})\b\.?", "WEEKDAY", shape)
    shape = re.sub(r"\d+", "9", shape)
    return shape


def load_cases(path: str):
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            case = json.loads(line)
            case["id"] = f"case-{number:04d}"
            yield case


def run_newsmine(command: str, docs: list[dict]) -> dict[str, list[dict]]:
    """Writes `docs` as JSONL, runs `command` ({input} = that file), groups date records."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc) + "\n")
        path = f.name
    try:
        out = subprocess.run(command.format(input=path), shell=True, check=True,
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    records = collections.defaultdict(list)
    for line in out.splitlines():
        if line.strip():
            record = json.loads(line)
            if record.get("kind") == "date":
                records[record["doc"]].append(record)
    return records


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(root, "build", "newsmine"))
    parser.add_argument("--command", help="command writing records for {input} (overrides --binary)")
    parser.add_argument("--cases", default=os.path.join(root, "..", "shared", "data", "date-cases"))
    parser.add_argument("--show", type=int, default=25, help="failing families to list")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    command = args.command or f"'{args.binary}' extract --kinds date -j1 {{input}}"

    cases = list(load_cases(os.path.join(args.cases, "duckling_en_time.jsonl")))
    news = [c for c in cases
            if c["expected"] and c["expected"].get("type") == "value"
            and c["expected"].get("grain") in GRAINS and "holiday" not in c["expected"]
            and c["corpus"] != "latent" and re.match(r"\d{4}-", c["expected"]["value"])]
    negatives = [c for c in cases if c["expected"] is None]
    docs = [{"id": c["id"], "date": c["ref"][:10], "text": c["text"]} for c in news + negatives]
    records = run_newsmine(command, docs)

    by_grain = collections.Counter()
    ok_by_grain = collections.Counter()
    failures = collections.defaultdict(list)
    for case in news:
        grain = case["expected"]["grain"]
        want = timex(case["expected"])
        got = [r.get("value") for r in records.get(case["id"], [])]
        by_grain[grain] += 1
        if got and all(v == want for v in got):
            ok_by_grain[grain] += 1
        else:
            why = "missed" if not got else "wrong value"
            failures[family(case["text"])].append((case["text"], want, got, why))
    rejected = sum(1 for c in negatives if not records.get(c["id"]))

    total = sum(by_grain.values())
    correct = sum(ok_by_grain.values())
    summary = {
        "cases": total, "correct": correct, "accuracy": correct / total if total else None,
        "by_grain": {g: {"cases": by_grain[g], "correct": ok_by_grain[g],
                         "accuracy": ok_by_grain[g] / by_grain[g] if by_grain[g] else None}
                     for g in GRAINS},
        "negatives": len(negatives), "negatives_rejected": rejected,
    }
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(f"Duckling news-date cases (grain {'/'.join(GRAINS)}, no holidays/intervals/latent)")
    print(f"  overall  {correct}/{total} = {summary['accuracy']:.3f}")
    for g in GRAINS:
        if by_grain[g]:
            print(f"  {g:8} {ok_by_grain[g]}/{by_grain[g]} = {ok_by_grain[g] / by_grain[g]:.3f}")
    print(f"  negatives with no date: {rejected}/{len(negatives)}")
    print(f"\nFailing families (most cases first, top {args.show}):")
    ranked = sorted(failures.items(), key=lambda item: (-len(item[1]), item[0]))
    for shape, items in ranked[: args.show]:
        text, want, got, why = items[0]
        print(f"  {len(items):3}  {shape!r:34} e.g. {text!r} want {want} got {got} ({why})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
