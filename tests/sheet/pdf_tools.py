"""Reading a written PDF in tests: page count, embedded fonts, extracted text."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from heatadvisor.selftest import embedded_fonts as fonts_in_pdf

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils missing: apt-get install -y poppler-utils"
)


def page_count(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def embedded_fonts(path: Path) -> set[str]:
    """Names of fonts whose program is embedded (the self-test's reading of the PDF)."""
    return fonts_in_pdf(path.read_bytes())


def text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-raw", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def squeeze(s: str) -> str:
    """Text without whitespace: pdftotext breaks lines where the sheet wraps them."""
    return re.sub(r"\s+", "", s)
