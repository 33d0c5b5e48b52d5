"""The pack store: bundled and imported packs, versions, validation before any change."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

import heatadvisor.core.subsidies  # noqa: F401  (registers the policies kind)
from heatadvisor.core.comparison.compare import compare
from heatadvisor.core.contract.problems import InputError
from heatadvisor.core.packs import store as store_module
from heatadvisor.core.packs.loader import PackError
from heatadvisor.core.packs.sourced import PackHeader
from heatadvisor.core.packs.store import PackStore, register_kind, registered_kinds
from heatadvisor.core.setting.bundle import load_bundle
from heatadvisor.paths import resource
from heatadvisor.wording import problem_line
from heatadvisor.wording.catalogue import CATALOGUE
from tests.core.conftest import make_case
from tests.core.test_subsidies_fixtures import pack_data, programme_data


@pytest.fixture
def store(tmp_path: Path) -> PackStore:
    bundled = tmp_path / "bundled"
    (bundled / "policies").mkdir(parents=True)
    (bundled / "policies" / "base.json").write_text(json.dumps(pack_data(), ensure_ascii=False), encoding="utf-8")
    return PackStore(bundled_dir=bundled, user_dir=tmp_path / "user")


def write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_bundled_pack_is_listed_and_active(store: PackStore):
    (info,) = store.list_packs()
    assert (info.kind, info.pack_id, info.version, info.origin, info.active) == (
        "policies",
        "test-pack",
        "2026.1",
        "bundled",
        True,
    )
    assert info.source_count == 2
    assert [p.pack_id for p in store.active_packs("policies")] == ["test-pack"]


def test_newer_version_replaces_older_which_stays_loadable(store: PackStore, tmp_path: Path):
    newer = pack_data(programme_data(amount={"type": "fixed", "yuan": {"value": 2000, "src": "doc"}}), version="2026.2")
    result = store.import_pack(write(tmp_path / "usb.json", newer))
    assert result.info.active and result.superseded.version == "2026.1"
    assert result.info.path == store.user_dir / "policies" / "test-pack" / "2026.2.json"
    (active,) = store.active_packs("policies")
    assert active.version == "2026.2"
    old = store.load_version("policies", "test-pack", "2026.1")
    assert old.programmes[0].amount.yuan.value == 1000
    assert [(i.version, i.active) for i in store.list_packs()] == [("2026.1", False), ("2026.2", True)]


def test_older_version_import_is_kept_but_not_active(store: PackStore, tmp_path: Path):
    result = store.import_pack(write(tmp_path / "old.json", pack_data(version="2025.12")))
    assert not result.info.active and result.superseded is None
    assert store.active_packs("policies")[0].version == "2026.1"


def test_same_version_same_content_is_a_no_op(store: PackStore, tmp_path: Path):
    before = snapshot(store.user_dir) if store.user_dir.exists() else {}
    result = store.import_pack(write(tmp_path / "same.json", pack_data()))
    assert result.already_present
    assert (snapshot(store.user_dir) if store.user_dir.exists() else {}) == before


def test_same_version_different_content_is_refused(store: PackStore, tmp_path: Path):
    changed = pack_data(title="changed")
    with pytest.raises(PackError) as caught:
        store.import_pack(write(tmp_path / "changed.json", changed))
    assert caught.value.problems[0].reason == "version_exists"
    assert store.active_packs("policies")[0].title == "test"


def test_template_is_listed_but_never_active(store: PackStore, tmp_path: Path):
    template = pack_data(
        programme_data(amount={"type": "to_be_set", "benefit": "capital"}), pack_id="county-template", template=True
    )
    result = store.import_pack(write(tmp_path / "t.json", template))
    assert result.info.template and not result.info.active
    assert [p.pack_id for p in store.active_packs("policies")] == ["test-pack"]


def test_utf8_bom_from_notepad_is_accepted(store: PackStore, tmp_path: Path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(pack_data(version="2026.3")).encode())
    assert store.import_pack(path).info.active


def test_broken_stored_file_is_reported_and_never_used(store: PackStore, tmp_path: Path):
    store.import_pack(write(tmp_path / "n.json", pack_data(version="2026.5")))
    stored = store.user_dir / "policies" / "test-pack" / "2026.5.json"
    stored.write_text("{ edited by hand", encoding="utf-8")
    assert store.active_packs("policies")[0].version == "2026.1"
    (broken,) = store.broken_packs()
    assert broken.path == stored and broken.error.problems[0].reason == "invalid_json"


def test_file_in_the_wrong_place_is_not_used(store: PackStore):
    misplaced = store.user_dir / "policies" / "other-id" / "2027.1.json"
    misplaced.parent.mkdir(parents=True)
    write(misplaced, pack_data(version="2027.1"))
    assert store.active_packs("policies")[0].version == "2026.1"
    assert store.broken_packs()[0].error.problems[0].reason == "wrong_place"


def test_unknown_version_raises_key_error(store: PackStore):
    with pytest.raises(KeyError):
        store.load_version("policies", "test-pack", "1999.1")


def test_another_kind_plugs_in_through_the_registry(store: PackStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(store_module, "_KINDS", dict(store_module._KINDS))  # leave the real registry as it was

    class DevicePack(PackHeader):
        kind: str
        devices: list[str]

    register_kind("testdevices", DevicePack)
    assert "testdevices" in registered_kinds()
    data = {"kind": "testdevices", "pack_id": "dev", "version": "2026.1", "title": "d", "sources": {}, "devices": ["x"]}
    result = store.import_pack(write(tmp_path / "d.json", data))
    assert result.info.kind == "testdevices" and result.info.active
    assert store.active_packs("testdevices")[0].devices == ["x"]


def test_user_dir_honours_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("HEATADVISOR_DATA_DIR", str(tmp_path))
    assert PackStore().user_dir == tmp_path / "packs"


HOSTILE = Path(__file__).parent / "hostile_packs"


@pytest.mark.parametrize(
    "name, field, reason, repair",
    [
        (
            "negative_device_price.json",
            "devices.0.capital.fixed_yuan",
            "greater_than_equal",
            lambda d: d["devices"][0]["capital"]["fixed_yuan"].update(low=300, typ=600, high=1500),
        ),
        (
            "negative_grid_co2.json",
            "grid_co2_kg_per_kwh.value",
            "greater_than_equal",
            lambda d: d["grid_co2_kg_per_kwh"].update(value=0.58),
        ),
        ("dot_dot_pack_id.json", "pack_id", "unsafe_id", lambda d: d.update(pack_id="county-x")),
        ("far_future_version.json", "version", "bad_version", lambda d: d.update(version="2026.12")),
        ("control_chars_title.json", "title", "unsafe_text", lambda d: d.update(title="县里的补贴")),
    ],
)
def test_hostile_pack_is_refused_and_comparisons_go_on(tmp_path: Path, name, field, reason, repair):
    """Each fixture is a usable pack but for one defect: refused at that field, nothing is
    written and every comparison still works; with the defect repaired it imports."""
    store = PackStore(resource("packs"), tmp_path / "user")
    with pytest.raises(PackError) as caught:
        store.import_pack(HOSTILE / name)
    assert caught.value.file == str(HOSTILE / name)
    problems = caught.value.problems
    assert problems and all(p.field.startswith(field) and p.reason == reason for p in problems), problems
    assert f"problem.{reason}" in CATALOGUE  # worded in the user's language
    assert not store.user_dir.exists()
    assert compare(make_case(), load_bundle(store)).options
    data = json.loads((HOSTILE / name).read_text(encoding="utf-8"))
    repair(data)
    assert store.import_pack(write(tmp_path / name, data)).info.active


def test_a_version_beyond_next_year_is_refused(store: PackStore, tmp_path: Path):
    year = datetime.date.today().year
    with pytest.raises(PackError) as caught:
        store.import_pack(write(tmp_path / "future.json", pack_data(version=f"{year + 2}.1")))
    assert [(p.field, p.reason, p.limit) for p in caught.value.problems] == [
        ("version", "version_too_new", str(year + 1))
    ]
    assert store.import_pack(write(tmp_path / "next.json", pack_data(version=f"{year + 1}.12"))).info.active


@pytest.mark.parametrize("version", ["2026.01", "2026.13", "2026.0", "2026.11.01", "1999.1", "2026", "2026.1.1000"])
def test_versions_are_year_dot_month(store: PackStore, tmp_path: Path, version: str):
    with pytest.raises(PackError) as caught:
        store.import_pack(write(tmp_path / "v.json", pack_data(version=version)))
    assert caught.value.problems[0].reason == "bad_version"


@pytest.mark.parametrize("pack_id", ["..", ".", "a..b", "-x", "x-", "a/b", "a\\b", "nul", "com1.x", "Upper", "x" * 61])
def test_ids_that_could_be_path_parts_are_refused(store: PackStore, tmp_path: Path, pack_id: str):
    with pytest.raises(PackError) as caught:
        store.import_pack(write(tmp_path / "id.json", pack_data(pack_id=pack_id)))
    assert caught.value.problems[0].field == "pack_id"
    assert not store.user_dir.exists() or not any(store.user_dir.rglob("*.json"))


def test_the_store_itself_never_writes_outside_its_kind_folder(
    store: PackStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Even for a kind whose model forgot the safe id."""
    monkeypatch.setattr(store_module, "_KINDS", dict(store_module._KINDS))

    class LaxPack(PackHeader):
        kind: str
        pack_id: str

    register_kind("lax", LaxPack)
    data = {"kind": "lax", "pack_id": "..", "version": "2026.1", "title": "t", "sources": {}}
    with pytest.raises(PackError) as caught:
        store.import_pack(write(tmp_path / "lax.json", data))
    assert caught.value.problems[0].reason == "unsafe_id"
    assert not list(tmp_path.rglob("2026.1.json"))


