#!/usr/bin/env bash
# End-to-end test of scripts/slurm/newsmine-slurm on a one-node Slurm cluster started here by
# scripts/slurm/local-cluster (munged, slurmctld and slurmd on loopback ports, SlurmUser=root,
# no cgroups, every file under one temporary folder). Submits job arrays of 4 shards (by file
# over corpus/ and a tree of awkward names; cut at line ends over a few MB of ../shared's news
# dump) and compares the merged output with one newsmine run, byte for byte. Stops what it
# started on exit (pid files, then any process left holding a file under the temporary folder).
#
# usage: slurm_test.sh [--without-slurm] NEWSMINE SOURCE_DIR SHARED_DIR
# --without-slurm: the same cases with the plan of `newsmine-slurm --dry-run` and the job
# scripts run one after the other here (no cluster; the failing-task case needs Slurm), so the
# sharding and merging are checked wherever Slurm cannot start.
# Exit status 77 (ctest: skipped) when Slurm or munge is missing or cannot start here, when not
# root, or when NEWSMINE_SKIP_SLURM is set. NEWSMINE_SLURM_KEEP=1 keeps the temporary folder.
set -euo pipefail

without_slurm=0
if [ "${1:-}" = --without-slurm ]; then without_slurm=1 && shift; fi
newsmine=$(realpath -- "${1:?usage: slurm_test.sh [--without-slurm] NEWSMINE SOURCE_DIR SHARED_DIR}")
source_dir=$(realpath -- "${2:?}")
shared_dir=$(realpath -m -- "${3:?}")
scripts=$source_dir/scripts/slurm
driver=$scripts/newsmine-slurm
cluster_tool=$scripts/local-cluster
deadline=$((SECONDS + ${NEWSMINE_SLURM_TEST_BUDGET:-300}))  # ctest's TIMEOUT is longer

skip() {
  echo "SKIPPED: $*"
  exit 77
}
fail() {
  echo "FAILED: $*" >&2
  exit 1
}
left() { echo $((deadline - SECONDS > 1 ? deadline - SECONDS : 1)); }
bounded() { timeout --kill-after=5 "$(left)" "$@"; }  # every command that could hang

needed=(zstd)
if [ $without_slurm = 0 ]; then
  [ -z "${NEWSMINE_SKIP_SLURM:-}" ] || skip "NEWSMINE_SKIP_SLURM is set"
  [ "$(id -u)" = 0 ] || skip "needs root (SlurmUser=root, munged)"
  needed+=(munged slurmctld slurmd sbatch squeue scancel python3)
fi
for tool in "${needed[@]}"; do
  command -v "$tool" >/dev/null || skip "$tool not found (scripts/install-deps.sh installs slurm-wlm, munge, zstd)"
done

