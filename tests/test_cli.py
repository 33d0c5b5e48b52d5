"""heatadvisor-cli as a user runs it: tables, JSON, schema, batches, and bad input."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from heatadvisor.cli.main import main
from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_data

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_compares(example, capsys):
    assert main(["compare", str(example)]) == 0
    out = capsys.readouterr().out
    assert "推荐" in out and "回本" in out


def test_english_table_and_json(capsys):
    example = str(ROOT / "examples" / "rizhao_coal_stove.json")
    assert main(["compare", example, "--lang", "en"]) == 0
    assert "Recommended" in capsys.readouterr().out
    assert main(["compare", example, "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["recommended"] == result["options"][0]["device_id"]
    assert result["demand"]["source"] == "calibrated"


def test_schema_is_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Case" and "house" in schema["properties"]


@pytest.mark.parametrize(
    "house, county, field, words",
    [
        ({"heated_area_m2": "１２０"}, "莒县", "house.heated_area_m2", "半角数字"),
        ({"heated_area_m2": -40}, "莒县", "house.heated_area_m2", "要大于 5"),
        ({"heated_area_m2": 80000}, "莒县", "house.heated_area_m2", "不能大于 1000"),
        ({"heated_area_m2": 90}, "不存在县", "location.county", "找不到这个县"),
    ],
)
def test_bad_input_exits_2_naming_the_field(tmp_path, house, county, field, words):
    case = {
        "location": {"province": "山东省", "county": county},
        "house": house,
        "current": {"device_id": "coal_stove"},
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "heatadvisor.cli.main", "compare", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr


def test_nan_and_infinity_exit_2(tmp_path, capsys):
    path = tmp_path / "case.json"
    path.write_text(
        '{"location": {"province": "山东省", "county": "莒县"}, "house": {"heated_area_m2": NaN, "storeys": Infinity}, '
        '"current": {"device_id": "coal_stove"}}',
        encoding="utf-8",
    )
    assert main(["compare", str(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "Heated area: is not a number" in err and "Storeys" in err


@pytest.mark.parametrize(
    "field, value, words",
    [
        ("season_end", "02-30", "采暖结束日期：一年里没有 02-30 这一天"),
        ("on_date", "9999-01-01", "日期：日期要在 2000–2100 年之间"),
    ],
)
def test_impossible_dates_exit_2_naming_the_field(tmp_path, field, value, words):
    case = json.loads((ROOT / "examples" / "beijing_household.json").read_text(encoding="utf-8"))
    path = tmp_path / "case.json"
    path.write_text(json.dumps({**case, field: value}, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "heatadvisor.cli.main", "compare", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stderr == f"{path}: {field} – {words}\n"


# A bug planted in the core as the real program meets it: compare() raises something no check foresaw.
BROKEN_CORE = """
import sys
import heatadvisor.core.comparison.compare as compare_module
def broken(case, data=None):
    raise ZeroDivisionError("planted for the test")
