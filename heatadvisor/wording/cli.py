"""Words of the command line's table and batch run, also used by the window's table."""

from __future__ import annotations

CLI: dict[str, dict[str, str]] = {
    "sep.clauses": {"zh": "；", "en": "; "},  # between reasons and clauses; shared by every area
    "sep.items": {"zh": "、", "en": ", "},  # between the items of a list
    "sep.parts": {"zh": "，", "en": ", "},  # between the parts of one term
    "full_stop": {"zh": "。", "en": "."},
    "yes": {"zh": "是", "en": "yes"},
    "no": {"zh": "否", "en": "no"},
    "never": {"zh": "省不回来", "en": "never"},
    "price_to_verify": {"zh": "价格待核实", "en": "price to be checked"},
    "price_to_verify.capital": {"zh": "设备价格待核实", "en": "equipment price to be checked"},
    "price_to_verify.running": {"zh": "电价或燃料价格待核实", "en": "electricity or fuel price to be checked"},
    "unit.t": {"zh": "吨", "en": "t"},
    "unit.m3": {"zh": "立方米", "en": "m³"},
    "unit.kg": {"zh": "公斤", "en": "kg"},
    "unit.kwh": {"zh": "度", "en": "kWh"},
    "unit.yuan": {"zh": "元", "en": "yuan"},
    "unit.cylinder": {"zh": "罐（15 公斤）", "en": "cylinders (15 kg)"},
    "col.rank": {"zh": "排名", "en": "Rank"},
    "col.option": {"zh": "方案", "en": "Option"},
    "col.running": {"zh": "每季运行费(元)", "en": "Running/season (yuan)"},
    "col.capital": {"zh": "设备费(元)", "en": "Purchase (yuan)"},
    "col.net_capital": {"zh": "补贴后(元)", "en": "After subsidy (yuan)"},
    "col.payback": {"zh": "回本(年)", "en": "Payback (years)"},
    "col.horizon_cost": {"zh": "{years}年总花费(元)", "en": "{years}-year cost (yuan)"},
    "col.co2": {"zh": "二氧化碳(吨)", "en": "CO₂ (t)"},
    "place": {"zh": "地点", "en": "Place"},
    "station": {"zh": "气象站", "en": "Weather station"},
    "demand": {"zh": "一季要的热", "en": "Heat needed per season"},
    "current": {"zh": "现在", "en": "Today"},
    "recommended": {"zh": "推荐", "en": "Recommended"},
    "advice.pair": {"zh": "{first}或{second}", "en": "{first} or {second}"},  # a close call: both are advised
    "advice.ask_price": {  # advised on an estimated price: never outright
        "zh": "{name}（可能最省，价格要先问清）",
        "en": "{name} (may be the cheapest: ask its price first)",
    },
    "demand.model": {"zh": "按房子估算", "en": "estimated from the house"},
    "demand.calibrated": {"zh": "按去年用量推算", "en": "from last winter's use"},
    "demand.override": {"zh": "直接填写", "en": "entered directly"},
    "problem_line": {"zh": "{field}：{text}", "en": "{field}: {text}"},
    "batch.read": {
        "zh": "{file}：按 {encoding} 读入，{rows} 户",
        "en": "{file}: read as {encoding}, {rows} households",
    },
    "batch.left": {"zh": "还要约 {time}", "en": "about {time} left"},
    "time.hours": {"zh": "{n} 小时", "en": "{n} h"},
    "time.minutes": {"zh": "{n} 分", "en": "{n} min"},
    "time.seconds": {"zh": "{n} 秒", "en": "{n} s"},
    "crash": {
        "zh": "程序出了意外的错误（{kind}），没有做完。详细情况记在 {log}，请把这个文件发给维护人员。",
        "en": (
            "An unexpected error ({kind}) stopped the program. The details are in {log}: please send that file "
            "to the maintainers."
        ),
    },
    "crash_no_log": {
        "zh": "程序出了意外的错误（{kind}），没有做完；详细情况也没能记下来（{why}）。",
        "en": ("An unexpected error ({kind}) stopped the program, and its details could not be saved ({why})."),
    },
    "group.clean": {
        "zh": "清洁取暖，按 {years} 年总花费排，最省的在最上面",
        "en": "Clean heating, cheapest over {years} years first",
    },
    "group.price_to_check": {
        "zh": "可能更省，价格要先问清（燃料价或电价是我们估的）",
        "en": "May be cheaper: ask the price first (the fuel or electricity price is our estimate)",
    },
    "group.supply_exceeded": {
        "zh": "清洁取暖，但电表和线路带不动：先找供电所增容",
        "en": ("Clean heating the electricity supply cannot carry yet: ask the power office first"),
    },
    "group.transitional": {
        "zh": "过渡办法：暂时改不了电、气时才用（洁净型煤，屋里仍有烟和煤气中毒危险）",
        "en": (
            "Stopgaps, only until electricity or gas can be had (clean briquettes: still smoke and "
            "carbon-monoxide risk)"
        ),
    },
    "group.not_clean": {
        "zh": "不推荐：不算清洁取暖（屋里有烟，有煤气中毒危险，没有补贴）",
        "en": "Not advised: not clean heating (smoke indoors, carbon-monoxide risk, no subsidy)",
    },
    "group.banned": {
        "zh": "这里是禁煤区，不让烧煤，型煤也不行",
        "en": "Not allowed here: a no-coal zone, briquettes included",
    },
    "group.needs_infrastructure": {"zh": "村里没有条件，用不上", "en": "Not possible in this village"},
    "batch.checks": {
        "zh": "算好的户里有 {check} 户的用量要核对（status 是 check）",
        "en": "{check} of the households done need their figures checked (status 'check')",
    },
    "batch.done": {
        "zh": "写好了 {file}：{rows} 户，{ok} 户算好了，{invalid} 户有问题（看 problems 那一列）",
        "en": ("wrote {file}: {rows} households, {ok} done, {invalid} with problems (see the 'problems' column)"),
    },
    "batch.unreadable": {
        "zh": "{file}：打不开这个文件（看看文件名和位置对不对）",
        "en": "{file}: cannot open this file (check its name and folder)",
    },
    "batch.not_text": {
        "zh": "{file}：看不懂文件里的字。请在 Excel 里点“另存为”，文件类型选“CSV UTF-8（逗号分隔）”，再试一次",
        "en": (
            '{file}: cannot read the text of this file. In Excel use Save As, type "CSV UTF-8 (Comma '
            'delimited)", and try again'
        ),
    },
    "batch.empty": {
        "zh": "{file}：文件是空的，没有可算的户",
        "en": "{file}: the file is empty: no households to compare",
    },
    "batch.no_header": {
        "zh": "{file}：第一行要写列名（province、county、heated_area_m2 ……，见说明），没找到",
        "en": ("{file}: the first line must hold the column names (province, county, heated_area_m2 …, see the guide)"),
    },
    "batch.no_rows": {
        "zh": "{file}：只有列名，下面没有一户",
        "en": "{file}: only the column names, no household below them",
    },
    "batch.cannot_write": {
        "zh": "{file}：结果写不进去（{detail}）。文件在 Excel 里开着吗？换个文件夹或文件名再试",
        "en": ("{file}: cannot write the results ({detail}). Is the file open in Excel? Try another folder or name"),
    },
}
