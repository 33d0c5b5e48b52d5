"""The shipped JSON Schemas match the models (regenerate with tools/export_schemas.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from heatadvisor.paths import resource

TOOL = Path(__file__).resolve().parents[2] / "tools" / "export_schemas.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("export_schemas", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_kind_and_the_case_have_a_current_schema():
    files = load_tool().expected()
    assert {
        "policies.schema.json",
        "tariffs.schema.json",
        "regions.schema.json",
        "devices.schema.json",
        "common.schema.json",
        "case.schema.json",
    } <= set(files)
    for name, text in files.items():
        shipped = resource("packs", "schema", name)
        assert shipped.is_file(), f"{name} missing: run tools/export_schemas.py"
        assert shipped.read_text(encoding="utf-8") == text, f"{name} is stale: run tools/export_schemas.py"
