"""The records package and its command run with PySide6 made unimportable: the window
calls them, they never call the window."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import heatadvisor.records

RECORDS = Path(heatadvisor.records.__file__).parent


def test_records_import_and_save_without_qt(tmp_path):
    modules = sorted(f"heatadvisor.records.{p.stem}" for p in RECORDS.glob("*.py") if p.stem != "__init__")
    code = textwrap.dedent(f"""
        import importlib, sys
        from pathlib import Path
        sys.modules.update(PySide6=None, shiboken6=None)  # any import of them now raises ImportError
        for name in {modules!r} + ['heatadvisor.cli.cmd_records']:
            importlib.import_module(name)
        from heatadvisor.cli.main import main
        assert main(['records', 'add', {str(RECORDS.parents[1] / "examples" / "rizhao_coal_stove.json")!r}]) == 0
        assert main(['records', 'report', '-o', str(Path({str(tmp_path)!r}) / 'r.xlsx')]) == 0
        print('ok', len({modules!r}))
    """)
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HEATADVISOR_DATA_DIR": str(tmp_path / "data")},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.splitlines()[-1].startswith("ok")
