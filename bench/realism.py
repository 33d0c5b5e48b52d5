"""Would a local expert sign the advice? The core's figures over a grid of northern households,
each beside the field range it should land in (issue 11's measuring stick).

    .venv/bin/python bench/realism.py [--save bench/realism_before.txt]

The grid: 8 counties from the Shandong plain to Heilongjiang × 3 sizes × 4 envelopes × the
habit's rooms or the whole house heated × 4 habits (left to the default, or one of the common
pack's three presets) × with or without last winter's coal — 1,536 households, today's system a
coal stove, the region's default options. Beside every field range it prints the share of cases
inside it, and it counts the recommendations that need infrastructure (pipe gas, a heat network,
a village station, a water source) that no case can state. The coal, heat and heat-pump ranges
are the region packs' ``field_ranges`` (with their sources); the others, with their sources and
confidence, are in ``realism_ranges.json``.

Targets the issue sets: ≥ 90 % of uncalibrated plain-region coal figures inside the regional range
widened by half — for the households the window describes by default (habit and share left open);
the other habits are printed beside it — and no infrastructure recommendation without the fact.
"""

from __future__ import annotations

import argparse
import itertools
import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from heatadvisor.core.comparison.group import evaluate_cases
from heatadvisor.core.comparison.result import comparison

# The core, in one block.
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.setting.bundle import DataBundle, bundled

RANGES_FILE = Path(__file__).with_name("realism_ranges.json")

SIZES_M2 = (60, 90, 130)
ENVELOPES = {  # name → house fields; the first three are uninsulated
    "adobe": {"wall": "adobe", "windows": "single", "airtightness": "leaky"},
    "brick_240": {"wall": "brick_240", "windows": "single", "airtightness": "ordinary"},
    "brick_370": {"wall": "brick_370", "windows": "double", "airtightness": "ordinary"},
    "insulated": {"wall": "brick_ins_100", "windows": "double", "roof_insulated": True, "airtightness": "tight"},
}
UNINSULATED = ("adobe", "brick_240", "brick_370")
SHARES = (None, 1.0)  # the habit's own rooms, or the whole house
HABITS = (
    "default",
    "day_16_banked_night",
    "frugal_14",
    "all_day_18",
)  # presets of the common pack; default: none named
PACK_RANGES = {"coal_t": "coal_t_per_household", "heat_kwh_per_m2": "heat_kwh_per_m2", "hp_season_kwh": "hp_season_kwh"}
ON_DATE = "2026-11-25"


@dataclass(frozen=True)
class Household:
    county: str
    zone: str
    size: int
    envelope: str
    share: float | None
    habit: str
    calibrated: bool
    data: dict


@dataclass(frozen=True)
class Figures:
    """What one household's comparison says, reduced to the figures checked here."""

    coal_t: float | None  # today's coal stove, tonnes a season (typical)
    heat_kwh_per_m2: float
    scop: dict[str, list[float]]  # tech → seasonal COPs of its options
    hp_kwh: list[float]  # electricity a season of each heat-pump option
    running_recommended: float | None
    running_current: float
    recommended_tech: str | None
    recommended_lacks: tuple[str, ...]  # what the recommended device needs that the case did not state
    top3: tuple[str, ...]  # option keys, best first
    top3_techs: tuple[str, ...]
    notice: str | None  # the core's doubt about the season's heat (asks for or to check last winter's figure)
    close_call: tuple[str, ...]  # both options' keys when the runner-up costs about the same, else ()
    runner_up_gap: float | None  # the runner-up clean option's extra total over the horizon, over the best's
    least_spread: float | None  # the top two clean options' narrower total range, half its width over its typical total
    price_to_ask: bool  # the recommended option's season cost rests on our estimate of a price ("价格要先问清")
    to_check: tuple[str, ...]  # techs listed apart as "可能更省，价格要先问清" (an estimated price beside sourced ones)


