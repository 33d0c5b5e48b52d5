"""Heat-pump performance by outdoor-temperature bin (EN 14825-style bin method).

COP is modelled as a Carnot fraction: COP = η(T_source) · T_hot / (T_hot − T_cold) ·
(1 − defrost(T)). η is fitted at each rating point so the model reproduces the points
exactly, interpolated linearly between them and held constant beyond them. Past the
lowest rating point the COP therefore falls only as the Carnot limit falls — it is never
extrapolated linearly (generic European fits collapse to COP ≈ 1 near −20 °C; certified
Chinese low-ambient units do not). Above the warmest rating point the COP is held where it
was rated (the Carnot limit would otherwise promise COP 10 on a mild day). Capacity falls
with temperature; what the compressor
cannot cover is made up by a direct electric backup heater (COP 1).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .packs.catalog_schema import HeatPumpSpec

KELVIN = 273.15
CONDENSER_APPROACH_K = 5.0  # refrigerant above the sink: part of the Carnot shape, η absorbs the rest
EVAPORATOR_APPROACH_K = 6.0


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

    def loss(self, t_out_c: float) -> float:
        return _interp(self.temps, self.losses, t_out_c)


NO_DEFROST = DefrostCurve((0.0, 1.0), (0.0, 0.0))


@dataclass(frozen=True, slots=True)
class HeatPumpModel:
    """A fitted unit: COP(T_source, T_sink) and capacity(T_source)."""

    eta_temps: tuple[float, ...]  # source temperatures with rating points
    eta_sinks: tuple[tuple[float, ...], ...]  # per source temperature: the rated sink temperatures
    etas: tuple[tuple[float, ...], ...]  # per source temperature: η at each rated sink temperature
    cap_temps: tuple[float, ...]
    caps_kw: tuple[float, ...]
    fixed_source_c: float | None
    min_operating_c: float
    defrost: DefrostCurve
    nominal_kw: float

    def source_temp(self, t_out_c: float) -> float:
        return t_out_c if self.fixed_source_c is None else self.fixed_source_c

    def cop(self, t_out_c: float, t_sink_c: float) -> float:
        t_src = min(self.source_temp(t_out_c), self.eta_temps[-1])
        eta = _interp(self.eta_temps, tuple(_interp(s, e, t_sink_c) for s, e in zip(self.eta_sinks, self.etas)), t_src)
        return eta * carnot_cop(t_src, t_sink_c) * (1.0 - self.defrost.loss(t_out_c))

    def cops(self, temps: tuple[int, ...], sinks: tuple[float, ...]) -> list[float]:
        """``cop`` for many bins at once: the per-bin work of a recalculation, kept lean."""
        single = all(len(s) == 1 for s in self.eta_sinks)
        flat = tuple(e[0] for e in self.etas) if single else None
        fixed, hot_k, cold_k = self.fixed_source_c, CONDENSER_APPROACH_K + KELVIN, KELVIN - EVAPORATOR_APPROACH_K
        loss, eta_temps = self.defrost.loss, self.eta_temps
        warmest = eta_temps[-1]
        out = []
        for t, sink in zip(temps, sinks):
            src = min(t if fixed is None else fixed, warmest)
            if flat is not None:
                eta = _interp(eta_temps, flat, src)
            else:
                eta = _interp(eta_temps, tuple(_interp(s, e, sink) for s, e in zip(self.eta_sinks, self.etas)), src)
            t_hot, t_cold = sink + hot_k, src + cold_k
            lift = t_hot - t_cold
            out.append(eta * t_hot / (lift if lift > 1.0 else 1.0) * (1.0 - loss(t)))
        return out

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

    def scaled(self, nominal_kw: float) -> "HeatPumpModel":
        """The same unit line at another size (capacities scale, COPs do not)."""
        factor = nominal_kw / self.nominal_kw
        return HeatPumpModel(
            self.eta_temps, self.eta_sinks, self.etas, self.cap_temps, tuple(c * factor for c in self.caps_kw),
            self.fixed_source_c, self.min_operating_c, self.defrost, nominal_kw,
        )


def fit(spec: HeatPumpSpec, nominal_kw: float, defrost: DefrostCurve) -> HeatPumpModel:
    """Fit η at every rating point so the curve passes through each of them.

    η is interpolated over the sink temperature among points of the same source
    temperature, then over the source temperature.
    """
    curve = defrost if spec.defrost and spec.fixed_source_temp_c is None else NO_DEFROST
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
    return HeatPumpModel(eta_temps, eta_sinks, etas, cap_temps, caps, spec.fixed_source_temp_c, spec.min_operating_c, curve, nominal_kw)


@dataclass(frozen=True, slots=True)
class BinPerformance:
    """Per bin (aligned with the season's temperatures), per hour of that bin."""

    cop: tuple[float, ...]
    heat_kw: tuple[float, ...]  # heat delivered (compressor + backup)
    electric_kw: tuple[float, ...]  # compressor input + backup
    backup_kw: tuple[float, ...]


def bin_performance(
    model: HeatPumpModel, temps: tuple[int, ...], loads_kw: tuple[float, ...], sink_c: tuple[float, ...],
    field_factors: tuple[float, ...],
) -> tuple[BinPerformance, ...]:
    """What the unit does in each bin at the given load and flow temperature, once per
    field factor (the rated-to-field multiplier of each scenario)."""
    rated = model.cops(temps, sink_c)
    covered, short = [], []
    for t, load in zip(temps, loads_kw):
        cap = model.capacity_kw(t)
        c = load if load <= cap else cap
        covered.append(c)
        short.append(load - c)
    backup = tuple(short)
    out = []
    for factor in field_factors:
        cops = tuple(r * factor for r in rated)
        elec = tuple(c / cop + s for c, cop, s in zip(covered, cops, short))
        out.append(BinPerformance(cops, loads_kw, elec, backup))
    return tuple(out)
