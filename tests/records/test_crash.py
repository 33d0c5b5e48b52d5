"""kill -9 at random moments while saving: every save that reported success is still there,
unchanged, and the file passes integrity_check."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from heatadvisor.records.backups import is_intact
from heatadvisor.records.opening import close_store, open_store

KILLS = 100
WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = WRITER.parents[2]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer is forked (POSIX)")
def test_kill_9_at_random_moments_loses_no_finished_save(tmp_path, compared):
    case, result = compared[-1]
    payload = tmp_path / "payload.json"
    payload.write_text(json.dumps({"case": case.model_dump(mode="json"), "result": result.model_dump(mode="json")}))
    database = tmp_path / "records.sqlite"
    launcher = subprocess.Popen(
        [sys.executable, str(WRITER), str(database), str(payload)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    rng = random.Random(20261206)
    saves: set[str] = set()
    stages: dict[str, tuple[int, set[str]]] = {}
    killed_while_writing = 0
    try:
        for _ in range(KILLS):
            launcher.stdin.write("go\n")
            launcher.stdin.flush()
            kind, pid = launcher.stdout.readline().split()
            assert kind == "writer"
            time.sleep(rng.uniform(0.0, 0.35))  # anywhere from opening the file to deep in the save loop
            os.kill(int(pid), signal.SIGKILL)
            while (line := launcher.stdout.readline().split())[0] != "gone":
                if line[0] == "save":
                    saves.add(line[1])
                    killed_while_writing += 1
                elif line[0] == "stage":
                    revision, notes = stages.get(line[1], (0, set()))
                    stages[line[1]] = (max(revision, int(line[2])), notes | {line[3].replace("-", " ")})
            assert int(line[2]) == signal.SIGKILL, "the writer stopped by itself: it failed"
    finally:
        launcher.stdin.close()
        launcher.wait(timeout=30)
    assert killed_while_writing > KILLS  # the kills fell among saves, not only during start-up
    assert is_intact(database)
    store, report = open_store(database)
    assert report.code == "ok"
    expected = result.model_dump_json()
    for record_id in saves:
        record = store.get(record_id)
        assert record is not None, record_id
        assert record.result.model_dump_json() == expected
    for record_id, (revision, notes) in stages.items():
        record = store.get(record_id)
        assert record.revision >= revision and notes <= {s.note for s in record.stages}
    close_store(store)
