#!/usr/bin/env bash
# run.sh NODE — the end-to-end cases (e2e.test.mjs) with node's test runner, when what they need
# is there: Debian's chromium (scripts/install-deps.sh --test installs it) and playwright-core in
# $FERRY_NODE_DIR (the browser_setup test installs it). Otherwise it says why and exits 77 (ctest:
# skipped), or fails under FERRY_REQUIRE_SERVERS=1 (scripts/test.sh and CI).
set -euo pipefail
node=${1:?usage: run.sh NODE}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
chromium=${FERRY_CHROMIUM:-/usr/bin/chromium}
missing=
[[ -x $chromium ]] || missing="Chromium ($chromium; scripts/install-deps.sh --test installs Debian's chromium)"
[[ -d ${FERRY_NODE_DIR:-}/node_modules/playwright-core ]] ||
    missing="${missing:+$missing and }playwright-core (the browser_setup test installs it into ${FERRY_NODE_DIR:-the build directory})"
if [[ -n $missing ]]; then
    echo "browser e2e: SKIPPED: missing $missing" >&2
    [[ ${FERRY_REQUIRE_SERVERS:-} == 1 ]] && exit 1
    exit 77
fi
export FERRY_CHROMIUM=$chromium
exec "$node" --test --test-concurrency=1 "$here/e2e.test.mjs"
