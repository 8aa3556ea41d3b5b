#!/usr/bin/env bash
# run.sh [FERRY ARGS...]
#
# One command from a fresh clone to a running Ferry window: installs the build dependencies
# (scripts/install-deps.sh), builds (scripts/build.sh) and starts the `ferry` executable with the
# given arguments. The build directory is $FERRY_BUILD_DIR, default `build` in the repository.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

build_dir=${FERRY_BUILD_DIR:-build}
if [[ $build_dir != /* ]]; then
    build_dir=$repo_root/$build_dir
fi

bash "$repo_root/scripts/install-deps.sh"
bash "$repo_root/scripts/build.sh" "$build_dir"

exec "$build_dir/app/ferry" "$@"
