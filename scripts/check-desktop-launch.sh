#!/usr/bin/env bash
# check-desktop-launch.sh PREFIX [OUT_DIR]
#
# Launches Ferry the way a desktop does, from the desktop entry installed under PREFIX
# (`cmake --install build --prefix PREFIX`), and checks that its window carries the application
# icon. Runs on a private X server (xvfb-run) with the openbox window manager and a private D-Bus
# session; Ferry gets its own empty XDG directories, so the user's jobs are never touched.
#
#   1. `gio launch PREFIX/share/applications/net.ferrydm.Ferry.desktop` (PATH and XDG_DATA_DIRS
#      point into PREFIX, as for an installed application);
#   2. a visible window of class StartupWMClass (from the desktop file) appears;
#   3. its _NET_WM_ICON is set and is Ferry's icon (mostly Ferry blue, with the white ferry);
#   4. writes OUT_DIR/desktop-launch.png (screenshot of the screen: the icon is in the title bar)
#      and OUT_DIR/window-icon.png (the largest _NET_WM_ICON image). OUT_DIR defaults to a new
#      temporary directory, which is kept and printed.
#
# Needs: xvfb-run (xvfb, xauth), openbox, dbus-run-session (dbus), gio (libglib2.0-bin), xdotool,
# xprop (x11-utils), import (imagemagick), python3. `scripts/install-deps.sh --install-checks`
# installs them.
set -euo pipefail

log() { printf '[desktop-launch] %s\n' "$*"; }
die() {
    printf '[desktop-launch] ERROR: %s\n' "$*" >&2
    exit 1
}

(($# >= 1 && $# <= 2)) || die "usage: $0 PREFIX [OUT_DIR]"
prefix=$(cd "$1" && pwd)
app_id=net.ferrydm.Ferry
entry=$prefix/share/applications/$app_id.desktop
[[ -f $entry ]] || die "$entry not found: install first (cmake --install BUILD --prefix $prefix)"
[[ -x $prefix/bin/ferry ]] || die "$prefix/bin/ferry not found"

# Outside the private X server: start one (and a D-Bus session) and run this script again inside.
if [[ -z ${FERRY_LAUNCH_INNER:-} ]]; then
    out_dir=${2:-$(mktemp -d "${TMPDIR:-/tmp}/ferry-desktop-launch.XXXXXX")}
    mkdir -p "$out_dir"
    out_dir=$(cd "$out_dir" && pwd)
    exec env FERRY_LAUNCH_INNER=1 xvfb-run --auto-servernum --server-args="-screen 0 1024x700x24 -nolisten tcp" \
        dbus-run-session -- bash "${BASH_SOURCE[0]}" "$prefix" "$out_dir"
fi
out_dir=$2

work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-launch-home.XXXXXX")
wm_pid=
launch_pgid=
cleanup() {
    local rc=$?
    set +e
    # Ferry runs in the process group of the gio that started it (made by setsid below).
    if [[ -n $launch_pgid ]]; then
        kill -TERM -- "-$launch_pgid" 2>/dev/null
        for _ in $(seq 50); do kill -0 -- "-$launch_pgid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL -- "-$launch_pgid" 2>/dev/null
    fi
    [[ -n $wm_pid ]] && kill "$wm_pid" 2>/dev/null && wait "$wm_pid" 2>/dev/null
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT

# An installed application: its binaries on PATH, its data in XDG_DATA_DIRS; a private home.
export PATH=$prefix/bin:$PATH
export XDG_DATA_DIRS=$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM WAYLAND_DISPLAY
export QT_QPA_PLATFORM=xcb

# deadline_wait SECONDS DESCRIPTION CMD...: run CMD until it succeeds, at most SECONDS.
deadline_wait() {
    local seconds=$1 what=$2 end=$((SECONDS + $1))
    shift 2
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < end)) || die "timed out after ${seconds}s waiting for $what"
        sleep 0.1
    done
}

log "X display $DISPLAY; starting openbox"
openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm_pid=$!
deadline_wait 30 "the window manager" xprop -root -notype _NET_SUPPORTING_WM_CHECK

wm_class=$(sed -n 's/^StartupWMClass=//p' "$entry")
[[ -n $wm_class ]] || die "$entry has no StartupWMClass"

log "gio launch $entry"
setsid gio launch "$entry" >"$work/launch.log" 2>&1 &
launch_pgid=$!
# `gio launch` exits once Ferry is started; Ferry stays in its process group.

window=
find_window() { window=$(xdotool search --onlyvisible --class "^$wm_class\$" | head -n1) && [[ -n $window ]]; }
end=$((SECONDS + 60))
until find_window; do
    if ((SECONDS >= end)); then
        cat "$work/launch.log" >&2
        die "no visible window of class '$wm_class' appeared within 60s"
    fi
    sleep 0.2
done
log "window $window: $(xprop -id "$window" -notype WM_CLASS _NET_WM_NAME | tr '\n' ' ')"

# WM_CLASS is "instance", "class"; the class must be the desktop file's StartupWMClass, or desktops
# cannot match the window to its entry.
xprop -id "$window" -notype WM_CLASS | grep -q "\"$wm_class\"\$" ||
    die "WM_CLASS does not end in \"$wm_class\" (StartupWMClass)"

# The window's icon: width, height, then width*height ARGB pixels, repeated per size.
xprop -id "$window" -notype -f _NET_WM_ICON 32c _NET_WM_ICON >"$work/icon.txt" ||
    die "xprop failed to read _NET_WM_ICON"
python3 - "$work/icon.txt" "$out_dir/window-icon.png" <<'PY' || die "_NET_WM_ICON is not Ferry's icon"
import re, struct, sys, zlib

text = open(sys.argv[1]).read()
if "=" not in text:
    sys.exit("_NET_WM_ICON is not set: " + text.strip())
values = [int(v) for v in re.findall(r"\d+", text.split("=", 1)[1])]
images = []
i = 0
while i + 2 <= len(values):
    w, h = values[i], values[i + 1]
    if w * h == 0 or i + 2 + w * h > len(values):
        break
    images.append((w, h, values[i + 2 : i + 2 + w * h]))
    i += 2 + w * h
if not images:
    sys.exit("_NET_WM_ICON holds no image")
print("[desktop-launch] _NET_WM_ICON sizes: " + ", ".join(f"{w}x{h}" for w, h, _ in images))
w, h, pixels = max(images, key=lambda im: im[0] * im[1])

def argb(p):
    return (p >> 24) & 255, (p >> 16) & 255, (p >> 8) & 255, p & 255

opaque = [argb(p) for p in pixels if argb(p)[0] > 200]
blue = sum(1 for a, r, g, b in opaque if b > 150 and b > r + 60)
white = sum(1 for a, r, g, b in opaque if min(r, g, b) > 230)
print(f"[desktop-launch] largest icon {w}x{h}: {len(opaque)} opaque pixels, {blue} Ferry blue, {white} white")
if blue < 0.3 * w * h or white < 0.1 * w * h:
    sys.exit("the icon does not look like Ferry's (blue tile with a white ferry)")

# Keep the icon as a PNG to look at.
raw = b"".join(b"\0" + b"".join(struct.pack("BBBB", *(argb(p)[1:] + argb(p)[:1])) for p in pixels[y * w : (y + 1) * w]) for y in range(h))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
open(sys.argv[2], "wb").write(png)
PY

import -window root "$out_dir/desktop-launch.png"
log "screenshot: $out_dir/desktop-launch.png; window icon: $out_dir/window-icon.png"
log "passed: the desktop entry launched Ferry and its window shows the application icon"