def load_ranges(path: Path = RANGES_FILE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def pack_range(data: DataBundle, province: str, key: str) -> dict:
    """A field range of the province's region pack, in this script's form (low, typ, high, conf, source)."""
    region = data.region_for(province)
    if region.field_ranges is None or getattr(region.field_ranges, PACK_RANGES[key]) is None:
        raise SystemExit(f"{region.pack_id}: no field range {PACK_RANGES[key]}")
    band = getattr(region.field_ranges, PACK_RANGES[key])
    source = region.sources[band.src]
    return {
        "low": band.low,
        "typ": band.typ,
        "high": band.high,
        "conf": source.conf,
        "source": source.citation,
        "pack": region.pack_id,
    }


def with_pack_ranges(ranges: dict, data: DataBundle) -> dict:
    """The json's ranges, with the coal range of each county group and the plain region's heat and
    heat-pump ranges taken from the region packs (counties of one group must agree)."""
    out = {**ranges, "ranges": dict(ranges["ranges"])}
    for place in ranges["counties"].values():
        coal = pack_range(data, place["province"], "coal_t")
        seen = out["ranges"].get(place["coal"])
        if seen is not None and (seen["low"], seen["high"]) != (coal["low"], coal["high"]):
            raise SystemExit(f"{place['coal']}: {seen['pack']} and {coal['pack']} disagree")
        out["ranges"][place["coal"]] = coal
    plain = next(p["province"] for p in ranges["counties"].values() if p["zone"] == "plain")
    for key in ("heat_kwh_per_m2", "hp_season_kwh"):
        out["ranges"][key] = pack_range(data, plain, key)
    return out


def grid(ranges: dict) -> list[Household]:
    households = []
    for county, place in ranges["counties"].items():
        last_winter_t = ranges["ranges"][place["coal"]]["typ"]
        for size, envelope, share, habit, calibrated in itertools.product(
            SIZES_M2, ENVELOPES, SHARES, HABITS, (False, True)
        ):
            current: dict = {"device_id": "coal_stove"}
            if calibrated:
                current["last_winter"] = {"quantity": last_winter_t, "unit": "t"}
            house = {"heated_area_m2": size, "emitter": "none", **ENVELOPES[envelope]}
            if share is not None:
                house["heated_share"] = share
            if habit != "default":
                house["habit"] = habit
            data = {
                "location": {"province": place["province"], "county": county},
                "house": house,
                "current": current,
                "on_date": ON_DATE,
            }
            households.append(Household(county, place["zone"], size, envelope, share, habit, calibrated, data))
    return households


def figures(households: list[Household], data: DataBundle) -> list[Figures]:
    """Every household through the core's group API (the batch's path: one group per place)."""
    cases = [case_from_data(h.data) for h in households]
    outcomes = evaluate_cases(cases, data)
    out = []
    for household, case, outcome in zip(households, cases, outcomes):
        if outcome.error is not None:
            raise SystemExit(f"{household.county} {household.data['house']}: {outcome.error}")
        result = comparison(outcome.evaluation, outcome.household)
        current = result.current
        scop: dict[str, list[float]] = {}
        hp_kwh = []
        for option in result.options:
            if option.heat_pump is not None:
                scop.setdefault(option.tech, []).append(option.heat_pump.seasonal_cop)
                hp_kwh.append(option.electricity_kwh[1])
        best = result.recommended_option()
        top = result.options[:3]
        pair = [o for o in result.options[:2] if o.group == "clean"]
        spreads = [(o.horizon_cost[2] - o.horizon_cost[0]) / 2 / o.horizon_cost[1] for o in pair]
        out.append(
            Figures(
                coal_t=current.fuel_quantity[1] if current.fuel == "coal" else None,
                heat_kwh_per_m2=result.demand.used_kwh / household.size,
                scop=scop,
                hp_kwh=hp_kwh,
                running_recommended=best.running_cost[1] if best else None,
                running_current=current.running_cost[1],
                recommended_tech=best.tech if best else None,
                recommended_lacks=tuple(n for n in data.devices[best.device_id].needs if n not in case.village.has())
                if best
                else (),
                top3=tuple(o.key for o in top),
                top3_techs=tuple(o.tech for o in top),
                notice=result.notices[0].code if result.notices else None,
                close_call=tuple(result.close_call.keys) if result.close_call else (),
                runner_up_gap=(pair[1].horizon_cost[1] / pair[0].horizon_cost[1] - 1) if len(pair) == 2 else None,
                least_spread=min(spreads) if len(pair) == 2 else None,
                price_to_ask=best is not None and "running" in best.unverified,
                to_check=tuple(o.tech for o in result.options if o.group == "price_to_check"),
            )
        )
    return out


def _share(values: list[float], low: float, high: float) -> str:
    if not values:
        return "   n/a"
    inside = sum(low <= v <= high for v in values)
    return f"{100 * inside / len(values):5.1f} % of {len(values)}"


def _spread(values: list[float]) -> str:
    if not values:
        return ""
    ordered = sorted(values)
    p10, p50, p90 = (ordered[min(len(ordered) - 1, int(q * len(ordered)))] for q in (0.1, 0.5, 0.9))
    return f"model p10/p50/p90 {p10:,.1f} / {p50:,.1f} / {p90:,.1f}"


def _uncalibrated_coal(
    rows: list[tuple[Household, Figures]], ranges: dict, key: str, habit: str | None = None, share_open: bool = False
) -> list[float]:
    """Today's coal tonnes of the uncalibrated, uninsulated houses whose county uses the range ``key``
    (of one habit, and with the share left to the habit, if asked)."""
    return [
        f.coal_t
        for h, f in rows
        if not h.calibrated
        and h.envelope in UNINSULATED
        and ranges["counties"][h.county]["coal"] == key
        and habit in (None, h.habit)
        and not (share_open and h.share is not None)
    ]


def report(
    households: list[Household], results: list[Figures], ranges: dict, data: DataBundle
) -> tuple[list[str], dict]:
    """The lines to print, and the headline numbers (for a caller comparing runs)."""
    r = ranges["ranges"]
    widen = ranges["coal_widen"]
    rows = list(zip(households, results))
    lines = [
        (
            f"HeatAdvisor realism grid: {len(rows)} households, {len(ranges['counties'])} counties, "
            f"sizes {SIZES_M2} m², envelopes {tuple(ENVELOPES)}, shares {SHARES}, habits {tuple(HABITS)}, "
            "with/without last winter's coal"
        ),
        "",
    ]

    lines.append("1. Coal, today's stove, uncalibrated, uninsulated house (t a season)")
    plain_in = plain_n = 0
    for key in dict.fromkeys(c["coal"] for c in ranges["counties"].values()):
        rng = r[key]
        lo, hi = rng["low"] * (1 - widen), rng["high"] * (1 + widen)
        values = _uncalibrated_coal(rows, ranges, key)
        if key == "coal_t_plain":
            target = _uncalibrated_coal(rows, ranges, key, "default", share_open=True)
            plain_in, plain_n = sum(lo <= v <= hi for v in target), len(target)
        lines.append(
            f"   {key:20s} range {rng['low']}–{rng['high']} ({rng['conf']}, pack {rng.get('pack', '-')}): "
            f"inside {_share(values, rng['low'], rng['high'])}; widened {lo:.2f}–{hi:.2f}: {_share(values, lo, hi)}; "
            f"{_spread(values)}"
        )
        for habit in HABITS:
            for share_open, label in ((True, "own rooms"), (False, "any share")):
                sub = _uncalibrated_coal(rows, ranges, key, habit, share_open)
                lines.append(f"      habit {habit:20s} {label:9s} widened: {_share(sub, lo, hi)}; {_spread(sub)}")
    plain_share = 100 * plain_in / plain_n if plain_n else 0.0
    lines.append(
        f"   TARGET plain region, habit and share left to the default, inside widened range ≥ 90 %: "
        f"{plain_share:.1f} %  {'MET' if plain_share >= 90 else 'NOT MET'}"
    )
    lines.append("")

    def line(label: str, key: str, values: list[float]) -> None:
        rng = r[key]
        lines.append(
            f"   {label:44s} range {rng['low']:,}–{rng['high']:,} ({rng['conf']}): "
            f"inside {_share(values, rng['low'], rng['high'])}; {_spread(values)}"
        )

    lines.append("2. Heat, kWh per m² of house floor a season (plain region)")
    plain = [(h, f) for h, f in rows if h.zone == "plain"]
    line("uncalibrated", "heat_kwh_per_m2", [f.heat_kwh_per_m2 for h, f in plain if not h.calibrated])
    line("calibrated to last winter's coal", "heat_kwh_per_m2", [f.heat_kwh_per_m2 for h, f in plain if h.calibrated])
    lines.append("")
    lines.append("3. Heat pumps (every heat-pump option of every case)")
    line("seasonal COP, air-to-water", "scop_air_water", [c for _, f in rows for c in f.scop.get("ashp_air_water", [])])
    line("seasonal COP, air-to-air", "scop_air_air", [c for _, f in rows for c in f.scop.get("ashp_air_air", [])])
    line("season kWh, uncalibrated", "hp_season_kwh", [k for h, f in rows if not h.calibrated for k in f.hp_kwh])
    line("season kWh, calibrated", "hp_season_kwh", [k for h, f in rows if h.calibrated for k in f.hp_kwh])
    lines.append("")
    lines.append("4. Running cost, yuan a season (year 1, typical)")
    line(
        "recommended option, uncalibrated",
        "running_yuan_clean",
        [f.running_recommended for h, f in rows if not h.calibrated and f.running_recommended is not None],
    )
    line(
        "recommended option, calibrated",
        "running_yuan_clean",
        [f.running_recommended for h, f in rows if h.calibrated and f.running_recommended is not None],
    )
    line(
        "today's coal stove, uncalibrated",
        "running_yuan_coal",
        [f.running_current for h, f in rows if not h.calibrated],
    )
    line("today's coal stove, calibrated", "running_yuan_coal", [f.running_current for h, f in rows if h.calibrated])
    lines.append("")

    lines.append("4b. Notices: the estimate asks for last winter's figure, or the figure asks to be checked")
    for calibrated in (False, True):
        counted = Counter(f.notice for h, f in rows if h.calibrated == calibrated)
        lines.append(
            f"   {'calibrated' if calibrated else 'uncalibrated':12s} "
            + ", ".join(f"{code or 'none'} {n}" for code, n in counted.most_common())
        )
    lines.append("")

    needs = {d.tech: d.needs for d in data.devices.values() if d.needs}  # the catalogue's, by tech (one device each)
    shown = ranges["infrastructure"]["also_shown"]
    recommended = Counter(f.recommended_tech for _, f in rows)
    infra_first = sum(bool(f.recommended_lacks) for _, f in rows)
    infra_top3 = sum(any(t in needs for t in f.top3_techs) for _, f in rows)
    lines.append(
        "5. Recommendations that need infrastructure the case did not state (the catalogue's needs: "
        f"{', '.join(sorted({n for device_needs in needs.values() for n in device_needs}))})"
    )
    lines.append(f"   recommended: {infra_first} of {len(rows)}   TARGET 0: {'MET' if infra_first == 0 else 'NOT MET'}")
    lines.append(f"   in the top 3 (listed apart, never recommended): {infra_top3} of {len(rows)}")
    for tech, n in recommended.most_common():
        tag = "+".join(needs.get(tech, shown.get(tech, []))) if tech else ""
        lines.append(f"      {tech!s:24s} {n:5d} {tag}")
    by_zone = Counter(h.zone for h, f in rows if f.recommended_lacks)
    lines.append(f"   by zone: {dict(by_zone)}")
    asked = Counter(f.recommended_tech for _, f in rows if f.price_to_ask)
    lines.append(
        f"   recommended on an estimated price, named with 价格要先问清: {sum(asked.values())} of {len(rows)} "
        f"({', '.join(f'{t} {n}' for t, n in asked.most_common())})"
    )
    apart = Counter(t for _, f in rows for t in dict.fromkeys(f.to_check))
    lines.append(
        f"   listed apart, 可能更省，价格要先问清 (households): {', '.join(f'{t} {n}' for t, n in apart.most_common())}"
    )
    lines += _close_calls(rows)
    headline = {"plain_coal_share": plain_share, "infra_recommended": infra_first, "infra_top3": infra_top3}
    return lines, headline


def _close_calls(rows: list[tuple[Household, Figures]]) -> list[str]:
    """How often the runner-up costs about the same (both advised), which pairs, and how the
    runner-up's gap compares with the uncertainty of the totals (the margin's justification)."""
    calls = Counter(" / ".join(f.close_call) for _, f in rows if f.close_call)
    gaps = sorted(f.runner_up_gap for _, f in rows if f.runner_up_gap is not None)
    spreads = sorted(f.least_spread for _, f in rows if f.least_spread is not None)
    lines = [f"6. Close calls (both advised): {sum(calls.values())} of {len(rows)}"]
    lines += [f"      {pair:48s} {n:5d}" for pair, n in calls.most_common()]
    if gaps:
        lines.append(
            f"   runner-up's extra over the best (two clean options, {len(gaps)} cases): "
            + "  ".join(f"<{c:.0%} {sum(g < c for g in gaps)}" for c in (0.05, 0.10, 0.20, 0.50))
        )
        lines.append(
            f"   the narrower of their total ranges, ± half-width over typical: least {spreads[0]:.0%}, "
            f"median {spreads[len(spreads) // 2]:.0%}, "
            f"wider than ±10 % in {sum(s > 0.10 for s in spreads)} of {len(spreads)}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save", type=Path, help="also write the output to this file")
    args = parser.parse_args()
    data = bundled()
    ranges = with_pack_ranges(load_ranges(), data)
    households = grid(ranges)
    data = bundled()
    start = time.perf_counter()
    results = figures(households, data)
    seconds = time.perf_counter() - start
    lines, _ = report(households, results, ranges, data)
    lines.append("")
    lines.append(f"({len(households)} households compared in {seconds:.1f} s)")
    text = "\n".join(lines)
    print(text)
    if args.save:
        args.save.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
