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
    "demand.model": {"zh": "按房子估算", "en": "estimated from the house"},
    "demand.calibrated": {"zh": "按去年用量推算", "en": "from last winter's use"},
    "demand.override": {"zh": "直接填写", "en": "entered directly"},
    "problem_line": {"zh": "{field}：{text}", "en": "{field}: {text}"},
    "batch.read": {"zh": "{file}：按 {encoding} 读入，{rows} 户", "en": "{file}: read as {encoding}, {rows} households"},
    "batch.done": {"zh": "写好了 {file}：{rows} 户，{ok} 户算好了，{invalid} 户有问题（看 problems 那一列）",
                   "en": "wrote {file}: {rows} households, {ok} done, {invalid} with problems (see the 'problems' column)"},
    "batch.unreadable": {"zh": "{file}：打不开这个文件（看看文件名和位置对不对）",
                         "en": "{file}: cannot open this file (check its name and folder)"},
    "batch.not_text": {"zh": "{file}：看不懂文件里的字。请在 Excel 里点“另存为”，文件类型选“CSV UTF-8（逗号分隔）”，再试一次",
                       "en": "{file}: cannot read the text of this file. In Excel use Save As, type \"CSV UTF-8 (Comma delimited)\", and try again"},
    "batch.empty": {"zh": "{file}：文件是空的，没有可算的户", "en": "{file}: the file is empty: no households to compare"},
    "batch.no_header": {"zh": "{file}：第一行要写列名（province、county、heated_area_m2 ……，见说明），没找到",
                        "en": "{file}: the first line must hold the column names (province, county, heated_area_m2 …, see the guide)"},
    "batch.no_rows": {"zh": "{file}：只有列名，下面没有一户", "en": "{file}: only the column names, no household below them"},
    "batch.cannot_write": {"zh": "{file}：结果写不进去（{detail}）。文件在 Excel 里开着吗？换个文件夹或文件名再试",
                           "en": "{file}: cannot write the results ({detail}). Is the file open in Excel? Try another folder or name"},
}
