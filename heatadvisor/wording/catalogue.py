"""Words for the core's codes, in plain Chinese for villagers and in English.

One catalogue serves the window, the printed sheet and the command line, so a reason is
worded the same everywhere. Placeholders are ``str.format`` fields named after the
reason's values; both languages must use the same fields (a test checks).
"""

from __future__ import annotations

REASONS: dict[str, dict[str, str]] = {
    "saves_running": {"zh": "每个采暖季比现在少花约 {yuan:,.0f} 元", "en": "about {yuan:,.0f} yuan a season less than today"},
    "costs_more_running": {"zh": "每个采暖季比现在多花约 {yuan:,.0f} 元", "en": "about {yuan:,.0f} yuan a season more than today"},
    "same_running": {"zh": "每个采暖季花的钱和现在差不多", "en": "costs about the same per season as today"},
    "payback": {"zh": "约 {years:.1f} 年省回买设备多花的钱", "en": "pays back its extra cost in about {years:.1f} years"},
    "payback_never": {"zh": "运行费不比现在省，买设备的钱省不回来", "en": "does not run cheaper than today, so its purchase never pays back"},
    "payback_beyond_life": {
        "zh": "省下的钱不够快：设备用坏（约 {years:.0f} 年）之前省不回买它的钱",
        "en": "saves too little: the purchase is not paid back before the device wears out (about {years:.0f} years)",
    },
    "direct_electric_one_to_one": {
        "zh": "不管叫石墨烯、碳晶还是电热膜，1 度电只出 1 度热（每度热 {cost_per_kwh_heat:.2f} 元）",
        "en": (
            "whatever it is called (graphene, carbon crystal, heating film), 1 kWh of electricity gives 1 kWh of heat "
            "({cost_per_kwh_heat:.2f} yuan per kWh of heat)"
        ),
    },
    "seasonal_cop": {
        "zh": "在本地冬天，1 度电平均出 {scop:.1f} 度热（铭牌写 {rated:.2f}，是暖和天气下测的）",
        "en": (
            "in this winter 1 kWh of electricity gives on average {scop:.1f} kWh of heat (the label says {rated:.2f}, "
            "measured in mild weather)"
        ),
    },
    "backup_heat": {"zh": "最冷的时候机器不够用，约 {share:.0%} 的热要靠电辅热", "en": "on the coldest days the unit falls short; about {share:.0%} of the heat comes from its electric backup"},
    "undersized": {
        "zh": (
            "机器偏小：最冷时能出 {capacity_kw:.1f} 千瓦，房子要 {design_kw:.1f} 千瓦；建议约 {recommended_kw:.1f} "
            "千瓦（约 {recommended_pi:.1f} 匹）"
        ),
        "en": (
            "too small: {capacity_kw:.1f} kW on the coldest day against {design_kw:.1f} kW needed; about "
            "{recommended_kw:.1f} kW ({recommended_pi:.1f} HP) is advised"
        ),
    },
    "oversized": {
        "zh": (
            "机器偏大：房子最冷时要 {design_kw:.1f} 千瓦，约 {recommended_kw:.1f} 千瓦（约 {recommended_pi:.1f} "
            "匹）就够，买大了多花钱"
        ),
        "en": (
            "far too big: the house needs {design_kw:.1f} kW on the coldest day; about {recommended_kw:.1f} kW "
            "({recommended_pi:.1f} HP) is enough"
        ),
    },
    "supply_exceeded": {
        "zh": (
            "最冷时要用电 {peak_kw:.1f} 千瓦，超过电表/线路的 {supply_kw:.1f} 千瓦：先找供电所增容、换线，"
            "再装（先立后破）"
        ),
        "en": (
            "needs {peak_kw:.1f} kW on the coldest day, more than the {supply_kw:.1f} kW supply: have the power "
            "office upgrade the meter and line first"
        ),
    },
    "supply_tight": {
        "zh": "最冷时要用电 {peak_kw:.1f} 千瓦，接近电表/线路的 {supply_kw:.1f} 千瓦，装前请供电所看看",
        "en": (
            "needs {peak_kw:.1f} kW on the coldest day, close to the {supply_kw:.1f} kW supply: ask the power office "
            "to check before installing"
        ),
    },
    "indoor_smoke_co_risk": {
        "zh": "屋里烧火有煤气（一氧化碳）中毒危险：炉子不进卧室，烟囱要通，装一氧化碳报警器",
        "en": (
            "burning fuel indoors risks carbon-monoxide poisoning: no stove in the bedroom, a clear chimney, a CO "
            "alarm"
        ),
    },
    "not_clean_heating": {"zh": "不算清洁取暖，拿不到清洁取暖补贴", "en": "not clean heating: no clean-heating subsidy"},
    "income_burden": {"zh": "取暖费占家里收入的 {share:.0%}，负担重", "en": "heating takes {share:.0%} of the household's income: a heavy burden"},
    "coal_avoided": {"zh": "每年少烧约 {tonnes:.1f} 吨煤", "en": "about {tonnes:.1f} tonnes less coal a year"},
    "lowest_horizon_cost": {"zh": "{years:.0f} 年总花费最少，约 {yuan:,.0f} 元", "en": "lowest total cost over {years:.0f} years, about {yuan:,.0f} yuan"},
    "vs_current_horizon": {"zh": "{years:.0f} 年比现在的办法共省约 {yuan:,.0f} 元", "en": "about {yuan:,.0f} yuan less than today's heating over {years:.0f} years"},
    "vs_current_horizon_more": {"zh": "{years:.0f} 年比现在的办法共多花约 {yuan:,.0f} 元", "en": "about {yuan:,.0f} yuan more than today's heating over {years:.0f} years"},
    "assume_season": {
        "zh": (
            "采暖季按 {start_month:.0f} 月 {start_day:.0f} 日到 {end_month:.0f} 月 {end_day:.0f} 日（约 {days:.0f} "
            "天）算"
        ),
        "en": (
            "heating season taken as {start_day:.0f}/{start_month:.0f} to {end_day:.0f}/{end_month:.0f} (day/month, "
            "about {days:.0f} days)"
        ),
    },
    "assume_tiered_bill": {
        "zh": "阶梯电价下，取暖电费按“加上取暖后多交的电费”算（平时一年约用电 {base_kwh:,.0f} 度）",
        "en": (
            "on a tiered tariff, heating is charged the extra it adds to the bill (other use about {base_kwh:,.0f} "
            "kWh a year)"
        ),
    },
    "assume_tou": {
        "zh": "按办了峰谷电价算：晚上 {start} 起 {hours:.0f} 个钟头是低谷电",
        "en": "assumes the time-of-use option: the {hours:.0f} valley hours from {start}",
    },
    "no_feasible_clean_option": {
        "zh": "现在的电表和线路带不动这些清洁取暖方式，先找供电所增容",
        "en": (
            "none of the clean options fits the current electricity supply: ask the power office for more capacity "
            "first"
        ),
    },
}

