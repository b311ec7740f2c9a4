#!/usr/bin/env bash
# Resource bounds at sizes too large for the tests: peak RSS at 200 MB and 2 GB of input
# (the 2 GB streamed through a pipe, never stored), endless stdin, a million tiny documents,
# JSON nested 100,000 deep and a 1 GB line.
#
#   bench/reliability.sh [BUILD_DIR [PART...]]    parts: size stdin tiny deep line (default all)
#
# Uses bench/out/news-200mb.jsonl (made by bench/run.sh; made here the same way when absent).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build}
shift || true
parts=" ${*:-size stdin tiny deep line} "
want() { [[ $parts == *" $1 "* ]]; }
bin=$build/newsmine
[ -x "$bin" ] || { echo "bench: no $bin; build first (scripts/dev demo)" >&2; exit 2; }
input=bench/out/news-200mb.jsonl
if [ ! -s "$input" ]; then
  mkdir -p bench/out
  if [ -d ../shared/data/news ]; then
    seed() { zcat ../shared/data/news/*.jsonl.gz; cat ../shared/eval/polnear-*.jsonl; }
  else
    seed() { cat corpus/seeds.jsonl; }
  fi
  : >"$input"
  while [ "$(stat -c %s "$input")" -lt 200000000 ]; do seed >>"$input"; done
fi
mb=$(($(stat -c %s "$input") / 1000000))
log=$(mktemp)
err=$(mktemp)
trap 'rm -f "$log" "$err"' EXIT

# report NAME: the figures /usr/bin/time wrote to $log
report() {
  read -r seconds rss_kb status < <(tail -n 1 "$log")  # after "Command exited with ..." 
  awk -v n="$1" -v r="$rss_kb" -v s="$seconds" -v x="$status" \
    'BEGIN { printf "%-58s %8.1f MB RSS %7.2f s  exit %s\n", n, r / 1024, s, x }'
}
timed() { /usr/bin/time -f '%e %M %x' -o "$log" "$@"; }

echo "$(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores"
if want size; then
for command in "tokens --format tsv -j2" "tariffs -j2"; do
  # shellcheck disable=SC2086
  timed "$bin" $command <"$input" >/dev/null
  report "$command, $mb MB"
  # shellcheck disable=SC2086
  for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$input"; done | timed "$bin" $command >/dev/null
  report "$command, $((10 * mb)) MB through a pipe"
done
fi

# Endless stdin: JSON Lines stream out as they come; plain text is one article, refused at the
# line limit without being buffered further.
if want stdin; then
  { yes '{"text": "Yes, it is."}' | timed "$bin" tokens -j2 2>"$err" | head -n 30000000 |
    tail -n 1; } || true
  report "yes JSON | tokens -j2 | head -n 30000000"
  { yes | timed "$bin" tokens 2>"$err" | head -n 1; } || true
  report "yes | tokens (endless plain text)"
  echo "  stderr: $(head -c 200 "$err")"
fi

if want tiny; then
  { yes '{"text": "t"}' | head -n 1000000 | timed "$bin" extract -j2 >/dev/null; } || true
  report "1,000,000 tiny documents, extract -j2"
  { yes '{"text": "t"}' | head -n 1000000 | timed "$bin" tokens -j1 | wc -l; } || true
  report "1,000,000 tiny documents, tokens -j1 (lines above)"
fi

if want deep; then
python3 -c "import sys; d=100000; sys.stdout.write('{\"text\": \"before\"}\n{\"text\": \"x\", \"d\": ' + '['*d + ']'*d + '}\n{\"text\": \"after\"}\n')" |
  timed "$bin" tokens --format tsv 2>"$err" | cut -f1,6 | grep -c . || true
report "nested 100,000 deep (token lines above)"
echo "  stderr: $(head -c 200 "$err")"
fi

if want line; then
{
  echo '{"text": "before"}'
  printf '{"text": "'
  head -c 1000000000 /dev/zero | tr '\0' a
  printf '"}\n'
  echo '{"text": "after"}'
} | timed "$bin" tokens --format tsv 2>"$err" | cut -f6 || true
report "a 1 GB line between two short ones (tokens above)"
echo "  stderr: $(head -c 200 "$err")"
fi
