#!/usr/bin/env bash
# A download keeps its speed while the UI thread is blocked (PERFORMANCE.md #5). nginx serves a
# file at a steady 40 MB/s (limit_rate) so both windows see the same server; five runs.
# Usage: bench/uiblock.sh BUILD_DIR [RUNS]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
build=$(cd "${1:-build}" && pwd)
runs=${2:-5}
work=$(mktemp -d /dev/shm/ferry-uiblock.XXXXXX)
nginx_pid=
trap '[[ -n $nginx_pid ]] && kill $nginx_pid 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work"/{root,temp,out}
head -c 1G /dev/zero >"$work/root/file.bin"
port=$(free_port)
cat >"$work/nginx.conf" <<CONF
daemon off; master_process off; worker_processes 1; pid $work/nginx.pid; error_log $work/error.log;
events {}
http { access_log off; client_body_temp_path $work/temp;
  server { listen 127.0.0.1:$port; root $work/root; limit_rate 40m; } }
CONF
"$(command -v nginx || echo /usr/sbin/nginx)" -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
sleep 0.5
for _ in $(seq "$runs"); do
    rm -f "$work"/out/*
    "$build/bench/ferry_bench_uiblock" "http://127.0.0.1:$port/file.bin" "$work/out" 2000
done
