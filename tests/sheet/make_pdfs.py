"""Child process of test_pdf: writes every test PDF with the system's CJK fonts hidden, so
the fonts that end up embedded can only be the bundled ones. Usage: python -m tests.sheet.make_pdfs DIR"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main(folder: Path) -> None:
    app = QApplication([])  # noqa: F841
    from heatadvisor.core.comparison.compare import compare
    from heatadvisor.sheet.render import write_pdf, write_poster_pdf

    from .fixtures import context, many_programmes, named_case

    case = named_case()
    comparison = compare(case)
    pages = {}
    for name, comp, ctx in (
        ("zh", comparison, context(case, "zh")),
        ("en", comparison, context(case, "en")),
        ("stress", many_programmes(comparison, 20), context(case, "zh")),
        ("anonymous", comparison, context(case, "zh", consent=False)),
    ):
        pages[name] = write_pdf(comp, ctx, folder / f"{name}.pdf")
    poster = write_poster_pdf(comparison, folder / "poster.pdf", "zh")
    print(json.dumps({"pages": pages, "poster": poster}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
