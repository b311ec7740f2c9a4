#!/usr/bin/env bash
# Installs the Debian 12 packages newsmine needs to build and test. Idempotent: installs only
# what is missing, and does nothing when all is there. Needs root (or sudo) for apt-get.
#   scripts/install-deps.sh              the packages below
#   scripts/install-deps.sh --portable   also simdjson's Debian source in third_party/, for
#                                        -DNEWSMINE_PORTABLE=ON (Debian ships no libsimdjson.a)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
portable=false
[ "${1:-}" = "--portable" ] && portable=true
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

# simdjson's source package (the version of libsimdjson-dev), unpacked under third_party/.
fetch_simdjson_source() {
  local version
  version=$(dpkg-query -W -f='${Version}' libsimdjson-dev | sed 's/-[^-]*$//')
  [ -f "third_party/simdjson-$version/singleheader/simdjson.cpp" ] && return 0
  if ! apt-get source --print-uris -qq simdjson >/dev/null 2>&1; then
    echo "adding Debian's source packages to apt (for apt-get source simdjson)" >&2
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$(. /etc/os-release && echo "$VERSION_CODENAME")" |
      $sudo tee /etc/apt/sources.list.d/newsmine-src.sources >/dev/null
    $sudo apt-get update -qq
  fi
  local work
  work=$(mktemp -d)
  if ! (cd "$work" && apt-get source -qq "simdjson=$(dpkg-query -W -f='${Version}' libsimdjson-dev)" >&2); then
    rm -rf "$work"
    return 1
  fi
  mkdir -p third_party
  rm -rf "third_party/simdjson-$version"
  mv "$work/simdjson-$version" third_party/
  rm -rf "$work"
}
portable_source() {
  fetch_simdjson_source ||
    echo "install-deps: could not fetch simdjson's source: the build will not be portable" >&2
}

packages=(
  build-essential cmake ninja-build pkg-config git python3 time
  libcli11-dev libre2-dev libfmt-dev libspdlog-dev libsimdjson-dev
  zlib1g-dev libzstd-dev liblzma-dev libbz2-dev libgtest-dev libbenchmark-dev iso-codes parallel
  dpkg-dev xz-utils bzip2 zstd clang libclang-rt-dev
  slurm-wlm munge  # tests/slurm_test.sh: a one-node Slurm cluster; scripts/slurm
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  if $portable; then portable_source; fi
  exit 0
fi

echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
if $portable; then portable_source; fi
