#!/usr/bin/env python3
"""Reads `newsmine --format csv FILE` with Python's csv module, `--format tsv` by its escapes,
and the JSON Lines output of the same run, and checks that all three hold the same records:
as many, in the same order, every JSON field a column, equal values.

usage: csv_roundtrip.py NEWSMINE INPUT [ARGS...]   (ARGS go before INPUT, e.g. extract --kinds all)
Exit 0 when equal, 1 with the first difference, 77 when INPUT is missing (skipped)."""
import csv
import io
import json
import math
import os
import subprocess
import sys


def run(binary, args):
    done = subprocess.run([binary] + args, stdout=subprocess.PIPE, check=True)
    return done.stdout.decode("utf-8")


def unescape_tsv(cell):
    out, i = [], 0
    while i < len(cell):
        if cell[i] == "\\" and i + 1 < len(cell):
            out.append({"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[cell[i + 1]])
            i += 2
        else:
            out.append(cell[i])
            i += 1
    return "".join(out)


def same(json_value, cell):
    """Whether a JSON value and a CSV/TSV cell hold the same value."""
    if json_value is None:
        return cell == ""
    if isinstance(json_value, bool):
        return cell == ("true" if json_value else "false")
    if isinstance(json_value, (int, float)):
        try:
            number = float(cell)
        except ValueError:
            return False
        return number == json_value or (math.isnan(number) and math.isnan(json_value))
    if isinstance(json_value, list):
        return cell == "; ".join(json_value)
    return cell == json_value


def compare(name, records, header, rows):
    if len(rows) != len(records):
        return f"{name}: {len(rows)} records, JSON Lines {len(records)}"
    for number, (record, row) in enumerate(zip(records, rows), 1):
        if len(row) != len(header):
            return f"{name}: record {number} has {len(row)} cells, header {len(header)}"
        cells = dict(zip(header, row))
        for key, value in record.items():
            if key not in cells:
                return f"{name}: no column for field {key!r} (record {number})"
            if not same(value, cells[key]):
                return f"{name}: record {number} field {key!r}: {cells[key]!r} != {value!r}"
        for key, cell in cells.items():
            if key not in record and cell != "":
                return f"{name}: record {number} has {key!r} = {cell!r}, JSON has none"
    return None


def main():
    binary, target, args = sys.argv[1], sys.argv[-1], sys.argv[2:-1]
    if not os.path.exists(target):
        print(f"skipped: {target} is not there")
        return 77
    records = [json.loads(line) for line in run(binary, args + [target]).split("\n") if line]
    text = run(binary, args + ["--format", "csv", target])
    table = list(csv.reader(io.StringIO(text, newline="")))
    problem = compare("csv", records, table[0], table[1:])
    if problem is None:
        lines = run(binary, args + ["--format", "tsv", target]).split("\n")
        assert lines[-1] == ""
        header = lines[0].split("\t")
        rows = [[unescape_tsv(cell) for cell in line.split("\t")] for line in lines[1:-1]]
        problem = compare("tsv", records, header, rows)
    if problem:
        print(problem)
        return 1
    print(f"{len(records)} records equal in JSON Lines, CSV and TSV ({' '.join(args)} {target})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
