#!/usr/bin/env bash
# ci-trixie.sh
#
# Builds Ferry and runs its whole test suite inside a Debian 13 (trixie) chroot: gcc 14, Qt 6.8
# and KDE Frameworks 6 KNotifications, i.e. newer than the Debian 12 host. Needs root (or sudo).
#
# The chroot lives OUTSIDE the clone, at ${FERRY_CHROOT_CACHE:-/var/cache/ferry-ci}/trixie, and is
# reused between runs together with its installed packages, its ccache (/var/cache/ferry-ccache
# inside the chroot) and its build directory (/build-trixie inside the chroot), so reruns are fast.
# When missing it is created with `debootstrap --variant=minbase trixie` in a temporary directory
# that is renamed into place only once complete: an interrupted run never leaves a half chroot.
#
# Per run: the source tree is bind-mounted read-only at /src; proc, sys, dev, dev/pts, dev/shm and
# a private /tmp are mounted; then inside the chroot
#   scripts/install-deps.sh --kf6 --test ; scripts/build.sh /build-trixie ; ctest
# The run fails unless CMake's feature summary lists KNotifications among the enabled features.
# Everything mounted under the chroot is unmounted on exit, whether the run passed, failed or was
# interrupted; mounts left behind by a killed run are removed at the start of the next one.
#
# Environment:
#   FERRY_CHROOT_CACHE   cache root (default /var/cache/ferry-ci)
#   FERRY_DEBIAN_MIRROR  mirror for debootstrap (default http://deb.debian.org/debian)
#   FERRY_TRIXIE_CLEAN=1 delete the chroot's build directory first (full rebuild; ccache stays)
#   CI, FERRY_WERROR, FERRY_BUILD_TYPE, FERRY_JOBS are passed to scripts/build.sh in the chroot.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

