"""A malformed pack never crashes the core: it is set aside with file, field and reason."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.packs import store as store_module
from heatadvisor.core.packs.loader import PackError
from heatadvisor.core.packs.store import PackStore, registered_kinds
from heatadvisor.core.setting.bundle import load_bundle
from heatadvisor.paths import resource

from .conftest import make_case


@pytest.fixture
def packs(tmp_path: Path) -> Path:
    target = tmp_path / "packs"
    shutil.copytree(resource("packs"), target)
    return target


def edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_an_imported_broken_region_pack_is_set_aside(packs: Path, tmp_path: Path):
    user = tmp_path / "user"
    bad = user / "regions" / "shandong" / "2027.1.json"
    bad.parent.mkdir(parents=True)
    text = (
        (packs / "regions" / "shandong.json")
        .read_text(encoding="utf-8")
        .replace('"version": "2026.11"', '"version": "2027.1"')
    )
    bad.write_text(text.replace('"base_electricity_kwh_per_year"', '"base_electricity_kwh_per_yr"'), encoding="utf-8")
    data = load_bundle(PackStore(packs, user))
    assert [b.path for b in data.broken] == [bad]
    problem_fields = {p.field for p in data.broken[0].error.problems}
    assert "base_electricity_kwh_per_yr" in problem_fields and "base_electricity_kwh_per_year" in problem_fields
    assert data.versions["shandong"] == "2026.11"  # the bundled version stays in use
    assert compare(make_case(), data).options


def test_a_newer_valid_import_replaces_the_bundled_pack(packs: Path, tmp_path: Path):
    user = tmp_path / "user"
    newer = user / "regions" / "shandong" / "2027.1.json"
    newer.parent.mkdir(parents=True)
    edit(packs / "regions" / "shandong.json", lambda d: d.update(version="2027.1", default_options=["split_ac"]))
    shutil.move(packs / "regions" / "shandong.json", newer)
    data = load_bundle(PackStore(packs, user))
    assert data.versions["shandong"] == "2027.1"
    assert [o.device_id for o in compare(make_case(), data).options] == ["split_ac"]


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda d: d["fuels"]["coal"]["lhv_kwh_per_unit"].update(value="lots"), "fuels.coal.lhv_kwh_per_unit.value"),
        (lambda d: d["fuels"]["coal"]["lhv_kwh_per_unit"].update(src="nowhere"), ""),
        (lambda d: d.pop("envelope"), "envelope"),
    ],
)
def test_without_a_usable_common_pack_the_error_names_file_and_field(packs: Path, tmp_path: Path, change, field):
    edit(packs / "common" / "common_cn.json", change)
    with pytest.raises(PackError) as err:
        load_bundle(PackStore(packs, tmp_path / "user"))
    assert err.value.file.endswith("common_cn.json")
    assert any(p.field == field for p in err.value.problems)


def test_a_gas_driven_heat_pump_is_set_aside_with_its_reason(packs: Path, tmp_path: Path):
    """The core prices heat pumps by the kWh; one on gas is a combustion device (efficiency > 1)."""
    user = tmp_path / "user"
    bad = user / "devices" / "devices_cn" / "2027.1.json"
    bad.parent.mkdir(parents=True)

    def gas_pump(d):
        d["version"] = "2027.1"
        next(x for x in d["devices"] if x["id"] == "ashp_aw_10kw")["fuel"] = "natural_gas"

    edit(packs / "devices" / "devices_cn.json", gas_pump)
    shutil.move(packs / "devices" / "devices_cn.json", bad)
    shutil.copy(resource("packs") / "devices" / "devices_cn.json", packs / "devices" / "devices_cn.json")
    data = load_bundle(PackStore(packs, user))
    assert [b.path for b in data.broken] == [bad]
    assert any("electricity" in p.message for p in data.broken[0].error.problems)
    assert data.devices["ashp_aw_10kw"].fuel == "electricity"  # the bundled catalogue stays in use


def test_each_pack_file_is_read_and_validated_once(packs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The active packs and the broken ones come from the same read (validating costs most of the load)."""
    user = tmp_path / "user"
    bad = user / "regions" / "shandong" / "2027.1.json"
    bad.parent.mkdir(parents=True)
    bad.write_text('{"kind": "regions"}', encoding="utf-8")
    reads: list[Path] = []
    read = store_module.read_pack_text
    monkeypatch.setattr(store_module, "read_pack_text", lambda path: reads.append(path) or read(path))
    data = load_bundle(PackStore(packs, user))
    files = sorted([*(path for kind in registered_kinds() for path in (packs / kind).glob("*.json")), bad])
    assert sorted(reads) == files
    assert [b.path for b in data.broken] == [bad]
    assert data.versions["shandong"] == "2026.11"
