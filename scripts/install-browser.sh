#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests, when they are missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "error: Chromium is missing and this user cannot install it; run 'apt-get install chromium chromium-driver' as root" >&2
  exit 1
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
test -x /usr/bin/chromium || { echo "error: apt-get did not install /usr/bin/chromium" >&2; exit 1; }
