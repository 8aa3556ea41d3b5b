#!/usr/bin/env bash
# Queue scale: 100,000 jobs with 1–3 files each, created in one batch and reloaded, five runs.
# Usage: bench/queue-scale.sh [BUILD_DIR] [JOBS]
set -euo pipefail
build=${1:-build}
jobs=${2:-100000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for run in 1 2 3 4 5; do
    "$build/bench/ferry_bench_queue" "$jobs" "$dir"
done
