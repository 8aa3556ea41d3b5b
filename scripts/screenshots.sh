#!/usr/bin/env bash
# screenshots.sh [BUILD_DIR] [OUT_DIR] [LANGS]
#
# The end-to-end look at Ferry: on a private X server (Xvfb) with a window manager (openbox), a
# system tray (trayer) and a notification daemon (dunst), an isolated Ferry (its own XDG folders)
# gets jobs in several states from a local nginx through ferryctl, and screenshots are saved:
#
#   window-LANG.png        the job list: transferring, suspended, failed, transferred (waiting for
#                          Complete, its checksum verified), completed and cancelled jobs, a file
#                          whose checksum did not match, an upload
#   contextmenu-LANG.png   the context menu of the failed job, with greyed-out actions
#   tray-LANG.png          the tray icon's menu (and the tray)
#   newjob-LANG.png        the New Job dialog, prefilled with the links just copied
#   settings-LANG.png      the Settings dialog
#   settings-browser-LANG.png  its Browser page
#   delete-files-LANG.png  Remove and Delete Files asking about a completed download
#   clear-history-LANG.png the Clear History dialog
#   complete-LANG.png      Complete of a download not all in: what it discards, asked first
#   columns-LANG.png       the column chooser of the list's header
#   notification.png       a desktop notification (dunst) of a finished download
#
# LANGS defaults to "en ru it"; OUT_DIR to docs/screenshots. Needs (Debian): xvfb xauth openbox
# trayer dunst libnotify-bin dbus xdotool x11-utils imagemagick nginx curl; `scripts/install-deps.sh
# --screenshots` installs them.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
out=${2:-$repo/docs/screenshots}
langs=${3:-en ru it}
mkdir -p "$out"
out=$(cd "$out" && pwd)

log() { printf '[screenshots] %s\n' "$*"; }
die() {
    printf '[screenshots] ERROR: %s\n' "$*" >&2
    exit 1
}

if [[ -z ${FERRY_SHOTS_INNER:-} ]]; then
    exec env FERRY_SHOTS_INNER=1 xvfb-run --auto-servernum \
        --server-args="-screen 0 1280x800x24 -nolisten tcp" \
        dbus-run-session -- bash "${BASH_SOURCE[0]}" "$build" "$out" "$langs"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-shots.XXXXXX")
pids=()
cleanup() {
    set +e
    "$build/app/ferryctl" list >/dev/null 2>&1 && pkill -f "$build/app/ferry" 2>/dev/null
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
export XDG_RUNTIME_DIR=$work/runtime HOME=$work/home
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$HOME/Downloads"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY

wait_for() { # SECONDS WHAT CMD...
    local end=$((SECONDS + $1)) what=$2
    shift 2
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < end)) || die "timed out waiting for $what"
        sleep 0.2
    done
}

# -- the desktop: window manager, tray, notification daemon -------------------------------------
openbox >/dev/null 2>&1 &
pids+=($!)
trayer --edge bottom --align right --widthtype request --height 28 --SetDockType true \
    --transparent false --tint 0x333333 >/dev/null 2>&1 &
pids+=($!)
cat >"$work/dunstrc" <<'DUNST'
[global]
    origin = top-right
    offset = 10x40
    font = Sans 10
    frame_width = 1
[urgency_normal]
    timeout = 60
DUNST
dunst -conf "$work/dunstrc" >/dev/null 2>&1 &
pids+=($!)
wait_for 10 "the notification daemon" busctl --user status org.freedesktop.Notifications
wait_for 10 "the tray" xdotool search --class trayer

# -- a local web server: a slow big file, small files, nothing at /missing ----------------------
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/www"
truncate -s 4G "$work/www/debian-12.9.0-amd64-DVD-1.iso"
head -c 3000000 /dev/urandom >"$work/www/holiday-photos.zip"
head -c 200000 /dev/urandom >"$work/www/release-notes.pdf"
truncate -s 1G "$work/www/backup.img"
# Run as root, nginx's workers would drop to "nobody", who cannot read the private work folder.
user_line=
((EUID == 0)) && user_line="user root;"
cat >"$work/nginx.conf" <<NGINX
$user_line
daemon on;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events {}
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    server {
        listen 127.0.0.1:$port;
        root $work/www;
        location /slow/ { alias $work/www/; limit_rate 180k; }
    }
}
NGINX
mkdir -p "$work/logs"
nginx -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log" 2>"$work/nginx-start.log" || die "nginx: $(cat "$work/nginx-start.log")"
base=http://127.0.0.1:$port
wait_for 10 nginx curl -sf -o /dev/null "$base/release-notes.pdf"

