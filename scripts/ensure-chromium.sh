#!/bin/sh
# The browser tests drive a real Chromium, and nothing in this project downloads one. This finds
# it (CHROMIUM_PATH, else Debian's /usr/bin/chromium), installs Debian's package when running as
# root on Debian or Ubuntu, and otherwise says exactly what to do.
set -e

if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
  echo "CHROMIUM_PATH is set to '$CHROMIUM_PATH', which is not an executable file." >&2
  exit 1
fi
if [ -x /usr/bin/chromium ]; then exit 0; fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)…"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  exit 0
fi

cat >&2 <<'MSG'
The browser tests need Chromium or Chrome, and none was found at /usr/bin/chromium.
  Debian/Ubuntu:  sudo apt-get install -y chromium
  Elsewhere:      install Chrome or Chromium, then point the tests at it, e.g.
                  CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test
MSG
exit 1
