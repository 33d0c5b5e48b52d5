"""Property tests of the subsidy engine."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from heatadvisor.core.subsidies import HouseholdFacts, OptionFacts, PolicyPack, evaluate
from tests.core.test_subsidies_fixtures import make_pack, money, programme_data

ON = date(2025, 6, 1)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-10, 10_000),
    st.floats(allow_nan=True),
    st.text(max_size=50),
    st.lists(st.text(max_size=5), max_size=3),
)
household_dicts = st.dictionaries(
    st.sampled_from(sorted(HouseholdFacts.model_fields) + ["unknown_field"]), junk, max_size=8
)

ANSWERS = {
    "province": st.sampled_from(["河北省", "山东省"]),
    "prefecture": st.sampled_from(["保定市", "济南市"]),
    "county": st.sampled_from(["清苑区", "东港区"]),
    "township": st.sampled_from(["河山镇", "别的镇"]),
    "village": st.sampled_from(["东村", "西村"]),
    "hukou_local": st.booleans(),
    "heats_with_coal_now": st.booleans(),
    "low_income": st.sampled_from(["dibao", "tekun", "monitored", "none"]),
    "owns_house": st.booleans(),
    "subsidised_before": st.booleans(),
    "village_batches": st.lists(st.sampled_from(["b1", "b2"]), max_size=2),
    "heated_area_m2": st.floats(10, 400),
}
OPTION_ANSWERS = {
    "price_yuan": st.floats(0, 60_000),
    "efficiency_grade": st.integers(1, 5),
    "rated_cop": st.fixed_dictionaries({"A-12/W35": st.floats(1.0, 4.0)}),
    "capacity_kw": st.floats(1, 30),
    "device_count": st.integers(1, 6),
    "purchase_date": st.dates(date(2023, 1, 1), date(2027, 1, 1)),
    "install_date": st.dates(date(2023, 1, 1), date(2027, 1, 1)),
}
CONDITIONS = [
    {"hukou_local": True},
    {"heats_with_coal_now": True},
    {"low_income_in": ["dibao"]},
    {"owns_house": True},
    {"not_subsidised_before": True},
    {"efficiency_grade_or_better": 2},
    {"min_cop": [{"point": "A-12/W35", "cop": money(2.5)}]},
    {"heated_area": {"max_m2": money(150)}},
    {"purchase_window": {"date": "purchase", "valid_from": "2024", "valid_until": "2025-H2"}},
    {"purchase_window": {"date": "install", "valid_from": "2025-Q2"}},
    {"village_batches": ["b1"]},
    {"village_batches": ["b2"]},
]
REGIONS = [
    {"provinces": ["河北省"]},
    {"provinces": ["河北省"], "prefectures": ["保定市"]},
    {"provinces": ["山东省"], "prefectures": ["济南市"], "counties": ["东港区"], "townships": ["河山镇"]},
]
CAPITAL_AMOUNTS = st.one_of(
    st.builds(lambda v: {"type": "fixed", "yuan": money(v)}, st.integers(0, 30_000)),
    st.builds(
        lambda p, c: {"type": "percent_of_cost", "percent": money(p), "cap_yuan": money(c)},
        st.integers(1, 100),
        st.integers(0, 30_000),
    ),
    st.builds(lambda r: {"type": "per_m2", "yuan_per_m2": money(r), "cap_yuan": money(12_000)}, st.integers(0, 300)),
    st.builds(lambda r: {"type": "per_kw", "yuan_per_kw": money(r)}, st.integers(0, 2_000)),
    st.builds(
        lambda r, n: {"type": "per_device", "yuan_per_device": money(r), "max_devices": n},
        st.integers(0, 5_000),
        st.integers(1, 4),
    ),
)
BATCHES = {
    "b1": {"name": {"zh": "一批"}, "src": "doc", "villages": [{"township": "河山镇", "village": "东村"}]},
    "b2": {"name": {"zh": "二批"}, "src": "doc"},
}


@st.composite
def programmes(draw, pid: str, with_conditions: bool = True):
    conditions: dict = {}
    if with_conditions:
        for extra in draw(st.lists(st.sampled_from(CONDITIONS), max_size=4)):
            conditions.update(extra)
    return programme_data(
        pid,
        region=draw(st.sampled_from(REGIONS)),
        conditions=conditions,
        covers={"categories": ["heat_pump"]},
        amount=draw(CAPITAL_AMOUNTS),
    )


@st.composite
def facts(draw, full: bool = False):
    pick = (lambda s: draw(s)) if full else (lambda s: draw(st.one_of(st.none(), s)))
    household = {k: pick(s) for k, s in ANSWERS.items()}
    option = {"tech": "ashp_air_water", **{k: pick(s) for k, s in OPTION_ANSWERS.items()}}
    return household, option


def assess(pack: PolicyPack, household: dict, option: dict):
    return evaluate([pack], HouseholdFacts(**household), OptionFacts(**option), ON)


@FAST
@given(household_dicts)
def test_any_household_evaluates_or_is_rejected_with_field_errors(data):
    try:
        household = HouseholdFacts.model_validate(data)
    except ValidationError as error:
        assert error.errors() and all(e["loc"] for e in error.errors())
        return
    assessment = evaluate([make_pack()], household, OptionFacts(tech="ashp_air_water"), ON)
    assert assessment.programmes[0].status in {"eligible", "not_eligible", "needs_info"}


@FAST
@given(
    st.lists(programmes("x", with_conditions=False), min_size=1, max_size=6),
    st.floats(0, 50_000),
    st.floats(0, 20_000),
    st.floats(0, 20_000),
    facts(full=True),
)
def test_subsidy_never_exceeds_the_cost(progs, low, spread1, spread2, answers):
    household, option = answers
    price = {"low": low, "typ": low + spread1, "high": low + spread1 + spread2}
    pack = make_pack(*[{**p, "id": f"p{i}"} for i, p in enumerate(progs)])
    total = assess(pack, household, {**option, "price_yuan": price}).capital_total
    assert total.low <= price["low"] + 1e-6
    assert total.typ <= price["typ"] + 1e-6
    assert total.high <= price["high"] + 1e-6


@FAST
@given(
    st.lists(programmes("x"), min_size=1, max_size=5),
    programmes("extra", with_conditions=False),
    st.booleans(),
    facts(full=True),
)
def test_adding_an_eligible_stackable_programme_never_lowers_the_total(progs, extra, grouped, answers):
    household, option = answers
    household = {**household, "province": "河北省", "prefecture": "保定市"}
    extra = {**extra, "region": {"provinces": ["河北省"]}}
    base = [{**p, "id": f"p{i}"} for i, p in enumerate(progs)]
    groups = (
        [{"id": "grp", "programmes": [p["id"] for p in base], "max_yuan": money(5_000)}]
        if grouped and len(base) >= 2
        else []
    )
    before = assess(make_pack(*base, batches=BATCHES, combined_maximums=groups), household, option).capital_total
    after_assessment = assess(make_pack(*base, extra, batches=BATCHES, combined_maximums=groups), household, option)
    assert next(p for p in after_assessment.programmes if p.programme_id == "extra").status == "eligible"
    after = after_assessment.capital_total
    assert after.low >= before.low - 1e-6 and after.typ >= before.typ - 1e-6 and after.high >= before.high - 1e-6


@FAST
@given(st.lists(programmes("x"), min_size=1, max_size=4), facts(), st.data())
def test_answering_a_question_never_leaves_it_asked(progs, answers, data):
    household, option = answers
    pack = make_pack(*[{**p, "id": f"p{i}"} for i, p in enumerate(progs)], batches=BATCHES)
    for result in assess(pack, household, option).programmes:
        for question in result.questions:
            if question in ANSWERS:
                answered = ({**household, question: data.draw(ANSWERS[question])}, option)
            else:
                answered = (household, {**option, question: data.draw(OPTION_ANSWERS[question])})
            again = next(p for p in assess(pack, *answered).programmes if p.programme_id == result.programme_id)
            assert question not in again.questions
