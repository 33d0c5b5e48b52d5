"""Consultation records at township scale: save and reopen times, and the ledger export and
township report over 20,000 consultations, each beside a floor measured in the same run —
plain SQLite doing the same rows' insert or select with nothing of ours around it.

    .venv/bin/python bench/bench_records.py [--households 20000] [--saves 300]

Saves are timed one by one through the real ``save`` (one transaction each, WAL,
synchronous=FULL); the rest of the 20,000 are copied from those rows by SQL with new ids
and villages, which is what the export and report read. The floor for a save inserts the
same row and payload into a plain table pair with the same journal settings.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heatadvisor.core.comparison.compare import compare  # noqa: E402
from heatadvisor.core.contract.case_io import case_from_json  # noqa: E402
from heatadvisor.records.ledger import export_ledger  # noqa: E402
from heatadvisor.records.opening import close_store, open_store  # noqa: E402
from heatadvisor.records.report import township_report  # noqa: E402
from heatadvisor.records.rows import COLUMNS  # noqa: E402


def _ms(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _fill(store, total: int) -> None:
    """Copy the saved consultations by SQL until there are ``total``, spread over 60 villages."""
    sources = [row[0] for row in store.db.execute("SELECT id FROM consultations")]
    others = ", ".join(c for c in COLUMNS if c not in ("id", "village"))
    rng = random.Random(2)
    with store.writing() as db:
        for n in range(total - len(sources)):
            new, source = str(uuid.uuid4()), sources[n % len(sources)]
            db.execute(f"INSERT INTO consultations (id, village, {others}) "
                       f"SELECT ?, ?, {others} FROM consultations WHERE id = ?",
                       (new, f"村{rng.randrange(60)}", source))
            db.execute("INSERT INTO payloads (id, case_json, result_z) "
                       "SELECT ?, case_json, result_z FROM payloads WHERE id = ?",
                       (new, source))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=20_000)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    pairs = [(c, compare(c)) for c in (case_from_json(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples").glob("*.json")))]
    folder = Path(tempfile.mkdtemp(prefix="bench-records-"))
    store, _ = open_store(folder / "records.sqlite")
    store.save(*pairs[0])  # first save loads what saves need (as the running window has)

    save_ms = [_ms(partial(store.save, *pairs[i % len(pairs)])) for i in range(args.saves)]
    rows = store.db.execute(f"SELECT {', '.join('c.' + c for c in COLUMNS)}, p.case_json, p.result_z "
                            f"FROM consultations c JOIN payloads p USING (id) LIMIT {args.saves}").fetchall()
    floor_db = sqlite3.connect(folder / "floor.sqlite", isolation_level=None)
    floor_db.execute("PRAGMA journal_mode = WAL")
    floor_db.execute("PRAGMA synchronous = FULL")
    floor_db.execute(f"CREATE TABLE consultations ({', '.join(COLUMNS)})")
    floor_db.execute("CREATE TABLE payloads (id, case_json, result_z)")
    insert = f"INSERT INTO consultations VALUES ({', '.join('?' * len(COLUMNS))})"

    def plain_insert(row) -> None:
        new = str(uuid.uuid4())
        floor_db.execute("BEGIN IMMEDIATE")
        floor_db.execute(insert, (new, *row[1:len(COLUMNS)]))
        floor_db.execute("INSERT INTO payloads VALUES (?, ?, ?)", (new, *row[len(COLUMNS):]))
        floor_db.execute("COMMIT")

    floor_save_ms = [_ms(lambda r=row: plain_insert(r)) for row in rows]

    ids = [r[0] for r in rows]
    picks = random.Random(1).sample(ids, min(100, len(ids)))
    reopen_ms = [_ms(lambda i=i: store.get(i)) for i in picks]
    floor_reopen_ms = [_ms(lambda i=i: store.db.execute(
        "SELECT * FROM consultations JOIN payloads USING (id) WHERE id = ?", (i,)).fetchone()) for i in picks]

    _fill(store, args.households)
    n = store.count()
    csv_ms = _ms(lambda: export_ledger(store, folder / "ledger.csv"))
    xlsx_ms = _ms(lambda: export_ledger(store, folder / "ledger.xlsx"))
    floor_ledger_ms = _ms(lambda: store.db.execute(
        "SELECT id, province, county, township, village, heated_area_m2, "
        "ledger_category, ledger_kind, ledger_batch, recommended_fuel, recommended_zh, consult_date, personal "
        "FROM consultations").fetchall())
    report_ms = _ms(lambda: township_report(store))
    floor_report_ms = _ms(lambda: store.db.execute(
        "SELECT village, recommended, coal_avoided_t, co2_avoided_kg, subsidy_yuan, "
        "operating_subsidy_yuan, added_peak_kw FROM consultations").fetchall())
    close_store(store)
    open_ms = _ms(lambda: close_store(open_store(folder / "records.sqlite")[0]))
    size_mb = (folder / "records.sqlite").stat().st_size / 1e6

    print(f"{'operation':<38}{'records':>9}{'ours ms':>11}{'floor ms':>11}{'ratio':>8}")
    for name, count, ours, floor in (
        ("save (median, one transaction)", 1, statistics.median(save_ms), statistics.median(floor_save_ms)),
        ("reopen (median, result validated)", 1, statistics.median(reopen_ms), statistics.median(floor_reopen_ms)),
        ("ledger export .csv", n, csv_ms, floor_ledger_ms),
        ("ledger export .xlsx", n, xlsx_ms, floor_ledger_ms),
        ("township report (as data)", n, report_ms, floor_report_ms),
    ):
        print(f"{name:<38}{count:>9}{ours:>11.1f}{floor:>11.1f}{ours / floor:>8.1f}")
    print(f"open with integrity_check: {open_ms:.0f} ms for {n} records ({size_mb:.0f} MB)")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
