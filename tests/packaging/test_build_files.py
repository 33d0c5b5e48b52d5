"""The build's inputs agree with the program: the Qt modules it keeps are the ones the code
imports, the cuts hit what they should and nothing the window needs, the zip keeps links and
permissions, the icon files are what make_icon.py draws, and the installer names one version."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from heatadvisor import __version__
from heatadvisor.selftest import QT_MODULES

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))
from make_zip import make_zip  # noqa: E402 — packaging/ is not a package: importable once on sys.path
from slimming import EXCLUDED_MODULES, keep, links_to  # noqa: E402


def imported_modules() -> set[str]:
    """Every module heatadvisor/ imports, and numpy's lazily loaded parts it reaches as ``np.<name>``."""
    found = set()
    for path in (ROOT / "heatadvisor").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r"^\s*(?:from|import) ([\w.]+)", text, re.MULTILINE))
        found |= {f"numpy.{name}" for name in re.findall(r"\bnp\.(\w+)", text)}
    return found


def test_self_test_checks_exactly_the_qt_modules_the_code_imports():
    assert set(QT_MODULES) == {name.split(".")[1] for name in imported_modules() if name.startswith("PySide6.Qt")}


def test_no_module_the_code_imports_is_excluded_from_the_build():
    imported = imported_modules()
    assert {"PySide6.QtPrintSupport", "numpy", "sqlite3"} <= imported  # the scan finds imports
    excluded = {name for name in imported if any(name == cut or name.startswith(f"{cut}.") for cut in EXCLUDED_MODULES)}
    assert not excluded


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("objdump") is None, reason="ELF, objdump")
def test_a_library_links_to_what_it_names_itself_not_to_their_dependencies():
    """libcups's own TLS stack is not the print plugin's: cutting libcups lets it go."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "printsupport" / "libcupsprintersupport.so"
    names = links_to(str(plugin))
    assert "libcups.so.2" in names and "libQt6PrintSupport.so.6" in names
    assert not [name for name in names if name.startswith(("libgnutls", "libkrb5"))]


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",  # typing Chinese on Linux
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt6Widgets.dll",
        "PySide6/translations/qtbase_zh_CN.qm",
        "resources/translations/heatadvisor_en.qm",
    ],
)
def test_kept(path):
    assert keep(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/opengl32sw.dll",
        "PySide6/Qt6Qml.dll",
        "PySide6/Qt6Quick.dll",
        "PySide6/Qt6Pdf.dll",
        "PySide6/Qt/lib/libQt6Charts.so.6",  # the charts are painted: Qt Charts is left out
        "PySide6/Qt6Charts.dll",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6",
        "PySide6/Qt/plugins/platforms/libqwayland-egl.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_zh_CN.qm",
        "PySide6/translations/qtbase_ja.qm",
        "PySide6/plugins/imageformats/qsvg.dll",
        "libcups.so.2",
    ],
)
def test_cut(path):
    assert not keep(path)


@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_zip_keeps_links_and_executable_bits(tmp_path):
    folder = tmp_path / "HeatAdvisor"
    (folder / "_internal" / "lib").mkdir(parents=True)
    (folder / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"\x7fELF library")
    (folder / "_internal" / "libQt6Core.so.6").symlink_to("lib/libQt6Core.so.6")
    program = folder / "HeatAdvisor"
    program.write_bytes(b"\x7fELF program")
    program.chmod(0o755)
    target = tmp_path / "out.zip"
    assert make_zip(folder, target) == 3
    with zipfile.ZipFile(target) as archive:
        assert "HeatAdvisor/_internal/libQt6Core.so.6" in archive.namelist()
    unpacked = tmp_path / "unpacked"
    subprocess.run(["unzip", "-q", str(target), "-d", str(unpacked)], check=True)
    link = unpacked / "HeatAdvisor" / "_internal" / "libQt6Core.so.6"
    assert link.is_symlink() and link.read_bytes() == b"\x7fELF library"
    assert (unpacked / "HeatAdvisor" / "HeatAdvisor").stat().st_mode & stat.S_IXUSR


def test_icons_are_what_the_script_draws(tmp_path):
    """make_icon.py run again gives the committed PNG and ICO (the icon is never edited by hand)."""
    script = (PACKAGING / "icon" / "make_icon.py").read_text(encoding="utf-8")
    copy = tmp_path / "make_icon.py"
    copy.write_text(script, encoding="utf-8")
    subprocess.run([sys.executable, str(copy)], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=True)
    for name in ("heatadvisor.png", "heatadvisor.ico"):
        assert (tmp_path / name).read_bytes() == (PACKAGING / "icon" / name).read_bytes(), name
    ico = (PACKAGING / "icon" / "heatadvisor.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") == 7


def test_the_version_comes_from_one_place():
    from importlib.metadata import version

    assert version("heatadvisor") == __version__
    assert (
        "version =" not in (ROOT / "pyproject.toml").read_text(encoding="utf-8").split("[project]")[1].split("\n[")[0]
    )
    installer = (PACKAGING / "installer.nsi").read_text(encoding="utf-8-sig")
    assert "${VERSION}" in installer and not re.search(r"\d+\.\d+\.\d+", installer)


@pytest.mark.skipif(shutil.which("makensis") is None, reason="nsis missing: apt-get install -y nsis")
@pytest.mark.parametrize("options", [[], ["-DUNCOMPRESSED"]], ids=["release", "ci"])
def test_installer_script_compiles_and_carries_the_version(tmp_path, options):
    """Over a small stand-in folder (packaging/ci.sh compiles it uncompressed over the real one)."""
    folder = tmp_path / "HeatAdvisor"
    (folder / "_internal").mkdir(parents=True)
    (folder / "HeatAdvisor.exe").write_bytes(b"MZ stand-in")
    setup = tmp_path / f"HeatAdvisor-{__version__}-setup.exe"  # as build.sh names it
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            *options,
            f"-DVERSION={__version__}",
            f"-DSOURCE={folder}",
            f"-DOUTFILE={setup}",
            str(PACKAGING / "installer.nsi"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "warning" not in (done.stdout + done.stderr).lower()
    data = setup.read_bytes()
    assert data[:2] == b"MZ" and __version__.encode("utf-16-le") in data


def test_desktop_entry_installs_for_the_folder_it_is_run_from(tmp_path):
    folder = tmp_path / "my programs" / "HeatAdvisor"
    folder.mkdir(parents=True)
    for name in ("heatadvisor.desktop", "install-desktop-entry.sh"):
        (folder / name).write_bytes((PACKAGING / "linux" / name).read_bytes())
    (folder / "heatadvisor.png").write_bytes((PACKAGING / "icon" / "heatadvisor.png").read_bytes())
    share = tmp_path / "share"
    subprocess.run(
        ["sh", str(folder / "install-desktop-entry.sh")],
        env=dict(os.environ, XDG_DATA_HOME=str(share)),
        check=True,
        capture_output=True,
    )
    entry = share / "applications" / "heatadvisor.desktop"
    assert f'Exec="{folder}/HeatAdvisor"' in entry.read_text(encoding="utf-8").splitlines()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "heatadvisor.png").exists()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout
