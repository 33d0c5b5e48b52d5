"""The installation's self-test as staff and the build run it: real child processes, a broken
pack caught, and no internet socket opened by any check."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from heatadvisor.selftest import CHECKS

ROOT = Path(__file__).resolve().parents[2]

# Loaded by the child before anything else: every connect/bind/lookup on an internet address
# family is written to the file named in SOCKET_LOG.
AUDIT = """
import os, socket, sys
LOG = os.environ["SOCKET_LOG"]
INTERNET = (socket.AF_INET, socket.AF_INET6)
def hook(event, args):
    if event in ("socket.connect", "socket.bind") and args[0].family in INTERNET:
        found = f"{event} {args[1]!r}"
    elif event == "socket.getaddrinfo":
        found = f"{event} {args[0]!r}"
    else:
        return
    with open(LOG, "a", encoding="utf-8") as log:
        log.write(found + "\\n")
sys.addaudithook(hook)
"""


def child(code: str, tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run ``code`` in a fresh Python with the audit hook; its output and the sockets it opened."""
    hooks = tmp_path / "hooks"
    hooks.mkdir(exist_ok=True)
    (hooks / "sitecustomize.py").write_text(AUDIT, encoding="utf-8")
    log = tmp_path / "sockets.log"
    log.write_text("", encoding="utf-8")
    environment = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(hooks), str(ROOT)]),
        SOCKET_LOG=str(log),
        HEATADVISOR_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
        **env,
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    return done, log.read_text(encoding="utf-8").splitlines()


def test_the_audit_hook_sees_an_internet_socket(tmp_path):
    """The hook the next test relies on does catch a connection (UDP: no listener needed)."""
    done, sockets = child(
        "import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM).connect(('192.0.2.1', 9))", tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert sockets == ["socket.connect ('192.0.2.1', 9)"]


def test_window_entry_self_test_passes_without_network(tmp_path):
    done, sockets = child(
        "import sys; from heatadvisor.ui.app import main; sys.exit(main(['heatadvisor', '--self-test']))", tmp_path
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("供暖参谋 0.1.0 自检")
    assert [line.split()[0] for line in lines[1:-1]] == ["通过"] * len(CHECKS)
    assert lines[-1] == f"自检通过：{len(CHECKS)} 项都正常"
    assert sockets == []
    assert not list((tmp_path / "data").glob("**/*")), "the self-test wrote into the user's data folder"


def test_a_broken_pack_fails_the_self_test_and_the_rest_still_runs(tmp_path):
    installed = tmp_path / "install"
    shutil.copytree(ROOT / "resources", installed / "resources")
    shutil.copytree(ROOT / "examples", installed / "examples")
    pack = next((installed / "resources" / "packs" / "tariffs").glob("*.json"))
    data = json.loads(pack.read_text(encoding="utf-8"))
    data["version"] = "not a version"
    pack.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    done, sockets = child(
        "import sys; from heatadvisor.cli.main import main; sys.exit(main(['self-test', '--lang', 'en']))",
        tmp_path,
        HEATADVISOR_RESOURCES=str(installed / "resources"),
    )
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == len(CHECKS) + 2 and "Traceback" not in done.stdout + done.stderr
    assert lines[1].startswith("FAILED data packs: ") and pack.name in lines[1] and "version" in lines[1]
    assert lines[3].startswith("OK   Qt modules")  # a failure does not stop the other checks
    assert lines[-1].startswith("self-test FAILED: ")
    assert sockets == []


def test_missing_examples_are_named(tmp_path):
    installed = tmp_path / "install"
    shutil.copytree(ROOT / "resources", installed / "resources")
    done, _ = child(
        "import sys; from heatadvisor.selftest import run, CHECKS; "
        "sys.exit(run('en', checks=[c for c in CHECKS if c[0] == 'examples']))",
        tmp_path,
        HEATADVISOR_RESOURCES=str(installed / "resources"),
    )
    assert done.returncode == 1
    assert f"no example households (expected in {installed / 'examples'})" in done.stdout


@pytest.mark.parametrize("name", [name for name, _ in CHECKS])
def test_every_check_is_worded_in_both_languages(name):
    from heatadvisor.wording import word

    assert word(f"selftest.{name}", "zh") != word(f"selftest.{name}", "en")
