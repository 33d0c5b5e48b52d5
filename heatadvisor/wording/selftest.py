"""Words of the installation's self-test (heatadvisor/selftest.py). Merged into the catalogue's WORDS."""

from __future__ import annotations

SELFTEST_WORDS: dict[str, dict[str, str]] = {
    "selftest.start": {
        "zh": "供暖参谋 {version} 自检（资料在 {resources}）",
        "en": "HeatAdvisor {version} self-test (data in {resources})",
    },
    "selftest.line": {"zh": "{mark} {check}：{detail}（{seconds} 秒）", "en": "{mark} {check}: {detail} ({seconds} s)"},
    "selftest.pass": {"zh": "通过", "en": "OK  "},
    "selftest.fail": {"zh": "失败", "en": "FAILED"},
    "selftest.packs": {"zh": "资料包", "en": "data packs"},
    "selftest.examples": {"zh": "示例家庭", "en": "example households"},
    "selftest.qt": {"zh": "界面组件", "en": "Qt modules"},
    "selftest.sheet": {"zh": "建议书 PDF", "en": "advice sheet PDF"},
    "selftest.window": {"zh": "主窗口", "en": "main window"},
    "selftest.packs_ok": {
        "zh": "{packs} 个资料包都能读；{devices} 种设备，{provinces} 个省，{stations} 个气象站",
        "en": "all {packs} packs read; {devices} devices, {provinces} provinces, {stations} weather stations",
    },
    "selftest.no_examples": {
        "zh": "找不到示例家庭（应在 {folder}）",
        "en": "no example households (expected in {folder})",
    },
    "selftest.bad_comparison": {"zh": "{file} 算出的方案不对", "en": "{file} gives no usable comparison"},
    "selftest.examples_ok": {"zh": "{count} 个示例都算好了", "en": "all {count} examples compared"},
    "selftest.qt_ok": {"zh": "{modules} 都能用（显示方式 {platform}）", "en": "{modules} load (platform {platform})"},
    "selftest.fonts_missing": {"zh": "PDF 里没有嵌入字体 {fonts}", "en": "fonts not embedded in the PDF: {fonts}"},
    "selftest.sheet_ok": {
        "zh": "{pages} 页，{fonts} 种自带字体已嵌入",
        "en": "{pages} page(s), the {fonts} bundled fonts embedded",
    },
    "selftest.window_state": {
        "zh": "窗口没有显示结果（状态 {state}）",
        "en": "the window shows no results (state {state})",
    },
    "selftest.window_ok": {
        "zh": "打开了，算出 {options} 个方案，{tabs} 页（含图表）都能打开，中英文都能切换",
        "en": "opens, compares {options} options, shows all {tabs} tabs (charts too), switches between Chinese and English",
    },
    "selftest.database": {"zh": "咨询记录", "en": "consultation records"},
    "selftest.database_ok": {
        "zh": "新建、保存、加密姓名、重新打开都正常（{count} 条）",
        "en": "created, saved, name sealed, reopened: all fine ({count} record)",
    },
    "selftest.database_differs": {
        "zh": "重新打开后记录和保存的不一样（{state}）",
        "en": "the record reopened is not the one saved ({state})",
    },
    "selftest.all_passed": {"zh": "自检通过：{total} 项都正常", "en": "self-test passed: all {total} checks OK"},
    "selftest.some_failed": {
        "zh": "自检没通过：{total} 项里有 {failed} 项失败，请把上面几行拍照发给技术支持",
        "en": "self-test FAILED: {failed} of {total} checks failed; send the lines above to support",
    },
}
