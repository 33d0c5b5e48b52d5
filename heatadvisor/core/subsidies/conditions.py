"""One reason per condition: met, not met, or unknown with the question to ask."""

from __future__ import annotations

from datetime import date

from heatadvisor.core.packs.sourced import Sourced
from heatadvisor.core.packs.technology import expand
from heatadvisor.core.subsidies.dates import within
from heatadvisor.core.subsidies.facts import HouseholdFacts, OptionFacts
from heatadvisor.core.subsidies.results import Outcome, Reason, Value
from heatadvisor.core.subsidies.schema import PolicyPack, Programme, Region


def _reason(code: str, outcome: Outcome, question: str | None = None, /, **values: Value) -> Reason:
    return Reason.trusted(
        code=code, outcome=outcome, values=values, question=question if outcome == "unknown" else None
    )


def _yes_no(code: str, answer: bool | None, wanted: bool, question: str) -> Reason:
    if answer is None:
        return _reason(code, "unknown", question)
    return _reason(code, "met" if answer == wanted else "not_met")


def region_reason(region: Region, household: HouseholdFacts) -> Reason:
    """Every listed level must match; a known mismatch beats an unknown level."""
    listed = {
        "provinces": region.provinces,
        "prefectures": region.prefectures,
        "counties": region.counties,
        "townships": region.townships,
    }
    values: dict[str, Value] = {key: names for key, names in listed.items() if names}
    if region.adcodes and household.county_adcode:
        values["adcodes"] = region.adcodes
        values["county_adcode"] = household.county_adcode
        inside = any(household.county_adcode.startswith(code) for code in region.adcodes)
        return _reason("region", "met" if inside else "not_met", **values)
    levels = (
        ("province", region.provinces),
        ("prefecture", region.prefectures),
        ("county", region.counties),
        ("township", region.townships),
    )
    first_unknown = None
    for field, names in levels:
        if not names:
            continue
        answer = getattr(household, field)
        values[field] = answer
        if answer is None:
            first_unknown = first_unknown or field
        elif answer not in names:
            return _reason("region", "not_met", **values)
    if first_unknown:
        return _reason("region", "unknown", first_unknown, **values)
    return _reason("region", "met", **values)


def tech_reason(programme: Programme, option: OptionFacts) -> Reason:
    covered = expand(programme.covers.techs, programme.covers.categories)
    outcome: Outcome = "met" if option.tech in covered else "not_met"
    return _reason("tech", outcome, tech=option.tech, covered=sorted(covered))


def _village_batch_reason(batch_ids: list[str], pack: PolicyPack, household: HouseholdFacts) -> Reason:
    """By the resident's answer if given, else by the villages the pack lists, else ask.
    The reason names the lists as the pack does (in both languages), never by their ids."""
    names = [pack.batches[key].name.model_dump() for key in batch_ids]
    if household.village_batches is not None:
        inside = bool(set(batch_ids) & set(household.village_batches))
        return _reason("village_batch", "met" if inside else "not_met", batches=names)
    batches = [pack.batches[key] for key in batch_ids]
    unlisted = any(not batch.villages for batch in batches)
    if household.village is None and not unlisted:
        return _reason("village_batch", "unknown", "village", batches=names)
    namesakes = [v for b in batches for v in b.villages if v.village == household.village]
    if any(v.township is None or v.township == household.township for v in namesakes):
        return _reason("village_batch", "met", batches=names, village=household.village)
    if namesakes and household.township is None:
        return _reason("village_batch", "unknown", "township", batches=names, village=household.village)
    if unlisted:
        return _reason("village_batch", "unknown", "village_batches", batches=names)
    return _reason("village_batch", "not_met", batches=names, village=household.village)


def condition_reasons(
    programme: Programme, pack: PolicyPack, household: HouseholdFacts, option: OptionFacts
) -> list[Reason]:
    """Region, technology and every condition the programme sets, in a fixed order."""
    rules = programme.conditions
    reasons = [region_reason(programme.region, household), tech_reason(programme, option)]
    if rules.hukou_local:
        reasons.append(_yes_no("hukou_local", household.hukou_local, True, "hukou_local"))
    if rules.heats_with_coal_now:
        reasons.append(_yes_no("heats_with_coal", household.heats_with_coal_now, True, "heats_with_coal_now"))
    if rules.low_income_in:
        wanted = list(rules.low_income_in)
        answer = household.low_income
        outcome: Outcome = "unknown" if answer is None else "met" if answer in wanted else "not_met"
        reasons.append(_reason("low_income", outcome, "low_income", required=list[str](wanted), answer=answer))
    if rules.owns_house:
        reasons.append(_yes_no("owns_house", household.owns_house, True, "owns_house"))
    if rules.not_subsidised_before:
        reasons.append(_yes_no("not_subsidised_before", household.subsidised_before, False, "subsidised_before"))
    if rules.efficiency_grade_or_better is not None:
        grade = option.efficiency_grade
        needed = rules.efficiency_grade_or_better
        outcome = "unknown" if grade is None else "met" if grade <= needed else "not_met"
        reasons.append(_reason("efficiency_grade", outcome, "efficiency_grade", required=needed, grade=grade))
    for minimum in rules.min_cop or []:
        rated = (option.rated_cop or {}).get(minimum.point)
        outcome = "unknown" if rated is None else "met" if rated >= minimum.cop.value else "not_met"
        reasons.append(
            _reason(
                "low_ambient_cop", outcome, "rated_cop", point=minimum.point, required=minimum.cop.value, rated=rated
            )
        )
    if rules.heated_area is not None:
        reasons.append(_area_reason(rules.heated_area.min_m2, rules.heated_area.max_m2, household.heated_area_m2))
    if rules.purchase_window is not None:
        window = rules.purchase_window
        start = window.valid_from or programme.valid_from
        end = window.valid_until or programme.valid_until
        field = "purchase_date" if window.date == "purchase" else "install_date"
        day: date | None = getattr(option, field)
        outcome = "unknown" if day is None else "met" if within(day, start, end) else "not_met"
        reasons.append(
            _reason(
                "purchase_window",
                outcome,
                field,
                date_kind=window.date,
                start=start,
                end=end,
                date=None if day is None else day.isoformat(),
            )
        )
    if rules.village_batches:
        reasons.append(_village_batch_reason(list(rules.village_batches), pack, household))
    return reasons


def _area_reason(minimum: Sourced | None, maximum: Sourced | None, area: float | None) -> Reason:
    low = None if minimum is None else minimum.value
    high = None if maximum is None else maximum.value
    if area is None:
        return _reason("heated_area", "unknown", "heated_area_m2", min=low, max=high, area=None)
    inside = (low is None or area >= low) and (high is None or area <= high)
    return _reason("heated_area", "met" if inside else "not_met", min=low, max=high, area=area)
