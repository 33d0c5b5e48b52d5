"""Heat-pump performance by outdoor-temperature bin (EN 14825-style bin method).

COP is modelled as a Carnot fraction: COP = η(T_source) · T_hot / (T_hot − T_cold) ·
(1 − defrost(T)). η is fitted at each rating point so the model reproduces the points
exactly, interpolated linearly between them and held constant beyond them. Past the
lowest rating point the COP therefore falls only as the Carnot limit falls — it is never
extrapolated linearly (generic European fits collapse to COP ≈ 1 near −20 °C; certified
Chinese low-ambient units do not). Above the warmest rating point the COP is held where it
was rated (the Carnot limit would otherwise promise COP 10 on a mild day). Capacity falls
with temperature; what the compressor
cannot cover is made up by a direct electric backup heater (COP 1) — see ``demand/energy.py``.
Below the lowest output it can modulate to, a unit runs on and off and loses to cycling
(EN 14825's degradation coefficient Cd, ``part_load_cop``). A ground or water source follows
the place: the undisturbed ground, drawn down as the load rises towards the design day.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..packs.catalog_schema import HeatPumpSpec

KELVIN = 273.15
CONDENSER_APPROACH_K = 5.0  # refrigerant above the sink: part of the Carnot shape, η absorbs the rest
EVAPORATOR_APPROACH_K = 6.0
ZERO_LOAD_C = 16.0  # EN 14825: the reference heating load is zero at 16 °C outdoors


def part_load_ratio(t_out_c: np.ndarray, design_temp_c: float) -> np.ndarray:
    """EN 14825 formula 23, pl = (Tj − 16) / (Tdesign − 16), held between 0 and 1."""
    return np.clip((np.asarray(t_out_c, dtype=float) - ZERO_LOAD_C) / (design_temp_c - ZERO_LOAD_C), 0.0, 1.0)


def part_load_cop(
    cop: float | np.ndarray, load_kw: np.ndarray, capacity_kw: np.ndarray, min_modulation: np.ndarray, cd: np.ndarray
) -> np.ndarray:
    """COP with EN 14825's cycling loss: below its lowest output (``min_modulation`` × full
    ``capacity_kw``) a unit runs on and off, COPbin = COP·CR / (Cd·CR + 1 − Cd), with
    CR = load / lowest output. At or above the lowest output, or with no load, the COP stands."""
    lowest = capacity_kw * min_modulation
    cr = np.where((lowest > 0) & (load_kw > 0), np.minimum(load_kw / np.where(lowest > 0, lowest, 1.0), 1.0), 1.0)
    return cop * cr / (cd * cr + 1.0 - cd)


def carnot_cop(t_source_c: float, t_sink_c: float) -> float:
    t_hot = t_sink_c + CONDENSER_APPROACH_K + KELVIN
    t_cold = t_source_c - EVAPORATOR_APPROACH_K + KELVIN
    return t_hot / max(t_hot - t_cold, 1.0)


def _interp(xs: tuple[float, ...], ys: tuple[float, ...], x: float) -> float:
    """Piecewise-linear, held constant beyond the ends."""
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    i = bisect_right(xs, x)
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


@dataclass(frozen=True, slots=True)
class DefrostCurve:
    """Fractional COP loss to frosting, by outdoor temperature (largest around 0–5 °C)."""

    temps: tuple[float, ...]
    losses: tuple[float, ...]

    @classmethod
    def of(cls, points: Sequence[tuple[float, float]]) -> DefrostCurve:
        """From the pack's (temperature, loss) points."""
        return cls(tuple(t for t, _ in points), tuple(loss for _, loss in points))

    def loss(self, t_out_c: float) -> float:
        return _interp(self.temps, self.losses, t_out_c)


NO_DEFROST = DefrostCurve((0.0, 1.0), (0.0, 0.0))


@dataclass(frozen=True, slots=True)
class SourceSite:
    """Where a ground or water source is: its undisturbed temperature, and the design day on
    which the loop is drawn down fully."""

    ground_c: float
    design_temp_c: float


