"""Reading a written PDF in tests: page count, embedded fonts, extracted text."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="poppler-utils missing: apt-get install -y poppler-utils")


def page_count(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def embedded_fonts(path: Path) -> set[str]:
    """Names of fonts whose program is embedded (a FontDescriptor with /FontFile2|3), without
    the subset prefix ("QCBAAA+")."""
    names = set()
    for match in re.finditer(rb"/FontName\s*/(?:[A-Z]{6}\+)?([^\s/>]+)(.*?)>>", path.read_bytes(), re.S):
        if re.search(rb"/FontFile[23]\b", match.group(2)):
            names.add(match.group(1).decode("latin-1"))
    return names


def text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-raw", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def squeeze(s: str) -> str:
    """Text without whitespace: pdftotext breaks lines where the sheet wraps them."""
    return re.sub(r"\s+", "", s)
