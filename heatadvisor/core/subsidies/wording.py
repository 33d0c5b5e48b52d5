"""Every word the window, the sheet and the CLI show for subsidy results: code → zh / en.

The engine returns codes and numbers only. Chinese is written for villagers (plain words,
no policy jargon); English is for staff and reviewers. Placeholders are the names of the
reason's values, and both languages must use the same ones (tested).
"""

from __future__ import annotations

import re
import string
from typing import Literal

from heatadvisor.core.subsidies.dates import span
from heatadvisor.core.subsidies.results import Decision, Money, Reason, Value

Lang = Literal["zh", "en"]

_OUTCOMES = {
    "in_force": {
        "met": ("在有效期内（{valid_from}起，截止{valid_until}）", "In force (from {valid_from} to {valid_until})"),
        "not_met": ("{on}不在有效期内（{valid_from}起，截止{valid_until}）",
                    "Not in force on {on} (from {valid_from} to {valid_until})"),
    },
    "region": {
        "met": ("您家在政策范围内（{provinces}{prefectures}{counties}{townships}）",
                "Your home is in the area ({townships} {counties} {prefectures} {provinces})"),
        "not_met": ("只限{provinces}{prefectures}{counties}{townships}，您家不在范围内",
                    "Only for {townships} {counties} {prefectures} {provinces}; your home is outside"),
        "unknown": ("要先知道您家在哪个省、市、县（区）、乡镇", "We need to know where your home is"),
    },
    "tech": {
        "met": ("{tech}在补贴范围内", "{tech} is covered"),
        "not_met": ("这个项目不补贴{tech}", "{tech} is not covered"),
    },
    "hukou_local": {
        "met": ("户口在本地", "Household registered (hukou) locally"),
        "not_met": ("要求户口在本地", "Requires local household registration (hukou)"),
        "unknown": ("要问：户口在不在本地", "Ask: is the household registered (hukou) here?"),
    },
    "heats_with_coal": {
        "met": ("现在烧煤取暖，属于“煤改”对象", "Heats with coal now, so it is a coal-replacement household"),
        "not_met": ("只补贴现在烧煤取暖的人家", "Only for households that heat with coal now"),
        "unknown": ("要问：现在是不是烧煤取暖", "Ask: does the household heat with coal now?"),
    },
    "low_income": {
        "met": ("属于{answer}，可以多补", "Is {answer}: extra support"),
        "not_met": ("只限{required}", "Only for {required}"),
        "unknown": ("要问：是不是{required}", "Ask: is the household {required}?"),
    },
    "owns_house": {
        "met": ("房子是自家的", "Owns the house"),
        "not_met": ("要求房子是自家的", "Requires owning the house"),
        "unknown": ("要问：房子是不是自家的", "Ask: does the household own the house?"),
    },
    "not_subsidised_before": {
        "met": ("以前没领过这项补贴", "Not subsidised before for this"),
        "not_met": ("以前领过同类补贴，不能再领", "Already subsidised for this before"),
        "unknown": ("要问：以前领没领过取暖改造补贴", "Ask: was the household subsidised for heating before?"),
    },
    "efficiency_grade": {
        "met": ("设备能效{grade}级，达到{required}级要求", "Energy grade {grade} meets grade {required} or better"),
        "not_met": ("要求能效{required}级或更好，这台是{grade}级", "Requires grade {required} or better; this is grade {grade}"),
        "unknown": ("要看能效标识：几级能效（要求{required}级或更好）", "Check the energy label (grade {required} or better required)"),
    },
    "low_ambient_cop": {
        "met": ("{point}工况能效比{rated}，达到{required}", "COP at {point} is {rated}, at least {required}"),
        "not_met": ("{point}工况能效比要求至少{required}，这台只有{rated}",
                    "COP at {point} must be at least {required}; this unit has {rated}"),
        "unknown": ("要查铭牌或说明书：{point}工况能效比（要求至少{required}）",
                    "Check the manual: COP at {point} (at least {required} required)"),
    },
    "heated_area": {
        "met": ("取暖面积{area}平方米，在{min}到{max}平方米之间", "Heated area {area} m² is within {min}–{max} m²"),
        "not_met": ("取暖面积要在{min}到{max}平方米之间，您家是{area}平方米",
                    "Heated area must be {min}–{max} m²; yours is {area} m²"),
        "unknown": ("要量一下：取暖面积多少平方米", "Ask: how many m² are heated?"),
    },
    "purchase_window": {
        "met": ("{date_kind}日期{date}在规定时间内（{start}到{end}）", "{date_kind} date {date} is within {start} to {end}"),
        "not_met": ("{date_kind}要在{start}到{end}之间，您是{date}", "{date_kind} must be between {start} and {end}; it was {date}"),
        "unknown": ("要问：什么时候{date_kind}（要在{start}到{end}之间）", "Ask: when is the {date_kind} ({start} to {end})?"),
    },
    "village_batch": {
        "met": ("本村在补贴名单（{batches}）里", "The village is on the list ({batches})"),
        "not_met": ("本村不在补贴名单（{batches}）里", "The village is not on the list ({batches})"),
        "unknown": ("要问村里：本村在不在名单（{batches}）里", "Ask the village: is it on the list ({batches})?"),
    },
    "prerequisite_all": {
        "met": ("先决项目都符合（{programmes}）", "All prerequisites met ({programmes})"),
        "not_met": ("要先符合这些项目：{programmes}", "Requires all of: {programmes}"),
        "unknown": ("先决项目（{programmes}）还要再问清楚", "Prerequisites ({programmes}) need more answers"),
    },
    "prerequisite_any": {
        "met": ("符合其中一个先决项目（{programmes}）", "One prerequisite met ({programmes})"),
        "not_met": ("要先符合其中一个项目：{programmes}", "Requires one of: {programmes}"),
        "unknown": ("先决项目（{programmes}）还要再问清楚", "Prerequisites ({programmes}) need more answers"),
    },
    "amount_input": {
        "unknown": ("算补贴金额还要知道：{field}", "To compute the amount we need: {field}"),
    },
}