def test_a_stored_version_is_never_overwritten_even_when_broken(store: PackStore, tmp_path: Path):
    stored = store.user_dir / "policies" / "test-pack" / "2026.5.json"
    stored.parent.mkdir(parents=True)
    stored.write_text("{ edited by hand", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        store.import_pack(write(tmp_path / "same-version.json", pack_data(version="2026.5")))
    assert caught.value.problems[0].reason == "version_exists"
    assert stored.read_text(encoding="utf-8") == "{ edited by hand"
    assert [p.name for p in stored.parent.iterdir()] == ["2026.5.json"]  # no partial file left


def test_a_folder_without_hard_links_still_stores_and_never_overwrites(store: PackStore, tmp_path: Path, monkeypatch):
    """A portable copy keeps its data on a USB stick (FAT32/exFAT), where os.link fails with EPERM."""

    def no_links(src, dst):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("heatadvisor.core.packs.store.os.link", no_links)
    result = store.import_pack(write(tmp_path / "new.json", pack_data(version="2026.6")))
    stored = store.user_dir / "policies" / "test-pack" / "2026.6.json"
    assert result.info.version == "2026.6" and json.loads(stored.read_text(encoding="utf-8"))["version"] == "2026.6"
    with pytest.raises(PackError) as caught:
        store.import_pack(write(tmp_path / "changed.json", pack_data(version="2026.6", title="changed")))
    assert caught.value.problems[0].reason == "version_exists"
    assert json.loads(stored.read_text(encoding="utf-8"))["version"] == "2026.6"
    assert sorted(p.name for p in stored.parent.iterdir()) == ["2026.6.json"]


def shandong_region(tmp_path: Path, **changes) -> Path:
    data = json.loads((resource("packs") / "regions" / "shandong.json").read_text(encoding="utf-8"))
    data.update(version="2026.12", **changes)
    return write(tmp_path / "region.json", data)


def test_a_region_naming_a_tariff_pack_not_installed_is_a_worded_problem(tmp_path: Path):
    store = PackStore(resource("packs"), tmp_path / "user")
    store.import_pack(shandong_region(tmp_path, tariff_pack="tariffs.rizhao"))
    with pytest.raises(InputError) as caught:
        compare(make_case(), load_bundle(store))
    (problem,) = caught.value.problems
    assert (problem.field, problem.reason, problem.limit) == ("location.province", "no_tariff_pack", "tariffs.rizhao")
    assert "tariffs.rizhao" in problem_line(problem, "zh")


def test_a_region_season_day_must_exist(tmp_path: Path):
    store = PackStore(resource("packs"), tmp_path / "user")
    with pytest.raises(PackError) as caught:
        store.import_pack(
            shandong_region(tmp_path, season={"start": "11-15", "end": "02-30", "src": "season_shandong_b"})
        )
    assert [p.field for p in caught.value.problems] == ["season.end"]
