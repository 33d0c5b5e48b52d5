"""The township report: households by village and by recommended option, and what following
the advice would bring — coal and CO₂ avoided, subsidies expected, and the peak electric
load each village adds on the design day (what the grid company sizes transformers on).

``township_report`` returns the report as data (the window's printable page and the XLSX
both start from it); sums come from the figure columns, so thousands of records take one
query per table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from heatadvisor.wording import word

from .store import RecordStore
from .tables import Worksheet, write_xlsx

_SUMS = (
    "count(*), sum(coal_avoided_t), sum(co2_avoided_kg) / 1000.0, sum(subsidy_yuan), sum(operating_subsidy_yuan), "
    "sum(added_peak_kw)"
)


@dataclass(frozen=True)
class ReportRow:
    label_zh: str
    label_en: str
    households: int
    coal_avoided_t: float  # per year
    co2_avoided_t: float  # per year
    subsidy_yuan: float  # one-off purchase subsidies
    operating_subsidy_yuan: float  # first year's operating subsidies
    added_peak_kw: float  # summed design-day draw, no diversity factor

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en

    def cells(self, lang: str) -> list[str | float]:
        return [
            self.label(lang),
            self.households,
            round(self.coal_avoided_t, 1),
            round(self.co2_avoided_t, 1),
            round(self.subsidy_yuan),
            round(self.operating_subsidy_yuan),
            round(self.added_peak_kw, 1),
        ]


@dataclass(frozen=True)
class TownshipReport:
    by_village: list[ReportRow]
    by_option: list[ReportRow]
    total: ReportRow


def _row(labels: tuple[str, str], sums: tuple[int, *tuple[float | None, ...]]) -> ReportRow:
    count, *figures = sums
    return ReportRow(labels[0], labels[1], count, *(f or 0.0 for f in figures))


def township_report(store: RecordStore, ids: Sequence[str] | None = None) -> TownshipReport:
    """The report over ``ids`` (None: every record)."""
    with store.selection(ids) as where:
        villages = store.db.execute(
            f"SELECT county, township, village, {_SUMS} FROM consultations WHERE {where} "
            "GROUP BY county, township, village ORDER BY county, township, village"
        ).fetchall()
        options = store.db.execute(
            f"SELECT recommended_zh, recommended_en, {_SUMS} FROM consultations WHERE {where} "
            "GROUP BY recommended ORDER BY count(*) DESC, recommended"
        ).fetchall()
        total = store.db.execute(f"SELECT {_SUMS} FROM consultations WHERE {where}").fetchone()
    by_village = []
    for county, township, village, *sums in villages:
        place = " ".join(p for p in (county, township) if p)
        by_village.append(
            _row(
                (
                    f"{place} {village or word('report.no_village', 'zh')}",
                    f"{place} {village or word('report.no_village', 'en')}",
                ),
                tuple(sums),
            )
        )
    by_option = [
        _row((zh or word("report.none", "zh"), en or word("report.none", "en")), tuple(sums))
        for zh, en, *sums in options
    ]
    return TownshipReport(by_village, by_option, _row((word("report.total", "zh"), word("report.total", "en")), total))


FIGURE_COLUMNS = (
    "report.households",
    "report.coal_avoided",
    "report.co2_avoided",
    "report.subsidy",
    "report.operating_subsidy",
    "report.added_peak",
)  # a report row's figures (``ReportRow.cells`` after its name), as the workbook and the PDF head them


def report_tables(report: TownshipReport, lang: str = "zh") -> list[Worksheet]:
    header = [word(k, lang) for k in FIGURE_COLUMNS]
    note = [word("report.note", lang)]
    return [
        Worksheet(
            word(f"report.{part}", lang),
            [word(f"report.{part}", lang), *header],
            [*(r.cells(lang) for r in rows), report.total.cells(lang)],
            note,
        )
        for part, rows in (("by_village", report.by_village), ("by_option", report.by_option))
    ]


def export_report(store: RecordStore, path: Path, lang: str = "zh", ids: Sequence[str] | None = None) -> TownshipReport:
    report = township_report(store, ids)
    write_xlsx(path, report_tables(report, lang), title=word("report.title", lang))
    return report
