#!/usr/bin/env bash
# Writes resources/catalog/nova-26.json, the extra-spec catalogue of Nova 26 (Zed), with
# tools/gen-catalog.py run inside a Debian 12 (bookworm) root that has Debian's python3-nova.
#
#   tools/gen-catalog-zed.sh          regenerate resources/catalog/nova-26.json
#   tools/gen-catalog-zed.sh --check  exit 1 when the committed file differs from what Nova 26 says
#
# Like tools/dev's Debian 13 build root, the bookworm root is made once with mmdebstrap (as root)
# and re-created when tools/buildroot-bookworm-nova-packages.txt or the apt sources change. The
# generator runs in a private mount namespace with the checkout mounted read-only; it prints the
# catalogue on stdout and this script writes the file (atomically) or compares it.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
PKGLIST="$REPO/tools/buildroot-bookworm-nova-packages.txt"
BUILDROOT=${VDECK_ZED_BUILDROOT:-/var/lib/vdeck/buildroot-bookworm-nova}
SUITE=bookworm
MIRROR=${VDECK_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${VDECK_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
STAMP_NAME=.vdeck-buildroot-stamp
OUT_REL=resources/catalog/nova-26.json
OUT="$REPO/$OUT_REL"
NOVA_MAJOR=26

say() { printf 'gen-catalog-zed: %s\n' "$*" >&2; }
die() { say "$*"; exit 2; }

check=0
case "${1:-}" in
  '') ;;
  --check) check=1 ;;
  -h|--help) sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
  *) die "usage: tools/gen-catalog-zed.sh [--check]" ;;
esac
[ $# -le 1 ] || die "usage: tools/gen-catalog-zed.sh [--check]"

packages() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$PKGLIST" | tr -s '[:space:]' '\n' | sed '/^$/d'; }
sources() {
  printf 'deb %s %s main\n' "$MIRROR" "$SUITE"
  printf 'deb %s %s-security main\n' "$SECURITY_MIRROR" "$SUITE"
}
wanted_stamp() { { cat "$PKGLIST"; sources; } | sha256sum | cut -d' ' -f1; }

ensure_root() {
  local want have=""
  want=$(wanted_stamp)
  [ -f "$BUILDROOT/$STAMP_NAME" ] && have=$(cat "$BUILDROOT/$STAMP_NAME")
  [ "$have" = "$want" ] && return 0
  if ! command -v mmdebstrap >/dev/null 2>&1; then
    say "installing mmdebstrap"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
  fi
  if [ -n "$have" ]; then say "package list changed: rebuilding $BUILDROOT"; else say "creating the Debian 12 Nova root in $BUILDROOT"; fi
  if findmnt -rn -o TARGET | grep -q "^$BUILDROOT/"; then
    die "something is mounted below $BUILDROOT (another gen-catalog-zed.sh running?); not touching it"
  fi
  local tmp="$BUILDROOT.new.$$" include start=$SECONDS
  rm -rf "$tmp"
  mkdir -p "$(dirname "$BUILDROOT")"
  include=$(packages | paste -sd, -)
  # stdout stays clean for the caller; the log goes to stderr.
  sources | mmdebstrap --variant=minbase --mode=root --include="$include" \
    --aptopt='Acquire::Languages "none"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
    "$SUITE" "$tmp" - >&2
  printf '%s\n' "$want" >"$tmp/$STAMP_NAME"
  rm -rf "$BUILDROOT"
  mv "$tmp" "$BUILDROOT"
  say "Debian 12 Nova root ready in $((SECONDS - start)) s"
}

# Prints the catalogue of the root's Nova on stdout: gen-catalog.py in a private mount namespace,
# /proc and the checkout (read-only) mounted into the root; the namespace undoes every mount.
generate() {
  unshare --mount --propagation private /bin/bash -c '
set -euo pipefail
root=$1; repo=$2
mkdir -p "$root/proc" "$root$repo"
mount -t proc proc "$root/proc"
mount --bind "$repo" "$root$repo"
mount -o remount,bind,ro "$root$repo"
cd /
exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  python3 "$repo/tools/gen-catalog.py" -' vdeck-zed-root "$BUILDROOT" "$REPO"
}

[ "$(id -u)" = 0 ] || die "the Debian 12 Nova root needs root (sudo tools/gen-catalog-zed.sh $*)"
ensure_root

fresh=$(mktemp "$OUT.XXXXXX")
trap 'rm -f "$fresh"' EXIT
generate >"$fresh"
nova=$(sed -n 's/^ "nova": "\([^"]*\)",$/\1/p' "$fresh")
case "$nova" in
  "$NOVA_MAJOR".*) ;;
  *) die "the root's python3-nova is Nova $nova, not $NOVA_MAJOR.x: $OUT_REL would be wrong" ;;
esac

if [ "$check" = 1 ]; then
  if cmp -s "$fresh" "$OUT"; then
    say "$OUT_REL matches Nova $nova"
    exit 0
  fi
  say "$OUT_REL is stale (Nova $nova in $BUILDROOT says otherwise): run tools/gen-catalog-zed.sh"
  diff -u "$OUT" "$fresh" | head -n 40 >&2 || true
  exit 1
fi
chmod 0644 "$fresh"
mv "$fresh" "$OUT"
trap - EXIT
say "wrote $OUT_REL (Nova $nova)"
