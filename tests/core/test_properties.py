"""Properties that must hold for any household, checked on random inputs (hypothesis)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case import Airtightness, Wall, Windows
from heatadvisor.core.contract.case_io import case_from_data, case_from_json
from heatadvisor.core.contract.problems import InputError
from heatadvisor.core.setting.bundle import bundled

from .conftest import make_case

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
WALLS_WORST_TO_BEST = [Wall.brick_240, Wall.brick_370, Wall.brick_ins_50, Wall.brick_ins_100]
WINDOWS_WORST_TO_BEST = [Windows.single, Windows.double, Windows.insulated]
AIR_WORST_TO_BEST = [Airtightness.leaky, Airtightness.ordinary, Airtightness.tight]


def model_demand(**changes) -> float:
    return compare(make_case(options=[{"device_id": "coal_stove"}], **changes), bundled()).demand.model_kwh


@FAST
@given(area=st.floats(10, 600), extra=st.floats(1, 200), share=st.sampled_from([0.5, 1.0]))
def test_demand_grows_with_area(area, extra, share):
    bigger = model_demand(house={"heated_area_m2": area + extra, "heated_share": share})
    assert bigger > model_demand(house={"heated_area_m2": area, "heated_share": share})


@FAST
@given(area=st.floats(10, 300), extra=st.floats(1, 200))
def test_the_same_two_rooms_heated_in_a_bigger_house_need_about_as_much_or_more(area, extra):
    """The default habit heats two rooms whatever the house's size: more unheated rooms add a
    little (they draw some heat through the walls), and the per-m² envelope of a more compact
    house may take off up to half a percent, never more."""
    bigger, smaller = model_demand(house={"heated_area_m2": area + extra}), model_demand(house={"heated_area_m2": area})
    assert bigger > smaller * 0.995
    assert model_demand(house={"heated_area_m2": 2 * area + 40}) > smaller


@FAST
@given(area=st.floats(20, 400))
def test_demand_grows_with_a_colder_station(area):
    warm = model_demand(location={"province": "山东省", "county": "莒县"}, house={"heated_area_m2": area})
    cold = model_demand(location={"province": "黑龙江省", "county": "呼兰区"}, house={"heated_area_m2": area})
    assert cold > warm


@FAST
@given(
    area=st.floats(20, 400),
    wall=st.integers(0, 3),
    window=st.integers(0, 2),
    air=st.integers(0, 2),
    roof=st.booleans(),
    step=st.sampled_from(["wall", "windows", "roof", "air"]),
)
def test_more_insulation_never_raises_demand(area, wall, window, air, roof, step):
    def house(w, win, a, r):
        return {
            "heated_area_m2": area,
            "wall": WALLS_WORST_TO_BEST[w],
            "windows": WINDOWS_WORST_TO_BEST[win],
            "airtightness": AIR_WORST_TO_BEST[a],
            "roof_insulated": r,
        }

    before = model_demand(house=house(wall, window, air, roof))
    better = {
        "wall": (min(wall + 1, 3), window, air, roof),
        "windows": (wall, min(window + 1, 2), air, roof),
        "roof": (wall, window, air, True),
        "air": (wall, window, min(air + 1, 2), roof),
    }[step]
    assert model_demand(house=house(*better)) <= before


@FAST
@given(factor=st.floats(1.0, 1.6), area=st.floats(30, 250), county=st.sampled_from(["莒县", "东港区"]))
def test_a_better_cop_never_costs_more(factor, area, county):
    data = bundled()
    device = data.devices["ashp_aw_10kw"]
    hp = device.heat_pump
    better_points = [p.model_copy(update={"cop": min(p.cop * factor, 10.0)}) for p in hp.rating_points]
    better = device.model_copy(update={"heat_pump": hp.model_copy(update={"rating_points": better_points})})
    better_data = replace(data, devices={**data.devices, device.id: better})
    case = make_case(
        location={"province": "山东省", "county": county},
        house={"heated_area_m2": area},
        options=[{"device_id": device.id, "capacity_kw": 10.0}],
    )
    base_cost = compare(case, data).options[0].running_cost
    better_cost = compare(case, better_data).options[0].running_cost
    assert all(b <= a + 1e-9 for a, b in zip(base_cost, better_cost))


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["１２０", "莒县", "山东省", "coal_stove", "t", "NaN", "", "-5"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    area=JSON_VALUES | st.floats(-100, 2000),
    storeys=JSON_VALUES,
    county=JSON_VALUES | st.just("莒县"),
    device=JSON_VALUES | st.sampled_from(["coal_stove", "gas_boiler", "nope"]),
    extra=JSON_VALUES,
    quantity=JSON_VALUES,
    unit=JSON_VALUES | st.sampled_from(["t", "m3", "kwh", "yuan", "cylinder"]),
)
def test_any_input_validates_or_is_rejected_with_field_errors(area, storeys, county, device, extra, quantity, unit):
    data = {
        "location": {"province": "山东省", "county": county},
        "house": {"heated_area_m2": area, "storeys": storeys},
        "current": {"device_id": device, "last_winter": {"quantity": quantity, "unit": unit}},
        "on_date": "2026-11-25",
    }
    if extra is not None:
        data["extra"] = extra
    try:
        case = case_from_data(data)
        result = compare(case, bundled())
    except InputError as exc:
        assert exc.problems and all(p.field and p.reason for p in exc.problems)
        return
    assert result.demand.used_kwh >= 0 and result.recommended in {None, *[o.device_id for o in result.options]}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_a_case_or_field_errors(text):
    try:
        case_from_json(text)
    except InputError as exc:
        assert exc.problems


def test_nan_infinity_and_full_width_name_their_fields():
    for bad, reason in [
        ("NaN", "finite_number"),
        ("Infinity", "finite_number"),
        ('"１２０"', "full_width_digits"),
        ("-5", "greater_than"),
    ]:
        text = (
            '{"location": {"province": "山东省", "county": "莒县"}, "house": {"heated_area_m2": ' + bad + "}, "
            '"current": {"device_id": "coal_stove"}}'
        )
        try:
            case_from_json(text)
        except InputError as exc:
            assert [(p.field, p.reason) for p in exc.problems] == [("house.heated_area_m2", reason)], bad
        else:
            raise AssertionError(f"{bad} accepted")