ctl() { "$build/app/ferryctl" "$@"; }

start_ferry() { # LANG
    "$build/app/ferry" --lang "$1" >"$work/ferry-$1.log" 2>&1 &
    wait_for 20 "Ferry's window" xdotool search --onlyvisible --class ferry
    wid=$(xdotool search --onlyvisible --class ferry | head -1)
    xdotool windowmove "$wid" 0 0 windowsize "$wid" 1180 560
    wait_for 10 "the engine" ctl list
    sleep 1 # let the window settle after the resize before a screenshot
}

stop_ferry() {
    # As a script does: a user quitting from the tray would be asked, a job still transfers.
    "$build/app/ferry" --quit
    if ! wait_for_quiet 20; then
        pkill -TERM -f "$build/app/ferry --lang" || true
        wait_for 20 "Ferry to quit" bash -c "! pgrep -f '$build/app/ferry --lang'"
    fi
}

wait_for_quiet() { # SECONDS: true once no Ferry window process is left
    local end=$((SECONDS + $1))
    while pgrep -f "$build/app/ferry --lang" >/dev/null; do
        ((SECONDS < end)) || return 1
        sleep 0.2
    done
}

shot_dialog() { # NAME WHAT: the dialog that took the focus from the window ($dialog after)
    wait_for 10 "$2" bash -c "[[ \$(xdotool getactivewindow) != $wid ]]"
    sleep 1
    dialog=$(xdotool getactivewindow)
    import -window "$dialog" "$out/$1"
    log "saved $out/$1"
}

shot_window() { # NAME
    import -window "$wid" "$out/$1"
    log "saved $out/$1"
}

# -- jobs in several states (BITS: made through ferryctl, so downloads wait for Complete) -------
make_jobs() {
    local d=$HOME/Downloads id
    id=$(ctl create --priority high "Debian 12 DVD")
    ctl addfile "$id" "$base/slow/debian-12.9.0-amd64-DVD-1.iso" "$d/debian-12.9.0-amd64-DVD-1.iso" >/dev/null
    ctl resume "$id" >/dev/null
    id=$(ctl create "Server backup")
    ctl addfile "$id" "$base/slow/backup.img" "$d/backup.img" >/dev/null
    id=$(ctl create "Quarterly report")
    ctl addfile "$id" "$base/missing/report-q3.pdf" "$d/report-q3.pdf" >/dev/null
    ctl resume "$id" >/dev/null
    ctl wait "$id" --timeout 30 >/dev/null || true
    id=$(ctl create "Holiday photos")
    ctl addfile --checksum "sha256:$(sha256sum "$work/www/holiday-photos.zip" | cut -c1-64)" \
        "$id" "$base/holiday-photos.zip" "$d/holiday-photos.zip" >/dev/null
    ctl resume "$id" >/dev/null
    ctl wait "$id" --timeout 30 >/dev/null
    id=$(ctl create --auto-complete "Release notes")
    ctl addfile "$id" "$base/release-notes.pdf" "$d/release-notes.pdf" >/dev/null
    ctl resume "$id" >/dev/null
    ctl wait "$id" --timeout 30 >/dev/null || true
    id=$(ctl create "Router firmware") # a checksum the bytes do not have: BG_E_VALIDATION_FAILED
    ctl addfile --checksum "md5:00000000000000000000000000000000" "$id" "$base/release-notes.pdf" \
        "$d/firmware.bin" >/dev/null
    ctl resume "$id" >/dev/null
    ctl wait "$id" --timeout 30 >/dev/null || true
    id=$(ctl create "Old mirror")
    ctl addfile "$id" "$base/slow/backup.img" "$d/old-mirror.img" >/dev/null
    ctl cancel "$id" >/dev/null
    head -c 50000 /dev/urandom >"$HOME/invoice.pdf"
    id=$(ctl create --type upload --priority low "Invoice upload")
    ctl addfile "$id" "$base/upload/invoice.pdf" "$HOME/invoice.pdf" >/dev/null
}

