#!/bin/sh
# Make sure Playwright has a Chromium to drive, on a laptop or on a bare CI machine.
#   1. PLANGUIDE_CHROMIUM, or a Chromium Playwright downloaded itself: nothing to do.
#   2. Debian/Ubuntu's chromium package (where `playwright install` cannot download).
#   3. Otherwise, Playwright's own download.
set -eu

if [ -n "${PLANGUIDE_CHROMIUM:-}" ] && [ -x "$PLANGUIDE_CHROMIUM" ]; then
  echo "Chromium: $PLANGUIDE_CHROMIUM (PLANGUIDE_CHROMIUM)"; exit 0
fi
if python -c "import os, sys; from playwright.sync_api import sync_playwright
with sync_playwright() as p: sys.exit(0 if os.path.exists(p.chromium.executable_path) else 1)" 2>/dev/null; then
  echo "Chromium: Playwright's own"; exit 0
fi
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then
    echo "Chromium: $(command -v "$candidate")"; exit 0
  fi
done
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  echo "Chromium: $(command -v chromium) (installed from apt)"; exit 0
fi
python -m playwright install chromium