FIELDS: dict[str, dict[str, str]] = {
    "location": {"zh": "地点", "en": "Location"},
    "location.province": {"zh": "省份", "en": "Province"},
    "location.county": {"zh": "县（区）", "en": "County"},
    "location.prefecture": {"zh": "市", "en": "Prefecture"},
    "location.village": {"zh": "村", "en": "Village"},
    "house": {"zh": "房子", "en": "House"},
    "house.heated_area_m2": {"zh": "取暖面积", "en": "Heated area"},
    "house.storeys": {"zh": "层数", "en": "Storeys"},
    "house.wall": {"zh": "墙", "en": "Walls"},
    "house.windows": {"zh": "窗户", "en": "Windows"},
    "house.roof_insulated": {"zh": "屋顶保温", "en": "Roof insulation"},
    "house.floor": {"zh": "地面", "en": "Floor"},
    "house.airtightness": {"zh": "透风情况", "en": "Draughtiness"},
    "house.heated_share": {"zh": "取暖的房间占比", "en": "Share of rooms heated"},
    "house.hours_per_day": {"zh": "每天取暖小时数", "en": "Heating hours a day"},
    "house.indoor_temp_c": {"zh": "室内温度", "en": "Indoor temperature"},
    "house.night_temp_c": {"zh": "夜里温度", "en": "Night temperature"},
    "house.emitter": {"zh": "散热方式", "en": "Emitters"},
    "house.supply_kw": {"zh": "电表/线路容量", "en": "Electricity supply"},
    "house.demand_override_kwh": {"zh": "一季用热量", "en": "Season heat demand"},
    "current": {"zh": "现在的取暖", "en": "Today's heating"},
    "current.device_id": {"zh": "现在用什么取暖", "en": "Current heating system"},
    "current.last_winter": {"zh": "去年冬天用量", "en": "Last winter's use"},
    "current.last_winter.quantity": {"zh": "去年冬天用量", "en": "Last winter's amount"},
    "current.last_winter.unit": {"zh": "用量单位", "en": "Unit of last winter's use"},
    "current.use_calibration": {"zh": "按去年用量校准", "en": "Calibrate to last winter"},
    "options": {"zh": "比较的方案", "en": "Options to compare"},
    "options.device_id": {"zh": "设备", "en": "Device"},
    "options.price_yuan": {"zh": "设备价格", "en": "Device price"},
    "options.subsidy_yuan": {"zh": "补贴金额", "en": "Subsidy"},
    "options.capacity_kw": {"zh": "机器大小", "en": "Unit size"},
    "options.upgrades": {"zh": "保温改造", "en": "Insulation measures"},
    "prices": {"zh": "价格", "en": "Prices"},
    "prices.electricity_yuan_per_kwh": {"zh": "电价", "en": "Electricity price"},
    "prices.use_tou": {"zh": "峰谷电价", "en": "Time-of-use tariff"},
    "prices.base_electricity_kwh_per_year": {"zh": "平时一年用电", "en": "Other electricity use a year"},
    "prices.gas_yuan_per_m3": {"zh": "天然气价", "en": "Gas price"},
    "prices.coal_yuan_per_t": {"zh": "煤价", "en": "Coal price"},
    "prices.briquette_yuan_per_t": {"zh": "型煤价", "en": "Briquette price"},
    "prices.pellet_yuan_per_t": {"zh": "颗粒燃料价", "en": "Pellet price"},
    "prices.straw_yuan_per_t": {"zh": "秸秆价", "en": "Straw price"},
    "prices.firewood_yuan_per_t": {"zh": "木柴价", "en": "Firewood price"},
    "prices.lpg_yuan_per_kg": {"zh": "液化气价", "en": "LPG price"},
    "prices.district_yuan_per_m2": {"zh": "集中供暖价", "en": "District heating price"},
    "economics": {"zh": "算账方法", "en": "Economics"},
    "economics.horizon_years": {"zh": "算几年的账", "en": "Years to count"},
    "economics.discount_rate": {"zh": "折现率", "en": "Discount rate"},
    "economics.price_escalation": {"zh": "每年涨价", "en": "Yearly price rise"},
    "economics.income_yuan_per_year": {"zh": "家里一年收入", "en": "Household income a year"},
    "household": {"zh": "家庭情况", "en": "Household"},
    "household.name": {"zh": "姓名", "en": "Name"},
    "household.phone": {"zh": "电话", "en": "Phone"},
    "household.hukou_local": {"zh": "本地户口", "en": "Local household registration"},
    "household.low_income": {"zh": "低保/特困/监测户", "en": "Low-income status"},
    "household.owns_house": {"zh": "自家房子", "en": "Owns the house"},
    "household.subsidised_before": {"zh": "以前领过取暖补贴", "en": "Subsidised before"},
    "household.village_listed": {"zh": "村在试点名单里", "en": "Village on the pilot list"},
    "season_start": {"zh": "采暖开始日期", "en": "Season start"},
    "season_end": {"zh": "采暖结束日期", "en": "Season end"},
    "on_date": {"zh": "日期", "en": "Date"},
    "schema_version": {"zh": "文件版本", "en": "File version"},
    "(file)": {"zh": "文件", "en": "File"},
    "(row)": {"zh": "这一行", "en": "This row"},
}

