"""Cases and contexts shared by the sheet tests and the PDF-writing child process."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from heatadvisor.core.contract.case_io import case_from_json
from heatadvisor.sheet.content import SheetContext

CASES = Path(__file__).parent / "cases"
NAMED = CASES / "coal_beijing_named.json"
DAY = date(2026, 11, 25)


def named_case():
    return case_from_json(NAMED.read_text(encoding="utf-8"))


def context(case, lang: str = "zh", consent: bool = True) -> SheetContext:
    return SheetContext.from_case(
        case,
        consent=consent,
        lang=lang,
        service_point="房山区青龙湖镇清洁取暖服务站",
        staff="王晓梅",
        day=DAY,
        number="20261125-TEST",
    )


def many_programmes(comparison, count: int = 14):
    """The comparison with its recommended option offered ``count`` eligible programmes with
    long names, conditions and documents: the worst case for fitting two pages."""
    best = next(o for o in comparison.options if o.device_id == comparison.recommended)
    template = next(p for p in best.subsidies.programmes if p.status == "eligible")
    programmes = [
        template.model_copy(
            update={
                "programme_id": f"stress-{i}",
                "status": "eligible" if i % 3 else "needs_info",
                "name": {
                    "zh": f"第{i}项：农村清洁取暖设备购置和运行费用综合补贴（县、乡镇两级配套）",
                    "en": f"Programme {i}: combined purchase and running-cost support for rural clean heating "
                    "(county and township)",
                },
                "documents": ["id_card", "hukou_book", "invoice", "photos_before_after", "electricity_account"][
                    : 1 + i % 5
                ],
            }
        )
        for i in range(count)
    ]
    subsidies = best.subsidies.model_copy(update={"programmes": programmes})
    options = [o.model_copy(update={"subsidies": subsidies}) if o is best else o for o in comparison.options]
    return comparison.model_copy(update={"options": options})
