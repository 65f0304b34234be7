# Sourced by tools/dev (and other tools that make Debian roots): the Debian mirror to use.
# VDECK_MIRROR wins; else the first Debian archive this machine's own apt configuration names
# (deb822 .sources files or one-line sources.list entries), so sites keep their own mirrors and
# proxies. No host name is written here. vdeck_mirror prints it, or fails with what to set.
vdeck_apt_uris() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    sed -n 's/^URIs:[[:space:]]*//p' "$f" | tr -s '[:space:]' '\n'
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    sed -n -E 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/p' "$f"
  done
}

# The main archive (not the security, updates or ports archives); VDECK_MIRROR wins.
vdeck_mirror() {
  if [ -n "${VDECK_MIRROR:-}" ]; then printf '%s\n' "${VDECK_MIRROR%/}"; return 0; fi
  local uri
  uri=$(vdeck_apt_uris | grep -E '^(https?|file)://' | grep -vE 'security|ports|updates' | head -n 1 || true)
  if [ -z "$uri" ]; then
    echo "no Debian mirror found in this machine's apt configuration; set VDECK_MIRROR (your site's Debian mirror URL)" >&2
    return 1
  fi
  printf '%s\n' "${uri%/}"
}
