"""The printed sheet, the CLI, the shared Qt toolkit, the records and the words never import the
window (heatadvisor.ui): the sheet prints without it and the CLI runs where no window could start."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import heatadvisor

PACKAGE = Path(heatadvisor.__file__).parent
WITHOUT_WINDOW = ("sheet", "cli", "qtkit", "records", "wording")


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it (also inside functions), relative ones resolved."""
    package = ".".join(("heatadvisor", *path.relative_to(PACKAGE).parent.parts))
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def test_import_reader_sees_relative_and_local_imports(tmp_path: Path):
    probe = PACKAGE / "sheet" / "render.py"
    modules = imported_modules(probe)
    assert "heatadvisor.sheet.chart" in modules  # `from .chart import payback_painter`
    assert "heatadvisor.qtkit.fonts" in modules
    assert "heatadvisor.sheet.content" in imported_modules(PACKAGE / "cli" / "cmd_sheet.py")  # inside run()


@pytest.mark.parametrize("layer", WITHOUT_WINDOW)
def test_layer_imports_nothing_from_the_window(layer: str):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files
    offenders = {
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in files
        for module in imported_modules(path)
        if module == "heatadvisor.ui" or module.startswith("heatadvisor.ui.")
    }
    assert not offenders
