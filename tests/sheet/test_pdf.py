"""The advice sheet as a PDF, headless: at most two pages, the bundled font embedded, and
the figures a resident reads extractable as text, in both languages and in the worst case."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from heatadvisor.sheet.render import MAX_PAGES

from .pdf_tools import embedded_fonts, needs_pdftotext, page_count, squeeze, text

ROOT = Path(__file__).resolve().parents[2]
NO_CJK_CONF = ROOT / "tests" / "ui" / "fontconfig_no_cjk" / "fonts.conf"
NAMES = ("zh", "en", "stress", "anonymous")


def hidden_fonts_env(tmp: Path) -> dict[str, str]:
    """Offscreen, with fontconfig showing no CJK font (Linux): only the bundled font can render."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CACHE_HOME=str(tmp / "cache"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    if sys.platform.startswith("linux"):
        env["FONTCONFIG_FILE"] = str(NO_CJK_CONF)
    return env


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("sheets")
    done = subprocess.run(
        [sys.executable, "-m", "tests.sheet.make_pdfs", str(folder)],
        cwd=ROOT,
        env=hidden_fonts_env(folder),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report.update({name: folder / f"{name}.pdf" for name in (*NAMES, "poster")})
    return report


@pytest.fixture(scope="module")
def sheets(made) -> dict:
    return {name: made[name] for name in NAMES}


@pytest.mark.parametrize("which", NAMES)
def test_fits_two_pages(made, which):
    assert 1 <= page_count(made[which]) <= MAX_PAGES
    assert page_count(made[which]) == made["pages"][which]


@pytest.mark.parametrize("which", ["zh", "en"])
def test_bundled_font_is_embedded(sheets, which):
    fonts = embedded_fonts(sheets[which])
    assert "HeatAdvisorNotoSansSC-Regular" in fonts and "HeatAdvisorNotoSansSC-Bold" in fonts, fonts


@needs_pdftotext
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_key_figures_and_signatures_are_text(sheets, named, lang):
    best = next(o for o in named.options if o.device_id == named.recommended)
    extracted = squeeze(text(sheets[lang]))
    name = best.name_en if lang == "en" else best.name_zh
    assert squeeze(name) in extracted
    assert f"{best.running_cost[1]:,.0f}" in extracted
    assert f"{named.current.running_cost[1]:,.0f}" in extracted
    labels = ("工作人员签字", "居民签字") if lang == "zh" else ("Staffsignature", "Residentsignature")
    assert all(label in extracted for label in labels)


@needs_pdftotext
def test_long_name_with_rare_characters_prints_whole(sheets, named_case):
    # Qt writes ToUnicode for the BMP only: 𬀩 (U+2C029) prints but is not extractable
    bmp = "".join(ch for ch in named_case.household.name if ord(ch) < 0x10000)
    assert squeeze(bmp) in squeeze(text(sheets["zh"]))


@needs_pdftotext
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_digits_and_latin_survive_extraction(sheets, lang):
    extracted = squeeze(text(sheets[lang]))
    assert "20261125-TEST" in extracted and "2026-11-25" in extracted
    assert ("第2页，共2页" if lang == "zh" else "page2of2") in extracted


@needs_pdftotext
def test_no_consent_no_name(sheets, named_case):
    extracted = text(sheets["anonymous"])
    assert named_case.household.name[:4] not in extracted and named_case.household.phone not in extracted


@needs_pdftotext
def test_stress_case_still_lists_subsidies_and_signatures(sheets):
    extracted = squeeze(text(sheets["stress"]))
    assert "第1项" in extracted and "居民签字" in extracted and "要带的材料" in extracted


@needs_pdftotext
def test_poster_is_one_page_in_large_type(made):
    assert made["poster"]
    assert page_count(made["poster"]) == 1
    assert "1度电→" in squeeze(text(made["poster"]))
