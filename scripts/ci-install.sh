#!/usr/bin/env bash
# ci-install.sh
#
# The packaging checks (stage 3 of .ci/run). Needs root (or sudo) for the chroot. On the host:
#   1. scripts/install-deps.sh --packaging, then scripts/build.sh (incremental after stage 1);
#   2. desktop-file-validate on both desktop entries, appstreamcli validate --no-net on the
#      AppStream file as built;
#   3. `cmake --install` into a temporary prefix: every file of docs/install.md is there, and the
#      installed desktop entry launches Ferry under Xvfb with its icon
#      (scripts/check-desktop-launch.sh; screenshot kept in $FERRY_CHROOT_CACHE/desktop-launch/);
#   4. `cpack -G DEB` builds ferry_<version>_<arch>.deb;
# then in a clean Debian 12 chroot (`debootstrap --variant=minbase bookworm`, unpacked afresh from
# a cached tarball for every run):
#   5. `apt-get install ./ferry_*.deb`; `ferry --version`, `ferryctl --help`, and
#      `ferryctl transfer` of a file served by an HTTP server on the host's loopback (the chroot
#      shares the host's network), compared byte for byte;
#   6. `apt-get remove --purge ferry`: no file or directory of `dpkg -L ferry` remains (a
#      directory may stay only if another package owns it), nothing new appeared, and dpkg has
#      forgotten the package.
#
# Environment:
#   FERRY_CHROOT_CACHE   cache root (default /var/cache/ferry-ci): the chroot tarball
#                        bookworm-minbase.tar, downloaded .debs in bookworm-apt/, the lock
#   FERRY_DEBIAN_MIRROR  mirror (default http://deb.debian.org/debian)
#   FERRY_BUILD_DIR      host build directory (default build), as for scripts/test.sh
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

log() { printf '[ci-install] %s\n' "$*"; }
die() {
    printf '[ci-install] ERROR: %s\n' "$*" >&2
    exit 1
}

if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 || die "must run as root (sudo not available)"
    exec sudo --preserve-env=CI,FERRY_CHROOT_CACHE,FERRY_DEBIAN_MIRROR,FERRY_BUILD_DIR,FERRY_WERROR,FERRY_BUILD_TYPE,FERRY_JOBS,CCACHE_DIR \
        bash "${BASH_SOURCE[0]}" "$@"
fi

