#!/usr/bin/env bash
# `cmake --install` into a fresh prefix puts every part where it belongs, and a program built
# against that prefix alone (examples/, with find_package and with pkg-config) links and runs.
#   tests/install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" >/dev/null
fail=0
expect() {
  if [ ! -e "$prefix/$1" ]; then
    echo "missing after install: $1" >&2
    fail=1
  fi
}
expect bin/newsmine
expect lib/libnewsmine.a
expect include/newsmine/analyzer.hpp
expect include/newsmine/version.hpp
expect lib/cmake/newsmine/newsmineConfig.cmake
expect lib/cmake/newsmine/newsmineConfigVersion.cmake
expect lib/cmake/newsmine/newsmineTargets.cmake
expect lib/pkgconfig/newsmine.pc
expect share/man/man1/newsmine.1
for sub in extract quotes tariffs stats tokens train-ner eval-ner; do
  expect "share/man/man1/newsmine-$sub.1"
done
expect share/bash-completion/completions/newsmine
expect share/zsh/vendor-completions/_newsmine
expect share/fish/vendor_completions.d/newsmine.fish
[ "$fail" -eq 0 ] || exit 1

# The installed binary and its pages.
"$prefix/bin/newsmine" --version | grep -qx "newsmine [0-9.]*"
bash -n "$prefix/share/bash-completion/completions/newsmine"
# shellcheck disable=SC1091
(set +e; source "$prefix/share/bash-completion/completions/newsmine"
 COMP_WORDS=(newsmine tar); COMP_CWORD=1; _newsmine; [ "${COMPREPLY[*]}" = tariffs ])
if command -v zsh >/dev/null; then zsh -n "$prefix/share/zsh/vendor-completions/_newsmine"; fi
if command -v fish >/dev/null; then
  fish -c "source $prefix/share/fish/vendor_completions.d/newsmine.fish; complete -C 'newsmine stats --max'" |
    grep -q '^--max-keys'
fi
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$prefix/share/man/man1/newsmine-tariffs.1" 2>/dev/null | grep -q "EXIT STATUS"
fi
# Library users need neither CLI11 nor spdlog.
if grep -qiE "cli11|spdlog" "$prefix"/lib/cmake/newsmine/*.cmake "$prefix/lib/pkgconfig/newsmine.pc"; then
  echo "the installed CMake package or .pc names CLI11 or spdlog" >&2
  exit 1
fi

# A consumer with find_package(newsmine), no build type given (none is forced on it).
cmake -S "$source_dir/examples" -B "$work/consumer" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
if grep -q "CMAKE_BUILD_TYPE:STRING=Release" "$work/consumer/CMakeCache.txt"; then
  echo "find_package(newsmine) forced a Release build on the consumer" >&2
  exit 1
fi
out=$("$work/consumer/mentions" "Angela Merkel met officials of the European Union in Paris on Monday.")
echo "$out" | grep -q $'^PERSON\tAngela Merkel$'
echo "$out" | grep -q $'^DATE\t'

# The same program with pkg-config.
PKG_CONFIG_PATH=$prefix/lib/pkgconfig
export PKG_CONFIG_PATH
# shellcheck disable=SC2046
c++ -std=c++20 -O1 "$source_dir/examples/mentions.cpp" -o "$work/mentions-pc" \
  $(pkg-config --cflags newsmine) $(pkg-config --static --libs newsmine)
"$work/mentions-pc" "Angela Merkel spoke." | grep -q $'^PERSON\tAngela Merkel$'
echo "install test: prefix, find_package consumer and pkg-config consumer all fine"