PROBLEMS: dict[str, dict[str, str]] = {
    "missing": {"zh": "必须填写", "en": "is required"},
    "greater_than": {"zh": "要大于 {limit}", "en": "must be more than {limit}"},
    "greater_than_equal": {"zh": "不能小于 {limit}", "en": "must be at least {limit}"},
    "less_than": {"zh": "要小于 {limit}", "en": "must be less than {limit}"},
    "less_than_equal": {"zh": "不能大于 {limit}", "en": "must be at most {limit}"},
    "finite_number": {"zh": "不是一个数", "en": "is not a number"},
    "float_parsing": {"zh": "要填数字", "en": "must be a number"},
    "float_type": {"zh": "要填数字", "en": "must be a number"},
    "int_parsing": {"zh": "要填整数", "en": "must be a whole number"},
    "int_type": {"zh": "要填整数", "en": "must be a whole number"},
    "int_from_float": {"zh": "要填整数", "en": "must be a whole number"},
    "full_width_digits": {"zh": "请用半角数字（0-9），不要用全角数字", "en": "use ordinary digits 0-9, not full-width digits"},
    "bool_parsing": {"zh": "要填“是”或“否”", "en": "must be yes or no"},
    "bool_type": {"zh": "要填“是”或“否”", "en": "must be yes or no"},
    "enum": {"zh": "不是可选的一项（可选：{limit}）", "en": "is not one of the choices ({limit})"},
    "literal_error": {"zh": "不是可选的一项（可选：{limit}）", "en": "is not one of the choices ({limit})"},
    "string_too_long": {"zh": "太长了（最多 {limit} 个字）", "en": "is too long (at most {limit} characters)"},
    "string_too_short": {"zh": "太短了", "en": "is too short"},
    "string_type": {"zh": "要填文字", "en": "must be text"},
    "too_long": {"zh": "太多了（最多 {limit} 项）", "en": "has too many entries (at most {limit})"},
    "extra_forbidden": {"zh": "不认识这一项", "en": "is not a known field"},
    "value_error": {"zh": "填得不对", "en": "is not valid"},
    "date_parsing": {"zh": "日期格式要像 2026-11-25", "en": "must be a date like 2026-11-25"},
    "date_from_datetime_parsing": {"zh": "日期格式要像 2026-11-25", "en": "must be a date like 2026-11-25"},
    "model_type": {"zh": "格式不对", "en": "has the wrong form"},
    "model_attributes_type": {"zh": "格式不对", "en": "has the wrong form"},
    "list_type": {"zh": "格式不对", "en": "has the wrong form"},
    "dict_type": {"zh": "格式不对", "en": "has the wrong form"},
    "json_invalid": {"zh": "文件不是有效的 JSON", "en": "is not valid JSON"},
    "unreadable": {"zh": "打不开或读不了", "en": "cannot be read"},
    "too_large": {"zh": "文件太大", "en": "is too large"},
    "unknown_place": {"zh": "找不到这个县（区），请从列表里选", "en": "is not a county we know: pick one from the list"},
    "ambiguous_place": {"zh": "有几个同名的：{limit}，请写上是哪个市的", "en": "several have this name ({limit}): add the prefecture"},
    "cell_too_long": {"zh": "太长了（一格最多 {limit} 个字）", "en": "is too long (at most {limit} characters in a cell)"},
    "broken_row": {"zh": "这一行格式坏了，读不出来", "en": "this line is broken and cannot be read"},
    "wrong_prefecture": {"zh": "这个市里没有这个县（区），它在：{limit}", "en": "does not have this county, which is in {limit}"},
    "invalid_json": {"zh": "文件不是有效的 JSON", "en": "is not valid JSON"},
    "not_utf8": {"zh": "文件不是 UTF-8 编码的文字", "en": "is not UTF-8 text"},
    "too_deep": {"zh": "文件嵌套太深，不像资料包", "en": "is nested too deeply to be a pack"},
    "unknown_kind": {"zh": "不认识这种资料包（kind 不对）", "en": "is not a kind of pack we know"},
    "wrong_folder": {"zh": "资料包放错了文件夹", "en": "is in the wrong folder for its kind"},
    "wrong_place": {"zh": "文件名和资料包的编号、版本对不上", "en": "does not match the pack's id and version"},
    "version_exists": {"zh": "这个版本已经装过，内容却不一样：改了内容要换新版本号", "en": "this version is installed with other content: give the changed pack a new version"},
    "cannot_store": {"zh": "存不进电脑（磁盘满了或没有权限）", "en": "cannot be stored on this computer (disk full or no permission)"},
    "unsafe_text": {"zh": "里面有看不见的控制字符或改变文字方向的字符", "en": "contains hidden control or text-direction characters"},
    "unsafe_id": {"zh": "编号只能用小写字母、数字和 . _ -，比如 cn-hebei-policies", "en": "use lower-case letters, digits and . _ - only, e.g. cn-hebei-policies"},
    "bad_version": {"zh": "版本号要写成“年.月”，比如 2026.11", "en": "write the version as year.month, e.g. 2026.11"},
    "version_too_new": {"zh": "版本号的年份不能晚于 {limit} 年", "en": "the version's year may not be later than {limit}"},
    "string_pattern_mismatch": {"zh": "格式不对", "en": "is not in the expected form"},
    "no_tariff_pack": {"zh": "这个省的电价、气价数据包（{limit}）没有装：请先导入它", "en": "this province's tariff pack ({limit}) is not installed: import it first"},
    "duplicate_id": {"zh": "编号重复了", "en": "repeats an id"},
    "unknown_programme": {"zh": "指向一个不存在的项目", "en": "names a programme that does not exist"},
    "unknown_batch": {"zh": "指向一个不存在的村名单", "en": "names a village list that does not exist"},
    "self_reference": {"zh": "项目不能指向自己", "en": "a programme cannot refer to itself"},
    "relation_cycle": {"zh": "项目之间的先后关系绕成了圈", "en": "the programmes' relations form a cycle"},
    "amount_not_set": {"zh": "金额还没填（只有样板包可以空着）", "en": "has no amount yet (only a template pack may leave it open)"},
    "not_capital": {"zh": "这里只能是一次性的设备补贴", "en": "must be a one-off purchase subsidy"},
    "unsupported_province": {"zh": "这个省不在北方清洁取暖地区", "en": "is not one of the northern clean-heating provinces"},
    "unknown_device": {"zh": "设备目录里没有这一项", "en": "is not in the device catalogue"},
    "unknown_upgrade": {"zh": "没有这种保温改造", "en": "is not a known insulation measure"},
    "unit_mismatch": {"zh": "单位和现在的取暖方式对不上（可用：{limit}）", "en": "does not fit the current heating system (use {limit})"},
    "bill_without_price": {"zh": "这种燃料的价格填的是 0 元，按花的钱算不出烧了多少：请填用了多少（吨、公斤），或先填上价格",
                           "en": (
                               "this fuel's price is 0, so money spent cannot tell how much was burnt: give the "
                               "amount (t, kg) or the price first"
                           )},
}

