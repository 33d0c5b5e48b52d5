"""What only a user action needs is not loaded at start (issue 14: idle memory), and still works
when first used: the records' cipher loads at the first password, the sheet's report painter
(the charts, print support) at the first township report (test_records_exchange.py prints one)."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATER = ("cryptography", "heatadvisor.sheet", "heatadvisor.qtkit.charts", "PySide6.QtPrintSupport")

# After bench_window's RESULTS child (the window started, the packs loaded, the records opened):
# what of LATER is loaded, then a first password and a personal field sealed and opened again.
FIRST_PASSWORD = """
def loaded():
    return sorted(name for name in LATER if name in sys.modules)
records = window.records
assert records.store is not None, "the records did not open"
at_start = loaded()
vault = records.store.vault
vault.set_password("村里的密码")
blob = vault.seal_bytes("王大山".encode(), "record-1")
print(json.dumps({"at_start": at_start, "opened": vault.unseal_bytes(blob, "record-1").decode(),
                  "after": loaded()}))
"""


def test_the_cipher_and_the_report_painter_load_at_first_use_not_at_start(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "bench"))  # the bench's scripts import each other
    bench = importlib.import_module("bench_window")
    code = bench.RESULTS + f"LATER = {LATER!r}\n" + FIRST_PASSWORD
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=bench.child_env(),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=2 * bench.LOAD_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["at_start"] == []
    assert seen["opened"] == "王大山"
    assert seen["after"] == ["cryptography"]
