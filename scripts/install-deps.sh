#!/usr/bin/env bash
# install-deps.sh [--kf6] [--test] [--packaging] [--screenshots]
#
# Installs the Debian/Ubuntu packages needed to build Ferry (and, with --test, to run its tests).
# Tested on Debian 12 (bookworm) and Debian 13 (trixie); the same names exist on Ubuntu 24.04.
#
#   --kf6   also install KDE Frameworks 6 KNotifications (libkf6notifications-dev). Debian 13+ /
#           Ubuntu 24.10+ only: Debian 12 and Ubuntu 24.04 have no KF6 packages.
#   --test  also install the tools used at test time (Xvfb, xauth, D-Bus; nginx, which the
#           tests start themselves on free loopback ports — its package's own service is not
#           started by this script; curl, time and bc for the benchmark smoke run; openssl for a
#           throw-away certificate; node and npm for the tus server of the upload tests, which
#           tests/support/tus/setup.sh installs from npm into the build directory — skipped when
#           node and npm are already on PATH, e.g. from NodeSource, whose nodejs conflicts with
#           Debian's npm package); Debian's chromium for the browser extension's end-to-end test
#           (browser/tests/e2e: driven by playwright-core from npm, which never downloads a
#           browser of its own).
#   --packaging  also install what the packaging checks (scripts/ci-install.sh) use: the .deb tools
#           (dpkg-dev, file), desktop-file-utils, appstream, debootstrap, and for launching the
#           installed desktop entry under Xvfb: xvfb, xauth, dbus, openbox, gio (libglib2.0-bin),
#           xdotool, xprop (x11-utils), ImageMagick, python3, curl.
#   --screenshots  also install what scripts/screenshots.sh uses: Xvfb, openbox, trayer, dunst,
#           xdotool, xclip, ImageMagick, nginx.
#
# Fast path: every package is first checked with dpkg-query. When all are installed the script
# exits without touching apt (so it also works offline). Only when something is missing does it
# run `apt-get update` and `apt-get install`, through sudo when not already root.
set -euo pipefail

usage() {
    sed -n '2,25s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

want_kf6=0
want_test=0
want_packaging=0
want_screenshots=0
for arg in "$@"; do
    case "$arg" in
        --kf6) want_kf6=1 ;;
        --test) want_test=1 ;;
        --packaging) want_packaging=1 ;;
        --screenshots) want_screenshots=1 ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            echo "install-deps: unknown argument: $arg" >&2
            usage >&2
            exit 2
            ;;
    esac
done

# Build toolchain, Qt 6 (Core/Gui/Widgets/Network/Sql/Test/LinguistTools), Qt's SQLite driver and
# SQLite's own headers (model/ uses SQLite directly for bulk paths), OpenSSL's libcrypto headers
# (libssl-dev: the digests that verify downloads), Qt's own translations, the offscreen platform
# plugin (tests and headless runs), Qt's SVG icon engine (Ferry's icons are SVG), rsvg-convert
# (renders the PNG application icons at build time) and clang-format.
packages=(
    cmake
    ninja-build
    g++
    ccache
    pkg-config
    qt6-base-dev
    qt6-base-dev-tools
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    libqt6sql6-sqlite
    libsqlite3-dev
    libssl-dev
    qt6-translations-l10n
    qt6-qpa-plugins
    libqt6svg6
    librsvg2-bin
    libgl-dev
    clang-format
)
# Qt's SVG icon engine is in libqt6svg6 up to Qt 6.5 (Debian 12, Ubuntu 24.04) and in its own
# package from Qt 6.6 on (Debian 13): take that one when the archive has it.
if apt-cache show qt6-svg-plugins >/dev/null 2>&1; then
    packages+=(qt6-svg-plugins)
fi
if ((want_kf6)); then
    packages+=(libkf6notifications-dev)
fi
if ((want_test)); then
    # util-linux (setpriv) and passwd (useradd): the IPC test that another user is kept out.
    packages+=(xvfb xauth dbus nginx curl time bc openssl util-linux passwd chromium)
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        packages+=(nodejs npm)
    fi
fi
if ((want_screenshots)); then
    packages+=(xvfb xauth dbus openbox trayer dunst xdotool xclip x11-utils imagemagick nginx curl
        python3)
fi
if ((want_packaging)); then
    packages+=(dpkg-dev file desktop-file-utils appstream debootstrap xvfb xauth dbus openbox
        libglib2.0-bin xdotool x11-utils imagemagick python3 curl)
fi

# A package counts as present only when dpkg reports it fully installed ("ii").
missing=()
for pkg in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    if [[ $status != ii* ]]; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

echo "install-deps: missing: ${missing[*]}"

# Root runs apt-get directly; anyone else goes through sudo.
sudo_cmd=()
if ((EUID != 0)); then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-deps: not root and sudo is not available; install the packages above by hand" >&2
        exit 1
    fi
    sudo_cmd=(sudo)
fi

apt_get() {
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -q -y -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0 "$@"
}

# `apt-get update` exits non-zero when any configured source is unreachable, even if Debian's own
# archive updated fine. Carry on: the install below fails clearly if a package really can't be had.
if ! apt_get update; then
    echo "install-deps: warning: 'apt-get update' reported errors; trying the install anyway" >&2
fi
# Finish any dpkg run that an earlier, interrupted install left half done (apt refuses to work
# until this is done; a no-op otherwise).
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive dpkg --configure -a
# Installing nginx would start the system's nginx on port 80; the tests start their own. A
# policy-rc.d that answers "not now" keeps package scripts from starting services during this
# install (only when none exists already, and removed right after).
policy=/usr/sbin/policy-rc.d
own_policy=0
if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee "$policy" >/dev/null
    "${sudo_cmd[@]}" chmod 755 "$policy"
    own_policy=1
fi
status=0
apt_get install --no-install-recommends "${missing[@]}" || status=$?
if ((own_policy)); then
    "${sudo_cmd[@]}" rm -f "$policy"
fi
if ((status != 0)); then
    exit "$status"
fi
echo "install-deps: installed ${#missing[@]} package(s)"
