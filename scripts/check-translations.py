#!/usr/bin/env python3
"""check-translations.py LUPDATE SOURCES_LIST TS_DIR

Fails (exit 1) when the committed translations are not complete and current:
  * a fresh `lupdate` run over the sources (on copies of the .ts files) finds a message that the
    committed files lack, or the committed files keep a message the sources no longer have;
  * a message is unfinished, vanished/obsolete, or has an empty translation;
  * a plural message lacks forms: Russian needs 3, Italian and English 2.
ferry_en.ts holds only the plural messages (lupdate -pluralonly). Run by ctest
(translations_up_to_date) in every CI configuration; `cmake --build build --target
update_translations` refreshes the files.
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

FORMS = {"ru": 3, "it": 2, "en": 2}


def messages(path):
    """(context, source, comment) -> message element."""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source"), msg.findtext("comment") or "")
            out[key] = msg
    return out


def main():
    lupdate, sources, ts_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in FORMS:
            committed = ts_dir / f"ferry_{lang}.ts"
            fresh = Path(tmp) / committed.name
            shutil.copy(committed, fresh)
            args = [lupdate, "-silent", "-no-obsolete", "-locations", "none"]
            if lang == "en":
                args.append("-pluralonly")
            subprocess.run(args + [f"@{sources}", "-ts", str(fresh)], check=True,
                           cwd=sources.parent)
            old, new = messages(committed), messages(fresh)
            for key in sorted(set(new) - set(old), key=str):
                problems.append(f"{committed.name}: new message not in the file: {key}")
            for key in sorted(set(old) - set(new), key=str):
                problems.append(f"{committed.name}: message no longer in the sources: {key}")
            for key, msg in old.items():
                tr = msg.find("translation")
                kind = tr.get("type") if tr is not None else "missing"
                if kind in ("unfinished", "vanished", "obsolete", "missing"):
                    problems.append(f"{committed.name}: {kind}: {key}")
                    continue
                if msg.get("numerus") == "yes":
                    forms = [f.text or "" for f in tr.iter("numerusform")]
                    if len(forms) != FORMS[lang] or not all(f.strip() for f in forms):
                        problems.append(f"{committed.name}: plural forms {len(forms)}/"
                                        f"{FORMS[lang]} or empty: {key}")
                elif not (tr.text or "").strip():
                    problems.append(f"{committed.name}: empty translation: {key}")
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s); run `cmake --build build --target "
              "update_translations` and translate what is unfinished", file=sys.stderr)
        return 1
    print("translations: complete and up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
