#!/usr/bin/env bash
# Installs the Debian 12 packages newsmine needs to build and test. Idempotent: installs only
# what is missing, and does nothing when all is there. Needs root (or sudo) for apt-get.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3 time
  libcli11-dev libre2-dev libfmt-dev libspdlog-dev libsimdjson-dev
  zlib1g-dev libzstd-dev liblzma-dev libbz2-dev libgtest-dev libbenchmark-dev iso-codes parallel
  xz-utils bzip2 zstd clang libclang-rt-dev
  slurm-wlm munge  # tests/slurm_test.sh: a one-node Slurm cluster; scripts/slurm
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
