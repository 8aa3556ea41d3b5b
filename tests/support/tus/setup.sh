#!/usr/bin/env bash
# setup.sh DEST — installs the test tus server into DEST (a build directory): copies server.js,
# package.json and package-lock.json there and runs `npm ci` when DEST's node_modules does not
# match the lock file. Run by ctest as the fixture of the tus tests; never writes to the source
# tree (the Debian 13 CI chroot mounts it read-only).
# Without node/npm it only says so: the tests then skip, or fail under FERRY_REQUIRE_SERVERS.
set -euo pipefail
src=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dest=${1:?usage: setup.sh DEST}
mkdir -p "$dest"
cp "$src/server.js" "$src/package.json" "$src/package-lock.json" "$dest/"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "tus setup: node/npm not found (scripts/install-deps.sh --test installs them)" >&2
    exit 0
fi
stamp=$dest/node_modules/.ferry-lock
if [[ -f $stamp ]] && cmp -s "$stamp" "$src/package-lock.json"; then
    echo "tus setup: node_modules up to date in $dest"
    exit 0
fi
cd "$dest"
npm ci --no-audit --no-fund --loglevel=error
cp "$src/package-lock.json" "$stamp"
echo "tus setup: installed @tus/server into $dest (node $(node --version))"
