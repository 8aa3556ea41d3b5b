#!/usr/bin/env bash
# Download benchmarks against a local nginx (see docs/benchmarks.md and shared PERFORMANCE.md):
#   1. one large file:           curl, wget, aria2c -x1, aria2c -x8 -s8, ferryctl transfer
#   2. per-connection limit_rate: curl, aria2c -x8 -s8, ferryctl transfer --segments 8
#   3. many small files:         aria2c -i -j8, a curl loop, ferryctl transfer (one job)
# Prints a markdown table per scenario: median wall time, user+sys CPU and peak RSS over RUNS
# rounds (each round runs every tool once, in turn), and the ratio to curl (or to aria2c for
# scenarios 2 and 3). Every download is checked with SHA-256. Everything stays on 127.0.0.1; files live on tmpfs (/dev/shm).
#
# Usage: bench/download-bench.sh BUILD_DIR
# Environment: SIZE (default 1G), LIMITED_SIZE (256M), RATE (20m), SMALL_COUNT (1000),
#              SMALL_SIZE (100K), RUNS (5), SCENARIOS ("1 2 3"), SMOKE=1 (tiny sizes, one run).
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build=$(cd "${1:-build}" && pwd)
ferryctl=$build/app/ferryctl
if [[ ${SMOKE:-0} == 1 ]]; then
    SIZE=${SIZE:-8M} LIMITED_SIZE=${LIMITED_SIZE:-4M} SMALL_COUNT=${SMALL_COUNT:-20} RUNS=${RUNS:-1}
fi
SIZE=${SIZE:-1G}
LIMITED_SIZE=${LIMITED_SIZE:-256M}
RATE=${RATE:-20m}
SMALL_COUNT=${SMALL_COUNT:-1000}
SMALL_SIZE=${SMALL_SIZE:-100K}
RUNS=${RUNS:-5}
SCENARIOS=${SCENARIOS:-1 2 3}

nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [[ ! -x $nginx_bin ]]; then
    echo "bench: nginx is needed (scripts/install-deps.sh --test)" >&2
    [[ -n ${FERRY_REQUIRE_SERVERS:-} ]] && exit 1
    exit 77 # ctest: skipped
fi
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
command -v bc >/dev/null || { echo "bench: bc is needed (apt-get install bc)" >&2; exit 1; }

