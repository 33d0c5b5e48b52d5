"""The bundled CJK font renders Chinese where the machine has no Chinese font.

The proofs run in a subprocess whose fontconfig (tests/ui/fontconfig_no_cjk/fonts.conf) hides
every system CJK font, because a developer's machine usually has one and would make the tests
pass without the bundled font. Linux only: FONTCONFIG_FILE is how Qt finds fonts there.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontInfo, QRawFont

from heatadvisor.paths import resource
from heatadvisor.qtkit import fonts

ROOT = Path(__file__).resolve().parents[2]
NO_CJK_CONF = Path(__file__).resolve().parent / "fontconfig_no_cjk" / "fonts.conf"
APP_NAME = "供暖参谋"
# Name characters outside GB2312 but in the 2013 table (𬀩 is beyond the BMP), with symbols.
SAMPLE = "张喆、王堃、李昇、赵𬀩住在垚上村：供暖参谋建议用空气源热泵，室温18℃，补贴¥3000元。"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="hides system fonts through fontconfig")

# Runs in the child: prints one JSON object with what it observed; the parent asserts on it.
CHILD = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QMarginsF, Qt
    from PySide6.QtGui import (QFont, QFontDatabase, QFontMetrics, QGuiApplication, QImage,
                               QPageLayout, QPageSize, QPainter, QPdfWriter)

    app_name, sample, pdf_path = sys.argv[1:4]
    app = QGuiApplication([])

    def glyph(font, ch):
        image = QImage(64, 64, QImage.Format.Format_Grayscale8)
        image.fill(255)
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, ch)
        painter.end()
        return bytes(image.constBits())

    def renders(family, text):
        metrics = QFontMetrics(QFont(family))
        return all(metrics.inFontUcs4(ord(ch)) for ch in text)

    out = {"families_before": QFontDatabase.families(),
           "zh_families_before": QFontDatabase.families(
               QFontDatabase.WritingSystem.SimplifiedChinese)}
    out["renderable_before"] = [f for f in out["families_before"] if renders(f, app_name)]
    default = QFont()
    out["default_glyphs_differ_before"] = glyph(default, "供") != glyph(default, "暖")

    calls = []
    add = QFontDatabase.addApplicationFont
    QFontDatabase.addApplicationFont = lambda path: calls.append(path) or add(path)
    from heatadvisor.qtkit.fonts import register_bundled_fonts
    family = register_bundled_fonts()
    out["family"] = family
    out["second_call"] = register_bundled_fonts()
    out["add_calls"] = len(calls)
    out["zh_families_after"] = QFontDatabase.families(
        QFontDatabase.WritingSystem.SimplifiedChinese)
    metrics = QFontMetrics(QFont(family))
    out["missing_after"] = [ch for ch in sample if not metrics.inFontUcs4(ord(ch))]

    font = QFont(family, 24)
    images = [glyph(font, ch) for ch in app_name]
    out["distinct_glyphs_after"] = len(set(images))
    out["blank_glyphs_after"] = sum(1 for im in images if min(im) == 255)

    writer = QPdfWriter(pdf_path)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
    painter = QPainter(writer)
    bold = QFont(family, 16)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(200, 400, app_name)
    painter.setFont(QFont(family, 11))
    painter.drawText(200, 1000, sample)
    painter.end()
    print(json.dumps(out, ensure_ascii=False))
    """
)


def run_without_system_cjk(tmp_path: Path) -> dict:
    """Run CHILD with the no-CJK fontconfig and return what it saw."""
    env = dict(os.environ)
    env.update(
        FONTCONFIG_FILE=str(NO_CJK_CONF),
        XDG_CACHE_HOME=str(tmp_path / "cache"),  # fontconfig's cache for this config only
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
    )
    pdf = tmp_path / "advice.pdf"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, APP_NAME, SAMPLE, str(pdf)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["pdf"] = pdf
    return result


@pytest.fixture(scope="module")
def child(tmp_path_factory) -> dict:
    return run_without_system_cjk(tmp_path_factory.mktemp("no_cjk"))


