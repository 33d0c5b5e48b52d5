"""Build resources/places/ from the administrative-division table shipped in the cpca wheel.

    pip download --no-deps cpca==0.5.5 -d /tmp/cpca      # MIT, © 2018 QinYuan Du
    pip install pypinyin                                  # build time only
    python tools/build_places.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl

Reads ``cpca/resources/adcodes.csv`` (adcode,name,longitude,latitude) and the wheel's
LICENSE straight from the wheel and writes ``counties.csv`` (every county-level division of
the 15 clean-heating provinces, with full pinyin and initials for search), ``LICENSE`` and
``PROVENANCE.md``. The program never imports pypinyin or cpca.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import io
import itertools
import math
import sys
import zipfile
from pathlib import Path

from pypinyin import Style, lazy_pinyin
from pypinyin import pinyin as pinyin_all

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "places"

# adcode province prefixes of the clean-heating north, in the order the program lists them
NORTH = ("11", "12", "13", "14", "37", "41", "15", "21", "22", "23", "61", "62", "64", "63", "65")
MUNICIPALITIES = ("11", "12")  # their districts sit under a "市辖区" pseudo-prefecture
FIELDS = (
    "code",
    "name",
    "prefecture",
    "province",
    "lat",
    "lon",
    "coords",
    "pinyin",
    "initials",
    "alt_pinyin",
    "alt_initials",
)
MAX_READINGS = 12  # names with more heteronym combinations keep their primary reading only


def wheel_member(wheel: zipfile.ZipFile, suffix: str) -> bytes:
    (name,) = [n for n in wheel.namelist() if n.endswith(suffix)]
    return wheel.read(name)


def spell(syllables: list[str]) -> tuple[str, str]:
    return "".join(syllables).replace("ü", "v"), "".join(s[0] for s in syllables if s)


def romanise(name: str) -> dict[str, str]:
    """pypinyin's reading, plus the other readings of polyphonic characters (长治 is read
    zhangzhi by pypinyin, 单县 danxian), so that search also finds the local reading."""
    pinyin, initials = spell(lazy_pinyin(name, style=Style.NORMAL, errors="ignore"))
    per_char = pinyin_all(name, style=Style.NORMAL, heteronym=True, errors="ignore")
    if name[-1] in "县区市旗":  # the suffix's own readings are noise (区 → ou)
        per_char[-1] = per_char[-1][:1]
    readings = []
    if math.prod(len(options) for options in per_char) <= MAX_READINGS:
        readings = sorted({spell(list(combo)) for combo in itertools.product(*per_char)} - {(pinyin, initials)})
    return {
        "pinyin": pinyin,
        "initials": initials,
        "alt_pinyin": " ".join(p for p, _ in readings),
        "alt_initials": " ".join(i for _, i in readings),
    }


def build(wheel_path: Path) -> None:
    with zipfile.ZipFile(wheel_path) as wheel:
        table = wheel_member(wheel, "cpca/resources/adcodes.csv")
        licence = wheel_member(wheel, ".dist-info/LICENSE")
        metadata = wheel_member(wheel, ".dist-info/METADATA").decode()
    version = next(line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Version: "))

    divisions = {row["adcode"][:6]: row for row in csv.DictReader(io.StringIO(table.decode("utf-8")))}

    def coords(code: str) -> tuple[str, str] | None:
        row = divisions.get(code)
        return (row["latitude"], row["longitude"]) if row and row["latitude"] else None

    out, fallbacks = [], []
    for code in sorted(divisions, key=lambda c: (NORTH.index(c[:2]), c) if c[:2] in NORTH else ()):
        if code[:2] not in NORTH or code.endswith("00") or divisions[code]["name"] == "市辖区":
            continue
        province_code, prefecture_code = code[:2] + "0000", code[:4] + "00"
        province = divisions[province_code]["name"]
        prefecture = province if code[:2] in MUNICIPALITIES else divisions[prefecture_code]["name"]
        found, source = coords(code), "own"
        if found is None:
            found, source = coords(prefecture_code), "prefecture"
        if found is None:  # e.g. 省直辖县级行政区划: the pseudo-prefecture has no coordinates
            found, source = coords(province_code), "province"
            fallbacks.append(f"{code} {divisions[code]['name']}")
        elif source == "prefecture":
            fallbacks.append(f"{code} {divisions[code]['name']}")
        out.append(
            {
                "code": code,
                "name": divisions[code]["name"],
                "prefecture": prefecture,
                "province": province,
                "lat": found[0],
                "lon": found[1],
                "coords": source,
                **romanise(divisions[code]["name"]),
            }
        )

    # prefecture-level cities with no county-level division of their own (e.g. 嘉峪关市)
    covered = {row["code"][:4] for row in out}
    for code, row in sorted(divisions.items()):
        if (
            code[:2] in NORTH
            and code.endswith("00")
            and not code.endswith("0000")
            and code[:4] not in covered
            and row["latitude"]
        ):
            out.append(
                {
                    "code": code,
                    "name": row["name"],
                    "prefecture": row["name"],
                    "province": divisions[code[:2] + "0000"]["name"],
                    "lat": row["latitude"],
                    "lon": row["longitude"],
                    "coords": "own",
                    **romanise(row["name"]),
                }
            )
    out.sort(key=lambda r: (NORTH.index(r["code"][:2]), r["code"]))

    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "counties.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    (OUT / "LICENSE").write_bytes(licence)
    write_provenance(wheel_path, version, table, len(out), fallbacks)


def write_provenance(wheel_path: Path, version: str, table: bytes, count: int, fallbacks: list[str]) -> None:
    digest = hashlib.sha256(wheel_path.read_bytes()).hexdigest()
    counties = OUT / "counties.csv"
    text = f"""# Bundled county table (resources/places)

