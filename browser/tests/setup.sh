#!/usr/bin/env bash
# setup.sh DEST — installs what the browser tests need from npm (playwright-core, web-ext; pinned
# by package-lock.json) into DEST, a build directory: copies package.json and package-lock.json
# there and runs `npm ci` when DEST's node_modules does not match the lock file. The ctest fixture
# `browser_setup` runs it; it never writes to the source tree (the Debian 13 CI chroot mounts it
# read-only) and never downloads a browser (the tests use Debian's chromium).
# Without node/npm it only says so: the tests then skip, or fail under FERRY_REQUIRE_SERVERS.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dest=${1:?usage: setup.sh DEST}
mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$dest/"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "browser setup: node/npm not found (scripts/install-deps.sh --test installs them)" >&2
    exit 0
fi
stamp=$dest/node_modules/.ferry-lock
if [[ -f $stamp ]] && cmp -s "$stamp" "$src/package-lock.json"; then
    echo "browser setup: node_modules up to date in $dest"
    exit 0
fi
cd "$dest"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
cp "$src/package-lock.json" "$stamp"
echo "browser setup: installed playwright-core and web-ext into $dest (node $(node --version))"
