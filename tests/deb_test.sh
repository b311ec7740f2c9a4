#!/usr/bin/env bash
# The .deb from `cpack -G DEB` installs with dpkg on a clean Debian base and runs there: a root
# holding only the packages every Debian 12 system has that the binary may need (libc6,
# libgcc-s1, libstdc++6 and gcc-12-base, their files and their dpkg status), where dpkg must
# find every dependency the package declares, then `newsmine --version` and the demo on
# corpus/ run chrooted in it. Needs root (chroot); a few seconds.
#   tests/deb_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
if [ "$(id -u)" -ne 0 ]; then
  echo "deb test skipped: needs root for dpkg --root and chroot"
  exit 77
fi
if ! grep -q "^NEWSMINE_PORTABLE:BOOL=ON" "$build/CMakeCache.txt"; then
  echo "deb test skipped: not a NEWSMINE_PORTABLE build (its .deb needs Debian's libfmt, libre2, ...)"
  exit 77
fi
# The portable binary needs only the C and C++ runtimes.
unexpected=$(ldd "$build/newsmine" | awk '{print $1}' |
  grep -vE '^(linux-vdso\.so|/lib64/ld-linux-x86-64\.so|libc\.so|libm\.so|libstdc\+\+\.so|libgcc_s\.so)' || true)
if [ -n "$unexpected" ]; then
  echo "the portable binary needs other libraries: $unexpected" >&2
  exit 1
fi
echo "ldd: $(ldd "$build/newsmine" | awk '{print $1}' | tr '\n' ' ')"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/package" >/dev/null 2>&1)
deb=$(ls "$work"/package/newsmine_*.deb)
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
dpkg-deb -f "$deb" Depends

# A root with the base packages only, in dpkg's database and on disk.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/tmp"
touch "$root/var/lib/dpkg/available"
base=(libc6 libgcc-s1 libstdc++6 gcc-12-base)
# Debian 12 is merged-/usr: /lib, /lib64, /bin and /sbin are links into /usr.
for link in lib lib64 bin sbin; do
  if [ -L "/$link" ]; then
    mkdir -p "$root/usr/$link"
    ln -s "$(readlink "/$link")" "$root/$link"
  fi
done
for package in "${base[@]}"; do
  dpkg-query -s "$package" >>"$root/var/lib/dpkg/status"
  echo >>"$root/var/lib/dpkg/status"
  for list in "/var/lib/dpkg/info/$package.list" "/var/lib/dpkg/info/$package:$(dpkg --print-architecture).list"; do
    if [ -f "$list" ]; then cp "$list" "$root/var/lib/dpkg/info/"; fi
  done
  dpkg-query -L "$package" | while read -r path; do
    [ -d "$path" ] && continue
    case $path in /usr/share/*) continue ;; esac  # documentation, locales: not needed to run
    if [ -f "$path" ] || [ -L "$path" ]; then
      mkdir -p "$root$(dirname "$path")"
      cp -a "$path" "$root$path"
    fi
  done
done

# dpkg checks the declared dependencies against that database: a package needing libfmt or
# libre2 fails here, as it would on a clean system.
dpkg --root="$root" --log=/dev/null --force-script-chrootless -i "$deb" >/dev/null
test -x "$root/usr/bin/newsmine"
test -e "$root/usr/share/man/man1/newsmine-tariffs.1"
test -e "$root/usr/share/bash-completion/completions/newsmine"

chroot "$root" /usr/bin/newsmine --version
mkdir -p "$root/corpus"
cp "$source_dir"/corpus/* "$root/corpus/"
records=$(chroot "$root" /usr/bin/newsmine /corpus/seeds.jsonl | wc -l)
tariffs=$(chroot "$root" /usr/bin/newsmine tariffs /corpus | wc -l)
echo "demo in the clean root: $records records from corpus/seeds.jsonl, $tariffs tariff records from corpus/"
[ "$records" -gt 100 ] && [ "$tariffs" -gt 0 ]
dpkg --root="$root" --log=/dev/null --force-script-chrootless -r newsmine >/dev/null 2>&1
[ ! -e "$root/usr/bin/newsmine" ]
echo "deb test: installs, runs and removes on a clean base"