Built by `tools/build_places.py`; nothing typed by hand.

## Source

* `cpca` {version} (`pip download --no-deps cpca=={version}`), wheel `{wheel_path.name}`,
  sha256 `{digest}`; member `cpca/resources/adcodes.csv`, sha256
  `{hashlib.sha256(table).hexdigest()}` (adcode,name,longitude,latitude).
* Licence: MIT, © 2018 QinYuan Du — the wheel's LICENSE is copied verbatim to `LICENSE` here.
  Project: https://github.com/DQinYuan/chinese_province_city_area_mapper
* The table's vintage is about 2015–2016 (it still lists e.g. 许昌县, 滦县, 即墨市, 邯郸县 and
  金明区, since renamed, merged or abolished). Renamed divisions are therefore found under
  their old names only.

## What `counties.csv` holds ({count} rows, {counties.stat().st_size:,} bytes)

* Every county-level division (PPCCDD with DD ≠ 00: 县, 县级市, 区, 旗, 自治县, …) of Beijing,
  Tianjin, Hebei, Shanxi, Shandong, Henan, Inner Mongolia, Liaoning, Jilin, Heilongjiang,
  Shaanxi, Gansu, Ningxia, Qinghai and Xinjiang; the "市辖区" placeholder rows are dropped.
  Prefecture-level cities without any county-level row (嘉峪关市) are listed as themselves.
* `prefecture` is the PPCC00 row's name (the municipality's own name for Beijing and
  Tianjin, "省直辖县级行政区划" / "自治区直辖县级行政区划" for directly administered cities).
* `coords`: `own` = the row's coordinates; `prefecture` = the row had none and the
  prefecture's are used; `province` = neither had any and the province's are used.
  Fallbacks: {", ".join(fallbacks) or "none"}.
* `pinyin` / `initials`: pypinyin `lazy_pinyin` of the full name (ü written v), computed at build
  time with pypinyin {pypinyin_version}. Polyphonic place names follow pypinyin's reading, which
  can differ from local usage (长治县 → zhangzhixian, 单县 → danxian, 浚县 → junxian).
  `alt_pinyin` / `alt_initials` (space-separated, aligned) therefore list the other readings
  of polyphonic characters (not of the final 县/区/市/旗) when there are at most
  {MAX_READINGS} combinations, so that search finds changzhixian / czx, shanxian, xunxian.
"""
    (OUT / "PROVENANCE.md").write_text(text, encoding="utf-8")


pypinyin_version = importlib.metadata.version("pypinyin")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build(Path(sys.argv[1]))