_PLAIN = {
    "status.eligible": ("能领", "eligible"),
    "status.not_eligible": ("不能领", "not eligible"),
    "status.needs_info": ("还要问清楚", "needs information"),
    "status.expired": ("政策已过期", "expired"),
    "status.not_started": ("政策还没开始", "not started yet"),
    "decision.replaced_by": ("已由{programmes}代替，不重复领", "Replaced by {programmes}; not paid twice"),
    "decision.replaces": ("代替普通项目{programmes}", "Replaces the general programme {programmes}"),
    "decision.twin_pending": ("如果符合{programmes}，会改领那一项", "If {programmes} applies, it replaces this one"),
    "decision.excluded_by": ("和{programmes}只能领一个，已选金额多的", "Cannot be combined with {programmes}; the larger one counts"),
    "decision.combined_maximum": ("几项合计最多{max_yuan}元，已扣减", "Together capped at {max_yuan} yuan; reduced"),
    "decision.capped_at_cost": ("补贴合计不超过设备价格，已扣减", "Subsidies together never exceed the price; reduced"),
    "decision.cost_unknown": ("还不知道价格，没法核对补贴是否超过价格", "Price unknown: not checked against the price"),
    "caution.template_pack": ("这是样板，县里还没填好，不能当真", "Template pack: not filled in by the county yet"),
    "caution.amount_not_set": ("金额县里还没定", "Amount not set by the county yet"),
    "caution.amount_is_maximum": ("这是最高金额，实际可能更少", "This is a maximum; the actual amount may be lower"),
    "caution.end_date_not_stated": ("文件没写截止时间，请到村里或乡镇核实", "End date not stated: confirm locally"),
    "caution.low_confidence": ("这个数字来源不够可靠，请核实", "Weak source for this figure: confirm locally"),
    "benefit.capital": ("买设备补贴", "purchase subsidy"),
    "benefit.operating": ("运行补贴（电费、气费）", "operating subsidy (energy bills)"),
    "benefit.tariff": ("取暖电价优惠", "heating electricity price"),
    "question.province": ("您家在哪个省？", "Which province?"),
    "question.prefecture": ("您家在哪个市？", "Which prefecture/city?"),
    "question.county": ("您家在哪个县（区）？", "Which county/district?"),
    "question.township": ("您家在哪个乡镇？", "Which township?"),
    "question.village": ("您家在哪个村？", "Which village?"),
    "question.village_batches": ("本村在不在这批改造（试点、示范）名单里？", "Is the village on the programme's list (pilot/demonstration batch)?"),
    "question.hukou_local": ("户口在不在本地？", "Is the household registered (hukou) here?"),
    "question.heats_with_coal_now": ("现在是不是烧煤取暖？", "Does the household heat with coal now?"),
    "question.low_income": ("是不是低保户、特困户或防返贫监测户？", "Is the household dibao, tekun or under poverty monitoring?"),
    "question.owns_house": ("房子是不是自家的？", "Does the household own the house?"),
    "question.subsidised_before": ("以前领没领过取暖改造补贴？", "Was the household subsidised for heating before?"),
    "question.heated_area_m2": ("取暖面积有多少平方米？", "How many m² are heated?"),
    "question.price_yuan": ("设备加安装一共多少钱？", "What do the device and installation cost?"),
    "question.efficiency_grade": ("能效标识上是几级？", "Which energy grade is on the label?"),
    "question.rated_cop": ("说明书上低温工况的能效比（COP）是多少？", "What is the rated low-ambient COP in the manual?"),
    "question.capacity_kw": ("设备功率多少千瓦？", "What is the device capacity in kW?"),
    "question.device_count": ("装几台？", "How many devices?"),
    "question.purchase_date": ("哪天买的（或打算哪天买）？", "When was (or will) the device be bought?"),
    "question.install_date": ("哪天安装（或打算哪天装）？", "When was (or will) the device be installed?"),
    "document.id_card": ("身份证", "ID card"),
    "document.hukou_book": ("户口本", "household register (hukou book)"),
    "document.house_ownership": ("房产证明（宅基地证等）", "proof of house ownership"),
    "document.invoice": ("购买和安装发票", "purchase and installation invoice"),
    "document.purchase_contract": ("购买合同", "purchase contract"),
    "document.photos_before_after": ("改造前后照片", "photos before and after"),
    "document.bank_card": ("银行卡（一卡通）", "bank card (subsidy card)"),
    "document.low_income_certificate": ("低保、特困或监测户证明", "dibao / tekun / monitoring certificate"),
    "document.energy_label": ("能效标识或检测报告", "energy label or test report"),
    "document.electricity_account": ("电费户号", "electricity account number"),
    "document.gas_account": ("燃气户号", "gas account number"),
    "document.no_coal_pledge": ("散煤禁用承诺书", "pledge to stop burning loose coal"),
    "apply_at.village_committee": ("村委会", "village committee"),
    "apply_at.township_government": ("乡镇政府", "township government"),
    "apply_at.county_office": ("县（区）主管部门", "county/district office"),
    "apply_at.grid_company": ("供电所", "grid company office"),
    "apply_at.gas_company": ("燃气公司", "gas company"),
    "authority.national": ("国家", "national"),
    "authority.province": ("省", "province"),
    "authority.prefecture": ("市", "prefecture"),
    "authority.county": ("县", "county"),
    "authority.district": ("区", "district"),
    "authority.township": ("乡镇", "township"),
    "authority.village": ("村", "village"),
    "authority.grid_company": ("电网公司", "grid company"),
    "authority.gas_company": ("燃气公司", "gas company"),
    "low_income.dibao": ("低保户", "dibao (minimum living allowance)"),
    "low_income.tekun": ("特困户", "tekun (extreme hardship)"),
    "low_income.monitored": ("防返贫监测户", "poverty-monitoring household"),
    "low_income.none": ("都不是", "none of these"),
    "date_kind.purchase": ("购买", "purchase"),
    "date_kind.install": ("安装", "installation"),
    "value.unknown": ("未知", "unknown"),
    "value.not_stated": ("未注明", "not stated"),
    "term.years": ("第{from_year}到{to_year}年", "years {from_year}–{to_year}"),
    "term.rate.electricity": ("每度电补{rate}元", "{rate} yuan/kWh"),
    "term.rate.gas": ("每立方米气补{rate}元", "{rate} yuan/m³"),
    "term.cap_quantity.electricity": ("最多{cap_quantity}度", "up to {cap_quantity} kWh"),
    "term.cap_quantity.gas": ("最多{cap_quantity}立方米", "up to {cap_quantity} m³"),
    "term.cap_yuan": ("每季最多{cap_yuan}元", "at most {cap_yuan} yuan per season"),
    "term.lump": ("每季最多补{yuan_per_season}元", "up to {yuan_per_season} yuan per season"),
    "tariff.valley": ("谷段（{valley_start}到{valley_end}）电价{valley_price}元/度", "valley ({valley_start}–{valley_end}) {valley_price} yuan/kWh"),
    "tariff.subsidy.valley": ("谷段用电每度补{subsidy_per_kwh}元", "{subsidy_per_kwh} yuan/kWh off valley use"),
    "tariff.subsidy.heating": ("取暖用电每度补{subsidy_per_kwh}元", "{subsidy_per_kwh} yuan/kWh off heating use"),
    "tariff.subsidy_cap": ("最多{subsidy_cap_kwh}度", "up to {subsidy_cap_kwh} kWh"),
    "tariff.no_tiers": ("采暖季用电不分档", "no tiers in the heating season"),
    "tariff.season": ("采暖季{season_start}到{season_end}", "season {season_start} to {season_end}"),
    "tariff.seasons": ("补{seasons}个采暖季", "for {seasons} seasons"),
    "label.option": ("方案{number}：{tech}", "Option {number}: {tech}"),
    "label.on": ("评估日期：{on}", "Evaluated on {on}"),
    "label.amount": ("金额：{amount}", "Amount: {amount}"),
    "label.amount_up_to": ("金额：最多{amount}", "Amount: up to {amount}"),
    "label.applied": ("算进合计：{amount}", "Counted in the total: {amount}"),
    "label.yuan": ("{yuan}元", "{yuan} yuan"),
    "label.yuan_range": ("{typ}元（{low}到{high}元，看最后价格）", "{typ} yuan ({low}–{high} depending on the final price)"),
    "label.documents": ("要带的材料：{documents}", "Bring: {documents}"),
    "label.apply_at": ("去哪儿办：{place}", "Apply at: {place}"),
    "label.source": ("来源：{citation}（可信度{conf}）", "Source: {citation} (confidence {conf})"),
    "label.cautions": ("注意：{cautions}", "Note: {cautions}"),
    "label.capital_total": ("买设备补贴合计：{amount}", "Purchase subsidies in total: {amount}"),
    "label.operating": ("运行补贴：", "Operating subsidies:"),
    "label.tariff": ("电价优惠：", "Electricity price programmes:"),
    "label.questions": ("还要问清楚：", "Still to ask:"),
    "label.hidden": ("另有{count}个项目不在您家所在地区，没有列出（加 --all 显示）", "{count} programmes for other areas are not listed (use --all)"),
    "label.case_invalid": ("文件有错，没有计算：{file}", "Invalid file, nothing computed: {file}"),
    "label.pack_line": ("{pack_id}  版本{version}  {valid_from}到{valid_until}  来源{sources}条  {origin}  {state}  {title}", "{pack_id}  version {version}  {valid_from} to {valid_until}  {sources} sources  {origin}  {state}  {title}"),
    "label.origin.bundled": ("内置", "bundled"),
    "label.origin.imported": ("导入", "imported"),
    "label.state.active": ("使用中", "in use"),
    "label.state.older": ("旧版本（保留）", "older version (kept)"),
    "label.state.template": ("样板，不使用", "template, not used"),
    "label.broken": ("文件损坏，没有使用：{path}", "Broken file, not used: {path}"),
    "label.no_packs": ("没有数据包", "No packs"),
    "label.import_ok": ("已导入{pack_id} 版本{version}", "Imported {pack_id} version {version}"),
    "label.import_replaces": ("现在用这个版本，代替版本{version}（旧版本保留）", "Now in use, replacing version {version} (the old one is kept)"),
    "label.import_not_active": ("已保存，但没有启用（样板，或比正在用的版本旧）", "Stored but not in use (a template, or older than the version in use)"),
    "label.import_same": ("{pack_id} 版本{version}已经有了，没有改动", "{pack_id} version {version} is already installed; nothing changed"),
    "label.import_failed": ("不能导入{file}，正在用的数据没有改动：", "Cannot import {file}; the packs in use are unchanged:"),
    "tech.coal_stove": ("煤炉", "coal stove"),
    "tech.coal_boiler": ("土暖气（烧煤锅炉）", "coal boiler with radiators"),
    "tech.clean_coal_stove": ("清洁煤炉", "clean-coal stove"),
    "tech.biomass_stove": ("秸秆、柴火炉", "straw/firewood stove"),
    "tech.pellet_stove": ("生物质颗粒炉", "pellet stove"),
    "tech.kang": ("火炕", "kang"),
    "tech.direct_electric": ("直热电暖器", "direct electric heater"),
    "tech.storage_electric": ("蓄热电暖器", "storage electric heater"),
    "tech.gas_boiler_condensing": ("冷凝式燃气壁挂炉", "condensing gas boiler"),
    "tech.gas_boiler": ("燃气壁挂炉", "gas boiler"),
    "tech.gas_space_heater": ("燃气取暖器", "gas space heater"),
    "tech.lpg_heater": ("液化气取暖器", "LPG heater"),
    "tech.ashp_air_water": ("空气源热泵（暖气片、地暖）", "air-to-water heat pump"),
    "tech.ashp_air_air": ("空气源热泵热风机", "air-to-air heat pump"),
    "tech.gshp": ("地源热泵", "ground-source heat pump"),
    "tech.wshp": ("水源热泵", "water-source heat pump"),
    "tech.gas_absorption_hp": ("燃气吸收式热泵", "gas absorption heat pump"),
    "tech.district_heat": ("集中供暖", "district heating"),
}

