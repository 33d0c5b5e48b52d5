"""The map at the top of ``heatadvisor/core/__init__.py`` is true: every package of the core is
on it, and no package imports one below it; and the core never imports the words
(``heatadvisor.wording``). Imports are read with ``ast``, not by running them. The map and the
package docstrings lead a reader to a module in one step: every module they name exists, and
every module is named in its package's docstring."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import heatadvisor.core
from heatadvisor.paths import resource
from tests.test_layers import imported_modules

CORE = Path(heatadvisor.core.__file__).parent
MAP_LINE = re.compile(r"^    (\w+)/\s+(\(base\))?")
NAMED_FILE = re.compile(r"``([\w/<>.]+\.(?:py|json))``")  # ``walk.py``, ``tariffs/models.py``, ``resources/….json``


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


def map_entries() -> dict[str, str]:
    """Each package's entry on the map: its line and the lines that continue it."""
    entries: dict[str, str] = {}
    package = None
    for line in (heatadvisor.core.__doc__ or "").splitlines():
        match = MAP_LINE.match(line)
        if match:
            package = match.group(1)
            entries[package] = line
        elif package and line.startswith(" " * 17):
            entries[package] += " " + line.strip()
        else:
            package = None
    return entries


def named_file(name: str, package: str) -> Path:
    """Where a file a docstring names is: ``x.py`` in the package itself, ``pkg/x.py`` in the core,
    ``resources/…`` among the resources."""
    if name.startswith("resources/"):
        return resource(*name.split("/")[1:])
    return CORE / name if "/" in name else CORE / package / name


def package_docs() -> dict[str, str]:
    return {
        p.name: ast.get_docstring(ast.parse((p / "__init__.py").read_text(encoding="utf-8"))) or ""
        for p in sorted(CORE.iterdir())
        if (p / "__init__.py").exists()
    }


def test_every_file_the_map_and_the_package_docstrings_name_exists():
    named = [
        (package, name)
        for package, text in [*map_entries().items(), *package_docs().items()]
        for name in NAMED_FILE.findall(text)
        if "<" not in name
    ]
    assert len(named) > 40
    missing = [f"{package}: {name}" for package, name in named if not named_file(name, package).is_file()]
    assert not missing, missing


def test_every_module_is_named_in_its_package_docstring_which_says_what_the_package_may_import():
    for package, doc in package_docs().items():
        modules = {p.name for p in (CORE / package).glob("*.py")} - {"__init__.py"}
        assert modules <= set(NAMED_FILE.findall(doc)), (
            f"{package}/ docstring leaves out {modules - set(NAMED_FILE.findall(doc))}"
        )
        assert re.search(r"\bimports? (only|nothing)|may import", doc, re.IGNORECASE), (
            f"{package}/ says not what it may import"
        )


def test_a_readers_two_questions_are_one_step_from_the_map():
    """Issue 10: "Shandong's tier arithmetic" and "the COP at −15 °C" each in one step."""
    entries = map_entries()
    tiers = [package for package, text in entries.items() if "tiers" in text]
    assert tiers == ["tariffs"] and "``walk.py``" in entries["tariffs"]
    assert "def charge(" in (CORE / "tariffs" / "walk.py").read_text(encoding="utf-8")  # the tier walk itself
    assert "<province>.json" in entries["tariffs"] and resource("packs", "tariffs", "shandong.json").is_file()
    cop = [package for package, text in entries.items() if "COP" in text]
    assert cop == ["devices"] and "``heat_pump.py``" in entries["devices"]
    assert "def cop(self, t_out_c: float" in (CORE / "devices" / "heat_pump.py").read_text(encoding="utf-8")


def test_the_base_packages_import_only_what_their_docstrings_say():
    allowed = {"contract": {"subsidies"}, "packs": {"contract"}, "subsidies": {"packs", "contract"}}
    wrong = [
        f"{path.relative_to(CORE)} imports {target}/"
        for package, others in allowed.items()
        for path in sorted((CORE / package).glob("*.py"))
        for target in core_imports(path.read_text(encoding="utf-8"), package) - others - {package}
    ]
    assert not wrong, wrong
    contract_uses = {
        path.name
        for path in (CORE / "contract").glob("*.py")
        if "subsidies" in core_imports(path.read_text(encoding="utf-8"), "contract")
    }
    assert contract_uses == {"results.py"}
