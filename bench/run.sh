#!/usr/bin/env bash
# Throughput and peak memory of newsmine's subcommands on a ~200 MB news input.
#
#   bench/run.sh [BUILD_DIR] [SIZE_MB]
#
# The input is built once in bench/out/ from ../shared/data/news/ (Reuters newswire, JSONL.gz)
# and ../shared/eval/polnear-*.jsonl (2016 news), repeated up to SIZE_MB (default 200); without
# ../shared it is built from corpus/. Each command reads the file at -j1 and -j2 with output to
# /dev/null; the table gives MB/s (input bytes / wall time) and peak RSS, next to `wc -w`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build}
size_mb=${2:-200}
bin=$build/newsmine
[ -x "$bin" ] || { echo "bench: no $bin; build first (scripts/dev demo)" >&2; exit 2; }
mkdir -p bench/out
input=bench/out/news-${size_mb}mb.jsonl

if [ ! -s "$input" ]; then
  seed=bench/out/seed.jsonl
  if [ -d ../shared/data/news ]; then
    echo "bench: building $input from ../shared/data/news and PolNeAR" >&2
    { zcat ../shared/data/news/*.jsonl.gz; cat ../shared/eval/polnear-*.jsonl; } > "$seed"
  else
    echo "bench: ../shared absent; building $input from corpus/" >&2
    cat corpus/seeds.jsonl > "$seed"
  fi
  : > "$input"
  while [ "$(stat -c %s "$input")" -lt $((size_mb * 1000000)) ]; do cat "$seed" >> "$input"; done
  rm -f "$seed"
fi
bytes=$(stat -c %s "$input")

# measure NAME COMMAND...: prints "NAME  MB/s  peak-RSS-MB"
measure() {
  local name=$1
  shift
  local log
  log=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$log" "$@" < "$input" > /dev/null || true
  read -r seconds rss_kb < "$log"
  rm -f "$log"
  awk -v n="$name" -v b="$bytes" -v s="$seconds" -v r="$rss_kb" \
    'BEGIN { printf "%-44s %9.1f MB/s %8.1f MB RSS %7.2f s\n", n, b / 1e6 / (s > 0 ? s : 0.01), r / 1024, s }'
}

echo "input: $input ($((bytes / 1000000)) MB), $(nproc) cores, $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
measure "wc -w" wc -w
measure "tokens --format tsv -j1" "$bin" tokens --format tsv -j1
measure "tokens --format tsv -j2" "$bin" tokens --format tsv -j2
for command in "extract --kinds date,percent" "extract" "quotes" "tariffs" "stats"; do
  # shellcheck disable=SC2086
  measure "$command -j1" "$bin" $command -j1
done
