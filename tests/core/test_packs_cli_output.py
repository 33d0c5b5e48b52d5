"""`packs list | import` print only sanitised text: nothing a file says can move the cursor,
ring the bell, clear the screen or reverse the text printed after it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.core.test_subsidies_cli import call
from tests.core.test_subsidies_fixtures import pack_data

HOSTILE = Path(__file__).parent / "hostile_packs"
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)  # all but \t \n


@pytest.fixture(autouse=True)
def data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("HEATADVISOR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def test_import_of_a_title_with_control_characters_is_refused_in_plain_words(capsys: pytest.CaptureFixture[str]):
    assert call("packs", "import", str(HOSTILE / "control_chars_title.json")) == 2
    err = capsys.readouterr().err
    assert "不能导入" in err and "title: [unsafe_text] 里面有看不见的控制字符或改变文字方向的字符" in err
    assert not UNSAFE.search(err)


def test_a_stored_file_with_hostile_names_is_listed_escaped(data_dir: Path, capsys: pytest.CaptureFixture[str]):
    folder = data_dir / "packs" / "policies" / "evil\x1b[2J\u202e"
    folder.mkdir(parents=True)
    data = pack_data(pack_id="evil", version="2026.2", title="标题\x07\u202etxt.exe")
    (folder / "2026.2.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert call("packs", "list", "--kind", "policies", "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "Broken file, not used" in out and "\\u001b[2J\\u202e" in out and "unsafe_text" in out
    assert not UNSAFE.search(out)
    assert call("packs", "list", "--json") == 0
    text = capsys.readouterr().out
    assert not UNSAFE.search(text)
    (broken,) = [b for b in json.loads(text)["broken"] if "evil" in b["path"]]
    assert broken["path"] == str(folder / "2026.2.json")  # the escapes decode to the real path
