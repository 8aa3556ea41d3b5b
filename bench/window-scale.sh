#!/usr/bin/env bash
# Window scale: the window opening over 100,000 stored jobs (engine start, load, first snapshot,
# painted) and sorting by every column, three runs, offscreen. The store is filled once, before
# the first run, and not timed. Targets (issue: the window): open painted ≤ 1.5 s, each sort
# ≤ 300 ms. Usage: bench/window-scale.sh [BUILD_DIR] [JOBS]
set -euo pipefail
build=${1:-build}
jobs=${2:-100000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_CONFIG_HOME=$dir/config XDG_DATA_HOME=$dir/data XDG_RUNTIME_DIR=$dir/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
for run in 1 2 3; do
    echo "run $run"
    "$build/bench/ferry_bench_window" "$jobs" "$dir" | grep -E '^(jobs|open_painted_ms|sort_worst_ms)'
done
