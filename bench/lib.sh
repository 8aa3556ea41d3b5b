# Shared by the bench scripts (sourced, not run).

# free_port: prints a loopback port where nothing answers.
free_port() {
    local candidate
    for _ in $(seq 100); do
        candidate=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "bench: no free port" >&2
    return 1
}
