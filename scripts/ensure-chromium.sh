#!/usr/bin/env bash
# The browser tests use Debian's Chromium (never a downloaded browser). Install it when missing and we are root.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing. Install it, then run npm test again:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
exit 1
