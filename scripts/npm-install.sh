#!/usr/bin/env bash
# `npm ci` in a folder, skipped when its node_modules already matches its lock file.
set -euo pipefail
dir=$1
stamp="$dir/node_modules/.lock-sha256"
sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then
  exit 0
fi
(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
echo "$sum" > "$stamp"