first=1
for lang in $langs; do
    log "language: $lang"
    start_ferry "$lang"
    if ((first)); then
        make_jobs
        # A finished download announces itself on the desktop (dunst draws it).
        sleep 2
        import -window root "$out/notification.png"
        log "saved $out/notification.png"
        first=0
    fi
    dunstctl close-all
    sleep 2 # the slow download moves; the next batch of the window shows it
    shot_window "window-$lang.png"

    # Context menu of the failed job (third row).
    view_geometry=$(xdotool getwindowgeometry --shell "$wid")
    eval "$view_geometry"
    xdotool mousemove --window "$wid" 200 150 click 1
    xdotool key --window "$wid" Home Down Down
    xdotool mousemove --window "$wid" 200 150 click 3
    sleep 1
    import -window root -crop 1180x560+0+0 "$out/contextmenu-$lang.png"
    log "saved $out/contextmenu-$lang.png"
    xdotool key Escape

    # Remove and Delete Files on the completed "Release notes" (fifth row), from its context menu
    # (the third enabled entry from the bottom): the question only.
    xdotool mousemove --window "$wid" 200 187 click 1
    xdotool mousemove --window "$wid" 200 187 click 3
    sleep 1
    xdotool key Up Up Up Return
    shot_dialog "delete-files-$lang.png" "the delete question"
    xdotool key Escape # Cancel is the default: nothing is deleted
    wait_for 10 "the delete question to close" bash -c "[[ \$(xdotool getactivewindow) == $wid ]]"
    # Clear History… from the context menu: the entry above the last one (Properties).
    xdotool mousemove --window "$wid" 200 150 click 3
    sleep 1
    xdotool key Up Up Return
    shot_dialog "clear-history-$lang.png" "the Clear History dialog"
    xdotool key Escape
    sleep 0.5

    # Complete on the transferring "Debian 12 DVD" (first row): the second enabled entry of its
    # context menu. It asks what would be discarded; No (the default) keeps everything.
    xdotool mousemove --window "$wid" 200 115 click 1
    xdotool mousemove --window "$wid" 200 115 click 3
    sleep 1
    xdotool key Down Down Return
    shot_dialog "complete-$lang.png" "the Complete question"
    xdotool key Escape
    wait_for 10 "the Complete question to close" bash -c "[[ \$(xdotool getactivewindow) == $wid ]]"

    # The column chooser: the header's context menu.
    xdotool mousemove --window "$wid" 300 97 click 3
    sleep 1
    import -window root -crop 700x420+0+60 "$out/columns-$lang.png"
    log "saved $out/columns-$lang.png"
    xdotool key Escape
    sleep 0.5

    # The tray icon's menu: trayer sits at the bottom right of the screen.
    read -r screen_w screen_h < <(xdotool getdisplaygeometry)
    xdotool mousemove $((screen_w - 12)) $((screen_h - 12)) click 3
    sleep 1
    import -window root -crop 500x300+780+500 "$out/tray-$lang.png"
    log "saved $out/tray-$lang.png"
    xdotool key Escape

    # The New Job dialog (prefilled, selected, from links copied in a browser or an e-mail) and the
    # Settings dialog. xclip serves the selection until the display goes; example.org is never
    # fetched (the dialog does not probe).
    printf 'Release notes: https://downloads.example.org/ferry/ferry-0.1.0.tar.xz\nhttps://downloads.example.org/ferry/ferry-0.1.0.tar.xz.sha256\n' \
        | xclip -selection clipboard
    xdotool windowactivate --sync "$wid" key ctrl+n
    shot_dialog "newjob-$lang.png" "the New Job dialog"
    xdotool key Escape
    sleep 0.5
    xdotool windowactivate --sync "$wid" key ctrl+comma
    shot_dialog "settings-$lang.png" "the Settings dialog"
    xdotool key --window "$dialog" ctrl+Tab # the Browser page
    sleep 1
    import -window "$dialog" "$out/settings-browser-$lang.png"
    log "saved $out/settings-browser-$lang.png"
    xdotool key Escape
    stop_ferry
done
log "done: $out"
