"""Write the JSON Schema of every pack kind and of the case file to resources/packs/schema/.

    .venv/bin/python tools/export_schemas.py

Pack authors point their editor at these files; tests/core/test_schemas.py fails when one
is stale.
"""

from __future__ import annotations

import json

from heatadvisor.core.contract.case import Case
from heatadvisor.core.packs.store import registered_kinds, schema_text
from heatadvisor.core.setting import bundle  # noqa: F401  (importing registers every pack kind)
from heatadvisor.paths import resource


def case_schema_text() -> str:
    return json.dumps(Case.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def expected() -> dict[str, str]:
    """File name → content, for every schema we ship."""
    files = {f"{kind}.schema.json": schema_text(kind) for kind in registered_kinds()}
    files["case.schema.json"] = case_schema_text()
    return files


def main() -> None:
    folder = resource("packs", "schema")
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in expected().items():
        (folder / name).write_text(text, encoding="utf-8")
        print(folder / name)


if __name__ == "__main__":
    main()
