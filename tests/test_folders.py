"""Every folder comes from heatadvisor.paths: its overrides, and no other module deciding one."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import platformdirs
import pytest

import heatadvisor
from heatadvisor import paths

PACKAGE = Path(heatadvisor.__file__).parent
USER_VARIABLES = ("HEATADVISOR_DATA_DIR", "HEATADVISOR_CONFIG_DIR", "HEATADVISOR_LOG_DIR")
# What deciding a folder looks like in code: a folder library, Qt's, the home folder, the
# variables platforms keep them in, or one of our own overrides read directly.
DECIDES_A_FOLDER = re.compile(
    r"platformdirs|QStandardPaths|expanduser|Path\.home|_MEIPASS|APPDATA|XDG_|(environ|getenv)[^\n]*HEATADVISOR_"
)
# Modules allowed to decide folders, and why.
ALLOWED = {
    "paths.py": "the folders module itself",
}


@pytest.fixture
def no_overrides(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for variable in USER_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    return monkeypatch


def test_without_overrides_the_platform_decides(no_overrides: pytest.MonkeyPatch):
    assert paths.data_dir() == Path(platformdirs.user_data_dir("HeatAdvisor", appauthor=False))
    assert paths.packs_dir() == paths.data_dir() / "packs"
    assert paths.config_dir() == Path(platformdirs.user_config_dir("HeatAdvisor", appauthor=False))
    assert paths.log_dir() == Path(platformdirs.user_log_dir("HeatAdvisor", appauthor=False))
    assert paths.cache_dir() == Path(platformdirs.user_cache_dir("HeatAdvisor", appauthor=False))
    assert paths.documents_dir() == Path(platformdirs.user_documents_dir()) / "HeatAdvisor"


def test_a_moved_data_folder_takes_settings_logs_and_cache_along(no_overrides: pytest.MonkeyPatch, tmp_path: Path):
    stick = tmp_path / "usb" / "HeatAdvisor"
    no_overrides.setenv("HEATADVISOR_DATA_DIR", str(stick))
    assert paths.data_dir() == stick
    assert paths.packs_dir() == stick / "packs"
    assert paths.config_dir() == stick / "config"
    assert paths.log_dir() == stick / "logs"
    assert paths.cache_dir() == stick / "cache"


def test_own_variables_win_over_the_data_folder(no_overrides: pytest.MonkeyPatch, tmp_path: Path):
    no_overrides.setenv("HEATADVISOR_DATA_DIR", str(tmp_path / "data"))
    no_overrides.setenv("HEATADVISOR_CONFIG_DIR", str(tmp_path / "cfg"))
    no_overrides.setenv("HEATADVISOR_LOG_DIR", str(tmp_path / "logs"))
    assert paths.config_dir() == tmp_path / "cfg"
    assert paths.log_dir() == tmp_path / "logs"
    assert paths.packs_dir() == tmp_path / "data" / "packs"


def test_resources_from_variable_then_frozen_bundle_then_source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.delenv("HEATADVISOR_RESOURCES", raising=False)
    assert paths.resource("packs") == PACKAGE.parent / "resources" / "packs"
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.resource("fonts") == tmp_path / "bundle" / "resources" / "fonts"
    monkeypatch.setenv("HEATADVISOR_RESOURCES", str(tmp_path / "res"))
    assert paths.resources_dir() == tmp_path / "res"


def test_settings_follow_a_moved_data_folder(no_overrides: pytest.MonkeyPatch, tmp_path: Path):
    from heatadvisor.qtkit.settings import AppSettings

    no_overrides.setenv("HEATADVISOR_DATA_DIR", str(tmp_path))
    assert Path(AppSettings().path) == tmp_path / "config" / "settings.ini"


def test_window_log_goes_to_the_log_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from heatadvisor.ui.app import log_to_file

    monkeypatch.setenv("HEATADVISOR_LOG_DIR", str(tmp_path / "logs"))
    handler = log_to_file()
    assert handler is not None
    try:
        logging.getLogger("heatadvisor.ui.main_window").info("routine")
        logging.getLogger("heatadvisor.ui.main_window").error("comparison failed")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    written = (tmp_path / "logs" / "heatadvisor.log").read_text(encoding="utf-8")
    assert "ERROR heatadvisor.ui.main_window: comparison failed" in written
    assert "routine" not in written


def test_no_other_module_decides_a_folder():
    deciders = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if DECIDES_A_FOLDER.search(path.read_text(encoding="utf-8"))
    }
    assert "paths.py" in deciders  # the pattern still finds what it looks for
    assert deciders == set(ALLOWED)
