"""What the CLI does with an error nobody foresaw: the traceback goes to a log file for a bug
report, the user gets one line in their language saying where that file is."""

from __future__ import annotations

import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

from ..paths import log_dir
from ..wording import word


def write_crash_log(error: BaseException, argv: list[str]) -> Path:
    """The traceback and the command line in a new file; raises OSError if it cannot be written."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}.log"
    details = "".join(traceback.format_exception(error))
    path.write_text(f"heatadvisor-cli {' '.join(argv)}\n\n{details}", encoding="utf-8")
    return path


def report_crash(error: BaseException, argv: list[str], lang: str) -> None:
    """One line on stderr: what went wrong in plain words, and the log file to send."""
    try:
        where = str(write_crash_log(error, argv))
    except OSError as cannot:
        print(word("crash_no_log", lang, kind=type(error).__name__, why=type(cannot).__name__), file=sys.stderr)
        return
    print(word("crash", lang, kind=type(error).__name__, log=where), file=sys.stderr)
