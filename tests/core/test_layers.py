"""The map at the top of ``heatadvisor/core/__init__.py`` is true: every package of the core is
on it, and no package imports one below it; and the core never imports the words
(``heatadvisor.wording``). Imports are read with ``ast``, not by running them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import heatadvisor.core
from tests.test_layers import imported_modules

CORE = Path(heatadvisor.core.__file__).parent
MAP_LINE = re.compile(r"^    (\w+)/\s+(\(base\))?")


def layers() -> dict[str, int]:
    """Each package's tier from the map: 0 for the base, then 1, 2, … in the map's order."""
    tiers: dict[str, int] = {}
    for line in (heatadvisor.core.__doc__ or "").splitlines():
        match = MAP_LINE.match(line)
        if match:
            tiers[match.group(1)] = 0 if match.group(2) else max(tiers.values(), default=0) + 1
    return tiers


def core_imports(source: str, package: str) -> set[str]:
    """The core packages a module of ``package`` imports, absolute or relative, at any depth."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 1:
                names = [f"heatadvisor.core.{package}"]
            elif node.level == 2:
                names = [f"heatadvisor.core.{node.module or alias.name}" for alias in node.names]
            else:
                names = [node.module or ""]
                if node.module == "heatadvisor.core":
                    names = [f"heatadvisor.core.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {n.split(".")[2] for n in names if n.startswith("heatadvisor.core.")}
    return found


def test_every_package_of_the_core_is_on_the_map_and_no_module_lies_outside_one():
    packages = {p.name for p in CORE.iterdir() if (p / "__init__.py").exists()}
    assert set(layers()) == packages
    assert sorted(p.name for p in CORE.glob("*.py")) == ["__init__.py"]
    assert [name for name, tier in layers().items() if tier == 0] == ["contract", "packs", "subsidies"]


def test_no_package_imports_one_below_it_on_the_map():
    tiers = layers()
    wrong = [
        f"{path.relative_to(CORE)} imports {target}/"
        for path in sorted(CORE.glob("*/**/*.py"))
        for target in core_imports(path.read_text(encoding="utf-8"), path.relative_to(CORE).parts[0])
        if tiers[target] > tiers[path.relative_to(CORE).parts[0]]
    ]
    assert not wrong, "\n".join(wrong)


def test_imports_are_read_in_every_form():
    source = (
        "from . import climate\nfrom ..money.over_years import money\nfrom heatadvisor.core.comparison import group\n"
        "from heatadvisor.core import tariffs\nimport heatadvisor.core.devices.heat_pump\nimport numpy\n"
        "def late():\n    from .. import setting\n"
    )
    assert core_imports(source, "place") == {"place", "money", "comparison", "tariffs", "devices", "setting"}


def test_the_core_never_imports_the_words():
    """The core returns codes and numbers; heatadvisor.wording says them."""
    wording = {
        str(path.relative_to(CORE))
        for path in sorted(CORE.rglob("*.py"))
        for name in imported_modules(path)
        if name == "heatadvisor.wording" or name.startswith("heatadvisor.wording.")
    }
    assert not wording, sorted(wording)