@dataclass(frozen=True, slots=True)
class HeatPumpModel:
    """A fitted unit: COP(T_source, T_sink) and capacity(T_source)."""

    eta_temps: tuple[float, ...]  # source temperatures with rating points
    eta_sinks: tuple[tuple[float, ...], ...]  # per source temperature: the rated sink temperatures
    etas: tuple[tuple[float, ...], ...]  # per source temperature: η at each rated sink temperature
    cap_temps: tuple[float, ...]
    caps_kw: tuple[float, ...]
    source_c: float | None  # undisturbed ground or well water; None: the source is the outdoor air
    drawdown_k: float  # how far the source falls below ``source_c`` on the design day
    design_temp_c: float
    min_operating_c: float
    defrost: DefrostCurve
    nominal_kw: float

    def source_temps(self, t_out_c: np.ndarray) -> np.ndarray:
        """The source in each bin: the outdoor air, or the ground drawn down with the load
        (lowest in the coldest bins, the heart of the season)."""
        temps = np.asarray(t_out_c, dtype=float)
        if self.source_c is None:
            return temps
        return self.source_c - self.drawdown_k * part_load_ratio(temps, self.design_temp_c)

    def source_temp(self, t_out_c: float) -> float:
        return float(self.source_temps(np.array([t_out_c]))[0])

    def cop(self, t_out_c: float, t_sink_c: float) -> float:
        """COP at one outdoor and one sink temperature (``cop_grid`` for one bin)."""
        return float(self.cop_grid(np.array([float(t_out_c)]), np.array([[float(t_sink_c)]]))[0, 0])

    def cop_grid(self, temps: np.ndarray, sinks: np.ndarray) -> np.ndarray:
        """``cop`` in every bin (``temps``, shape (M,)) of rows whose sinks are ``sinks`` (R, M)."""
        return stack([self], temps).cop(np.zeros(len(sinks), dtype=np.intp), sinks)

    def capacity_kw(self, t_out_c: float) -> float:
        """Heat output at full speed; zero below the operating limit.

        Below the lowest rated capacity it falls along the slope of the two lowest points,
        never below half of the lowest rated value (the compressor keeps running to its limit).
        """
        if t_out_c < self.min_operating_c:
            return 0.0
        t_src = self.source_temp(t_out_c)
        temps, caps = self.cap_temps, self.caps_kw
        if t_src < temps[0] and len(temps) > 1:
            slope = (caps[1] - caps[0]) / (temps[1] - temps[0])
            return max(caps[0] - slope * (temps[0] - t_src), 0.5 * caps[0])
        return _interp(temps, caps, t_src)


@dataclass(frozen=True, slots=True, eq=False)
class PumpStack:
    """Several models' COP over the same bins as arrays, models first: every heat-pump row of a
    comparison or of a whole village in one pass, whatever its model.

    In each bin η is a weighted sum (over the rated source temperatures) of piecewise-linear
    curves over the sink temperature, each held beyond its ends; on the segments between all
    of a model's rated sink temperatures that sum is itself linear, so
    η = base + Σ_u slope_u · (clip(T_sink, lo_u, hi_u) − lo_u). Models with fewer segments are
    padded with empty ones."""

    base: np.ndarray  # (P, M) η at the lowest rated sink temperature, in each bin
    lo: np.ndarray  # (P, U) sink segments …
    hi: np.ndarray  # (P, U)
    slope: np.ndarray  # (P, U, M) … and η's rise per K along each, in each bin
    cold: np.ndarray  # (P, M) cold side of the lift, K
    kept: np.ndarray  # (P, M) 1 − the defrost loss

    def cop(self, model: np.ndarray, sinks: np.ndarray) -> np.ndarray:
        """COP of rows in every bin: ``model`` (R,) each row's position in the stack, ``sinks`` (R, M)."""
        lo = self.lo[model][:, :, None]
        along = np.minimum(np.maximum(sinks[:, None, :], lo), self.hi[model][:, :, None]) - lo
        eta = self.base[model] + (self.slope[model] * along).sum(axis=1)
        t_hot = sinks + (CONDENSER_APPROACH_K + KELVIN)
        return eta * t_hot / np.maximum(t_hot - self.cold[model], 1.0) * self.kept[model]


