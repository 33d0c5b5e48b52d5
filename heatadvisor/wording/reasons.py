"""Words for the reasons and assumptions the comparison returns as codes (``CodedReason``).

Placeholders are ``str.format`` fields named after the reason's values; both languages use
the same fields (tested).
"""

from __future__ import annotations

REASONS: dict[str, dict[str, str]] = {
    "saves_running": {
        "zh": "每个采暖季比现在少花约 {yuan:,.0f} 元",
        "en": "about {yuan:,.0f} yuan a season less than today",
    },
    "costs_more_running": {
        "zh": "每个采暖季比现在多花约 {yuan:,.0f} 元",
        "en": "about {yuan:,.0f} yuan a season more than today",
    },
    "same_running": {"zh": "每个采暖季花的钱和现在差不多", "en": "costs about the same per season as today"},
    "payback": {
        "zh": "约 {years:.1f} 年省回买设备多花的钱",
        "en": "pays back its extra cost in about {years:.1f} years",
    },
    "subsidy_covers_price": {
        "zh": "补贴最多算到设备价格 {yuan:,.0f} 元，买设备自己不用出钱",
        "en": ("the subsidy counts at most the price, {yuan:,.0f} yuan: the purchase costs the household nothing"),
    },
    "payback_never": {
        "zh": "运行费不比现在省，买设备的钱省不回来",
        "en": "does not run cheaper than today, so its purchase never pays back",
    },
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
    "backup_heat": {
        "zh": "最冷的时候机器不够用，约 {share:.0%} 的热要靠电辅热",
        "en": "on the coldest days the unit falls short; about {share:.0%} of the heat comes from its electric backup",
    },
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
            "burning fuel indoors risks carbon-monoxide poisoning: no stove in the bedroom, a clear chimney, a CO alarm"
        ),
    },
    "not_clean_heating": {
        "zh": "不算清洁取暖，拿不到清洁取暖补贴",
        "en": "not clean heating: no clean-heating subsidy",
    },
    "fuel_banned_here": {
        "zh": "这里是禁煤区，不让烧煤，型煤也不行",
        "en": "this is a no-coal zone: no coal may be burned, briquettes included",
    },
    "transitional_only": {
        "zh": "只是过渡办法：国家清洁取暖规划只让暂时改不了电、气的地方先烧洁净型煤",
        "en": "a stopgap only: the national clean-heating plan allows clean briquettes only where electricity or gas cannot be had yet",
    },
    "income_burden": {
        "zh": "取暖费占家里收入的 {share:.0%}，负担重",
        "en": "heating takes {share:.0%} of the household's income: a heavy burden",
    },
    "coal_avoided": {"zh": "每年少烧约 {tonnes:.1f} 吨煤", "en": "about {tonnes:.1f} tonnes less coal a year"},
    "close_call": {
        "zh": "这两种 {years:.0f} 年下来花钱差不多（只差约 {yuan:,.0f} 元），按您家方便选",
        "en": "the two cost about the same over {years:.0f} years (only about {yuan:,.0f} yuan apart): choose what suits the household",
    },
    "daily_fuel_to_carry": {
        "zh": "要买燃料、搬运、存放，天天点火、添火、倒灰",
        "en": "fuel to buy, carry and store; a fire to light, feed and clear of ash every day",
    },
    "daily_gas_cylinder": {"zh": "要买气罐、换气罐", "en": "gas cylinders to buy and change"},
    "daily_money": {
        "zh": "先花约 {capital:,.0f} 元，{years:.0f} 年共约 {yuan:,.0f} 元",
        "en": "about {capital:,.0f} yuan up front, {yuan:,.0f} in all over {years:.0f} years",
    },
    "daily_nothing_to_carry": {"zh": "不用买燃料、不用搬", "en": "no fuel to buy or carry"},
    "daily_per_room_units": {
        "zh": "每间烧暖的屋装一台，共 {units:.0f} 台",
        "en": "one unit in each heated room, {units:.0f} in all",
    },
    "daily_outdoor_unit": {"zh": "屋外要装外机", "en": "an outdoor unit outside the house"},
    "price_unverified_running": {
        "zh": "电价或燃料价格是估的，要在本地问清",
        "en": "the electricity or fuel price is our estimate: check it locally",
    },
    "price_unverified_capital": {
        "zh": "设备价格是估的，要在本地问清",
        "en": "the equipment price is our estimate: check it locally",
    },
    "price_unverified_capital_running": {
        "zh": "设备价格和电价或燃料价格是估的，要在本地问清",
        "en": "the equipment price and the electricity or fuel price are our estimates: check them locally",
    },
    "maybe_cheaper_ask_price": {
        "zh": "下面“价格要先问清”的办法可能更省，{years:.0f} 年最多少花约 {yuan:,.0f} 元：问清价格、填上再算",
        "en": (
            "an option below whose price is still to be asked may be cheaper, by up to about {yuan:,.0f} yuan over "
            "{years:.0f} years: ask its price, enter it and compare again"
        ),
    },
    "ask_price_pellets": {
        "zh": "颗粒燃料价格是估的：问清附近每吨多少钱（送到家）、冬天能不能一直买到，再定",
        "en": "the pellet price is our estimate: ask what a tonne costs delivered nearby, and whether pellets can be had all winter",
    },
    "ask_price_electricity": {
        "zh": "电价是估的（用电多时的二、三档电价没查到）：问供电所本地阶梯电价和取暖电价，再定",
        "en": (
            "the electricity price is our estimate (the upper tier prices were not found): ask the power office for "
            "the local tiers and any heating price"
        ),
    },
    "ask_price_natural_gas": {
        "zh": "气价是估的：问燃气公司本地取暖用气价格，再定",
        "en": "the gas price is our estimate: ask the gas company for the local heating price",
    },
    "ask_price_lpg": {
        "zh": "液化气价格是估的：问清一罐多少钱，再定",
        "en": "the LPG price is our estimate: ask what a cylinder costs",
    },
    "ask_price_coal": {
        "zh": "煤价是估的：问清每吨多少钱，再定",
        "en": "the coal price is our estimate: ask what a tonne costs",
    },
    "ask_price_anthracite": {
        "zh": "煤价是估的：问清每吨多少钱，再定",
        "en": "the coal price is our estimate: ask what a tonne costs",
    },
    "ask_price_briquette": {
        "zh": "型煤价格是估的：问清每吨多少钱、补贴多少，再定",
        "en": "the briquette price is our estimate: ask what a tonne costs and what the subsidy is",
    },
    "ask_price_straw": {
        "zh": "秸秆价格是估的：问清自家有多少、买要多少钱，再定",
        "en": "the straw price is our estimate: ask how much the household has and what buying costs",
    },
    "ask_price_firewood": {
        "zh": "柴火价格是估的：问清自家有多少、买要多少钱，再定",
        "en": "the firewood price is our estimate: ask how much the household has and what buying costs",
    },
    "ask_price_district_heat": {
        "zh": "暖气费是估的：问清每平米多少钱，再定",
        "en": "the heat charge is our estimate: ask what it costs per square metre",
    },
    "lowest_horizon_cost": {
        "zh": "清洁取暖里最省：{years:.0f} 年总花费约 {yuan:,.0f} 元",
        "en": "the cheapest clean heating: about {yuan:,.0f} yuan in total over {years:.0f} years",
    },
    "village_lacks_pipe_gas": {"zh": "村里没有燃气管道", "en": "no gas pipe reaches the house"},
    "village_lacks_heat_network": {"zh": "村里没有集中供热管网", "en": "no heat network reaches the village"},
    "village_lacks_village_station": {
        "zh": "村里没有集中的热泵站或燃气站",
        "en": "the village has no shared heat-pump or gas station",
    },
    "village_lacks_water_source": {"zh": "没有能用的井水或河水", "en": "no well or river water to draw heat from"},
    "village_lacks_borehole_site": {
        "zh": "没说院里能打井：地源热泵要在院里打几口上百米深的井，先问清院子够不够大、附近有没有打井队",
        "en": (
            "no one said the yard can take a ground loop: it needs boreholes about 100 m deep in the yard; ask "
            "whether there is room and a driller nearby"
        ),
    },
    "estimate_coal_high": {
        "zh": "按房子估算一冬要烧 {figure} 吨煤，这一带一般 {low}–{high} 吨：可能估多了。请问去年冬天烧了多少，填上再算",
        "en": "the house alone gives {figure} t of coal a winter, against {low}–{high} t usual here: probably too high. "
        "Ask how much was burnt last winter and enter it",
    },
    "estimate_coal_low": {
        "zh": "按房子估算一冬只烧 {figure} 吨煤，这一带一般 {low}–{high} 吨：可能估少了。请问去年冬天烧了多少，填上再算",
        "en": "the house alone gives only {figure} t of coal a winter, against {low}–{high} t usual here: probably too low. "
        "Ask how much was burnt last winter and enter it",
    },
    "estimate_heat_high": {
        "zh": "按房子估算每平米一冬要 {figure} 度热，这一带一般 {low}–{high} 度：可能估多了。请问去年冬天用了多少，填上再算",
        "en": "the house alone gives {figure} kWh of heat per m² a winter, against {low}–{high} usual here: probably too high. "
        "Ask what was used last winter and enter it",
    },
    "estimate_heat_low": {
        "zh": "按房子估算每平米一冬只要 {figure} 度热，这一带一般 {low}–{high} 度：可能估少了。请问去年冬天用了多少，填上再算",
        "en": "the house alone gives only {figure} kWh of heat per m² a winter, against {low}–{high} usual here: probably too low. "
        "Ask what was used last winter and enter it",
    },
    "usage_far_from_model": {
        "zh": "去年冬天的用量是按房子估算的 {ratio} 倍，差得太多：请和户主再核对，没错就勾上“已核对”",
        "en": "last winter's figure is {ratio} × what the house alone gives: check it with the resident, and tick “checked” if it is right",
    },
    "no_clean_option_here": {
        "zh": "这些清洁取暖方式村里都用不上（缺燃气、管网或水源）",
        "en": "none of the clean options can be used in this village (no gas, heat network or water source)",
    },
    "vs_current_horizon": {
        "zh": "{years:.0f} 年比现在的办法共省约 {yuan:,.0f} 元",
        "en": "about {yuan:,.0f} yuan less than today's heating over {years:.0f} years",
    },
    "vs_current_horizon_more": {
        "zh": "{years:.0f} 年比现在的办法共多花约 {yuan:,.0f} 元",
        "en": "about {yuan:,.0f} yuan more than today's heating over {years:.0f} years",
    },
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
    "assume_residual": {
        "zh": (
            "设备用坏了按原价（没有补贴）再买一台，暖气片、地暖管和地源热泵埋在地下的管子能用几十年，"
            "不跟着再买；{years:.0f} 年总花费减去了第 {years:.0f} 年时设备、暖气片和管子还值的钱（按还能用的"
            "年头折算），图上是每年实际花出去的钱"
        ),
        "en": (
            "a device that wears out is bought again at full price (no subsidy), but not its radiators, floor-heating "
            "pipes or ground loop, which last decades; the {years:.0f}-year cost takes off what the device, radiators "
            "and pipes are still worth in year {years:.0f} (by the years they have left); the chart shows the money "
            "actually paid each year"
        ),
    },
    "assume_heating_price_lapsed": {
        "zh": "专门的取暖电价 {end} 到期，没查到新的，电费按普通居民电价算",
        "en": "the special heating electricity price ended on {end} and no newer one was found, so electricity is billed at the ordinary residential price",
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
