"""The core is pure Python: it imports and compares with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import heatadvisor.core

CORE = Path(heatadvisor.core.__file__).parent


def test_core_imports_and_compares_without_qt():
    modules = sorted(
        "heatadvisor.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    )
    assert len(modules) > 15
    code = textwrap.dedent(f"""
        import importlib, sys
        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
                    raise ImportError('Qt is blocked in this test: ' + name)
        sys.meta_path.insert(0, NoQt())
        for name in {modules!r}:
            importlib.import_module(name)
        from heatadvisor.core.comparison.compare import compare
        from heatadvisor.core.contract.case import Case
        case = Case.model_validate({{"location": {{"province": "山东省", "county": "莒县"}},
                                    "house": {{"heated_area_m2": 90}}, "current": {{"device_id": "coal_stove"}}}})
        result = compare(case)
        assert result.options and result.recommended
        assert not any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules)
        print('ok', len({modules!r}))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("ok")