def stack(models: list[HeatPumpModel], temps: np.ndarray) -> PumpStack:
    """The models' COP terms in the bins ``temps`` (M,) (no models: an empty stack)."""
    knots = [sorted({t for sinks in x.eta_sinks for t in sinks}) for x in models]
    p, m, u = len(models), len(temps), max((len(k) - 1 for k in knots), default=1) or 1
    base, cold, kept = np.zeros((p, m)), np.zeros((p, m)), np.zeros((p, m))
    lo, hi, slope = np.zeros((p, u)), np.zeros((p, u)), np.zeros((p, u, m))
    for k, (x, at) in enumerate(zip(models, knots)):
        src = np.minimum(x.source_temps(temps), x.eta_temps[-1])
        unit = np.eye(len(x.eta_temps))
        weights = np.array([np.interp(src, x.eta_temps, unit[j]) for j in range(len(x.eta_temps))])  # (J, M)
        etas = np.array([np.interp(at, sinks, values) for sinks, values in zip(x.eta_sinks, x.etas)])  # (J, knots)
        base[k] = etas[:, 0] @ weights
        lo[k, : len(at) - 1], hi[k, : len(at) - 1] = at[:-1], at[1:]
        slope[k, : len(at) - 1] = (np.diff(etas, axis=1) / np.diff(at)).T @ weights
        cold[k] = src + (KELVIN - EVAPORATOR_APPROACH_K)
        kept[k] = 1.0 - np.interp(temps, x.defrost.temps, x.defrost.losses)
    return PumpStack(base, lo, hi, slope, cold, kept)


def fit(spec: HeatPumpSpec, nominal_kw: float, defrost: DefrostCurve, site: SourceSite | None = None) -> HeatPumpModel:
    """Fit η at every rating point so the curve passes through each of them.

    η is interpolated over the sink temperature among points of the same source
    temperature, then over the source temperature. A ground or water source without a fixed
    temperature takes ``site``'s.
    """
    curve = defrost if spec.defrost and spec.source == "air" else NO_DEFROST
    source_c, drawdown = None, 0.0
    if spec.fixed_source_temp_c is not None:
        source_c = spec.fixed_source_temp_c
    elif spec.source != "air":
        if site is None or spec.source_drawdown_k is None:
            raise ValueError("a ground or water source that follows the place needs the place")
        source_c, drawdown = site.ground_c, spec.source_drawdown_k.value
    by_temp: dict[float, dict[float, float]] = {}
    for p in spec.rating_points:
        eta = p.cop / (carnot_cop(p.t_source_c, p.t_sink_c) * (1.0 - curve.loss(p.t_source_c)))
        by_temp.setdefault(p.t_source_c, {})[p.t_sink_c] = eta
    eta_temps = tuple(sorted(by_temp))
    eta_sinks = tuple(tuple(sorted(by_temp[t])) for t in eta_temps)
    etas = tuple(tuple(by_temp[t][s] for s in sinks) for t, sinks in zip(eta_temps, eta_sinks))
    rated = sorted((p.t_source_c, p.capacity_kw) for p in spec.rating_points if p.capacity_kw)
    if not rated:
        rated = [(spec.rating_points[0].t_source_c, nominal_kw)]
    first_kw = max(rated)[1]
    cap_temps = tuple(t for t, _ in rated)
    caps = tuple(kw * nominal_kw / first_kw for _, kw in rated)
    design = site.design_temp_c if site is not None else 0.0
    return HeatPumpModel(
        eta_temps, eta_sinks, etas, cap_temps, caps, source_c, drawdown, design, spec.min_operating_c, curve, nominal_kw
    )
