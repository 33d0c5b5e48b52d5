"""The pack store: bundled and imported packs, versions, validation before any change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import heatadvisor.core.subsidies  # noqa: F401  (registers the policies kind)
from heatadvisor.core.packs.loader import PackError
from heatadvisor.core.packs import store as store_module
from heatadvisor.core.packs.sourced import PackHeader
from heatadvisor.core.packs.store import PackStore, register_kind, registered_kinds
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
    assert (info.kind, info.pack_id, info.version, info.origin, info.active) == ("policies", "test-pack", "2026.1", "bundled", True)
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
    template = pack_data(programme_data(amount={"type": "to_be_set", "benefit": "capital"}),
                         pack_id="county-template", template=True)
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
