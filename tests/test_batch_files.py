"""`heatadvisor-cli batch` with the files offices really have: GBK, UTF-16 tab text, UTF-8
with BOM, formula cells, an oversize cell, shared county names, and files it cannot use."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from heatadvisor.cli.batch_files import MAX_CELL_CHARS, safe_cell
from heatadvisor.cli.main import main
from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.case_io import case_from_data
from heatadvisor.core.contract.problems import InputError
from heatadvisor.core.place import places

HEADER = ["id", "province", "county", "heated_area_m2", "current_device", "last_winter_quantity", "last_winter_unit"]
JUXIAN = ["1", "山东省", "莒县", "90", "coal_stove", "2", "t"]
YANGQUAN = ["2", "山西", "阳泉市城区", "100", "coal_stove", "", ""]


def write(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter).writerows(rows)
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def run(tmp_path: Path, source: Path, *extra: str) -> tuple[int, list[dict[str, str]]]:
    out = tmp_path / "results.csv"
    code = main(["batch", str(source), "-o", str(out), "--quiet", *extra])
    if not out.exists():
        return code, []
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel shows the Chinese
    return code, list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize(
    ("encoding", "delimiter", "said"),
    [
        ("gbk", ",", "按 GBK 读入"),
        ("gb18030", ",", "按 GBK 读入"),
        ("utf-16", "\t", "按 UTF-16 读入"),  # Excel's "Unicode text"
        ("utf-8-sig", ",", "按 UTF-8 读入"),
        ("utf-8", ",", "按 UTF-8 读入"),
    ],
)
def test_excel_encodings_are_read_and_named(tmp_path, capsys, encoding, delimiter, said):
    source = write(tmp_path / "village.csv", [HEADER, JUXIAN, YANGQUAN], encoding, delimiter)
    code, rows = run(tmp_path, source)
    assert code == 0
    assert [(r["id"], r["status"], r["county"]) for r in rows] == [("1", "ok", "莒县"), ("2", "ok", "城区")]
    assert rows[0]["demand_source"] == "calibrated"
    err = capsys.readouterr().err
    assert said in err and "2 户，2 户算好了，0 户有问题" in err


def test_the_encoding_is_reported_in_english(tmp_path, capsys):
    source = write(tmp_path / "village.csv", [HEADER, JUXIAN], "gbk")
    assert run(tmp_path, source, "--lang", "en")[0] == 0
    assert "read as GBK, 1 households" in capsys.readouterr().err


def test_text_in_no_known_encoding_says_how_to_save_it(tmp_path, capsys):
    source = tmp_path / "village.csv"
    source.write_bytes(b"id,province\n1,\x80\x80\xff\n")
    code, rows = run(tmp_path, source)
    assert code == 2 and rows == []
    err = capsys.readouterr().err
    assert "CSV UTF-8" in err and "另存为" in err and "codec" not in err


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "文件是空的"),
        (b"\xef\xbb\xbf\r\n,,,\r\n", "文件是空的"),  # Excel's saved blank sheet
        (",".join(HEADER).encode() + b"\r\n", "只有列名"),
        (b"\xef\xbb\xbf" + ",".join(HEADER).encode() + b"\r\n,,,,,,\r\n", "只有列名"),
        ("山东省,莒县,90\n山东省,莒县,90\n".encode(), "第一行要写列名"),
    ],
)
def test_empty_header_only_or_headerless_input_is_refused_with_exit_2(tmp_path, capsys, content, says):
    source = tmp_path / "village.csv"
    source.write_bytes(content)
    code, rows = run(tmp_path, source)
    assert code == 2 and rows == []
    assert says in capsys.readouterr().err


def test_unwritable_output_is_a_message_not_a_traceback(tmp_path, capsys):
    source = write(tmp_path / "village.csv", [HEADER, JUXIAN], "utf-8")
    for target in (tmp_path / "no such folder" / "out.csv", tmp_path):  # missing folder; a folder, not a file
        assert main(["batch", str(source), "-o", str(target), "--quiet"]) == 2
        err = capsys.readouterr().err
        assert "结果写不进去" in err and "Traceback" not in err


def test_formula_looking_cells_are_written_as_text(tmp_path):
    injected = ['=HYPERLINK("http://evil.example","点这里")', "+1+2", "-2+3", "@SUM(A1)", "\t=1+1"]
    rows = [HEADER] + [[cell, "山东省", "莒县", "90", "coal_stove", "", ""] for cell in injected]
    rows.append(["-3.5", "山东省", "莒县", "90", "coal_stove", "", ""])
    code, results = run(tmp_path, write(tmp_path / "village.csv", rows, "utf-8"))
    assert code == 0
    # ids are stripped when read, so the tab-led one starts with "=" by then
    assert [r["id"] for r in results] == ["'" + injected[0], "'+1+2", "'-2+3", "'@SUM(A1)", "'=1+1", "-3.5"]
    assert all(not r[k].startswith(("=", "+", "@")) for r in results for k in r)
    assert float(results[0]["demand_kwh"]) > 0 and float(results[0]["running_yuan"]) > 0  # numbers stay numbers


def test_safe_cell_only_touches_text():
    assert safe_cell(-3.5) == -3.5 and safe_cell(-12) == -12
    assert safe_cell("-3.5") == "-3.5"  # text that is a plain number runs nothing in Excel
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("\r=1") == "'\r=1" and safe_cell("-1+2") == "'-1+2"
    assert safe_cell("莒县") == "莒县" and safe_cell("") == ""


def test_an_oversize_cell_spoils_only_its_own_row(tmp_path):
    long_cell = "x" * (csv.field_size_limit() + 10)  # over csv's own field limit, which used to stop the run
    rows = [
        HEADER,
        JUXIAN,
        ["2", "山东省", "莒县", long_cell, "coal_stove", "", ""],
        ["3", "山东省", "莒县", "x" * (MAX_CELL_CHARS + 1), "coal_stove", "", ""],
        ["4", *JUXIAN[1:]],
    ]
    code, results = run(tmp_path, write(tmp_path / "village.csv", rows, "utf-8"))
    assert code == 2
    assert [(r["id"], r["status"]) for r in results] == [("1", "ok"), ("2", "invalid"), ("3", "invalid"), ("4", "ok")]
    assert results[1]["problems"] == f"这一行：太长了（一格最多 {MAX_CELL_CHARS} 个字）"
    assert results[2]["problems"] == f"heated_area_m2：太长了（一格最多 {MAX_CELL_CHARS} 个字）"


def test_a_broken_line_spoils_only_its_own_row(tmp_path):
    """A stray quote would otherwise swallow every later line into one cell."""
    lines = [
        ",".join(HEADER),
        ",".join(JUXIAN),
        '2,"山东省,莒县,90,coal_stove,,',
        '3,"山东"省,莒县,90,coal_stove,,',
        ",".join(["4", *JUXIAN[1:]]),
    ]
    source = tmp_path / "village.csv"
    source.write_text("\r\n".join(lines) + "\r\n", encoding="gbk")
    code, results = run(tmp_path, source)
    assert code == 2
    assert [(r["id"], r["status"]) for r in results] == [("1", "ok"), ("2", "invalid"), ("3", "invalid"), ("4", "ok")]
    assert all("格式坏了" in r["problems"] for r in results[1:3])


@pytest.mark.parametrize(
    ("county", "prefecture", "code"),
    [
        ("城区", "阳泉市", "140302"),
        ("城区", "阳泉", "140302"),
        ("阳泉市城区", "", "140302"),
        ("阳泉城区", "", "140302"),
        ("城区", "大同市", "140202"),
    ],
)
def test_a_shared_county_name_is_settled_by_the_prefecture(tmp_path, county, prefecture, code):
    rows = [
        ["id", "province", "prefecture", "county", "heated_area_m2", "current_device"],
        ["1", "山西省", prefecture, county, "90", "coal_stove"],
    ]
    status, results = run(tmp_path, write(tmp_path / "village.csv", rows, "gbk"))
    assert status == 0 and results[0]["status"] == "ok"
    assert places.resolve_county("山西", county, prefecture).code == code


@pytest.mark.parametrize(
    ("province", "county", "candidates"),
    [
        ("山西", "城区", ["大同市城区", "阳泉市城区", "长治市城区", "晋城市城区"]),
        ("河北", "桥西区", ["石家庄市桥西区", "张家口市桥西区", "邢台市桥西区"]),
        ("山东", "市中区", ["济南市市中区", "枣庄市市中区"]),
    ],
)
def test_a_shared_county_name_without_prefecture_lists_the_candidates(tmp_path, province, county, candidates):
    rows = [
        ["id", "province", "county", "heated_area_m2", "current_device"],
        ["1", province, county, "90", "coal_stove"],
    ]
    status, results = run(tmp_path, write(tmp_path / "village.csv", rows, "utf-8"))
    assert status == 2 and results[0]["status"] == "invalid"
    problems = results[0]["problems"]
    assert "有几个同名的" in problems and "找不到" not in problems
    assert all(name in problems for name in candidates), problems


def test_a_prefecture_without_that_county_says_where_it_is():
    with pytest.raises(InputError) as caught:
        places.resolve_county("山西", "城区", "太原市")
    problem = caught.value.problems[0]
    assert problem.field == "location.prefecture" and problem.reason == "wrong_prefecture"
    assert "阳泉市" in problem.limit and "太原" not in problem.limit


def test_the_case_file_takes_a_prefecture():
    data = {
        "location": {"province": "山西省", "county": "城区", "prefecture": "长治市"},
        "house": {"heated_area_m2": 90},
        "current": {"device_id": "coal_stove"},
    }
    assert compare(case_from_data(data)).place.county_code == "140402"
    del data["location"]["prefecture"]
    with pytest.raises(InputError) as caught:
        compare(case_from_data(data))
    assert caught.value.problems[0].reason == "ambiguous_place"


def test_every_shared_name_has_a_name_that_finds_it():
    shared = [c for c in places.counties() if len(places.county_candidates(c.province, c.name)) > 1]
    assert len(shared) >= 18  # 城区 ×4, 桥西区 ×3, 市中区 ×2 … in 9 names
    for county in shared:
        assert places.find_county(county.province, places.unambiguous_name(county)) == county
    juxian = places.find_county("山东", "莒县")
    assert places.unambiguous_name(juxian) == "莒县"


@pytest.mark.parametrize("quantity", ["", "  "])
def test_a_unit_with_an_empty_quantity_means_not_given(tmp_path, quantity):
    rows = [HEADER, ["1", "山东省", "莒县", "90", "coal_stove", quantity, "t"]]
    code, results = run(tmp_path, write(tmp_path / "village.csv", rows, "utf-8"))
    assert code == 0 and results[0]["status"] == "ok" and results[0]["demand_source"] == "model"


def test_a_quantity_without_its_unit_is_still_asked_for(tmp_path):
    rows = [HEADER, ["1", "山东省", "莒县", "90", "coal_stove", "2", ""]]
    code, results = run(tmp_path, write(tmp_path / "village.csv", rows, "utf-8"))
    assert code == 2 and results[0]["status"] == "invalid"


def test_doubtful_figures_are_marked_check_impossible_ones_invalid(tmp_path, capsys):
    header = [*HEADER, "habit", "last_winter_confirmed", "options"]
    rows = [
        header,
        ["ok", "河北省", "清苑区", "89", "coal_stove", "", "", "", "", ""],
        ["far", "河北省", "清苑区", "89", "coal_stove", "12", "t", "", "", ""],
        ["confirmed", "河北省", "清苑区", "89", "coal_stove", "12", "t", "", "是", ""],
        ["warm", "河北省", "清苑区", "130", "coal_stove", "", "", "all_day_18", "", ""],
        ["absurd", "河北省", "清苑区", "89", "coal_stove", "2000", "t", "", "", ""],
        ["no_options", "河北省", "清苑区", "89", "coal_stove", "", "", "", "", ";"],
    ]
    code, results = run(tmp_path, write(tmp_path / "village.csv", rows, "utf-8"))
    status = {r["id"]: (r["status"], r["problems"]) for r in results}
    assert code == 2
    assert status["ok"] == ("ok", "") and status["confirmed"] == ("ok", "")
    assert status["far"][0] == "check" and "再核对" in status["far"][1]
    assert status["warm"][0] == "check" and "去年冬天烧了多少" in status["warm"][1]
    assert status["absurd"][0] == "invalid" and status["absurd"][1].startswith(
        "去年冬天用量：这房子在这里一冬用不了这么多"
    )
    assert status["no_options"] == ("invalid", "比较的方案：一项也没有，至少要选 1 项")
    assert "2 户的用量要核对" in capsys.readouterr().err
