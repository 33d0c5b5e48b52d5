"""The frozen program beside its floors, each figure measured in the same run.

    bash packaging/build.sh --installer      # dist/HeatAdvisor/, its zip and the installer
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_frozen.py [--runs 11]

Two programs are frozen into a temporary folder with the spec's own cuts (packaging/slimming.py):
- the floor, a bare PySide6 window (one QLineEdit): the folder's size is set beside it.
  Target ≤ 1.2 × the floor.
- a probe: bench_window.py's window child (the real window, measured to the moment it shows a
  typed digit), frozen with the program's data and modules. Its start → usable window is set
  beside the same code run unfrozen from the environment, with compiled bytecode.
  Target ≤ 1.3 × unfrozen. The bare window frozen/unfrozen is shown too.
The installer built here is the Linux stand-in (the same script over the Linux folder); the
target (≤ 80 MB) is the Windows one's, which is built on Windows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_window import ROOT, usable_ms
from window_children import BARE, WINDOW

DIST = ROOT / "dist"
SPEC = """
import sys
sys.path.insert(0, {packaging!r})
from PyInstaller.utils.hooks import collect_submodules
from slimming import EXCLUDED_MODULES, slim
a = Analysis([{script!r}], pathex=[{root!r}], datas={datas!r}, hiddenimports={hidden},
             excludes=EXCLUDED_MODULES)
slim(a)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], name={name!r}, console=True, upx=False, strip=False, exclude_binaries=True)
COLLECT(exe, a.binaries, a.datas, upx=False, strip=False, name={name!r})
"""


def freeze(name: str, code: str, work: Path, with_program: bool) -> Path:
    """``code`` frozen one-folder like the program; the folder's executable."""
    script = work / f"{name}.py"
    script.write_text(code, encoding="utf-8")
    datas = [(str(ROOT / "resources"), "resources"), (str(ROOT / "examples"), "examples")] if with_program else []
    spec = work / f"{name}.spec"
    spec.write_text(
        SPEC.format(
            packaging=str(ROOT / "packaging"),
            script=str(script),
            root=str(ROOT),
            datas=datas,
            hidden='collect_submodules("heatadvisor")' if with_program else "[]",
            name=name,
        ),
        encoding="utf-8",
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(spec),
        ],
        check=True,
        cwd=work,
    )
    return work / "dist" / name / name


def folder_mb(folder: Path) -> float:
    """Bytes on disk as copied: links counted as links, like ``du -b``."""
    return sum(p.lstat().st_size for p in folder.rglob("*")) / 1e6


def frozen_usable_ms(program: Path) -> float:
    """Process start → the frozen child's printed moment of being usable."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.time()
    done = subprocess.run([str(program)], env=env, capture_output=True, text=True, timeout=120)
    if done.returncode:
        sys.exit(f"{program.name} failed (exit {done.returncode}):\n{done.stderr.strip()}")
    return (float(done.stdout.strip().splitlines()[-1]) - started) * 1000


def start_up(runs: int, probe: Path, floor: Path) -> dict[str, float]:
    measures = {
        "frozen": lambda: frozen_usable_ms(probe),
        "unfrozen": lambda: usable_ms(WINDOW, False),
        "bare_frozen": lambda: frozen_usable_ms(floor),
        "bare_unfrozen": lambda: usable_ms(BARE, False),
    }
    for measure in [*measures.values()] * 2:  # warm the file cache and the bytecode
        measure()
    times: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(runs):  # interleaved, so drift on the machine hits all alike
        for name, measure in measures.items():
            times[name].append(measure())
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    program = DIST / "HeatAdvisor"
    installers = sorted(DIST.glob("HeatAdvisor-*-setup.exe"))
    zips = sorted(DIST.glob("HeatAdvisor-*.zip"))
    if not program.is_dir() or not installers or not zips:
        sys.exit("build first: bash packaging/build.sh --installer")
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp:
        floor = freeze("bare_window", BARE, Path(tmp), with_program=False)
        probe = freeze("window_probe", WINDOW, Path(tmp), with_program=True)
        size, floor_size = folder_mb(program), folder_mb(floor.parent)
        startup = start_up(args.runs, probe, floor)
    installer_mb, zip_mb = installers[-1].stat().st_size / 1e6, zips[-1].stat().st_size / 1e6
    size_ratio = size / floor_size
    start_ratio = startup["frozen"] / startup["unfrozen"]
    rows = [
        (
            "folder dist/HeatAdvisor",
            f"{size:.0f} MB",
            f"bare window frozen {floor_size:.0f} MB",
            f"≤ 1.2 × floor: {size_ratio:.2f} ×",
            size_ratio <= 1.2,
        ),
        (f"installer {installers[-1].name}", f"{installer_mb:.0f} MB", "Linux stand-in", "≤ 80 MB", installer_mb <= 80),
        (f"zip {zips[-1].name}", f"{zip_mb:.0f} MB", "", "information", True),
        (
            f"start → usable window, frozen (median of {args.runs})",
            f"{startup['frozen']:.0f} ms",
            f"unfrozen {startup['unfrozen']:.0f} ms",
            f"≤ 1.3 × unfrozen: {start_ratio:.2f} ×",
            start_ratio <= 1.3,
        ),
        (
            "start → usable bare window, frozen",
            f"{startup['bare_frozen']:.0f} ms",
            f"unfrozen {startup['bare_unfrozen']:.0f} ms",
            "information",
            True,
        ),
    ]
    for what, value, floor_text, target, ok in rows:
        print(f"{what:<52} {value:>9}   {floor_text:<28} {target:<24} {'ok' if ok else 'MISSED'}")


if __name__ == "__main__":
    main()
