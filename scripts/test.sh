#!/usr/bin/env bash
# test.sh
#
# One command from a fresh clone to a tested build: installs the build and test dependencies
# (scripts/install-deps.sh --test), builds (scripts/build.sh), runs the whole test suite with
# `ctest --output-on-failure -j2`, then checks formatting with the `format-check` target when
# clang-format is installed. Exits non-zero if a test or the format check fails; both always run,
# so one report shows every problem.
#
# The build directory is $FERRY_BUILD_DIR, default `build` in the repository. With CI=true the
# build treats compiler warnings as errors (see scripts/build.sh).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

build_dir=${FERRY_BUILD_DIR:-build}
if [[ $build_dir != /* ]]; then
    build_dir=$repo_root/$build_dir
fi

# Qt warns about, and may mis-handle, file names under a non-UTF-8 "C" locale.
if [[ -z ${LANG:-} && -z ${LC_ALL:-} ]]; then
    export LANG=C.UTF-8
fi

bash "$repo_root/scripts/install-deps.sh" --test
bash "$repo_root/scripts/build.sh" "$build_dir"

status=0

# install-deps --test installed nginx: the tests that start it must run, not skip.
export FERRY_REQUIRE_SERVERS=1

echo "test: ctest in $build_dir"
start=$SECONDS
# --no-tests=error: a suite that registers no test at all is a failure, not a silent pass.
if ! ctest --test-dir "$build_dir" --output-on-failure -j2 --no-tests=error; then
    echo "test: FAILED: ctest" >&2
    status=1
fi
echo "test: ctest took $((SECONDS - start))s"

if command -v clang-format >/dev/null 2>&1; then
    echo "test: format-check ($(clang-format --version))"
    if ! cmake --build "$build_dir" --target format-check; then
        echo "test: FAILED: format-check (run 'cmake --build $build_dir --target format' to fix)" >&2
        status=1
    fi
else
    echo "test: clang-format not installed; skipping format-check"
fi

exit "$status"