CATALOGUE: dict[str, dict[str, str]] = {
    key: {"zh": zh, "en": en} for key, (zh, en) in _PLAIN.items()
} | {
    f"reason.{code}.{outcome}": {"zh": zh, "en": en}
    for code, outcomes in _OUTCOMES.items()
    for outcome, (zh, en) in outcomes.items()
}

_DATE_KEYS = frozenset({"valid_from", "valid_until", "start", "end", "on", "date"})
_SEPARATOR = {"zh": "、", "en": ", "}
_SENTENCE_SEPARATOR = {"zh": "；", "en": "; "}
_HALF_EN = {1: "1st half of", 2: "2nd half of"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def word(key: str, lang: Lang) -> str:
    """One catalogue entry; an unknown key is shown as itself rather than hidden."""
    entry = CATALOGUE.get(key)
    return entry[lang] if entry else key


def say_date(text: str | None, lang: Lang) -> str:
    """A partial date at its own precision: 2024年下半年 / 2nd half of 2024."""
    if text is None:
        return word("value.not_stated", lang)
    first, _last, precision = span(text)
    if precision == "day":
        return f"{first.year}年{first.month}月{first.day}日" if lang == "zh" else first.isoformat()
    if precision == "month":
        return f"{first.year}年{first.month}月" if lang == "zh" else first.strftime("%b %Y")
    if precision == "quarter":
        quarter = (first.month + 2) // 3
        return f"{first.year}年第{quarter}季度" if lang == "zh" else f"Q{quarter} {first.year}"
    if precision == "half":
        half = 1 if first.month == 1 else 2
        return f"{first.year}年{'上' if half == 1 else '下'}半年" if lang == "zh" else f"{_HALF_EN[half]} {first.year}"
    return f"{first.year}年" if lang == "zh" else str(first.year)


def _value(key: str, value: Value | dict[str, str | None], lang: Lang) -> str:
    if key in _DATE_KEYS and (value is None or isinstance(value, str)):
        return say_date(value, lang)
    if value is None:
        return word("value.unknown", lang)
    if isinstance(value, dict):  # a programme's name in both languages
        return value.get(lang) or value.get("zh") or ""
    if isinstance(value, list):
        separator = _SENTENCE_SEPARATOR if key == "cautions" else _SEPARATOR
        return separator[lang].join(_value(key, item, lang) for item in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, str):
        for prefix in ("tech", "low_income", "date_kind", "question", "document", "caution", "apply_at"):
            if f"{prefix}.{value}" in CATALOGUE:
                return word(f"{prefix}.{value}", lang)
    return str(value)


def _fill(template: str, values: dict[str, Value], lang: Lang) -> str:
    filled = template.format_map({name: _value(name, values.get(name), lang) if name in values else ""
                                  for name in placeholders(template)})
    return re.sub(r"\s{2,}", " ", filled).replace("( ", "(").replace(" )", ")").strip()


def say(key: str, lang: Lang, **values: Value) -> str:
    """A catalogue entry with its placeholders filled (lists joined, codes worded)."""
    return _fill(word(key, lang), values, lang)


def say_money(amount: Money, lang: Lang) -> str:
    """An amount: one figure when it does not depend on the final price, else its range."""
    if amount.low == amount.high:
        return say("label.yuan", lang, yuan=amount.typ)
    return say("label.yuan_range", lang, low=amount.low, typ=amount.typ, high=amount.high)


def say_reason(reason: Reason, lang: Lang) -> str:
    return say(f"reason.{reason.code}.{reason.outcome}", lang, **reason.values)


def say_decision(decision: Decision, lang: Lang) -> str:
    return say(f"decision.{decision.code}", lang, programmes=decision.programmes, **decision.values)
