"""Build resources/climate/ from the shared CSWD climate package (standard library only).

    python tools/build_climate_pack.py [/work/shared/data/climate]

Writes
* ``stations.json`` — the 270 station records and the 87 target locations (small, read whole);
* ``bins.pack`` — per station one zlib-compressed JSON blob with its month × 1 K bins and its
  October–April clock-hour × 1 K bins, behind an index line, so the program inflates only the
  station it needs;
* ``PROVENANCE.md`` — sources, input checksums, format and the licence caveats.

The input checksums in the data README are verified first; the output is byte-for-byte
reproducible.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import zlib
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "resources" / "climate"
DEFAULT_SOURCE = Path("/work/shared/data/climate")
INPUTS = ("stations.csv", "bins_month.csv", "bins_hour.csv", "locations.csv")
MAGIC = b"HEATADVISOR-BINS 1\n"
PACK_VERSION = 1


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def readme_checksums(source: Path) -> dict[str, str]:
    """The sha256 column of the README's integrity table, keyed by file name."""
    table = re.findall(
        r"^\| `([a-z_]+\.csv)` \| [\d,]+ \| [\d,]+ \| `([0-9a-f]{64})` \|$",
        (source / "README.md").read_text(encoding="utf-8"),
        flags=re.MULTILINE,
    )
    return dict(table)


