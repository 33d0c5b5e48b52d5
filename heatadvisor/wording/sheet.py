"""The advice sheet's own words (headings, the info box, signature labels), also the poster's,
the printing messages' and the CLI's ``sheet`` command's, in zh and en.

The codes on the sheet are worded by the other areas of the catalogue; this module holds only
what the printed sheet adds. Chinese is for villagers: short sentences,
everyday words (度 not kWh, 钟头 not 小时 where it reads better). Both languages use the same
placeholders (tested), so a missing value never silently drops a figure from one of them.
"""

from __future__ import annotations

_T: dict[str, tuple[str, str]] = {
    "title": ("取暖方案建议书", "Heating advice sheet"),
    "app": ("供暖参谋", "HeatAdvisor"),
    "header.service_point": ("服务点", "Service point"),
    "header.staff": ("工作人员", "Staff"),
    "header.date": ("日期", "Date"),
    "header.number": ("编号", "No."),
    "header.resident": ("户主", "Resident"),
    "header.phone": ("电话", "Phone"),
    "header.village": ("村", "Village"),
    "blank": ("＿＿＿＿＿＿", "__________"),
    "date": ("{year}年{month}月{day}日", "{day} {month} {year}"),
    # the household in one paragraph
    "house.place": ("您家在{place}", "Your home is in {place}"),
    "house.body": (
        "，取暖面积约 {area} 平方米，{storeys} 层，{wall}，{windows}。",
        ", with about {area} m² heated, {storeys} storey(s), {wall}, {windows}. ",
    ),
    "house.current": (
        "现在用{current}取暖，一个采暖季（{start}到{end}，约 {days} 天）大约花 {cost} 元。",
        (
            "Today it is heated with {current}; a heating season ({start} to {end}, about {days} days) costs about "
            "{cost} yuan. "
        ),
    ),
    "house.village": ("村里有{items}。", "The village has {items}. "),
    "house.demand": ("{source}，一季大约要 {heat} 度热。", "{source}, a season needs about {heat} kWh of heat."),
    "house.habit": ("（{habit}）", " ({habit})"),
    "habit.day_16_banked_night": (
        "只烧卧室和客厅，白天烧，晚上压火",
        "bedroom and living room heated by day, fire banked at night",
    ),
    "habit.frugal_14": ("能省就省，冷了才烧", "heated sparingly, only when cold"),
    "habit.all_day_18": ("一天到晚都烧，屋里暖和", "whole house kept warm all day"),
    "house.model_alone": (
        "注意：这个数只按房子估算，没用您家去年的用量核对，下面的钱数只能作参考。{why}。",
        (
            "Note: this figure rests on the house description alone, not on last winter's use, so the sums "
            "below are only a guide. {why}. "
        ),
    ),
    "house.unchecked": ("注意：{why}。", "Note: {why}. "),
    "wall.adobe": ("土坯墙", "adobe walls"),
    "wall.brick_240": ("24 砖墙", "24 cm brick walls"),
    "wall.brick_370": ("37 砖墙", "37 cm brick walls"),
    "wall.brick_ins_50": ("砖墙加 5 厘米保温", "brick walls with 5 cm insulation"),
    "wall.brick_ins_100": ("砖墙加 10 厘米保温", "brick walls with 10 cm insulation"),
    "wall.new_standard": ("按节能标准新盖的房子", "built to the energy-saving standard"),
    "windows.single": ("单层玻璃窗", "single-glazed windows"),
    "windows.double": ("双层玻璃窗", "double-glazed windows"),
    "windows.insulated": ("保温窗（中空玻璃）", "insulated windows"),
    # the recommendation
    "h.recommend": ("我们的建议", "Our advice"),
    "rec.lead": ("建议您家改用{name}。", "We advise {name}. "),
    "rec.less": (
        "每个采暖季约花 {running} 元，比现在少花约 {saving} 元。",
        "It costs about {running} yuan a season, about {saving} yuan less than today. ",
    ),
    "rec.more": (
        "每个采暖季约花 {running} 元，比现在多花约 {extra} 元。",
        "It costs about {running} yuan a season, about {extra} yuan more than today. ",
    ),
    "rec.payback": (
        "买设备约 {net} 元（已扣补贴），约 {years} 年省回来。",
        "Buying it costs about {net} yuan after subsidy and pays back in about {years} years.",
    ),
    "rec.payback_never": (
        "买设备约 {net} 元（已扣补贴），靠省下的运行费省不回来。",
        "Buying it costs about {net} yuan after subsidy, which the running savings never pay back.",
    ),
    "rec.horizon_less": (
        "算上 {years} 年里买设备、换设备的钱，比现在的办法共省约 {yuan} 元。",
        " Counting the purchase and replacements over {years} years, it saves about {yuan} yuan in all.",
    ),
    "rec.horizon_more": (
        "但算上 {years} 年里买设备、换设备的钱，比现在的办法共多花约 {yuan} 元：清洁取暖在这里比现在贵。",
        (
            " But counting the purchase and replacements over {years} years, it costs about {yuan} yuan "
            "more in all than today's heating: clean heating costs more here."
        ),
    ),
    "rec.keep": (
        "这次比较的清洁取暖办法，您家现在都还用不上，先不换：",
        "None of the clean options compared can be used by this household yet, so keep today's heating: ",
    ),
    # the comparison
    "h.compare": ("几种办法比一比", "The options compared"),
    "row.current": ("{name}（现在）", "{name} (today)"),
    "row.recommended": ("{name}（推荐）", "{name} (advised)"),
    "table.note": (
        "大字是最可能的数，小字是可能的范围（看设备价格、效率和燃料价格）。只给清洁取暖排名，按 {years} 年总花费。",
        (
            "Large figures are the most likely; small ones the possible range (device price, efficiency, "
            "fuel price). Only clean heating is ranked, by {years}-year cost."
        ),
    ),
    "table.not_clean": (
        "{names}不算清洁取暖，屋里有烟、有煤气中毒危险，不推荐。",
        "{names}: not clean heating (smoke indoors, carbon-monoxide risk), not advised.",
    ),
    "table.transitional": (
        "{names}只是过渡办法：暂时改不了电、气的地方才先用，屋里仍有烟和煤气中毒危险。",
        "{names}: a stopgap only, until electricity or gas can be had; still smoke and carbon-monoxide risk indoors.",
    ),
    "table.banned": (
        "这里是禁煤区，不让烧煤，型煤也不行：{names}用不了。",
        "This is a no-coal zone (briquettes included): {names} cannot be used.",
    ),
    "table.banned_now": (
        "您家现在的{name}也烧煤，在禁煤区不让烧了，要换。",
        "Today's {name} burns coal too, which a no-coal zone does not allow: it has to go.",
    ),
    "table.lacks": ("{why}，用不上{names}。", "{why}: {names} cannot be used."),
    "why": ("{name}：{reasons}", "{name}: {reasons}"),
    # the payback chart
    "h.chart": ("几年能省回买设备的钱", "When the purchase pays back"),
    "chart.x": ("年", "years"),
    "chart.y": ("累计花费（元）", "total (yuan)"),
    "chart.current": ("现在：{name}", "today: {name}"),
    "chart.mark": ("省回来的时候", "paid back"),
    "chart.note": (
        "线越低越省钱；虚线是不换、接着用现在的办法。",
        "Lower is cheaper; the dashed line is keeping today's heating.",
    ),
    # subsidies
    "h.subsidies": ("能申请的补贴", "Subsidies you can apply for"),
    "sub.for": ("买{name}，按{date}的政策：", "For {name}, under the rules on {date}:"),
    "sub.not_assessed": (
        "补贴还没有评估。买之前请到村委会或乡镇问清楚能领多少。",
        "Subsidies were not assessed. Ask the village committee or township before buying.",
    ),
    "sub.none": ("按现有资料，这个办法没有能申请的补贴。", "From the data we have, no subsidy applies to this option."),
    "sub.why_none": ("{name}：{reasons}", "{name}: {reasons}"),
    "sub.met": ("已符合：{items}", "Met: {items}"),
    "sub.confirm": ("还要确认：{items}", "To confirm: {items}"),
    "sub.more": (
        "另有 {count} 项不在这里列出（不能领或已过期）。",
        "{count} more programmes are not listed (not eligible or expired).",
    ),
    "sub.also": (
        "如果选{name}，能申请：{programmes}。",
        "If you choose {name} instead, you can apply for: {programmes}.",
    ),
    "sub.also_none": (
        "如果选{name}，按现有资料没有能申请的补贴。",
        "If you choose {name} instead, no subsidy applies from the data we have.",
    ),
    "sub.also_not_assessed": (
        "如果选{name}，补贴还没有评估，买之前请问清楚。",
        "If you choose {name} instead, its subsidies were not assessed: ask before buying.",
    ),
    "sub.compact_more": (
        "还有 {count} 项能领或要问清楚的补贴，请到服务点查看。",
        "{count} more programmes apply or need answers: ask at the service point.",
    ),
    # the info box
    "h.info": ("请记住", "Please remember"),
    "info.cop.h": ("1 度电出几度热", "What COP means"),
    "info.cop": (
        (
            "热泵是从室外空气里“搬”热：在本地冬天，1 度电平均出约 {cop} 度热。"
            "电暖器不管叫石墨烯、碳晶、电热膜还是小太阳，1 度电只出 1 度热。"
        ),
        (
            "A heat pump moves heat in from outside: in this winter 1 kWh of electricity gives about {cop} "
            "kWh of heat. Any direct electric heater, whatever it is called (graphene, carbon crystal, "
            "film), gives 1 kWh of heat per kWh."
        ),
    ),
    "info.co.h": ("防煤气中毒", "Carbon monoxide"),
    "info.co": (
        "烧煤、烧柴的炉子不放卧室；烟囱要通、不漏烟；装一个一氧化碳报警器。头疼、恶心、犯困，马上开窗出屋。",
        (
            "Never put a coal or wood stove in a bedroom; keep the chimney clear and tight; fit a CO alarm. "
            "Headache, nausea or drowsiness: open the windows and get out."
        ),
    ),
    "info.claim.h": ("商家说省电，怎么看", "Checking a seller's claim"),
    "info.claim": (
        "看铭牌上的功率：2000 瓦的电暖器，满功率开 1 个钟头就用 2 度电，不管广告怎么说。",
        (
            "Read the power on the label: a 2,000 W heater uses 2 kWh every hour it runs at full power, "
            "whatever the advert says."
        ),
    ),
    "info.order.h": ("先立后破", "New first, old second"),
    "info.order": (
        "新设备装好、用得住以前，不拆旧炉子。装之前先请供电所看看电表和线路够不够。",
        (
            "Keep the old stove until the new system is installed and working. Have the power office check "
            "the meter and wiring first."
        ),
    ),
    "info.tips.h": ("省钱小办法", "Tips"),
    "info.tips": (
        "屋里温度保持平稳，不要忽冷忽热；不住人的屋关门少烧；门口挂棉门帘，窗缝封好。",
        ("Keep a steady indoor temperature; close rooms nobody uses; hang a door curtain and seal window gaps."),
    ),
    # assumptions
    "h.assumptions": ("算账用的数", "Assumptions and data"),
    "as.prices": ("价格：{prices}。", "Prices: {prices}."),
    "as.price": ("{name}：{fuel} {price} 元/{unit}", "{name}: {fuel} {price} yuan/{unit}"),
    "as.price_avg": (
        "{name}：{fuel}平均 {price} 元/{unit}（按本地电价和用电时段）",
        "{name}: {fuel} on average {price} yuan/{unit} (local tariff and hours of use)",
    ),
    "as.weather": (
        "天气：按{station}气象站的典型年气温算，最冷设计温度 {design} ℃。",
        "Weather: typical year of the {station} station, design temperature {design} °C.",
    ),
    "as.packs": (
        "供暖参谋 {app} 版，资料版本：{packs}；按 {date} 计算。",
        "HeatAdvisor {app}; data versions: {packs}; computed for {date}.",
    ),
    "as.pack_group": ("{version} 版（{count} 个资料包）", "version {version} ({count} packs)"),
    "as.estimate": (
        "以上都是估算，实际花费看怎么用、天气冷不冷。",
        "These are estimates; actual costs depend on use and weather.",
    ),
    "fuel.coal": ("散煤", "coal"),
    "fuel.briquette": ("型煤", "briquettes"),
    "fuel.pellets": ("颗粒燃料", "pellets"),
    "fuel.straw": ("秸秆、柴火", "straw/firewood"),
    "fuel.electricity": ("电", "electricity"),
    "fuel.natural_gas": ("天然气", "natural gas"),
    "fuel.lpg": ("液化气", "LPG"),
    "fuel.district_heat": ("集中供暖", "district heat"),
    # signatures and footer
    "h.sign": ("签字", "Signatures"),
    "sign.staff": ("工作人员签字：", "Staff signature:"),
    "sign.resident": ("居民签字：", "Resident signature:"),
    "sign.date": ("日期：", "Date:"),
    "footer": ("{app} · 编号 {number} · 第 {page} 页，共 {pages} 页", "{app} · No. {number} · page {page} of {pages}"),
    # printing
    "print.no_printer": (
        "没有找到打印机，建议书已存成 PDF 文件：\n{path}\n可以拷到 U 盘，到有打印机的电脑上打印。",
        (
            "No printer was found, so the sheet was saved as a PDF:\n{path}\nCopy it to a USB stick "
            "and print it elsewhere."
        ),
    ),
    "print.failed": ("建议书没能存下来：{path}", "The sheet could not be saved: {path}"),
    "print.not_printed": (
        "建议书没能打印到 {printer}。看看打印机开着没有、连好没有。",
        "The sheet could not be printed on {printer}. Check that the printer is on and connected.",
    ),
    "print.title": ("打印建议书", "Print the advice sheet"),
    "cli.written": ("已生成 {path}（{pages} 页）", "Wrote {path} ({pages} pages)"),
    # the COP poster
    "poster.none": ("这次比较里没有热泵，没有生成挂图。", "No heat pump in the comparison: no poster written."),
    "poster.headline": (
        "在{county}，热泵平均 1 度电出 {cop} 度热",
        "In {county}, a heat pump gives on average {cop} kWh of heat per kWh",
    ),
    "poster.sub": ("按本地每个月的天气算（{name}）：", "Month by month, in this county's weather ({name}):"),
    "poster.month": ("{month}月", "{month}"),
    "poster.col.month": ("月份", "Month"),
    "poster.col.cop": ("1 度电出几度热", "Heat from 1 kWh"),
    "poster.value": ("1 度电 → {cop} 度热", "1 kWh → {cop} kWh"),
    "poster.rated": (
        "说明书上写的 {rated}，是在暖和天测的；天越冷，出的热越少。",
        "The label says {rated}, measured in mild weather; the colder it is, the less heat.",
    ),
    "poster.electric": ("电暖器不管叫什么，1 度电只出 1 度热。", "Any direct electric heater: 1 kWh → 1 kWh of heat."),
}

SHEET: dict[str, dict[str, str]] = {key: {"zh": zh, "en": en} for key, (zh, en) in _T.items()}
