"""The shipped policy packs: they load, their schema file is current, and each evaluates on
example cases with the amounts its sources give."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from heatadvisor.core.packs.store import PackStore
from heatadvisor.core.packs.technology import CATEGORIES, TECH_IDS, CategoryId
from heatadvisor.core.subsidies import (
    HouseholdFacts,
    OptionFacts,
    PolicyPack,
    evaluate,
    operating_subsidy_by_year,
)
from heatadvisor.core.subsidies.dates import span
from heatadvisor.paths import resource

POLICY_FILES = sorted(resource("packs", "policies").glob("*.json"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> PackStore:
    return PackStore(user_dir=tmp_path_factory.mktemp("user"))


def bundled(store: PackStore, pack_id: str) -> PolicyPack:
    return next(p for p in store.active_packs("policies") + [_template()] if p.pack_id == pack_id)


def _template() -> PolicyPack:
    text = resource("packs", "policies", "template_rizhao_donggang.json").read_text(encoding="utf-8")
    return PolicyPack.model_validate(json.loads(text))


def test_every_shipped_pack_loads(store: PackStore):
    assert len(POLICY_FILES) == 7
    assert not store.broken_packs("policies")
    infos = store.list_packs("policies")
    assert {i.path for i in infos} == set(POLICY_FILES)
    assert all(i.source_count >= 1 for i in infos)
    assert [i.pack_id for i in infos if i.template] == ["cn-sd-rizhao-donggang"]


def test_categories_name_only_known_technologies():
    assert set(CATEGORIES) == set(CategoryId.__args__)
    assert all(members <= set(TECH_IDS) for members in CATEGORIES.values())


@pytest.mark.parametrize(
    "text, first, last, precision",
    [
        ("2024", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("2024-H2", date(2024, 7, 1), date(2024, 12, 31), "half"),
        ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31), "quarter"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2023-03-31", date(2023, 3, 31), date(2023, 3, 31), "day"),
    ],
)
def test_partial_dates(text, first, last, precision):
    assert span(text) == (first, last, precision)


@pytest.mark.parametrize("text", ["2024-13", "2024-Q5", "2023-02-29", "24", "2024/01", "1800"])
def test_bad_partial_dates(text):
    with pytest.raises(ValueError):
        span(text)


# Example cases, one per pack; the household and option are what a service point would enter.
CASES = [
    # Beijing, Fangshan (examples/beijing_household.json), in the 2018 plan's year, 100 m² heated
    (
        "cn-beijing-policies",
        date(2018, 9, 1),
        dict(
            province="北京市",
            county="房山区",
            heats_with_coal_now=True,
            heated_area_m2=100,
            village_batches=["bj-2018-plan-villages"],
        ),
        dict(tech="ashp_air_water", price_yuan=20000.0),
        {
            "bj-2018-heat-pump-per-m2": "eligible",
            "bj-fangshan-2016-ashp": "expired",
            "bj-2018-other-devices": "not_eligible",
            "bj-2024-grade1-ashp-upgrade": "not_started",
            "bj-valley-subsidy-city": "eligible",
        },
        10000,
    ),
    # Beijing today: the 2018 per-m² subsidy has expired; the 2024 upgrade pays 40 % up to 6,000
    (
        "cn-beijing-policies",
        date(2026, 11, 25),
        dict(province="北京市", county="房山区", heats_with_coal_now=True, heated_area_m2=100),
        dict(tech="ashp_air_water", price_yuan=20000.0, efficiency_grade=1),
        {"bj-2018-heat-pump-per-m2": "expired", "bj-2024-grade1-ashp-upgrade": "eligible"},
        6000,
    ),
    (
        "cn-hebei-policies",
        date(2025, 10, 1),
        dict(province="河北省", prefecture="保定市", heats_with_coal_now=True),
        dict(tech="ashp_air_water", price_yuan=16000.0, efficiency_grade=1),
        {
            "hb-2018-electric-equipment": "eligible",
            "hb-2024-tradein-grade1": "eligible",
            "hb-2024-tradein-grade2": "eligible",
        },
        3700 + 2000,
    ),
    (
        "cn-shandong-policies",
        date(2020, 10, 1),
        dict(province="山东省", prefecture="青岛市", county="莱西市"),
        dict(tech="ashp_air_air", price_yuan=6000.0),
        {
            "sd-laixi-2020-hp-qingdao": "eligible",
            "sd-laixi-2020-hp-laixi": "eligible",
            "sd-jinan-equipment": "not_eligible",
        },
        2500,
    ),
    (
        "cn-shandong-policies",
        date(2025, 10, 1),
        dict(province="山东省", prefecture="济南市", heats_with_coal_now=True),
        dict(tech="gas_boiler", price_yuan={"low": 6000, "typ": 8000, "high": 12000}),
        {"sd-jinan-equipment": "eligible", "sd-2018-coal-to-electricity-heating-price": "expired"},
        (5100, 6800, 7400),
    ),
    # Jiaozuo (examples/jiaozuo_household.json: 解放区)
    (
        "cn-henan-policies",
        date(2017, 11, 20),
        dict(province="河南省", prefecture="焦作市", county="解放区", heats_with_coal_now=True),
        dict(tech="ashp_air_air", price_yuan=4000.0),
        {"ha-jiaozuo-2017-air-conditioner": "eligible", "ha-jiaozuo-2017-electricity": "eligible"},
        2000,
    ),
    (
        "cn-tianjin-policies",
        date(2018, 1, 10),
        dict(province="天津市", heats_with_coal_now=True),
        dict(tech="storage_electric", price_yuan=5000.0),
        {"tj-2017-heating-electricity": "eligible"},
        0,
    ),
    (
        "cn-shanxi-policies",
        date(2019, 11, 1),
        dict(province="山西省", prefecture="大同市", county="新荣区"),
        dict(tech="biomass_stove", price_yuan=4000.0),
        {"sx-xinrong-2019-biomass": "eligible", "sx-xinrong-2019-electricity": "not_eligible"},
        3560,
    ),
    # Rizhao Donggang (examples/rizhao_coal_stove.json), template: amounts not set, village list empty
    (
        "cn-sd-rizhao-donggang",
        date(2026, 11, 25),
        dict(
            province="山东省",
            prefecture="日照市",
            county="东港区",
            hukou_local=True,
            owns_house=True,
            heats_with_coal_now=True,
            subsidised_before=False,
            low_income="none",
            heated_area_m2=89,
        ),
        dict(tech="ashp_air_water", price_yuan=15000.0, efficiency_grade=2, rated_cop={"A-12/W35": 2.7}),
        {
            "rz-donggang-hp-demo-equipment": "needs_info",
            "rz-donggang-hp-demo-equipment-low-income": "not_eligible",
            "rz-donggang-hp-demo-operating": "needs_info",
        },
        0,
    ),
]


@pytest.mark.parametrize(
    "pack_id, on, household, option, statuses, total", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_shipped_pack_on_example_case(store: PackStore, pack_id, on, household, option, statuses, total):
    assessment = evaluate([bundled(store, pack_id)], HouseholdFacts(**household), OptionFacts(**option), on)
    got = {p.programme_id: p.status for p in assessment.programmes}
    assert {pid: got[pid] for pid in statuses} == statuses
    expected = total if isinstance(total, tuple) else (total,) * 3
    assert assessment.capital_total.points() == pytest.approx(expected)
    for result in assessment.programmes:
        assert result.confidence in "ABCDE" and result.citation


def test_template_asks_for_the_village_list(store: PackStore):
    assessment = evaluate(
        [_template()],
        HouseholdFacts(province="山东省", prefecture="日照市", county="东港区"),
        OptionFacts(tech="ashp_air_water"),
        date(2026, 11, 25),
    )
    equipment = next(p for p in assessment.programmes if p.programme_id == "rz-donggang-hp-demo-equipment")
    assert "village_batches" in equipment.questions
    assert {"template_pack", "amount_not_set", "low_confidence"} <= set(equipment.cautions)


def test_all_shipped_packs_together_with_every_technology(store: PackStore):
    """Every programme of every pack evaluates for every technology without error."""
    packs = store.active_packs("policies") + [_template()]
    household = HouseholdFacts()
    for tech in TECH_IDS:
        assessment = evaluate(packs, household, OptionFacts(tech=tech), date(2026, 11, 25))
        assert len(assessment.programmes) == sum(len(p.programmes) for p in packs)


def test_hebei_electricity_schedule_in_years(store: PackStore):
    assessment = evaluate(
        [bundled(store, "cn-hebei-policies")],
        HouseholdFacts(province="河北省", heats_with_coal_now=True),
        OptionFacts(tech="ashp_air_water"),
        date(2025, 10, 1),
    )
    assert operating_subsidy_by_year(assessment.operating, 8000, 0, 10) == pytest.approx(
        [960] * 3 + [480] * 3 + [240] * 3 + [0]
    )


def test_beijing_tariff_programmes_need_the_valley_price(store: PackStore):
    beijing = bundled(store, "cn-beijing-policies")
    coal = evaluate(
        [beijing],
        HouseholdFacts(province="北京市", heats_with_coal_now=True),
        OptionFacts(tech="ashp_air_water"),
        date(2026, 1, 10),
    )
    assert [t.programme_id for t in coal.tariff_programmes] == [
        "bj-valley-price",
        "bj-valley-subsidy-city",
        "bj-valley-subsidy-district",
    ]
    gas_before = evaluate(
        [beijing],
        HouseholdFacts(province="北京市", heats_with_coal_now=False),
        OptionFacts(tech="ashp_air_water"),
        date(2026, 1, 10),
    )
    assert gas_before.tariff_programmes == []


def test_policy_files_are_valid_json_with_kind():
    for path in POLICY_FILES:
        assert json.loads(Path(path).read_text(encoding="utf-8"))["kind"] == "policies"
