"""The writer side of the crash test.

Starting Python and importing the core takes over a second here, so 100 fresh writers
would take minutes: this launcher imports once, then on each "go" line from stdin forks a
writer process, which opens the store and saves, follows up and autosaves in a loop,
printing each write after its transaction committed, until the test kills it with SIGKILL.
The launcher prints "writer PID" before and "gone PID" after each writer.

    python tests/records/crash_writer.py DATABASE PAYLOAD.json
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

from heatadvisor.core.contract.case import Case
from heatadvisor.core.contract.results import Comparison
from heatadvisor.core.setting.bundle import bundled
from heatadvisor.records.drafts import autosave
from heatadvisor.records.model import Stage
from heatadvisor.records.opening import open_store


def say(*words: object) -> None:
    os.write(1, (" ".join(str(w) for w in words) + "\n").encode())  # one write per line: lines never interleave


def write_until_killed(database: Path, case: Case, result: Comparison, case_data: dict) -> None:
    store, _ = open_store(database)
    say("ready")
    last, n = None, 0
    while True:
        n += 1
        if last is not None and n % 3 == 0:
            say("stage", last, store.add_stage(last, Stage.applied, date(2026, 12, 1), f"step {n}"), f"step-{n}")
        elif n % 5 == 0:
            autosave(store, {"case": case_data, "n": n})
            say("autosave", n)
        else:
            last = store.save(case, result).id
            say("save", last, 1)


def main(database: Path, payload: Path) -> None:
    data = json.loads(payload.read_text(encoding="utf-8"))
    case, result = Case.model_validate(data["case"]), Comparison.model_validate(data["result"])
    bundled()  # loaded before forking, as a running program has it
    for command in sys.stdin:
        if command.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                write_until_killed(database, case, result, data["case"])
            finally:
                os._exit(3)  # only reached if the writer failed; the test expects SIGKILL
        say("writer", pid)
        _, status = os.waitpid(pid, 0)
        say("gone", pid, status)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
