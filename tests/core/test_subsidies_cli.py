"""`subsidies CASE.json` and `packs list | import` through their handlers."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from heatadvisor.cli import cmd_packs, cmd_subsidies
from tests.core.test_subsidies_fixtures import pack_data


def parse(*argv: str) -> argparse.Namespace:
    top = argparse.ArgumentParser()
    sub = top.add_subparsers(dest="command", required=True)
    cmd_subsidies.register(sub)
    cmd_packs.register(sub)
    return top.parse_args(argv)


def call(*argv: str) -> int:
    args = parse(*argv)
    return args.func(args)


@pytest.fixture(autouse=True)
def data_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("HEATADVISOR_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def case(tmp_path: Path) -> Path:
    path = tmp_path / "case.json"
    path.write_text(
        json.dumps(
            {
                "location": {"province": "河北省", "county": "定兴县"},
                "house": {"heated_area_m2": 100},
                "current": {"device_id": "coal_stove"},
                "options": [{"device_id": "ashp_aw_10kw"}, {"device_id": "gas_boiler", "price_yuan": 4000}],
                "on_date": "2025-10-01",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def test_subsidies_in_chinese_by_default(case: Path, capsys: pytest.CaptureFixture[str]):
    assert call("subsidies", str(case)) == 0
    out = capsys.readouterr().out
    assert "电代煤设备省级补贴" in out and "[还要问清楚]" in out
    assert "现在烧煤取暖" in out  # answered by the case's current heating, not asked
    assert "北京" not in out  # other areas hidden by default


def test_subsidies_in_english_and_all_areas(case: Path, capsys: pytest.CaptureFixture[str]):
    assert call("subsidies", str(case), "--lang", "en", "--all") == 0
    out = capsys.readouterr().out
    assert "[needs information]" in out and "energy label" in out.lower()
    assert "Beijing" not in out  # other provinces' packs are never assessed for this household


def test_subsidies_json_is_codes_and_numbers(case: Path, capsys: pytest.CaptureFixture[str]):
    assert call("subsidies", str(case), "--json", "--date", "2025-10-02") == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["on"] == "2025-10-02" and len(payload["options"]) == 2
    first = payload["options"][0]
    assert {"capital_total", "operating", "tariff_programmes", "questions"} <= set(first)
    assert "efficiency_grade" in first["questions"]


def test_subsidies_with_a_pack_file(case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    pack = tmp_path / "county.json"
    pack.write_text(json.dumps(pack_data(), ensure_ascii=False), encoding="utf-8")
    assert call("subsidies", str(case), "--pack", str(pack), "--json") == 0
    programmes = json.loads(capsys.readouterr().out)["options"][0]["programmes"]
    assert [p["programme_id"] for p in programmes] == ["p1"]


CASE_BASE = {
    "location": {"province": "河北省", "county": "定兴县"},
    "house": {"heated_area_m2": 100},
    "current": {"device_id": "coal_stove"},
}


@pytest.mark.parametrize(
    "content, field",
    [
        ({**CASE_BASE, "household": {"provnce": "河北省"}}, "household.provnce"),
        ({**CASE_BASE, "household": {"hukou_local": "maybe"}}, "household.hukou_local"),
        ({**CASE_BASE, "options": [{"device_id": "nuclear"}]}, "options.0.device_id"),
        ({**CASE_BASE, "options": [{"device_id": "gshp", "price_yuan": -7}]}, "options.0.price_yuan"),
    ],
)
def test_invalid_case_exits_2_naming_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str], content, field):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    assert call("subsidies", str(path)) == 2
    captured = capsys.readouterr()
    assert field in captured.err and "Traceback" not in captured.err
    assert captured.out == ""


def test_missing_case_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert call("subsidies", str(tmp_path / "nope.json")) == 2
    assert "打不开或读不了" in capsys.readouterr().err


def test_packs_list_shows_version_dates_and_sources(capsys: pytest.CaptureFixture[str]):
    assert call("packs", "list") == 0
    out = capsys.readouterr().out
    assert "cn-hebei-policies 版本2026.11 2018年到未注明 来源5条 内置 使用中" in out
    assert call("packs", "list", "--json") == 0
    packs = json.loads(capsys.readouterr().out)["packs"]
    assert {p["pack_id"] for p in packs if p["kind"] == "policies"} >= {"cn-beijing-policies", "cn-sd-rizhao-donggang"}


def test_packs_import_then_list(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]):
    good = tmp_path / "county.json"
    good.write_text(json.dumps(pack_data(pack_id="county-x", version="2026.12"), ensure_ascii=False), encoding="utf-8")
    assert call("packs", "import", str(good)) == 0
    assert "已导入county-x 版本2026.12" in capsys.readouterr().out
    assert (data_dir / "packs" / "policies" / "county-x" / "2026.12.json").exists()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(pack_data(pack_id="county-x", version="2027.1", title=5)), encoding="utf-8")
    assert call("packs", "import", str(bad), "--lang", "en") == 2
    err = capsys.readouterr().err
    assert "Cannot import" in err and "title: [string_type]" in err
    assert not (data_dir / "packs" / "policies" / "county-x" / "2027.1.json").exists()