work=$(mktemp -d /dev/shm/ferry-bench.XXXXXX)
nginx_pid=
# With no Ferry running, ferryctl transfer runs the engine in its own process and leaves none
# behind. Should an engine run after all (a daemon started for jobs left waiting), it is measured
# and stopped (by the pid in its lock) after each run.
stop_engine() {
    local pid
    pid=$(head -1 "$work/xdg/run/ferry/engine.lock" 2>/dev/null) || return 0
    [[ $pid =~ ^[0-9]+$ ]] || return 0
    kill "$pid" 2>/dev/null || return 0
    while kill -0 "$pid" 2>/dev/null && [[ $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) != Z ]]; do
        sleep 0.05
    done
}
# engine_usage: prints the running engine's CPU seconds (user+sys) and peak RSS (KiB), or "0 0".
engine_usage() {
    local pid ticks
    pid=$(head -1 "$work/xdg/run/ferry/engine.lock" 2>/dev/null) || { echo "0 0"; return; }
    [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/stat ]] || { echo "0 0"; return; }
    ticks=$(getconf CLK_TCK)
    # Fields after the command name (which may hold spaces): utime is the 12th, stime the 13th.
    awk -v t="$ticks" '{sub(/^.*\) /, ""); printf "%.2f ", ($12 + $13) / t}' "/proc/$pid/stat"
    awk '/^VmHWM:/ {print $2}' "/proc/$pid/status"
}
cleanup() {
    [[ -n $nginx_pid ]] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    stop_engine
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work"/{root/limited,root/small,temp,out,xdg/data,xdg/run}
chmod 700 "$work/xdg/run"
# Ferry's database, socket and settings of this run only (the other tools ignore them).
export XDG_DATA_HOME=$work/xdg/data XDG_RUNTIME_DIR=$work/xdg/run XDG_CONFIG_HOME=$work/xdg/config

head -c "$SIZE" /dev/urandom >"$work/root/big.bin"
head -c "$LIMITED_SIZE" /dev/urandom >"$work/root/limited/big.bin"
for i in $(seq 1 "$SMALL_COUNT"); do head -c "$SMALL_SIZE" /dev/urandom >"$work/root/small/f$i.bin"; done
sha_big=$(sha256sum <"$work/root/big.bin" | cut -d' ' -f1)
sha_limited=$(sha256sum <"$work/root/limited/big.bin" | cut -d' ' -f1)
sha_small=$(cd "$work/root/small" && cat $(ls | sort) | sha256sum | cut -d' ' -f1)

port=$(free_port)
cat >"$work/nginx.conf" <<CONF
daemon off; master_process off; worker_processes 1;
pid $work/nginx.pid; error_log $work/error.log warn;
events { worker_connections 1024; }
http {
    access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
    client_body_temp_path $work/temp/body; proxy_temp_path $work/temp/proxy;
    fastcgi_temp_path $work/temp/fcgi; uwsgi_temp_path $work/temp/uwsgi; scgi_temp_path $work/temp/scgi;
    types { } default_type application/octet-stream;
    server {
        listen 127.0.0.1:$port;
        root $work/root;
        location /limited/ { limit_rate $RATE; }
    }
}
CONF
"$nginx_bin" -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
base=http://127.0.0.1:$port

# add NAME CHECK_SHA CMD...: puts a tool in the current scenario's plan. measure_plan then runs
# RUNS rounds, each running every tool of the plan once, in turn (a machine that gets busier or
# quieter during the scenario weighs on every tool alike), and keeps the medians of wall time,
# CPU time and peak RSS. It fails when a tool's output has the wrong SHA-256.
declare -A wall cpu rss plan_sha plan_cmd walls cpus rsss
plan=()
add() {
    local name=$1
    plan+=("$name")
    plan_sha[$name]=$2
    shift 2
    plan_cmd[$name]=$(printf '%q ' "$@")
}
run_once() { # NAME
    local name=$1
    rm -rf "$work/out" && mkdir -p "$work/out" "$work/xdg/data"
    rm -rf "$work/xdg/data/ferry"
    eval "/usr/bin/time -f '%e %U %S %M' -o $(printf %q "$work/time") ${plan_cmd[$name]}" \
        >/dev/null 2>"$work/stderr" \
        || { echo "bench: $name failed:" >&2; tail -5 "$work/stderr" >&2; return 1; }
    # An engine still running (none is expected) is a process time(1) does not see: its CPU
    # time and peak RSS are added.
    local engine_cpu=0 engine_rss=0
    read -r engine_cpu engine_rss < <(engine_usage)
    stop_engine
    local got
    got=$(cd "$work/out" && cat $(ls | sort) | sha256sum | cut -d' ' -f1)
    if [[ $got != "${plan_sha[$name]}" ]]; then
        echo "bench: $name wrote wrong bytes" >&2
        return 1
    fi
    read -r e u s m <"$work/time"
    walls[$name]+="$e "
    cpus[$name]+="$(echo "$u + $s + $engine_cpu" | bc) "
    rsss[$name]+="$((m + engine_rss)) "
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure_plan() {
    local name
    for name in "${plan[@]}"; do
        walls[$name]= cpus[$name]= rsss[$name]= # a tool may have run in an earlier scenario
    done
    for _ in $(seq "$RUNS"); do
        for name in "${plan[@]}"; do
            run_once "$name" || return 1
        done
    done
    for name in "${plan[@]}"; do
        echo "bench: $name: wall ${walls[$name]}, CPU ${cpus[$name]}, RSS ${rsss[$name]}" >&2
        # shellcheck disable=SC2086 # the lists are space-separated numbers
        wall[$name]=$(median ${walls[$name]})
        # shellcheck disable=SC2086
        cpu[$name]=$(median ${cpus[$name]})
        # shellcheck disable=SC2086
        rss[$name]=$(median ${rsss[$name]})
    done
    plan=()
}

table() { # REFERENCE NAME...
    local ref=$1
    shift
    [[ -n ${wall[$ref]:-} ]] || ref="ferryctl transfer"
    [[ -n ${wall[$ref]:-} ]] || ref=$(printf '%s\n' "${!wall[@]}" | head -1)
    echo "| tool | wall (s) | CPU user+sys (s) | peak RSS (MiB) | wall vs $ref | CPU vs $ref |"
    echo "|---|---|---|---|---|---|"
    for n in "$@"; do
        [[ -n ${wall[$n]:-} ]] || continue
        printf '| %s | %.2f | %.2f | %.1f | %.2f× | %.2f× |\n' "$n" "${wall[$n]}" "${cpu[$n]}" \
            "$(echo "${rss[$n]} / 1024" | bc -l)" "$(echo "${wall[$n]} / ${wall[$ref]}" | bc -l)" \
            "$(echo "${cpu[$n]} / ${cpu[$ref]}" | bc -l)"
    done
    echo
}
have() { command -v "$1" >/dev/null 2>&1; }

echo "# Ferry download benchmarks — $(date -u +%F), $(nproc) cores, runs: $RUNS"
echo
if [[ " $SCENARIOS " == *" 1 "* ]]; then
    echo "## 1. One file of $SIZE from nginx on loopback"
    echo
    have curl && add curl "$sha_big" curl -sS -o "$work/out/big.bin" "$base/big.bin"
    have wget && add wget "$sha_big" wget -q -O "$work/out/big.bin" "$base/big.bin"
    if have aria2c; then
        add "aria2c -x1" "$sha_big" aria2c -q -x1 -s1 --file-allocation=none --allow-overwrite=true -d "$work/out" -o big.bin "$base/big.bin"
        add "aria2c -x8 -s8" "$sha_big" aria2c -q -x8 -s8 -k1M --file-allocation=none --allow-overwrite=true -d "$work/out" -o big.bin "$base/big.bin"
    fi
    add "ferryctl transfer" "$sha_big" "$ferryctl" transfer "$base/big.bin" "$work/out/big.bin"
    add "ferryctl transfer --segments 1" "$sha_big" "$ferryctl" transfer --segments 1 "$base/big.bin" "$work/out/big.bin"
    measure_plan
    table curl curl wget "aria2c -x1" "aria2c -x8 -s8" "ferryctl transfer" "ferryctl transfer --segments 1"
fi
if [[ " $SCENARIOS " == *" 2 "* ]]; then
    echo "## 2. $LIMITED_SIZE from a server limiting each connection to $RATE/s"
    echo
    have curl && add curl "$sha_limited" curl -sS -o "$work/out/big.bin" "$base/limited/big.bin"
    have aria2c && add "aria2c -x8 -s8" "$sha_limited" aria2c -q -x8 -s8 -k1M --file-allocation=none --allow-overwrite=true -d "$work/out" -o big.bin "$base/limited/big.bin"
    add "ferryctl transfer --segments 8" "$sha_limited" "$ferryctl" transfer --segments 8 "$base/limited/big.bin" "$work/out/big.bin"
    measure_plan
    ref=curl
    have aria2c && ref="aria2c -x8 -s8"
    table "$ref" curl "aria2c -x8 -s8" "ferryctl transfer --segments 8"
fi
if [[ " $SCENARIOS " == *" 3 "* ]]; then
    echo "## 3. $SMALL_COUNT files of $SMALL_SIZE"
    echo
    seq 1 "$SMALL_COUNT" | sed "s|.*|$base/small/f&.bin|" >"$work/list"
    mapfile -t urls <"$work/list"
    have aria2c && add "aria2c -i -j8" "$sha_small" aria2c -q -j8 --file-allocation=none --allow-overwrite=true -d "$work/out" -i "$work/list"
    have curl && add "curl loop" "$sha_small" bash -c 'cd "$1" && shift && for u; do curl -sS -O "$u"; done' _ "$work/out" "${urls[@]}"
    add "ferryctl transfer (one job)" "$sha_small" "$ferryctl" transfer "${urls[@]}" "$work/out"
    measure_plan
    ref="curl loop"
    have aria2c && ref="aria2c -i -j8"
    table "$ref" "aria2c -i -j8" "curl loop" "ferryctl transfer (one job)"
fi