compare_module.compare = broken
from heatadvisor.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def run_broken(args: list[str], log_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HEATADVISOR_LOG_DIR": str(log_dir)}
    return subprocess.run([sys.executable, "-c", BROKEN_CORE, *args], capture_output=True, text=True, env=env)


@pytest.mark.parametrize(
    "lang, words",
    [("zh", "程序出了意外的错误（ZeroDivisionError）"), ("en", "An unexpected error (ZeroDivisionError)")],
)
def test_an_internal_error_is_one_line_and_a_log_file(tmp_path, lang, words):
    logs = tmp_path / "logs"
    done = run_broken(["compare", str(EXAMPLES[0]), "--lang", lang], logs)
    assert done.returncode == 70
    assert done.stdout == "" and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and done.stderr.startswith(words)
    [log] = logs.glob("crash-*.log")
    assert str(log) in done.stderr
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: planted for the test" in text and str(EXAMPLES[0]) in text


def test_an_internal_error_without_a_log_folder_is_still_one_line(tmp_path):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    done = run_broken(["compare", str(EXAMPLES[0]), "--lang", "en"], blocked)
    assert done.returncode == 70 and "Traceback" not in done.stderr
    assert done.stderr == (
        "An unexpected error (ZeroDivisionError) stopped the program, "
        "and its details could not be saved (FileExistsError).\n"
    )


def test_batch_words_a_date_out_of_range_in_its_row(tmp_path):
    source = tmp_path / "village.csv"
    source.write_text(
        "id,province,county,heated_area_m2,current_device,on_date\n"
        "1,山东省,莒县,90,coal_stove,2026-11-25\n2,山东省,莒县,90,coal_stove,1999-12-31\n",
        encoding="utf-8",
    )
    out = tmp_path / "results.csv"
    assert main(["batch", str(source), "-o", str(out), "--quiet"]) == 2
    with out.open(encoding="utf-8-sig") as f:
        results = list(csv.DictReader(f))
    assert [r["status"] for r in results] == ["ok", "invalid"]
    assert results[1]["problems"] == "日期：日期要在 2000–2100 年之间"


def test_batch_writes_one_row_per_household(tmp_path):
    source = tmp_path / "village.csv"
    rows = [
        {
            "id": "1",
            "province": "山东省",
            "county": "莒县",
            "heated_area_m2": "90",
            "current_device": "coal_stove",
            "last_winter_quantity": "2",
            "last_winter_unit": "t",
            "roof_insulated": "否",
        },
        {
            "id": "2",
            "province": "河南省",
            "county": "解放区",
            "heated_area_m2": "120",
            "current_device": "coal_boiler",
            "options": "split_ac;gas_boiler",
            "wall": "brick_370",
            "pipe_gas": "是",
        },
        {"id": "3", "province": "山东省", "county": "莒县", "heated_area_m2": "１２０", "current_device": "coal_stove"},
        {
            "id": "4",
            "province": "山东省",
            "county": "莒县",
            "heated_area_m2": "90",
            "current_device": "coal_stove",
            "last_winter_quantity": "800",
            "last_winter_unit": "m3",
        },
    ]
    with source.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=sorted({k for r in rows for k in r}))
        writer.writeheader()
        writer.writerows(rows)
    out = tmp_path / "results.csv"
    assert main(["batch", str(source), "-o", str(out), "--quiet"]) == 2  # rows 3 and 4 are invalid
    with out.open(encoding="utf-8-sig") as f:
        results = list(csv.DictReader(f))
    assert [r["id"] for r in results] == ["1", "2", "3", "4"]
    assert [r["status"] for r in results] == ["ok", "ok", "invalid", "invalid"]
    assert results[0]["demand_source"] == "calibrated" and results[0]["recommended"]
    assert results[1]["recommended"] in {"split_ac", "gas_boiler"}
    assert "半角数字" in results[2]["problems"]
    assert "单位" in results[3]["problems"]


def test_batch_village_columns_decide_whether_gas_may_be_recommended(tmp_path):
    source = tmp_path / "village.csv"
    base = {
        "province": "河南省",
        "county": "解放区",
        "heated_area_m2": "120",
        "current_device": "coal_boiler",
        "options": "gas_boiler;coal_stove",
    }
    rows = [
        {"id": "no-gas", **base},
        {"id": "gas", **base, "pipe_gas": "有"},
        {"id": "empty", **base, "options": ";"},
        {"id": "typo", **base, "pipe_gas": "maybe"},
    ]
    with source.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=sorted({k for r in rows for k in r}))
        writer.writeheader()
        writer.writerows(rows)
    out = tmp_path / "results.csv"
    assert main(["batch", str(source), "-o", str(out), "--quiet"]) == 2
    with out.open(encoding="utf-8-sig") as f:
        results = {r["id"]: r for r in csv.DictReader(f)}
    assert results["no-gas"]["status"] == "ok" and results["no-gas"]["recommended"] == ""
    assert results["gas"]["recommended"] == "gas_boiler"
    assert (
        results["empty"]["status"] == "invalid"
        and "比较的方案：一项也没有，至少要选 1 项" in results["empty"]["problems"]
    )
    assert results["typo"]["status"] == "invalid" and "燃气管道到家" in results["typo"]["problems"]


