"""Build the bundled CJK fonts in resources/fonts/ (developer tool, not a run-time dependency).

A fresh Windows or Linux machine at a village service point may have no Chinese font at all, so
the program ships a subset of Noto Sans CJK SC (SIL OFL 1.1). The subset covers the 8,105
characters of the 通用规范汉字表 (2013) united with all of GB2312, plus the punctuation and
symbols the advice texts use; everything else of the 65,535-glyph source is dropped to keep the
download small. The subset is renamed (FAMILY below): under the original name Qt would also map
a machine's own, complete Noto Sans CJK SC and might draw with it instead of the bundled file.

    pip install fonttools                        # build only
    apt-get install fonts-noto-cjk unicode-data  # source font; Unihan (only for extract-tgh)
    python tools/make_font_subset.py extract-tgh # tools/charset/tgh2013.txt from Unihan kTGH
    python tools/make_font_subset.py build       # tools/charset/charset.txt + resources/fonts/*.otf
"""

from __future__ import annotations

import argparse
import bz2
import contextlib
import os
import shlex
import sys
import time
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
CHARSET_DIR = ROOT / "tools" / "charset"
TGH_FILE = CHARSET_DIR / "tgh2013.txt"
CHARSET_FILE = CHARSET_DIR / "charset.txt"
FONTS_DIR = ROOT / "resources" / "fonts"

UNIHAN = Path("/usr/share/unicode/Unihan_OtherMappings.txt.bz2")  # Debian unicode-data
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")  # Debian fonts-noto-cjk
SC_INDEX = 2  # face of the .ttc that is "Noto Sans CJK SC"; checked in build()
WEIGHTS = ("Regular", "Bold")
SOURCE_FAMILY = "Noto Sans CJK SC"
# The Modified Version's own name. The OFL forbids only the Reserved Font Name 'Source' (see
# resources/fonts/README.md); the copyright, licence and trademark records are kept as they are.
FAMILY = "HeatAdvisor Noto Sans SC"
POSTSCRIPT_FAMILY = FAMILY.replace(" ", "")
# Keep only the default and Simplified Chinese language systems: the source's 'locl' lookups for
# JAN/KOR/ZHT/ZHH pull in ~7,000 Japanese, Korean and Traditional glyph variants (3.6 MB instead
# of 2.0 MB a weight) that an SC program never wants; ZHS 'locl' (full-width — for ——) stays.
# 'vert'/'vrt2' serve vertical text only, which the program does not set.
LAYOUT_SCRIPTS = ",".join(
    f"{script}.{lang}"
    for script in ("DFLT", "hani", "latn", "cyrl", "grek", "kana", "hang")
    for lang in ("dflt", "ZHS")
)

# Whole blocks, kept where the source font has a glyph.
RANGES = (
    (0x0020, 0x007E),  # ASCII, digits
    (0x00A0, 0x00FF),  # Latin-1: ° ± ² ³ × ÷ ¥ · « »
    (0x2000, 0x206F),  # general punctuation: – — ‘ ’ “ ” … • ‰ ※
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # full-width and half-width forms
)
# Single symbols the advice texts and forms use; each one missing from the source is reported.
SYMBOLS = "℃℉°²³×÷±≤≥≈≠→←↑↓✔✘✓✗¥￥元㎡㎥㎏㎾№"


def gb2312() -> set[str]:
    """Every character of GB2312 (6,763 hanzi + 682 symbols), from Python's own codec."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes((hi, lo)).decode("gb2312"))
    return chars


def extract_tgh(unihan: Path) -> None:
    """Write the 8,105 characters that Unihan's kTGH field places in the 2013 table, in table order."""
    rows = []
    with bz2.open(unihan, "rt", encoding="utf-8") as lines:
        for line in lines:
            if "\tkTGH\t" in line:
                code, _, value = line.rstrip("\n").split("\t")
                number = int(value.split()[0].split(":")[1])  # "2013:1234"
                rows.append((number, chr(int(code[2:], 16)), code))
    rows.sort()
    header = (
        "# 通用规范汉字表 (Table of General Standard Chinese Characters, 2013): 8,105 characters.\n"
        f"# Extracted by tools/make_font_subset.py extract-tgh from {unihan.name}, field kTGH,\n"
        "# Unicode 15.0.0 Unihan database (Debian package unicode-data 15.0.0-1).\n"
        "# Modified from the original: only the kTGH field, reordered by table number.\n"
        "# Unihan data © 1991-2022 Unicode, Inc.; Unicode License, see tools/charset/SOURCE.md.\n"
        "# Columns: table number, character, code point.\n"
    )
    body = "".join(f"{n}\t{ch}\t{code}\n" for n, ch, code in rows)
    TGH_FILE.write_text(header + body, encoding="utf-8")
    print(f"{TGH_FILE.relative_to(ROOT)}: {len(rows)} characters")


