"""Ground and water sources follow the place, and the ground loop is priced by its metres."""

from __future__ import annotations

import numpy as np
import pytest

from heatadvisor.core.devices.heat_pump import NO_DEFROST, SourceSite, fit
from heatadvisor.core.place import climate

from .conftest import evaluated

GSHP = [{"device_id": "gshp"}]
SAME_HOUSE = {"heated_area_m2": 100, "emitter": "floor", "wall": "brick_370", "windows": "double"}


def _gshp(province: str, county: str):
    evaluation = evaluated(location={"province": province, "county": county}, house=SAME_HOUSE, options=GSHP)
    return evaluation, 1  # row 1: the option


def test_annual_mean_by_hand():
    station = climate.load_station(evaluated().setting.place.station_id)
    hours = sum(h for month in station.month_bins.values() for _, h in month)
    assert hours == 8760
    assert climate.annual_mean_c(station) == pytest.approx(
        sum(t * h for month in station.month_bins.values() for t, h in month) / 8760
    )


def test_harbin_ground_is_colder_and_its_seasonal_cop_lower_than_jinan():
    harbin, row = _gshp("黑龙江省", "宾县")
    jinan, _ = _gshp("山东省", "历城区")
    assert climate.annual_mean_c(harbin.setting.climate) < climate.annual_mean_c(jinan.setting.climate) - 5
    assert harbin.physics.energies.efficiency[row, 1] < jinan.physics.energies.efficiency[row, 1] - 0.2


def test_the_loop_is_drawn_down_as_the_load_rises(data):
    evaluation, _ = _gshp("山东省", "历城区")
    setting = evaluation.setting
    spec = data.devices["gshp"].heat_pump
    ground = climate.annual_mean_c(setting.climate) + data.common.heat_pumps.ground_over_air_k.value
    model = fit(spec, 10.0, NO_DEFROST, SourceSite(ground, setting.place.design_temp_c))
    temps = np.array([setting.place.design_temp_c, 0.0, 10.0, 16.0])
    sources = model.source_temps(temps)
    assert sources[0] == pytest.approx(ground - spec.source_drawdown_k.value)
    assert sources[-1] == pytest.approx(ground)
    assert (np.diff(sources) > 0).all()  # colder outdoors, colder loop


def test_the_ground_loop_is_priced_by_the_metres_the_heat_needs(data):
    """Metres = the larger of peak extraction ÷ W per metre and season extraction ÷ kWh per metre;
    a bigger house needs more metres and pays more for them."""
    borehole = data.devices["gshp"].capital.borehole
    small = evaluated(house={**SAME_HOUSE, "heated_area_m2": 60}, options=GSHP)
    large = evaluated(house={**SAME_HOUSE, "heated_area_m2": 200}, options=GSHP)
    for evaluation in (small, large):
        phys, row = evaluation.physics, 1
        pumps = phys.energies.heat_pumps
        at_design = evaluation.setting.pumps.at_design_kw[pumps.slot[0]] * pumps.capacity_scale[0]
        peak_m = at_design * (1 - 1 / pumps.cop_design[0]) * 1000 / borehole.w_per_m.value
        heat = phys.demand.heat_by_month[row].sum()
        season_m = heat * (1 - 1 / phys.energies.efficiency[row, 1]) / borehole.kwh_per_m_year.value
        unit = data.devices["gshp"].capital
        expected = unit.fixed_yuan.typ + max(peak_m, season_m) * borehole.yuan_per_m.typ
        assert evaluation.money.device_capital[row, 1] == pytest.approx(expected, rel=1e-9)
    assert large.money.device_capital[1, 1] > small.money.device_capital[1, 1] + 5 * borehole.yuan_per_m.typ


def test_a_hebei_ground_source_with_fan_coils_sits_between_measured_systems_and_vendor_claims():
    """Measured Hebei ground-loop systems, circulation pumps included: COP 2.36 (Hengshui) and 2.43
    (Langfang); vendors claim 3.5–4.5 (C). The unit alone, in Hengshui with fan coils, lands between."""
    evaluation = evaluated(
        location={"province": "河北省", "county": "桃城区"}, house={**SAME_HOUSE, "emitter": "fan_coil"}, options=GSHP
    )
    assert 2.43 < evaluation.physics.energies.efficiency[1, 1] < 4.5