def test_progress_bar_only_on_long_runs():
    import io

    from heatadvisor.cli.batch import PROGRESS_FROM_ROWS, Progress

    short, long_ = io.StringIO(), io.StringIO()
    bar = Progress(PROGRESS_FROM_ROWS - 1, short, enabled=True)
    for done in range(1, PROGRESS_FROM_ROWS):
        bar.update(done)
    bar = Progress(PROGRESS_FROM_ROWS, long_, enabled=True)
    for done in range(1, PROGRESS_FROM_ROWS + 1):
        bar.update(done)
    assert short.getvalue() == ""
    text = long_.getvalue()
    assert "100%" in text and f"{PROGRESS_FROM_ROWS}/{PROGRESS_FROM_ROWS}" in text and text.endswith("\n")
    assert text.count("\r") <= 101  # redrawn once per percent, not once per row


def test_a_broken_bundled_pack_is_reported_in_words(tmp_path):
    """A broken pack stops the comparison with the file, the field and what is wrong, in Chinese."""
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources)
    common = resources / "packs" / "common" / "common_cn.json"
    data = json.loads(common.read_text(encoding="utf-8"))
    data["fuels"]["coal"]["lhv_kwh_per_unit"]["value"] = "lots"
    common.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "HEATADVISOR_RESOURCES": str(resources), "HEATADVISOR_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "heatadvisor.cli.main", "compare", str(EXAMPLES[0])],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    first, second = done.stderr.splitlines()[:2]
    assert first == f"文件损坏，没有使用：{common}"
    assert second.startswith("  fuels.coal.lhv_kwh_per_unit.value: [") and "要填数字" in second


def test_a_close_call_names_both_options_and_what_each_is_like(capsys, tmp_path):
    case = json.loads((ROOT / "examples" / "rizhao_coal_stove.json").read_text(encoding="utf-8"))
    asked = tmp_path / "rizhao.json"  # the pellet price asked locally: the pack's is our estimate
    options = [{"device_id": d} for d in ("pellet_stove", "split_ac", "ashp_air_air_lowamb")]  # not the water pump,
    # about as cheap as the split AC here once its emitters are not bought twice
    asked.write_text(
        json.dumps({**case, "prices": {"pellet_yuan_per_t": 1100}, "options": options}, ensure_ascii=False),
        encoding="utf-8",
    )
    assert main(["compare", str(asked)]) == 0
    lines = capsys.readouterr().out.splitlines()
    advice = lines.index("推荐: 生物质颗粒炉或普通分体空调（冬天制热）")
    said = lines[advice + 1 : advice + 6]
    assert any(line.startswith("  - 这两种 15 年下来花钱差不多（只差约 ") for line in said)
    result = compare(case_from_data(json.loads(asked.read_text(encoding="utf-8"))))
    pellet, split = (next(o for o in result.options if o.key == key) for key in ("pellet_stove", "split_ac"))
    assert (
        f"      生物质颗粒炉：先花约 3,500 元，15 年共约 {pellet.horizon_cost[1]:,.0f} 元；要买燃料、搬运、存放"
        in "\n".join(said)
    )
    assert any(
        line.startswith(
            f"      普通分体空调（冬天制热）：先花约 10,500 元，15 年共约 {split.horizon_cost[1]:,.0f} 元；不用买燃料"
        )
        for line in said
    )


def test_an_option_on_a_guessed_price_is_listed_apart_with_what_to_ask(capsys):
    assert main(["compare", str(ROOT / "examples" / "rizhao_coal_stove.json")]) == 0
    out = capsys.readouterr().out
    advice = next(line for line in out.splitlines() if line.startswith("推荐: "))
    assert advice.startswith("推荐: 普通分体空调（冬天制热）") and "生物质颗粒炉" not in advice
    assert "  [可能更省，价格要先问清（燃料价或电价是我们估的）]" in out
    assert "生物质颗粒炉: 颗粒燃料价格是估的：问清附近每吨多少钱" in out