tmp=$(mktemp -d /tmp/newsmine-slurm.XXXXXX)
chmod 755 "$tmp"  # munged wants the folders of its socket searchable
cleanup() {
  local code=$?
  trap - EXIT INT TERM HUP
  cd /
  timeout 60 "$cluster_tool" stop "$tmp/cluster" "$tmp"
  if [ "$code" != 0 ] && [ "$code" != 77 ]; then
    for log in "$tmp"/cluster/log/*.log "$tmp"/work/out*/log/*; do
      [ -s "$log" ] && echo "--- $log" >&2 && tail -n 20 "$log" >&2
    done
  fi
  if [ -n "${NEWSMINE_SLURM_KEEP:-}" ]; then echo "kept $tmp" >&2; else rm -rf -- "$tmp"; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
# Should this script be killed outright (SIGKILL: no trap runs), a watchdog stops the cluster.
# Its output goes to /dev/null so that nothing holds ctest's pipes open.
# shellcheck disable=SC2016  # the watchdog script expands its own arguments
setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 1; done
  timeout 60 "$2" stop "$3/cluster" "$3"; [ -n "$4" ] || rm -rf -- "$3"' \
  watchdog $$ "$cluster_tool" "$tmp" "${NEWSMINE_SLURM_KEEP:-}" </dev/null >/dev/null 2>&1 &

unset "${!SLURM_@}"  # a CI run inside a Slurm job must not leak its job into ours
if [ $without_slurm = 0 ]; then
  started_at=$SECONDS
  set +e
  timeout 120 "$cluster_tool" start "$tmp/cluster" 2 >"$tmp/start.log" 2>&1
  code=$?
  set -e
  reason=$(tr '\n' ' ' <"$tmp/start.log")
  [ $code = 0 ] || [ $code = 3 ] || fail "local-cluster start: $reason"
  [ $code = 0 ] || skip "Slurm cannot start here: $reason"
  export SLURM_CONF=$tmp/cluster/slurm.conf
  echo "one-node cluster up in $((SECONDS - started_at)) s: ${reason#local-cluster: }"
fi

# Inputs. corpus/ and a tree whose file order and ids need care: a-b/ sorts before a/ as a
# string but after it as a path; hidden entries and links to folders are skipped; a link to a
# file is read; JSON lines without ids are named FILE:LINE.
mkdir -p "$tmp/work" && cd "$tmp/work"
cp -r "$source_dir/corpus" corpus
mkdir -p tree/a tree/a-b tree/.hidden tree/B
echo "The Northwind council in Lindqvist said on Tuesday it would raise tariffs on grain by 12%." >tree/a/one.txt
echo "Harbor officials in Carrow expect exports to fall 3.5 percent next year." >tree/a-b/two.txt
echo "Nobody reads this file." >tree/.hidden/three.txt
echo "Nor this one." >tree/.four.txt
echo "Mara Olsen, the mayor of Tessel, said: \"We will not pay a 20% levy.\"" >tree/B/five.txt
printf '%s\n' '{"text": "Veldt Motors said on 3 March 2021 that sales rose 4%."}' \
  '{"text": "Ostrava Steel cut prices by 7 percent in May."}' >tree/noid.jsonl
ln -s ../corpus/seeds.jsonl tree/seeds-link.jsonl
ln -s ../corpus tree/corpus-link

failures=0
# check NAME EXPECTED ACTUAL: byte comparison.
check() {
  if cmp -s -- "$2" "$3"; then
    echo "ok: $1 ($(wc -c <"$2") bytes, identical)"
  else
    echo "FAILED: $1 differs from one run: $(cmp -- "$2" "$3" 2>&1 | head -n 1)" >&2
    failures=$((failures + 1))
  fi
}
# run_array OUT DRIVER-ARGS...: submits (4 shards, 1 CPU each) and waits, bounded; prints the
# wall time. Its exit status is the driver's (the merge job's), 124 on timeout.
run_array() {
  local out=$1 begin=$SECONDS code=0
  shift
  if [ $without_slurm = 1 ]; then
    run_here "$out" "$@" 2>"$out.log" || code=$?
    echo "jobs of $out run here, one after the other: $((SECONDS - begin)) s (status $code)"
    return $code
  fi
  NEWSMINE_SLURM_POLL=0.5 timeout --kill-after=5 "$(left)" "$driver" -o "$out" -n 4 -c 1 \
    --wait "$@" >/dev/null 2>"$out.log" || code=$?
  echo "array job $out: $((SECONDS - begin)) s from submission to merged output (status $code)"
  return $code
}
# run_here OUT DRIVER-ARGS...: the plan of --dry-run, then the job scripts as Slurm would run
# them: unpack, the array tasks, and the merge only when every task succeeded (afterok).
run_here() {
  local out=$1 i
  shift
  bounded "$driver" -o "$out" -n 4 -c 1 --dry-run "$@" >/dev/null || return
  if [ -f "$out/shards/compressed" ]; then bounded bash "$scripts/unpack.sbatch" "$out" || return; fi
  for i in 0 1 2 3; do
    SLURM_ARRAY_TASK_ID=$i SLURM_CPUS_PER_TASK=1 bounded bash "$scripts/shard.sbatch" "$out" \
      2>"$out/log/shard-$i.err" || return
  done
  bounded bash "$scripts/merge.sbatch" "$out" 2>"$out/log/merge.err"
}
# run_ok OUT DRIVER-ARGS...: run_array with this build's newsmine, which must succeed.
run_ok() {
  if ! run_array "$1" --binary "$newsmine" "${@:2}"; then
    cat "$1.log" >&2
    fail "newsmine-slurm -o $* (see the logs below)"
  fi
}

# 1. by file, every kind of record
bounded "$newsmine" -j 2 corpus/ tree/ >one-records.jsonl
run_ok out-records corpus/ tree/
zstd -dcq out-records/records.jsonl.zst >records.jsonl
check "records by file (corpus/ tree/)" one-records.jsonl records.jsonl
grep -q '"doc": "tree/noid.jsonl:2"' records.jsonl || fail "no record of tree/noid.jsonl:2"
grep -q '"doc": "tree/a-b/two.txt"' records.jsonl || fail "no record of tree/a-b/two.txt"
! grep -q 'hidden\|four.txt\|corpus-link' records.jsonl || fail "hidden or linked-folder files read"
[ "$(cat out-records/shards/[0-9]*.files | wc -l)" = 11 ] || fail "expected 11 files in the plan"

# 2. by file, article statistics
bounded "$newsmine" stats -j 2 corpus/ tree/ >one-stats.json
run_ok out-stats corpus/ tree/ -- stats
check "article stats by file (corpus/ tree/)" one-stats.json out-stats/stats.out

# 3. cutting needs ids
if bounded "$driver" -o out-noid --cut --binary "$newsmine" --dry-run tree/noid.jsonl 2>noid.err; then
  fail "--cut accepted JSON lines without ids"
fi
grep -q "carry no id" noid.err || fail "--cut refusal does not say why: $(cat noid.err)"
echo "ok: --cut refuses JSON lines without ids"

# 4. bad input: reported, the rest still merged, exit status 1, as one run does
mkdir bad
printf '%s\n' '{"id": "b-1", "text": "Lumen Bank said on Monday that profit rose 5% in 2020."}' \
  '{"id": "b-2", "text": ' '{"id": "b-3", "text": "Kessel Mining cut 200 jobs on Friday."}' >bad/bad.jsonl
code=0 && bounded "$newsmine" -j 2 corpus/ bad/ >one-bad.jsonl 2>/dev/null || code=$?
[ $code = 1 ] || fail "one run over bad input exits $code, not 1"
code=0 && run_array out-bad --binary "$newsmine" corpus/ bad/ || code=$?
[ $code = 1 ] || fail "newsmine-slurm over bad input exits $code, not 1: $(cat out-bad.log)"
zstd -dcq out-bad/records.jsonl.zst >bad.jsonl
check "records with a malformed line (merge status 1)" one-bad.jsonl bad.jsonl
grep -q "bad/bad.jsonl:2: malformed JSON" out-bad/log/shard-*.err || fail "bad line not reported"

# 5. a failing task: no merge, and --wait returns saying which shards failed
if [ $without_slurm = 0 ]; then
  printf '#!/bin/sh\necho "cannot run" >&2\nexit 2\n' >broken && chmod +x broken
  code=0 && run_array out-broken --binary ./broken corpus/ || code=$?
  if [ $code = 0 ] || [ $code = 124 ]; then fail "newsmine-slurm with a failing task: status $code"; fi
  [ ! -e out-broken/records.jsonl.zst ] || fail "records merged although tasks failed"
  grep -q "shards without output: 0 1 2 3" out-broken.log ||
    fail "no failed shards named: $(cat out-broken.log)"
  echo "ok: failing tasks cancel the merge; --wait names the shards"
fi

# 6. a few MB of the news dump, cut at line ends: gzip (decompressed by a job) and plain
news=$shared_dir/data/news/reuters21578.jsonl.gz
if [ -f "$news" ]; then
  { gzip -dc "$news" || true; } | head -n 4500 >news.jsonl
  gzip -1 -c news.jsonl >news.jsonl.gz
  echo "news slice: $(wc -l <news.jsonl) articles, $(wc -c <news.jsonl) bytes"

  bounded "$newsmine" extract -j 2 news.jsonl.gz >one-extract.jsonl
  run_ok out-extract --cut news.jsonl.gz -- extract
  zstd -dcq out-extract/records.jsonl.zst >extract.jsonl
  check "extract records, cut .jsonl.gz" one-extract.jsonl extract.jsonl

  bounded "$newsmine" tariffs -j 2 news.jsonl | bounded "$newsmine" stats -j 2 --by actor,target --num rate \
    --top 0 >one-tariff-stats.json
  run_ok out-tariffs --cut --stats '--by actor,target --num rate' --merge-args '--top 0' \
    news.jsonl -- tariffs
  check "tariff record stats, cut .jsonl" one-tariff-stats.json out-tariffs/stats.out
else
  echo "SKIPPED (part): $news is absent (../shared): the news dump runs are skipped"
fi

[ $failures = 0 ] || fail "$failures comparison(s) failed"
echo "all sharded runs equal one run, byte for byte ($SECONDS s in all)"