cache_root=${FERRY_CHROOT_CACHE:-/var/cache/ferry-ci}
mirror=${FERRY_DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=trixie
chroot_dir=$cache_root/$suite
build_log=$cache_root/$suite-build.log

# Paths as seen inside the chroot.
src_in=/src
build_in=/build-$suite
ccache_in=/var/cache/ferry-ccache

log() { printf '[ci-trixie] %s\n' "$*"; }
die() {
    printf '[ci-trixie] ERROR: %s\n' "$*" >&2
    exit 1
}

# Re-run through sudo when not root (mount, chroot and debootstrap need it).
if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 || die "must run as root (sudo not available)"
    exec sudo --preserve-env=CI,FERRY_CHROOT_CACHE,FERRY_DEBIAN_MIRROR,FERRY_TRIXIE_CLEAN,FERRY_WERROR,FERRY_BUILD_TYPE,FERRY_JOBS \
        bash "${BASH_SOURCE[0]}" "$@"
fi

mkdir -p "$cache_root"
cache_root=$(cd "$cache_root" && pwd -P)
chroot_dir=$cache_root/$suite
build_log=$cache_root/$suite-build.log
[[ $cache_root != / ]] || die "FERRY_CHROOT_CACHE must not be /"

# unmount_under DIR: unmount every mount point at or below DIR, deepest first (a reverse sort puts
# /a/b/c before /a/b). Reads /proc/self/mountinfo, so it also finds mounts a killed run left.
unmount_under() {
    local dir=$1 target
    local -a targets=()
    mapfile -t targets < <(awk -v d="$dir" '$5 == d || index($5, d "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r -u)
    for target in "${targets[@]}"; do
        umount "$target" 2>/dev/null || umount --lazy "$target" || log "warning: could not unmount $target"
    done
}

# remove_tree DIR: delete a (temporary) chroot. Unmounts first, and never crosses into another
# file system, so a bind-mounted /dev or source tree can never be deleted through it.
remove_tree() {
    unmount_under "$1"
    rm -rf --one-file-system "$1"
}

tmp_chroot=
have_lock=0
cleanup() {
    local rc=$?
    set +e
    # Without the lock the mounts (if any) belong to another run: leave them alone.
    if ((have_lock)); then
        unmount_under "$chroot_dir"
    fi
    if [[ -n $tmp_chroot && -d $tmp_chroot ]]; then
        log "removing incomplete chroot $tmp_chroot"
        remove_tree "$tmp_chroot"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# One run at a time per cache: runs share the chroot's mounts, apt state and build directory.
exec 9>"$cache_root/$suite.lock"
if ! flock --nonblock 9; then
    log "waiting for another ci-trixie run to release $cache_root/$suite.lock"
    flock 9
fi
have_lock=1

stage_start=$SECONDS

# --- 1. the chroot itself ------------------------------------------------------------------------
# Leftovers from a killed run: mounts inside the chroot and never-finished temporary chroots.
unmount_under "$chroot_dir"
for stale in "$cache_root"/."$suite".tmp.*; do
    [[ -d $stale ]] || continue
    log "removing stale temporary chroot $stale"
    remove_tree "$stale"
done

if [[ ! -e $chroot_dir ]]; then
    if ! command -v debootstrap >/dev/null 2>&1; then
        log "installing debootstrap on the host"
        apt-get -q update || log "warning: 'apt-get update' reported errors; trying the install anyway"
        DEBIAN_FRONTEND=noninteractive apt-get -q -y --no-install-recommends install debootstrap
    fi
    tmp_chroot=$(mktemp -d "$cache_root/.$suite.tmp.XXXXXX")
    chmod 0755 "$tmp_chroot" # mktemp makes it 0700; apt's _apt user must be able to traverse /
    log "creating $suite chroot (debootstrap --variant=minbase $suite, $mirror)"
    debootstrap --variant=minbase "$suite" "$tmp_chroot" "$mirror"
    unmount_under "$tmp_chroot"
    mv -T "$tmp_chroot" "$chroot_dir"
    tmp_chroot=
    log "chroot created in $((SECONDS - stage_start))s"
fi
[[ -x $chroot_dir/usr/bin/apt-get && -f $chroot_dir/etc/debian_version ]] ||
    die "$chroot_dir exists but is not a usable chroot; delete it and rerun to recreate it"
log "chroot: $chroot_dir (Debian $(cat "$chroot_dir/etc/debian_version"))"

# Name resolution for apt (always refreshed: the host's may change). Remove first: if the chroot's
# resolv.conf were a symlink, copying onto it would overwrite the file it points to on the host.
rm -f "$chroot_dir/etc/resolv.conf"
cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
# HTTPS trust for npm (the upload tests' tus server comes from the npm registry): the host's CA
# bundle, refreshed like resolv.conf, so a host that trusts a local or TLS-inspecting proxy's CA
# reaches the registry from the chroot too. npm reads it through npm_config_cafile below.
mkdir -p "$chroot_dir/etc/ferry-ci"
if [[ -f /etc/ssl/certs/ca-certificates.crt ]]; then
    cp -L /etc/ssl/certs/ca-certificates.crt "$chroot_dir/etc/ferry-ci/host-ca-certificates.crt"
else
    rm -f "$chroot_dir/etc/ferry-ci/host-ca-certificates.crt"
fi
# minbase has no /etc/hosts; tests need "localhost".
if [[ ! -e $chroot_dir/etc/hosts ]]; then
    printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$chroot_dir/etc/hosts"
fi
# Keep package postinst scripts from starting services (dbus) inside the chroot.
if [[ ! -e $chroot_dir/usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$chroot_dir/usr/sbin/policy-rc.d"
    chmod 0755 "$chroot_dir/usr/sbin/policy-rc.d"
fi

# --- 2. mounts (all undone by cleanup) -------------------------------------------------------------
# Each bind mount is made private at once: on a host whose mounts are shared (systemd's default)
# a mount made below the chroot's /dev would otherwise propagate back onto the host's /dev.
bind_private() {
    mount --bind "$1" "$2"
    mount --make-private "$2"
}
mkdir -p "$chroot_dir$src_in" "$chroot_dir/proc" "$chroot_dir/sys" "$chroot_dir/dev" "$chroot_dir/tmp"
bind_private "$repo_root" "$chroot_dir$src_in"
mount -o remount,bind,ro "$chroot_dir$src_in" # the build must not write into the source tree
mount -t proc -o nosuid,nodev,noexec proc "$chroot_dir/proc"
mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$chroot_dir/sys"
bind_private /dev "$chroot_dir/dev"
bind_private /dev/pts "$chroot_dir/dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$chroot_dir/dev/shm"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$chroot_dir/tmp"

host_ca=
[[ -f $chroot_dir/etc/ferry-ci/host-ca-certificates.crt ]] && host_ca=/etc/ferry-ci/host-ca-certificates.crt

# in_chroot CMD...: run CMD in the chroot with a clean, explicit environment.
in_chroot() {
    chroot "$chroot_dir" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root \
        LANG=C.UTF-8 \
        TERM="${TERM:-dumb}" \
        DEBIAN_FRONTEND=noninteractive \
        CCACHE_DIR="$ccache_in" \
        CI="${CI:-}" \
        FERRY_WERROR="${FERRY_WERROR:-}" \
        FERRY_BUILD_TYPE="${FERRY_BUILD_TYPE:-}" \
        FERRY_JOBS="${FERRY_JOBS:-}" \
        FERRY_REQUIRE_SERVERS=1 \
        ${host_ca:+npm_config_cafile="$host_ca"} \
        "$@"
}

# --- 3. dependencies --------------------------------------------------------------------------------
t=$SECONDS
in_chroot bash "$src_in/scripts/install-deps.sh" --kf6 --test
log "dependencies ready in $((SECONDS - t))s"
# shellcheck disable=SC2016 # '${Version}' is a dpkg-query format, not a shell expansion
log "toolchain: $(in_chroot g++ --version | head -n1); Qt $(in_chroot dpkg-query -W -f='${Version}' qt6-base-dev); KNotifications $(in_chroot dpkg-query -W -f='${Version}' libkf6notifications-dev)"

# --- 4. configure + build ---------------------------------------------------------------------------
if [[ ${FERRY_TRIXIE_CLEAN:-} == 1 ]]; then
    log "FERRY_TRIXIE_CLEAN=1: removing $build_in"
    rm -rf --one-file-system "$chroot_dir$build_in"
fi
t=$SECONDS
# build.sh reads FERRY_BUILD_TYPE/FERRY_JOBS with ":-" defaults, so the empty values passed by
# in_chroot mean "default". Its whole output is kept in $build_log for the check below.
build_rc=0
in_chroot bash "$src_in/scripts/build.sh" "$build_in" 2>&1 | tee "$build_log" || build_rc=$?
log "configure + build took $((SECONDS - t))s (exit $build_rc; log: $build_log)"

# The feature summary is printed at the end of a successful configure; without one there is
# nothing to check.
grep -q '^-- Configuring done' "$build_log" ||
    die "CMake configure failed (exit $build_rc); the errors are above and in $build_log"

# CMake's feature summary: "-- The following features have been enabled:" then " * Name, text"
# lines up to the next "-- " line. KNotifications must be among them.
if ! awk '/^-- The following features have been enabled:/ { on = 1; next }
          on && /^-- / { on = 0 }
          on && /^ \* KNotifications,/ { found = 1 }
          END { exit !found }' "$build_log"; then
    die "KNotifications is not an enabled feature in the configure output (KF6Notifications not found)"
fi
log "configure output lists KNotifications as enabled"
((build_rc == 0)) || die "build failed (exit $build_rc); the errors are above and in $build_log"

# --- 5. tests ----------------------------------------------------------------------------------------
t=$SECONDS
in_chroot ctest --test-dir "$build_in" --output-on-failure -j2 --no-tests=error
log "ctest took $((SECONDS - t))s"
log "trixie stage passed in $((SECONDS - stage_start))s"
