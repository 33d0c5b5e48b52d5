"""Translation steps for the window: extract, then compile.

    python tools/i18n.py update    # pyside6-lupdate: heatadvisor/ui/**/*.py → resources/translations/*.ts
    python tools/i18n.py release   # pyside6-lrelease: *.ts → *.qm (shipped, committed)

Chinese is the source language (the tr() strings in the code); heatadvisor_en.ts holds the
English. Translate new entries with pyside6-linguist (or by editing the .ts), then release.
tests/ui/test_i18n.py fails while any entry is unfinished or its placeholders differ.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TARGETS = {"en": TRANSLATIONS / "heatadvisor_en.ts"}


def tool(name: str) -> str:
    """The PySide6 tool next to this Python (the venv's), else the one on PATH."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "heatadvisor" / "ui").rglob("*.py"))


def update() -> None:
    for lang, ts in TARGETS.items():
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-source-language",
                "zh_CN",
                "-target-language",
                lang,
                "-no-obsolete",
                "-locations",
                "none",
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )


def release() -> None:
    for ts in TARGETS.values():
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)


if __name__ == "__main__":
    steps = {"update": update, "release": release}
    if len(sys.argv) != 2 or sys.argv[1] not in steps:
        sys.exit(__doc__)
    steps[sys.argv[1]]()
