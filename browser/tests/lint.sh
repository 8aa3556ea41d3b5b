#!/usr/bin/env bash
# lint.sh NODE NODE_DIR SOURCE_DIR — web-ext lint of the Firefox build; any error or warning fails.
set -euo pipefail
node=$1 node_dir=$2 source_dir=$3
web_ext=$node_dir/node_modules/web-ext/bin/web-ext.js
if [[ ! -f $web_ext ]]; then
    echo "browser lint: web-ext is not installed in $node_dir (the browser_setup test installs it)" >&2
    [[ ${FERRY_REQUIRE_SERVERS:-} == 1 ]] && exit 1
    exit 77
fi
"$node" "$web_ext" lint --source-dir "$source_dir" --self-hosted --warnings-as-errors --no-config-discovery
