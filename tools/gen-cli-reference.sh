#!/usr/bin/env bash
# Writes docs/CLI.md from vdeckctl's own --help texts, so the reference never drifts from the
# binary. Run inside the build environment: tools/dev exec -- tools/gen-cli-reference.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bin=${VDECKCTL:-build/dev/bin/vdeckctl}
out=docs/CLI.md
{
  echo "# vdeckctl reference"
  echo
  echo "Generated from \`vdeckctl --help\` and each command's \`--help\` by \`tools/gen-cli-reference.sh\`."
  echo "Exit status everywhere: 0 ok, 1 the host or flavor has errors, 2 usage or I/O error."
  echo
  echo '```'
  "$bin" --help
  echo '```'
  for cmd in $("$bin" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z-]*\) .*/\1/p'); do
    [ "$cmd" = version ] && continue
    echo
    echo "## vdeckctl $cmd"
    echo
    echo '```'
    "$bin" "$cmd" --help
    echo '```'
  done
} >"$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out"