cache_root=${FERRY_CHROOT_CACHE:-/var/cache/ferry-ci}
mirror=${FERRY_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
build_dir=${FERRY_BUILD_DIR:-build}
[[ $build_dir == /* ]] || build_dir=$repo_root/$build_dir
export LANG=${LANG:-C.UTF-8}

mkdir -p "$cache_root"
cache_root=$(cd "$cache_root" && pwd -P)
[[ $cache_root != / ]] || die "FERRY_CHROOT_CACHE must not be /"
tarball=$cache_root/$suite-minbase.tar
apt_cache=$cache_root/$suite-apt

# --- helpers shared in spirit with scripts/ci-trixie.sh ---------------------------------------------
# unmount_under DIR: unmount every mount point at or below DIR, deepest first.
unmount_under() {
    local dir=$1 target
    local -a targets=()
    mapfile -t targets < <(awk -v d="$dir" '$5 == d || index($5, d "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r -u)
    for target in "${targets[@]}"; do
        umount "$target" 2>/dev/null || umount --lazy "$target" || log "warning: could not unmount $target"
    done
}
# kill_inside DIR: kill the processes whose root directory is DIR (a daemon ferryctl started in
# the chroot, say), so that DIR can be unmounted and deleted.
kill_inside() {
    local dir=$1 pid root
    for pid in /proc/[0-9]*; do
        root=$(readlink "$pid/root" 2>/dev/null) || continue
        [[ $root == "$dir" ]] && kill -KILL "${pid#/proc/}" 2>/dev/null
    done
    return 0
}
# remove_tree DIR: delete a chroot; unmounts first and never crosses into another file system.
remove_tree() {
    kill_inside "$1"
    unmount_under "$1"
    rm -rf --one-file-system "$1"
}
bind_private() {
    mount --bind "$1" "$2"
    mount --make-private "$2"
}

work=
chroot_dir=
server_pid=
cleanup() {
    local rc=$?
    set +e
    [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    if [[ -n $chroot_dir && -d $chroot_dir ]]; then
        remove_tree "$chroot_dir"
    fi
    [[ -n $work && -d $work ]] && rm -rf --one-file-system "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

stage_start=$SECONDS

# --- 1. dependencies and the host build ---------------------------------------------------------------
bash "$repo_root/scripts/install-deps.sh" --packaging
bash "$repo_root/scripts/build.sh" "$build_dir"
work=$(mktemp -d /tmp/ferry-ci-install.XXXXXX)

# --- 2. validators ------------------------------------------------------------------------------------
log "desktop-file-validate"
desktop-file-validate "$repo_root/resources/net.ferrydm.Ferry.desktop"
desktop-file-validate "$repo_root/resources/net.ferrydm.Ferry.autostart.desktop"
log "appstreamcli validate --no-net ($(appstreamcli --version))"
appstreamcli validate --no-net "$build_dir/resources/net.ferrydm.Ferry.metainfo.xml"

# --- 3. cmake --install and the desktop launch ---------------------------------------------------------
prefix=$work/prefix
cmake --install "$build_dir" --prefix "$prefix" >"$work/install.log"
expected=(
    bin/ferry bin/ferryctl bin/ferry-browser-host
    share/ferry/browser/chromium/manifest.json share/ferry/browser/firefox/manifest.json
    etc/chromium/native-messaging-hosts/net.ferrydm.ferry.json
    etc/opt/chrome/native-messaging-hosts/net.ferrydm.ferry.json
    lib/mozilla/native-messaging-hosts/net.ferrydm.ferry.json
    share/applications/net.ferrydm.Ferry.desktop
    share/icons/hicolor/scalable/apps/net.ferrydm.Ferry.svg
    share/metainfo/net.ferrydm.Ferry.metainfo.xml
    share/man/man1/ferry.1 share/man/man1/ferryctl.1
    share/bash-completion/completions/ferryctl
    share/ferry/autostart/net.ferrydm.Ferry.desktop
    share/doc/ferry/install.md
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x$size/apps/net.ferrydm.Ferry.png")
done
if grep -q '^KF6Notifications_DIR:PATH=/' "$build_dir/CMakeCache.txt"; then
    expected+=(share/knotifications6/ferry.notifyrc)
fi
for file in "${expected[@]}"; do
    [[ -f $prefix/$file ]] || die "cmake --install did not install $file"
done
desktop-file-validate "$prefix/share/applications/net.ferrydm.Ferry.desktop"
log "cmake --install: all ${#expected[@]} expected files present"
launch_out=$cache_root/desktop-launch
rm -rf "$launch_out"
bash "$repo_root/scripts/check-desktop-launch.sh" "$prefix" "$launch_out"

# --- 4. the .deb ----------------------------------------------------------------------------------------
log "cpack -G DEB"
(cd "$build_dir" && cpack -G DEB -B "$work/pkg") >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    die "cpack failed"
}
debs=("$work"/pkg/ferry_*.deb)
if ((${#debs[@]} != 1)) || [[ ! -f ${debs[0]} ]]; then die "cpack made not exactly one ferry_*.deb"; fi
deb=${debs[0]}
log "built $(basename "$deb"); Depends: $(dpkg-deb -f "$deb" Depends)"

# --- 5. a clean Debian 12 chroot --------------------------------------------------------------------------
exec 9>"$cache_root/$suite.lock"
if ! flock --nonblock 9; then
    log "waiting for another run to release $cache_root/$suite.lock"
    flock 9
fi
# Chroots left by a killed run.
for stale in "$cache_root"/."$suite"-run.*; do
    [[ -d $stale ]] || continue
    log "removing stale chroot $stale"
    remove_tree "$stale"
done

if [[ ! -f $tarball ]]; then
    t=$SECONDS
    chroot_dir=$(mktemp -d "$cache_root/.$suite-run.XXXXXX")
    chmod 0755 "$chroot_dir"
    log "creating the $suite minbase tarball (debootstrap --variant=minbase $suite, $mirror)"
    debootstrap --variant=minbase "$suite" "$chroot_dir" "$mirror"
    unmount_under "$chroot_dir"
    tar -C "$chroot_dir" --numeric-owner -cf "$tarball.tmp" .
    mv -T "$tarball.tmp" "$tarball"
    remove_tree "$chroot_dir"
    log "tarball created in $((SECONDS - t))s"
fi

chroot_dir=$(mktemp -d "$cache_root/.$suite-run.XXXXXX")
chmod 0755 "$chroot_dir"
tar -C "$chroot_dir" --numeric-owner -xf "$tarball"
[[ -x $chroot_dir/usr/bin/apt-get && -f $chroot_dir/etc/debian_version ]] ||
    die "$tarball does not hold a usable chroot; delete it and rerun"
log "clean chroot: Debian $(cat "$chroot_dir/etc/debian_version") in $chroot_dir"

cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
if [[ ! -e $chroot_dir/etc/hosts ]]; then
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$chroot_dir/etc/hosts"
fi
printf '#!/bin/sh\nexit 101\n' >"$chroot_dir/usr/sbin/policy-rc.d"
chmod 0755 "$chroot_dir/usr/sbin/policy-rc.d"
mkdir -p "$apt_cache/partial" "$chroot_dir/proc" "$chroot_dir/sys" "$chroot_dir/dev" "$chroot_dir/pkg"
mount -t proc -o nosuid,nodev,noexec proc "$chroot_dir/proc"
mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$chroot_dir/sys"
bind_private /dev "$chroot_dir/dev"
bind_private /dev/pts "$chroot_dir/dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$chroot_dir/dev/shm"
# Downloaded .debs are kept between runs (the chroot itself is thrown away).
bind_private "$apt_cache" "$chroot_dir/var/cache/apt/archives"
cp "$deb" "$chroot_dir/pkg/"

in_chroot() {
    chroot "$chroot_dir" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive \
        "$@"
}
apt_in_chroot() {
    in_chroot apt-get -q -y -o APT::Sandbox::User=root -o Dpkg::Use-Pty=0 "$@"
}
# Every path on the chroot's own file system, except state that apt and dpkg keep and /tmp.
snapshot() {
    (cd "$chroot_dir" && find . -xdev \( -path ./proc -o -path ./sys -o -path ./dev -o -path ./tmp \
        -o -path ./pkg -o -path ./var/cache -o -path ./var/lib/apt -o -path ./var/lib/dpkg \
        -o -path ./var/log -o -path ./root \) -prune -o -print | sort) >"$1"
}

t=$SECONDS
apt_in_chroot update >"$work/apt-update.log" 2>&1 || {
    cat "$work/apt-update.log" >&2
    die "apt-get update failed in the chroot"
}
log "apt-get install ./$(basename "$deb")"
apt_in_chroot install --no-install-recommends "./pkg/$(basename "$deb")" >"$work/apt-install.log" 2>&1 || {
    cat "$work/apt-install.log" >&2
    die "apt-get install of the .deb failed"
}
log "installed with its dependencies in $((SECONDS - t))s ($(grep -c '^Unpacking' "$work/apt-install.log") packages)"

# The user's side: everything Ferry writes goes to these XDG directories.
user_env=(XDG_DATA_HOME=/tmp/user/data XDG_CONFIG_HOME=/tmp/user/config XDG_CACHE_HOME=/tmp/user/cache
    XDG_RUNTIME_DIR=/tmp/user/runtime)
mkdir -p "$chroot_dir/tmp/user/data" "$chroot_dir/tmp/user/config" "$chroot_dir/tmp/user/dl"
mkdir -m 0700 "$chroot_dir/tmp/user/runtime"

version=$(in_chroot env "${user_env[@]}" ferry --version) || die "ferry --version failed"
log "ferry --version: $version"
[[ $version == "ferry $(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")" ]] ||
    die "unexpected ferry --version output: $version"
in_chroot env "${user_env[@]}" ferryctl --help >"$work/help.txt" || die "ferryctl --help failed"
grep -q 'transfer' "$work/help.txt" || die "ferryctl --help does not list the commands"
log "ferryctl --help: $(head -n1 "$work/help.txt")"
# The browser extension's host, registered system-wide by the package for Chromium, Chrome and
# Firefox, naming the installed host.
for manifest in /etc/chromium/native-messaging-hosts /etc/opt/chrome/native-messaging-hosts \
    /usr/lib/mozilla/native-messaging-hosts; do
    grep -q '"path": "/usr/bin/ferry-browser-host"' "$chroot_dir$manifest/net.ferrydm.ferry.json" ||
        die "the .deb's $manifest/net.ferrydm.ferry.json does not name /usr/bin/ferry-browser-host"
done
[[ -f $chroot_dir/usr/share/ferry/browser/chromium/manifest.json ]] || die "the .deb has no Chromium extension"
in_chroot env "${user_env[@]}" HOME=/tmp/user ferryctl browser status >"$work/browser.txt" ||
    die "ferryctl browser status failed"
grep -q 'host registered for the system: /etc/chromium/native-messaging-hosts/' "$work/browser.txt" ||
    die "ferryctl browser status does not find the system registration: $(cat "$work/browser.txt")"
log "browser host registered system-wide; ferryctl browser status: $(head -n2 "$work/browser.txt" | tr '\n' ' ')"

# A file served from the host's loopback; the chroot shares the network namespace.
mkdir -p "$work/www"
head -c 3000000 /dev/urandom >"$work/www/payload.bin"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$work/www" "$port" >"$work/http.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/payload.bin" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || die "the HTTP server did not start: $(cat "$work/http.log")"
    sleep 0.1
done
log "ferryctl transfer http://127.0.0.1:$port/payload.bin /tmp/user/dl/"
in_chroot env "${user_env[@]}" timeout 300 ferryctl transfer "http://127.0.0.1:$port/payload.bin" /tmp/user/dl/ ||
    die "ferryctl transfer failed in the chroot"
cmp "$work/www/payload.bin" "$chroot_dir/tmp/user/dl/payload.bin" ||
    die "the transferred file differs from the served one"
log "transfer ok: $(stat -c %s "$chroot_dir/tmp/user/dl/payload.bin") bytes, identical"
kill "$server_pid"
wait "$server_pid" 2>/dev/null || true
server_pid=
# A daemon that ferryctl may have started must not keep files of the package busy.
kill_inside "$chroot_dir"

# --- 6. removal ---------------------------------------------------------------------------------------------
in_chroot dpkg -L ferry >"$work/dpkg-L.txt"
snapshot "$work/installed.txt"
log "apt-get remove --purge ferry ($(wc -l <"$work/dpkg-L.txt") paths in dpkg -L)"
apt_in_chroot remove --purge ferry >"$work/apt-remove.log" 2>&1 || {
    cat "$work/apt-remove.log" >&2
    die "apt-get remove --purge ferry failed"
}
snapshot "$work/removed.txt"
left=()
while IFS= read -r path; do
    [[ -n $path && $path != /. ]] || continue
    if [[ -e $chroot_dir$path || -L $chroot_dir$path ]]; then
        # A shared directory (/usr/share/man/man1 …) stays when another package owns it.
        if [[ -d $chroot_dir$path ]] && in_chroot dpkg-query -S "$path" >/dev/null 2>&1; then
            continue
        fi
        left+=("$path")
    fi
done <"$work/dpkg-L.txt"
((${#left[@]} == 0)) || die "left behind after apt-get remove --purge: ${left[*]}"
new=$(comm -13 "$work/installed.txt" "$work/removed.txt")
[[ -z $new ]] || die "apt-get remove --purge created files: $new"
# shellcheck disable=SC2016 # a dpkg-query format, not a shell expansion
status=$(in_chroot dpkg-query -W -f='${db:Status-Abbrev}' ferry 2>/dev/null || true)
[[ -z $status || $status == un* || $status == pn* ]] || die "dpkg still knows ferry: '$status'"
gone=$(comm -23 "$work/installed.txt" "$work/removed.txt" | wc -l)
log "removal ok: $gone paths removed, nothing of ferry left, dpkg status '${status:-none}'"
log "packaging checks passed in $((SECONDS - stage_start))s"