WORDS: dict[str, dict[str, str]] = {
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
    "row_problem_line": {"zh": "第 {row} 行 {field}：{text}", "en": "row {row}, {field}: {text}"},
    "batch.read": {"zh": "{file}：按 {encoding} 读入，{rows} 户", "en": "{file}: read as {encoding}, {rows} households"},
    "batch.done": {"zh": "写好了 {file}：{rows} 户，{ok} 户算好了，{invalid} 户有问题（看 problems 那一列）",
                   "en": (
                       "wrote {file}: {rows} households, {ok} done, {invalid} with problems (see the 'problems' "
                       "column)"
                   )},
    "batch.unreadable": {"zh": "{file}：打不开这个文件（看看文件名和位置对不对）",
                         "en": "{file}: cannot open this file (check its name and folder)"},
    "batch.not_text": {"zh": "{file}：看不懂文件里的字。请在 Excel 里点“另存为”，文件类型选“CSV UTF-8（逗号分隔）”，再试一次",
                       "en": (
                           "{file}: cannot read the text of this file. In Excel use Save As, type \"CSV UTF-8 (Comma "
                           "delimited)\", and try again"
                       )},
    "batch.empty": {"zh": "{file}：文件是空的，没有可算的户", "en": "{file}: the file is empty: no households to compare"},
    "batch.no_header": {"zh": "{file}：第一行要写列名（province、county、heated_area_m2 ……，见说明），没找到",
                        "en": (
                            "{file}: the first line must hold the column names (province, county, heated_area_m2 …, "
                            "see the guide)"
                        )},
    "batch.no_rows": {"zh": "{file}：只有列名，下面没有一户", "en": "{file}: only the column names, no household below them"},
    "batch.cannot_write": {"zh": "{file}：结果写不进去（{detail}）。文件在 Excel 里开着吗？换个文件夹或文件名再试",
                           "en": (
                               "{file}: cannot write the results ({detail}). Is the file open in Excel? Try another "
                               "folder or name"
                           )},
}

# The records' words live in their own file; one catalogue serves every view.
from .records import RECORD_FIELDS, RECORD_PROBLEMS, RECORD_WORDS  # noqa: E402

FIELDS.update(RECORD_FIELDS)
PROBLEMS.update(RECORD_PROBLEMS)
WORDS.update(RECORD_WORDS)
