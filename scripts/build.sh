#!/usr/bin/env bash
# build.sh [BUILD_DIR]
#
# Configures (CMake + Ninja, RelWithDebInfo) and builds Ferry. It does not install packages:
# run scripts/install-deps.sh first (run.sh and test.sh do).
#
# BUILD_DIR: first argument, else $FERRY_BUILD_DIR, else `build`. A relative path is taken relative
# to the repository root, wherever the script is called from.
#
# Environment:
#   CI=true            turns on -DFERRY_WARNINGS_AS_ERRORS=ON (warnings fail the build)
#   FERRY_WERROR       ON/OFF: overrides the CI default above
#   FERRY_BUILD_TYPE   CMake build type (default RelWithDebInfo)
#   FERRY_JOBS         parallel compile jobs (default: number of cores)
#   CCACHE_DIR         ccache directory (default ~/.cache/ferry-ccache); ccache is used when present
#
# The configure step runs every time, so its feature summary (KNotifications etc.) is always printed.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

build_dir=${1:-${FERRY_BUILD_DIR:-build}}
if [[ $build_dir != /* ]]; then
    build_dir=$repo_root/$build_dir
fi

build_type=${FERRY_BUILD_TYPE:-RelWithDebInfo}
jobs=${FERRY_JOBS:-$(nproc)}

werror=${FERRY_WERROR:-}
if [[ -z $werror ]]; then
    if [[ ${CI:-} == true ]]; then werror=ON; else werror=OFF; fi
fi

cmake_args=(
    -S "$repo_root"
    -B "$build_dir"
    -DCMAKE_BUILD_TYPE="$build_type"
    -DFERRY_WARNINGS_AS_ERRORS="$werror"
)

# The generator can only be chosen when the build directory is new; an existing directory keeps
# whatever it was configured with (switching generators in place is a CMake error).
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    cmake_args+=(-G Ninja)
fi

use_ccache=0
if command -v ccache >/dev/null 2>&1; then
    use_ccache=1
    export CCACHE_DIR=${CCACHE_DIR:-${HOME:-/tmp}/.cache/ferry-ccache}
    # In CI (a fresh clone each time, maybe at a new path) with the build directory inside the
    # clone (the default), hash paths relative to the clone and leave the working directory out of
    # the hash, so clones at other paths share cache hits. The price, the build directory recorded
    # in the debug info may be another clone's, only matters to a debugger, so not done locally.
    # Never for a build directory outside the clone: compiler messages would then show paths like
    # ../../work/main/model/job.cpp.
    if [[ ${CI:-} == true && -z ${CCACHE_BASEDIR:-} && $build_dir == "$repo_root"/* ]]; then
        export CCACHE_BASEDIR=$repo_root
        export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
    fi
    mkdir -p "$CCACHE_DIR"
    cmake_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
else
    # Clear a launcher left in the cache by an earlier run that had ccache.
    cmake_args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=)
fi

echo "build: source $repo_root"
echo "build: build dir $build_dir ($build_type, warnings-as-errors $werror, $jobs jobs, ccache $( ((use_ccache)) && echo "on: $CCACHE_DIR" || echo off))"

start=$SECONDS
cmake "${cmake_args[@]}"
configured=$SECONDS

if ((use_ccache)) && [[ ${CI:-} == true ]]; then
    ccache --zero-stats >/dev/null
fi

# In CI keep going after a failed compile (Ninja's -k 0) so one log shows every error.
build_tool_args=()
if [[ ${CI:-} == true ]] && grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$build_dir/CMakeCache.txt"; then
    build_tool_args=(-- -k 0)
fi
cmake --build "$build_dir" --parallel "$jobs" "${build_tool_args[@]}"
built=$SECONDS

if ((use_ccache)) && [[ ${CI:-} == true ]]; then
    ccache --show-stats
fi
echo "build: configure $((configured - start))s, build $((built - configured))s"
