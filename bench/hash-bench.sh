#!/usr/bin/env bash
# Verification speed (PERFORMANCE.md #5): SHA-256 of a 1 GiB file from the page cache (tmpfs),
# Ferry's Hasher (ferry_bench_hash) against sha256sum, interleaved rounds; prints a markdown
# table with medians and the throughput ratio, every run's figures on stderr. The digests of both
# tools must agree. `openssl dgst -sha256` (the same library's own tool) is timed too, when present.
# Usage: bench/hash-bench.sh BUILD_DIR [RUNS]      SIZE (1G), SMOKE=1 (16M, one run)
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
runs=${2:-5}
size=${SIZE:-1G}
if [[ ${SMOKE:-0} == 1 ]]; then
    runs=1
    size=16M
fi
bench=$build/bench/ferry_bench_hash
[[ -x $bench ]] || {
    echo "hash-bench: build ferry_bench_hash first" >&2
    exit 77
}
work=$(mktemp -d /dev/shm/ferry-hashbench.XXXXXX)
trap 'rm -rf "$work"' EXIT
file=$work/file.bin
head -c "$size" /dev/urandom >"$file"
bytes=$(stat -c %s "$file")
cat "$file" >/dev/null # in the page cache before the first timed run

# wall NAME CMD...: runs CMD, prints its wall time in seconds; its stdout goes to $work/NAME.out.
wall() {
    local name=$1 start end
    shift
    start=$(date +%s.%N)
    "$@" >"$work/$name.out" 2>/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

ours=()
theirs=()
openssl_runs=()
have_openssl=0
command -v openssl >/dev/null 2>&1 && have_openssl=1
for round in $(seq "$runs"); do
    t_theirs=$(wall sha256sum sha256sum "$file")
    t_ours=$(wall ferry "$bench" "$file" sha256)
    cmp -s "$work/sha256sum.out" "$work/ferry.out" || {
        echo "hash-bench: digests differ" >&2
        exit 1
    }
    theirs+=("$t_theirs")
    ours+=("$t_ours")
    t_openssl=-
    if ((have_openssl)); then
        t_openssl=$(wall openssl openssl dgst -sha256 "$file")
        openssl_runs+=("$t_openssl")
    fi
    echo "round $round: sha256sum $t_theirs s, ferry $t_ours s, openssl $t_openssl s" >&2
done
m_theirs=$(median "${theirs[@]}")
m_ours=$(median "${ours[@]}")
mib=$(echo "$bytes / 1048576" | bc -l)
printf '| tool | wall (s) | MiB/s | throughput vs sha256sum |\n|---|---|---|---|\n'
printf '| sha256sum | %.3f | %.0f | 1.00× |\n' "$m_theirs" "$(echo "$mib / $m_theirs" | bc -l)"
if ((have_openssl)); then
    m_openssl=$(median "${openssl_runs[@]}")
    printf '| openssl dgst -sha256 | %.3f | %.0f | %.2f× |\n' "$m_openssl" \
        "$(echo "$mib / $m_openssl" | bc -l)" "$(echo "$m_theirs / $m_openssl" | bc -l)"
fi
printf '| ferry_bench_hash (Hasher, OpenSSL) | %.3f | %.0f | %.2f× |\n' "$m_ours" \
    "$(echo "$mib / $m_ours" | bc -l)" "$(echo "$m_theirs / $m_ours" | bc -l)"
