"""What is wrong with an input, by the problem code a ``FieldProblem`` carries; ``{limit}``
is the limit or the choices.
"""

from __future__ import annotations

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
    "full_width_digits": {
        "zh": "请用半角数字（0-9），不要用全角数字",
        "en": "use ordinary digits 0-9, not full-width digits",
    },
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
    "unknown_place": {
        "zh": "找不到这个县（区），请从列表里选",
        "en": "is not a county we know: pick one from the list",
    },
    "ambiguous_place": {
        "zh": "有几个同名的：{limit}，请写上是哪个市的",
        "en": "several have this name ({limit}): add the prefecture",
    },
    "cell_too_long": {
        "zh": "太长了（一格最多 {limit} 个字）",
        "en": "is too long (at most {limit} characters in a cell)",
    },
    "broken_row": {"zh": "这一行格式坏了，读不出来", "en": "this line is broken and cannot be read"},
    "wrong_prefecture": {
        "zh": "这个市里没有这个县（区），它在：{limit}",
        "en": "does not have this county, which is in {limit}",
    },
    "invalid_json": {"zh": "文件不是有效的 JSON", "en": "is not valid JSON"},
    "not_utf8": {"zh": "文件不是 UTF-8 编码的文字", "en": "is not UTF-8 text"},
    "too_deep": {"zh": "文件嵌套太深，不像资料包", "en": "is nested too deeply to be a pack"},
    "unknown_kind": {"zh": "不认识这种资料包（kind 不对）", "en": "is not a kind of pack we know"},
    "wrong_folder": {"zh": "资料包放错了文件夹", "en": "is in the wrong folder for its kind"},
    "wrong_place": {"zh": "文件名和资料包的编号、版本对不上", "en": "does not match the pack's id and version"},
    "version_exists": {
        "zh": "这个版本已经装过，内容却不一样：改了内容要换新版本号",
        "en": "this version is installed with other content: give the changed pack a new version",
    },
    "cannot_store": {
        "zh": "存不进电脑（磁盘满了或没有权限）",
        "en": "cannot be stored on this computer (disk full or no permission)",
    },
    "unsafe_text": {
        "zh": "里面有看不见的控制字符或改变文字方向的字符",
        "en": "contains hidden control or text-direction characters",
    },
    "unsafe_id": {
        "zh": "编号只能用小写字母、数字和 . _ -，比如 cn-hebei-policies",
        "en": "use lower-case letters, digits and . _ - only, e.g. cn-hebei-policies",
    },
    "bad_version": {"zh": "版本号要写成“年.月”，比如 2026.11", "en": "write the version as year.month, e.g. 2026.11"},
    "date_out_of_range": {"zh": "日期要在 {limit} 年之间", "en": "must be a date in the years {limit}"},
    "month_day_format": {"zh": "要写成“月-日”，像 11-15", "en": "must be month-day, like 11-15"},
    "no_such_day": {"zh": "一年里没有 {limit} 这一天", "en": "{limit} is not a day of the year"},
    "control_characters": {
        "zh": "里面有换行、制表符这类看不见的字符，请删掉",
        "en": "contains a line break, tab or other invisible character: remove it",
    },
    "subsidy_above_price": {
        "zh": "补贴不能比设备价格（{limit} 元）还多",
        "en": "cannot be more than the device price ({limit} yuan)",
    },
    "too_short": {"zh": "一项也没有，至少要选 {limit} 项", "en": "is empty: choose at least {limit}"},
    "usage_impossible": {
        "zh": "这房子在这里一冬用不了这么多（按填的单位，最多约 {limit}）：请再核对",
        "en": "is more than this house could use in a winter here (at most about {limit} in the unit given): please check",
    },
    "version_too_new": {
        "zh": "版本号的年份不能晚于 {limit} 年",
        "en": "the version's year may not be later than {limit}",
    },
    "string_pattern_mismatch": {"zh": "格式不对", "en": "is not in the expected form"},
    "no_tariff_pack": {
        "zh": "这个省的电价、气价数据包（{limit}）没有装：请先导入它",
        "en": "this province's tariff pack ({limit}) is not installed: import it first",
    },
    "duplicate_id": {"zh": "编号重复了", "en": "repeats an id"},
    "unknown_programme": {"zh": "指向一个不存在的项目", "en": "names a programme that does not exist"},
    "unknown_batch": {"zh": "指向一个不存在的村名单", "en": "names a village list that does not exist"},
    "self_reference": {"zh": "项目不能指向自己", "en": "a programme cannot refer to itself"},
    "relation_cycle": {"zh": "项目之间的先后关系绕成了圈", "en": "the programmes' relations form a cycle"},
    "amount_not_set": {
        "zh": "金额还没填（只有样板包可以空着）",
        "en": "has no amount yet (only a template pack may leave it open)",
    },
    "not_capital": {"zh": "这里只能是一次性的设备补贴", "en": "must be a one-off purchase subsidy"},
    "unsupported_province": {
        "zh": "这个省不在北方清洁取暖地区",
        "en": "is not one of the northern clean-heating provinces",
    },
    "unknown_device": {"zh": "设备目录里没有这一项", "en": "is not in the device catalogue"},
    "unknown_upgrade": {"zh": "没有这种保温改造", "en": "is not a known insulation measure"},
    "unit_mismatch": {
        "zh": "单位和现在的取暖方式对不上（可用：{limit}）",
        "en": "does not fit the current heating system (use {limit})",
    },
    "bill_without_price": {
        "zh": "这种燃料的价格填的是 0 元，按花的钱算不出烧了多少：请填用了多少（吨、公斤），或先填上价格",
        "en": (
            "this fuel's price is 0, so money spent cannot tell how much was burnt: give the "
            "amount (t, kg) or the price first"
        ),
    },
}
