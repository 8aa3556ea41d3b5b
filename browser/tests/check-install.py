#!/usr/bin/env python3
"""check-install.py CMAKE BUILD_DIR — `cmake --install` into a temporary prefix must put down the
unpacked extensions under share/ferry/browser/{chromium,firefox}/, the host executable, and the
three host manifests (Chromium, Google Chrome, Firefox), each naming the installed host and
allowing exactly Ferry's extension. Run by ctest as browser_install."""
import json
import os
import subprocess
import sys
import tempfile

CHROMIUM_ID = os.environ.get("FERRY_CHROMIUM_ID", "nekogoepfmmdccmigkmflbgkcoakjeog")
GECKO_ID = os.environ.get("FERRY_GECKO_ID", "browser@ferrydm.net")
HOST = "net.ferrydm.ferry"


def main() -> int:
    cmake, build = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="ferry-install-") as prefix:
        subprocess.run([cmake, "--install", build, "--prefix", prefix], check=True,
                       stdout=subprocess.DEVNULL)
        host = os.path.join(prefix, "bin", "ferry-browser-host")
        problems = []
        if not os.access(host, os.X_OK):
            problems.append(f"{host} is not an installed executable")
        for flavour in ("chromium", "firefox"):
            manifest = os.path.join(prefix, "share/ferry/browser", flavour, "manifest.json")
            if not os.path.isfile(manifest):
                problems.append(f"no {manifest}")
                continue
            with open(manifest, encoding="utf-8") as f:
                m = json.load(f)
            if m.get("manifest_version") != 3:
                problems.append(f"{manifest} is not Manifest V3")
            for lang in ("en", "ru", "it"):
                if not os.path.isfile(os.path.join(os.path.dirname(manifest), "_locales", lang,
                                                   "messages.json")):
                    problems.append(f"{flavour}: no _locales/{lang}")
        expected = {
            "etc/chromium/native-messaging-hosts": ("allowed_origins",
                                                    [f"chrome-extension://{CHROMIUM_ID}/"]),
            "etc/opt/chrome/native-messaging-hosts": ("allowed_origins",
                                                      [f"chrome-extension://{CHROMIUM_ID}/"]),
            "lib/mozilla/native-messaging-hosts": ("allowed_extensions", [GECKO_ID]),
        }
        for folder, (key, allowed) in expected.items():
            path = os.path.join(prefix, folder, f"{HOST}.json")
            if not os.path.isfile(path):
                problems.append(f"no {path}")
                continue
            with open(path, encoding="utf-8") as f:
                m = json.load(f)
            if m.get("name") != HOST or m.get("type") != "stdio":
                problems.append(f"{path}: name/type {m.get('name')!r}/{m.get('type')!r}")
            if m.get("path") != host:
                problems.append(f"{path} names {m.get('path')!r}, not {host!r}")
            if m.get(key) != allowed:
                problems.append(f"{path} allows {m.get(key)!r}, not exactly {allowed!r}")
            other = "allowed_extensions" if key == "allowed_origins" else "allowed_origins"
            if other in m:
                problems.append(f"{path} also has {other}")
        for p in problems:
            print(f"browser install: {p}", file=sys.stderr)
        if not problems:
            print(f"browser install: extensions, host and 3 manifests correct under {prefix}")
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