@linux_only
def test_no_system_font_renders_chinese_before_registration(child):
    assert child["zh_families_before"] == [], "fontconfig_no_cjk did not hide the system CJK fonts"
    assert child["renderable_before"] == []
    # Every hanzi is the same box (or nothing) without a CJK font.
    assert not child["default_glyphs_differ_before"]


@linux_only
def test_bundled_family_renders_rare_name_characters(child):
    assert child["family"] == fonts.FAMILY
    assert child["zh_families_after"] == [fonts.FAMILY]
    assert child["missing_after"] == []


@linux_only
def test_bundled_glyphs_are_real_not_boxes(child):
    assert child["blank_glyphs_after"] == 0
    assert child["distinct_glyphs_after"] == len(APP_NAME)


@linux_only
def test_registration_is_idempotent_and_cheap(child):
    assert child["second_call"] == child["family"]
    assert child["add_calls"] == len(fonts.FONT_FILES)


def pdf_streams(data: bytes) -> list[bytes]:
    """Every stream of the PDF, inflated where Qt compressed it."""
    streams = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            streams.append(zlib.decompress(match.group(1)))
        except zlib.error:
            streams.append(match.group(1))
    return streams


@linux_only
def test_pdf_embeds_both_bundled_weights_with_extractable_text(child):
    data = child["pdf"].read_bytes()
    assert re.search(rb"/FontFile[23]\b", data), "no embedded font program"
    assert b"HeatAdvisorNotoSansSC-Regular" in data
    assert b"HeatAdvisorNotoSansSC-Bold" in data, "bold was synthesised, the Bold file was not used"
    assert b"NotoSansCJK" not in data, "a font other than the bundled subset was embedded"
    to_unicode = b"".join(s for s in pdf_streams(data) if b"beginbfchar" in s or b"beginbfrange" in s)
    for ch in "供暖参谋喆堃":
        assert f"<{ord(ch):04X}>".encode() in to_unicode.upper(), f"{ch} not extractable from the PDF"


@pytest.mark.parametrize("name", fonts.FONT_FILES)
def test_font_files_cover_the_character_list(qapp, name):
    """Every character of tools/charset/charset.txt and the 2013 table has a glyph in each weight."""
    raw = QRawFont(str(resource("fonts", name)), 12)
    assert raw.isValid()
    wanted = set((ROOT / "tools" / "charset" / "charset.txt").read_text(encoding="utf-8"))
    tgh = [
        line.split("\t")[1]
        for line in (ROOT / "tools" / "charset" / "tgh2013.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(tgh) == 8105
    missing = sorted(ch for ch in wanted.union(tgh, SAMPLE) if not raw.supportsCharacter(ord(ch)))
    assert missing == []


def test_bundled_family_is_the_subset_even_beside_system_noto(qapp):
    """With the machine's own fonts visible (this one has the full Noto Sans CJK SC), the bundled
    family must resolve to the bundled files: a hanzi the subset leaves out stays missing."""
    family = fonts.register_bundled_fonts()
    wanted = set((ROOT / "tools" / "charset" / "charset.txt").read_text(encoding="utf-8"))
    left_out = next(chr(c) for c in range(0x4E00, 0x9FFF) if chr(c) not in wanted)
    font = QFont(family)
    assert QFontInfo(font).family() == family
    raw = QRawFont.fromFont(font)
    assert raw.supportsCharacter(ord("暖"))
    assert not raw.supportsCharacter(ord(left_out)), "a system font was used under the bundled name"


def test_missing_font_files_raise_a_clear_error(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("HEATADVISOR_RESOURCES", str(tmp_path))
    monkeypatch.setattr(fonts, "_registered_family", None)
    with pytest.raises(fonts.BundledFontError, match=r"bundled font missing: .*HeatAdvisorNotoSansSC-Regular"):
        fonts.register_bundled_fonts()


def test_apply_app_font_sets_family_and_size(qapp):
    original = qapp.font()
    try:
        default = fonts.apply_app_font(qapp)
        assert qapp.font().family() == fonts.FAMILY
        assert default.pointSizeF() >= fonts.MIN_DEFAULT_POINT_SIZE
        large = fonts.apply_app_font(qapp, 18)
        assert qapp.font().pointSizeF() == 18
        assert large.family() == fonts.FAMILY
    finally:
        qapp.setFont(original)