def rows(source: Path, name: str) -> list[dict[str, str]]:
    with open(source / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def num(text: str) -> float | None:
    return float(text) if text else None


def whole(text: str) -> int | None:
    return int(text) if text else None


def period(text: str) -> list[list[int]] | None:
    """``"11.12~03.14"`` → ``[[11, 12], [3, 14]]`` (month, day); empty → None."""
    if not text:
        return None
    start, end = text.split("~")
    return [[int(part) for part in start.split(".")], [int(part) for part in end.split(".")]]


def station_record(row: dict[str, str]) -> dict:
    return {
        "station_id": row["station_id"],
        "name_zh": row["name_zh"] or None,
        "name_en": row["name_en"],
        "prefecture_zh": row["prefecture_zh"] or None,
        "province_zh": row["province_zh"] or None,
        "province_en": row["province_en"],
        "lat": float(row["lat"]),
        "lon": float(row["lon"]),
        "elevation_m": float(row["elevation_m"]),
        "hdd18": float(row["hdd18"]),
        "tdb_996_c": float(row["tdb_996_c"]),
        "gb_design_temp_c": num(row["heating_design_temp_c"]),
        "heating_days_le5": whole(row["heating_days_le5"]),
        "heating_mean_temp_le5_c": num(row["heating_mean_temp_le5_c"]),
        "heating_period_le5": period(row["heating_period_le5_dates"]),
        "gb_station_dist_km": num(row["gb_station_dist_km"]),
    }


def station_elevation_offset(row: dict[str, str]) -> float | None:
    """Climate station minus design-value (GB) station elevation, where the source states it.

    Stated as ``+91 m`` in ``cswd_relation`` for proxies, in ``fallback_delev_m`` for the
    four locations without a CSWD station, and 0 where both are the same station.
    """
    if row["fallback_delev_m"]:
        return float(row["fallback_delev_m"])
    stated = re.search(r"([+-]\d+) m\b", row["cswd_relation"])
    if stated:
        return float(stated.group(1))
    if row["station_id"] and row["station_id"] == row["gb_station_id"]:
        return 0.0
    return None


def location_record(row: dict[str, str]) -> dict:
    return {
        "loc_id": int(row["loc_id"]),
        "province_zh": row["province_zh"],
        "city_zh": row["city_zh"],
        "city_en": row["city_en"],
        "station_id": row["station_id"] or None,
        "cswd_relation": row["cswd_relation"],
        "gb_station_id": row["gb_station_id"],
        "gb_station_zh": row["gb_station_zh"],
        "gb_relation": row["gb_relation"],
        "gb_stats_period": row["gb_stats_period"],
        "gb_design_temp_c": float(row["heating_design_temp_c"]),
        "heating_days_le5": whole(row["heating_days_le5"]),
        "heating_period_le5": period(row["heating_period_le5_dates"]),
        "heating_mean_temp_le5_c": num(row["heating_mean_temp_le5_c"]),
        "heating_days_le8": whole(row["heating_days_le8"]),
        "heating_period_le8": period(row["heating_period_le8_dates"]),
        "heating_mean_temp_le8_c": num(row["heating_mean_temp_le8_c"]),
        "winter_vent_design_temp_c": num(row["winter_vent_design_temp_c"]),
        "winter_ac_design_temp_c": num(row["winter_ac_design_temp_c"]),
        "annual_mean_temp_gb_c": num(row["annual_mean_temp_gb_c"]),
        "extreme_min_temp_c": num(row["extreme_min_temp_c"]),
        "fallback_station_id": row["fallback_station_id"] or None,
        "fallback_dist_km": num(row["fallback_dist_km"]),
        "station_elevation_offset_m": station_elevation_offset(row),
        "note": row["notes"] or None,
    }


def table(records: list[dict]) -> str:
    """Records as JSON ``{"fields": [...], "rows": [[...], ...]}``, one row a line: a third of
    the size of a list of objects, and faster to parse."""

    def compact(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    fields = list(records[0])
    lines = ",\n".join(compact([record[name] for name in fields]) for record in records)
    return f'{{"fields":{compact(fields)},\n"rows":[\n{lines}]}}'


def pack(blobs: dict[str, bytes]) -> bytes:
    """``MAGIC`` line, then a JSON index line ``{"54511": [offset, length], …}`` (offsets from
    the end of that line), then the blobs back to back."""
    index, offset = {}, 0
    for key, blob in blobs.items():
        index[key] = [offset, len(blob)]
        offset += len(blob)
    return MAGIC + json.dumps(index, separators=(",", ":")).encode() + b"\n" + b"".join(blobs.values())


def dense(hours_by_bin: dict[int, int]) -> list[int]:
    """``[lowest t_bin, hours, hours, …]`` — one entry per 1 K bin up to the highest, gaps as 0."""
    low, high = min(hours_by_bin), max(hours_by_bin)
    return [low] + [hours_by_bin.get(t, 0) for t in range(low, high + 1)]


def collect_bins(source: Path, name: str, key: str) -> dict[str, dict[int, dict[int, int]]]:
    """station → month or clock hour → t_bin → hours."""
    out: dict[str, dict[int, dict[int, int]]] = defaultdict(lambda: defaultdict(dict))
    for row in rows(source, name):
        out[row["station_id"]][int(row[key])][int(row["t_bin"])] = int(row["hours"])
    return out


def build(source: Path) -> None:
    expected = readme_checksums(source)
    actual = {name: sha256(source / name) for name in INPUTS}
    if expected != actual:
        sys.exit(f"input checksums differ from the README: {actual} vs {expected}")

    stations = [station_record(row) for row in rows(source, "stations.csv")]
    locations = [location_record(row) for row in rows(source, "locations.csv")]
    month_bins = collect_bins(source, "bins_month.csv", "month")
    hour_bins = collect_bins(source, "bins_hour.csv", "hour")

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "stations.json").write_text(
        "{" + f'"version":{PACK_VERSION},\n"stations":{table(stations)},\n"locations":{table(locations)}' + "}\n",
        encoding="utf-8",
    )

    blobs = {}
    for station in stations:
        sid = station["station_id"]
        body = {
            "station": station,
            "month": {str(m): dense(month_bins[sid][m]) for m in sorted(month_bins[sid])},
            "hour": {str(h): dense(hour_bins[sid][h]) for h in sorted(hour_bins[sid])},
        }
        text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        blobs[sid] = zlib.compress(text.encode(), 9)
    (OUT / "bins.pack").write_bytes(pack(blobs))

    write_provenance(source, actual, len(stations), len(locations))


def write_provenance(source: Path, inputs: dict[str, str], n_stations: int, n_locations: int) -> None:
    readme = (source / "README.md").read_text(encoding="utf-8")
    credits = readme.split("## Provenance and credits", 1)[1].split("## Caveats", 1)[0].strip()
    caveats = readme.split("## Caveats", 1)[1].split("## Integrity", 1)[0].strip()
    outputs = {name: sha256(OUT / name) for name in ("stations.json", "bins.pack")}
    sizes = {name: (OUT / name).stat().st_size for name in outputs}
    text = (
        f"""# Bundled climate pack (resources/climate)

Built by `tools/build_climate_pack.py` from the shared CSWD typical-year package
(`{source}`, whose README is the full description of every column and of how it was derived).
Nothing here is typed by hand; rerun the script to rebuild. The script refuses to run if the
input checksums differ from those printed in the package README.

## Inputs (sha256)

| file | sha256 |
|---|---|
"""
        + "".join(f"| `{name}` | `{digest}` |\n" for name, digest in inputs.items())
        + f"""
## What is bundled and why in this form

* `stations.json` ({sizes["stations.json"]:,} bytes; each table is `{{"fields": […], "rows": [[…], …]}}`,
  one row a line): {n_stations} stations (id, names, province,
  lat/lon, elevation, HDD18, typical-year 99.6 % dry bulb `tdb_996_c`, GB 50736 供暖室外计算温度
  `gb_design_temp_c` where the station has one, the GB ≤ +5 ℃ heating period: days, dates,
  mean temperature, and the CSWD↔GB coordinate disagreement in km) and the {n_locations} target
  locations of `locations.csv` with all their GB values, the chosen station, the fallback and
  the row notes. `station_elevation_offset_m` (climate station minus GB station, m) is read
  from the source where it states it (`cswd_relation` "+91 m", `fallback_delev_m`, or 0 when
  both are the same station); otherwise null. Small, so it is read whole on first use.
* `bins.pack` ({sizes["bins.pack"]:,} bytes): the line `HEATADVISOR-BINS 1`, then one JSON
  line indexing the blobs, `{{"<station_id>": [offset, length], …}}` (offsets count from the
  end of the index line), then per station a zlib-compressed JSON object
  `{{"station": {{…its stations.json record…}}, "month": {{"1": [t_lo, h, h, …], …}},
  "hour": {{"0": [t_lo, h, …], …}}}}` — hours for the
  consecutive 1 K bins from `t_lo` upwards (0 where the source has no row). `month` holds all 12
  months (8760 h); `hour` holds the October–April clock hours 0–23 (212 h each, 5088 h).
  Why this form: loading one station inflates and parses only its own ~1 kB blob (≈ 0.1 ms),
  which carries a copy of the station's record so that it does not wait for `stations.json`
  (≈ 2 ms to parse and build all 270 records; read only when the list is needed);
  a single gzip JSON would be inflated and parsed whole (≈ 5 MB of CSV behind it) before the
  first station is available, and a zip with 270 members costs ≈ 3 ms just to read its
  central directory in Python (measured) — more than the whole budget for a station. Any
  station can be inspected with
  `python -c "import heatadvisor.core.place.climate as c; print(c.load_station('54511'))"`.
* Bin convention unchanged from the source: `t_bin = floor(T + 0.5)`, hours are counts of
  hourly records; clock hour `h` is [h:00, h+1:00) Beijing time.

Output checksums (sha256): `stations.json` `{outputs["stations.json"]}`,
`bins.pack` `{outputs["bins.pack"]}`. The tests check that every station's month bins sum to
8760 h with days × 24 per month, and the hour bins to 212 h per clock hour and agree with the
October–April month bins.

## Provenance and credits (copied from the package README)

{credits}

## Caveats (copied from the package README)

{caveats}
"""
    )
    (OUT / "PROVENANCE.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
