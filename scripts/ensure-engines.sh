#!/usr/bin/env bash
# Installs the two engines the cross-engine suite (tests/engines) drives beside Chromium, from
# Debian's packages (never a test tool's own browser download): Firefox ESR (Gecko), and
# WebKitGTK's WebKitWebDriver with its MiniBrowser (WebKit), which needs an X display: Xvfb.
set -euo pipefail
missing=()
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
# MiniBrowser comes with the WebKitGTK library the driver depends on.
dpkg -s libwebkit2gtk-4.1-0 >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
