#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for SECONDS seconds, one
# after the other, at the lowest CPU priority.
#   fuzz/run.sh SECONDS [TARGET...]     default: every target
# Environment: FUZZ_BUILD (build folder, default build-fuzz), FUZZ_JOBS (build jobs, default 2).
# The growing corpus of each target is kept in $FUZZ_BUILD/corpus/TARGET between runs; crashes
# are written to $FUZZ_BUILD/crashes/ and make the script exit 1. Exits 0 with a message when
# clang or its libFuzzer runtime is missing (CI skips then).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] &&
  targets=(reader text entity date percent quote tariff money stats_merge conll)
build=${FUZZ_BUILD:-build-fuzz}

if ! command -v clang++ >/dev/null; then
  echo "fuzz: skipped: clang++ not found (scripts/install-deps.sh installs it)"
  exit 0
fi
probe=$(mktemp -d)
echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' \
  >"$probe/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" 2>/dev/null; then
  rm -rf "$probe"
  echo "fuzz: skipped: clang++ cannot link -fsanitize=fuzzer (install libclang-rt-dev)"
  exit 0
fi
rm -rf "$probe"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DNEWSMINE_FUZZ=ON -DNEWSMINE_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" -j "${FUZZ_JOBS:-2}" --target "${targets[@]/%/_fuzz}" >&2

# Seeds: corpus/, samples made by seeds.py, and ../shared when present (never committed).
seeds=$build/seeds
rm -rf "$seeds"
python3 fuzz/seeds.py "$seeds" "$( [ -x build/newsmine ] && echo build/newsmine )"
mkdir -p "$build/crashes"

failed=()
for target in "${targets[@]}"; do
  corpus=$build/corpus/$target
  mkdir -p "$corpus" "$seeds/$target"
  echo "fuzz: $target for ${seconds}s" >&2
  # -rss_limit_mb: the reader may hold one 1 MiB line plus decoder state; 2 GB catches leaks.
  if ! nice -n 19 "$build/fuzz/${target}_fuzz" -max_total_time="$seconds" -max_len=65536 \
    -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
    -artifact_prefix="$build/crashes/$target-" "$corpus" "$seeds/$target" \
    >"$build/$target.log" 2>&1; then
    failed+=("$target")
    tail -n 40 "$build/$target.log" >&2
  fi
  grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$build/$target.log" |
    sed "s/^/fuzz: $target: /" >&2 || true
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in: ${failed[*]} (inputs in $build/crashes/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${seconds}s each without a finding"