def read_tgh() -> set[str]:
    """The 2013 table as committed in tools/charset/tgh2013.txt."""
    lines = TGH_FILE.read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[1] for line in lines if line and not line.startswith("#")}


def build() -> None:
    """Compose the character list, then subset both weights with the same pyftsubset options."""
    source = {w: SOURCE_DIR / f"NotoSansCJK-{w}.ttc" for w in WEIGHTS}
    for path in source.values():
        family = TTFont(path, fontNumber=SC_INDEX, lazy=True)["name"].getDebugName(1)
        if family != SOURCE_FAMILY:
            sys.exit(f"face {SC_INDEX} of {path} is {family!r}, not Noto Sans CJK SC")
    cmap = TTFont(source["Regular"], fontNumber=SC_INDEX, lazy=True).getBestCmap()

    tgh, gb = read_tgh(), gb2312()
    wanted = tgh | gb | set(SYMBOLS)
    for first, last in RANGES:
        wanted |= {chr(c) for c in range(first, last + 1) if c in cmap}
    missing = sorted(ch for ch in wanted if ord(ch) not in cmap)
    chars = sorted(ch for ch in wanted if ord(ch) in cmap)
    hanzi = tgh | {ch for ch in gb if "\u4e00" <= ch <= "\u9fff"}

    # One line of text so that pyftsubset --text-file adds no newline glyph.
    CHARSET_FILE.write_text("".join(chars), encoding="utf-8")
    print(
        f"hanzi: 通用规范汉字表 {len(tgh)} ∪ GB2312 hanzi → {len(hanzi)}; "
        f"GB2312 hanzi outside the table: {len(hanzi) - len(tgh)}"
    )
    print(f"characters in {CHARSET_FILE.relative_to(ROOT)}: {len(chars)}")
    print("requested but missing in the source font:", " ".join(f"{ch} U+{ord(ch):04X}" for ch in missing) or "none")

    for weight in WEIGHTS:
        out = FONTS_DIR / font_file(weight)
        args = [
            str(source[weight]),
            f"--font-number={SC_INDEX}",
            f"--text-file={CHARSET_FILE.relative_to(ROOT)}",
            "--no-hinting",
            "--layout-features-=vert,vrt2",
            f"--layout-scripts={LAYOUT_SCRIPTS}",
            "--name-IDs=0,1,2,3,4,5,6,7,8,9,11,12,13,14",
            f"--output-file={out.relative_to(ROOT)}",
        ]
        print("pyftsubset " + shlex.join(args))
        started = time.perf_counter()
        subset.main(args)
        rename(out, weight)
        print(f"  renamed {FAMILY!r}; {out.stat().st_size:,} bytes, {time.perf_counter() - started:.1f} s")


def font_file(weight: str) -> str:
    """The file of one weight, named after its PostScript name."""
    return f"{POSTSCRIPT_FAMILY}-{weight}.otf"


def rename(path: Path, weight: str) -> None:
    """Give the subset its own family, full, unique and PostScript names, in the name table and
    in the CFF table (which PDF writers embed); nothing else changes, and the head table's
    timestamps are kept so that a rebuild is byte-for-byte the same."""
    font = TTFont(path, recalcTimestamp=False)
    postscript = f"{POSTSCRIPT_FAMILY}-{weight}"
    full = FAMILY if weight == "Regular" else f"{FAMILY} {weight}"
    version = font["head"].fontRevision
    names = {1: FAMILY, 3: f"{version:.3f};HeatAdvisor;{postscript}", 4: full, 6: postscript}
    table = font["name"]
    for record in table.names:
        if record.nameID in names:
            record.string = names[record.nameID]
    cff = font["CFF "].cff
    old = cff.fontNames[0]  # the .ttc's shared CFF is named for JP: "NotoSansCJKjp-Regular"
    cff.fontNames[0] = postscript
    top = cff.topDictIndex[0]
    top.FullName, top.FamilyName = full, FAMILY
    for fd in getattr(top, "FDArray", []):
        fd.FontName = fd.FontName.replace(old, postscript, 1)
    kept = [r.toUnicode() for r in table.names if r.nameID in names]
    if any("Source" in text for text in kept) or SOURCE_FAMILY in kept:
        sys.exit(f"{path}: a renamed record still carries a reserved or original name: {kept}")
    font.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    tgh = sub.add_parser("extract-tgh", help="regenerate tools/charset/tgh2013.txt from Unihan")
    tgh.add_argument("--unihan", type=Path, default=UNIHAN)
    sub.add_parser("build", help="write tools/charset/charset.txt and resources/fonts/*.otf")
    args = parser.parse_args()
    if args.command == "extract-tgh":
        extract_tgh(args.unihan)
    else:
        build()


if __name__ == "__main__":
    os.chdir(ROOT)  # the relative paths in the printed command are the ones that ran
    main()
