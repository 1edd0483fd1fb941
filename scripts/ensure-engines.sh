#!/usr/bin/env bash
# Installs the two engines the cross-engine suite (tests/engines) drives beside Chromium, from
# Debian's packages (never a test tool's own browser download): Firefox ESR (Gecko), and
# WebKitGTK's WebKitWebDriver with its MiniBrowser (WebKit), which needs an X display: Xvfb.
set -euo pipefail
missing=()
# The binaries themselves: a package removed with its configuration kept still answers `dpkg -s`.
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
# MiniBrowser comes with the WebKitGTK library the driver depends on.
[ "$(dpkg-query -W -f='${db:Status-Status}' libwebkit2gtk-4.1-0 2>/dev/null)" = installed ] &&
  dpkg -L libwebkit2gtk-4.1-0 2>/dev/null | grep '/MiniBrowser$' >/dev/null || missing+=(webkit2gtk-driver libwebkit2gtk-4.1-0)
command -v Xvfb >/dev/null || missing+=(xvfb)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
