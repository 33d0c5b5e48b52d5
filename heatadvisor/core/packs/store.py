"""Where packs live, which version is in use, and importing a pack without risk.

Bundled packs: ``resources/packs/<kind>/*.json``. Imported packs: ``<user data>/packs/<kind>/
<pack_id>/<version>.json`` (user data: ``heatadvisor.paths.data_dir()``). The newest
valid, non-template version of each pack id is active; older versions stay loadable so a
saved consultation can be shown with what it was computed with. An import is validated
completely before anything is written, and an existing version is never overwritten.

Each pack kind registers its model here (``register_kind``) from its own module, so new
kinds plug in without editing this file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from heatadvisor.core.contract.problems import FieldProblem
from heatadvisor.core.packs.loader import MAX_PACK_BYTES, PackError, parse_pack_text
from heatadvisor.core.packs.sourced import PackHeader
from heatadvisor.paths import packs_dir, resource

Dates = Callable[[PackHeader], tuple[str | None, str | None]]
Origin = Literal["bundled", "imported"]


@dataclass(frozen=True)
class PackKind:
    model: type[PackHeader]
    dates: Dates | None = None  # (valid from, valid until) of the whole pack, as written
    is_template: Callable[[PackHeader], bool] | None = None


_KINDS: dict[str, PackKind] = {}


def register_kind(
    kind: str,
    model: type[PackHeader],
    *,
    dates: Dates | None = None,
    is_template: Callable[[PackHeader], bool] | None = None,
) -> None:
    """Make ``kind`` known: its files are validated with ``model``."""
    _KINDS[kind] = PackKind(model, dates, is_template)


def registered_kinds() -> list[str]:
    return sorted(_KINDS)


def schema_text(kind: str) -> str:
    """The JSON Schema of a pack kind, as shipped in resources/packs/schema/<kind>.schema.json
    for pack authors and their editors (regenerate with tools/export_schemas.py)."""
    return json.dumps(_KINDS[kind].model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


class _KindProbe(BaseModel):
    """Only the pack's kind, read before the full validation picks the model."""

    model_config = ConfigDict(extra="allow", strict=True)
    kind: str = Field(pattern=r"^[a-z][a-z_]{1,29}$")


@dataclass(frozen=True)
class PackInfo:
    kind: str
    pack_id: str
    version: str
    title: str
    valid_from: str | None
    valid_until: str | None
    source_count: int
    origin: Origin
    path: Path
    template: bool
    active: bool


@dataclass(frozen=True)
class BrokenPack:
    """A stored file that no longer validates (edited by hand, disk error): never used."""

    kind: str
    origin: Origin
    path: Path
    error: PackError


@dataclass(frozen=True)
class ImportResult:
    info: PackInfo  # the imported version (active or not)
    superseded: PackInfo | None  # the version that was active before, if this one replaces it
    already_present: bool  # the very same version and content was already there


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def read_pack_text(path: Path) -> str:
    """The file's text, read at most once and never beyond the size limit (a USB stick may
    hold anything, including a device file). A UTF-8 BOM (Windows Notepad) is accepted."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PACK_BYTES + 1)
    except OSError as exc:
        raise PackError(str(path), [FieldProblem("", "unreadable", exc.strerror or str(exc))]) from None
    if len(data) > MAX_PACK_BYTES:
        raise PackError(str(path), [FieldProblem("", "too_large", f"larger than {MAX_PACK_BYTES} bytes")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PackError(str(path), [FieldProblem("", "not_utf8", str(exc))]) from None


def parse_any_kind(text: str, file: str) -> tuple[str, PackHeader]:
    """Validate pack text with the model registered for its ``kind``."""
    kind = parse_pack_text(text, _KindProbe, file).kind
    if kind not in _KINDS:
        known = ", ".join(registered_kinds()) or "none registered"
        raise PackError(file, [FieldProblem("kind", "unknown_kind", f"unknown pack kind {kind!r}; known: {known}")])
    return kind, parse_pack_text(text, _KINDS[kind].model, file)


def _place_without_replacing(partial: Path, target: Path, text: str) -> None:
    """Put the finished file at ``target`` unless something is already there.

    A hard link does it atomically; a USB stick's FAT32 or exFAT (a portable copy keeps its data
    there) has no hard links, so there the file is created exclusively instead. Either way an
    existing version raises FileExistsError and is left as it is."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise
    except OSError:
        with open(target, "x", encoding="utf-8") as out:
            out.write(text)


class PackStore:
    def __init__(self, bundled_dir: Path | None = None, user_dir: Path | None = None):
        self.bundled_dir = bundled_dir if bundled_dir is not None else resource("packs")
        self.user_dir = user_dir if user_dir is not None else packs_dir()

    def _files(self, kind: str) -> list[tuple[Path, Origin]]:
        bundled = sorted((self.bundled_dir / kind).glob("*.json"))
        imported = sorted((self.user_dir / kind).glob("*/*.json"))
        return [(p, "bundled") for p in bundled] + [(p, "imported") for p in imported]

    def _scan(self, kind: str) -> tuple[list[tuple[PackHeader, Path, Origin]], list[BrokenPack]]:
        good, broken = [], []
        for path, origin in self._files(kind):
            try:
                pack = self._load(kind, path, origin)
            except PackError as error:
                broken.append(BrokenPack(kind, origin, path, error))
            else:
                good.append((pack, path, origin))
        return good, broken

    def _load(self, kind: str, path: Path, origin: Origin) -> PackHeader:
        found, pack = parse_any_kind(read_pack_text(path), str(path))
        if found != kind:
            raise PackError(
                str(path), [FieldProblem("kind", "wrong_folder", f"a {found!r} pack in the {kind!r} folder")]
            )
        if origin == "imported" and (path.parent.name, path.stem) != (pack.pack_id, pack.version):
            raise PackError(
                str(path), [FieldProblem("pack_id", "wrong_place", "file name does not match pack_id/version")]
            )
        return pack

    def _is_template(self, kind: str, pack: PackHeader) -> bool:
        check = _KINDS[kind].is_template
        return bool(check and check(pack))

    def _active_keys(self, kind: str, packs: list[tuple[PackHeader, Path, Origin]]) -> dict[str, str]:
        """pack_id → its newest usable version."""
        newest: dict[str, str] = {}
        for pack, _, _ in packs:
            if self._is_template(kind, pack):
                continue
            current = newest.get(pack.pack_id)
            if current is None or version_key(pack.version) > version_key(current):
                newest[pack.pack_id] = pack.version
        return newest

    def _info(self, kind: str, pack: PackHeader, path: Path, origin: Origin, active: bool) -> PackInfo:
        dates = _KINDS[kind].dates
        valid_from, valid_until = dates(pack) if dates else (None, None)
        return PackInfo(
            kind=kind,
            pack_id=pack.pack_id,
            version=pack.version,
            title=pack.title,
            valid_from=valid_from,
            valid_until=valid_until,
            source_count=len(pack.sources),
            origin=origin,
            path=path,
            template=self._is_template(kind, pack),
            active=active,
        )

    def list_packs(self, kind: str | None = None) -> list[PackInfo]:
        """Every valid pack file of every registered kind (or one kind), all versions."""
        infos = []
        for name in [kind] if kind else registered_kinds():
            packs, _ = self._scan(name)
            active = self._active_keys(name, packs)
            for pack, path, origin in packs:
                is_active = active.get(pack.pack_id) == pack.version
                infos.append(self._info(name, pack, path, origin, is_active))
        return sorted(infos, key=lambda i: (i.kind, i.pack_id, version_key(i.version), i.origin))

    def broken_packs(self, kind: str | None = None) -> list[BrokenPack]:
        return [b for name in ([kind] if kind else registered_kinds()) for b in self._scan(name)[1]]

    def active_packs(self, kind: str) -> list[PackHeader]:
        """The newest valid, non-template version of each pack id, ordered by pack id."""
        return self.active_and_broken(kind)[0]

    def active_and_broken(self, kind: str) -> tuple[list[PackHeader], list[BrokenPack]]:
        """``active_packs`` and ``broken_packs`` of one kind from a single read of its files
        (each read validates every file again)."""
        packs, broken = self._scan(kind)
        active = self._active_keys(kind, packs)
        chosen = {p.pack_id: p for p, _, _ in packs if active.get(p.pack_id) == p.version}
        return [chosen[key] for key in sorted(chosen)], broken

    def load_version(self, kind: str, pack_id: str, version: str) -> PackHeader:
        """A specific version, active or not (to re-show a saved consultation)."""
        packs, _ = self._scan(kind)
        for pack, _, _ in packs:
            if (pack.pack_id, pack.version) == (pack_id, version):
                return pack
        raise KeyError(f"{kind} pack {pack_id} version {version} is not installed")

    def _store_new(self, kind: str, pack: PackHeader, text: str, file: str) -> Path:
        """Write the pack as ``<kind>/<pack_id>/<version>.json`` inside the user folder. The
        schema already keeps ids and versions plain names; this checks again where the file
        lands, and links the finished file into place so an existing version (even a broken
        one) is never replaced."""
        target = self.user_dir / kind / pack.pack_id / f"{pack.version}.json"
        if target.resolve().parent.parent != (self.user_dir / kind).resolve():
            raise PackError(file, [FieldProblem("pack_id", "unsafe_id", "the pack id would store the file elsewhere")])
        partial = target.with_name(f".{target.name}.partial")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(text, encoding="utf-8")
            _place_without_replacing(partial, target, text)
        except FileExistsError:
            raise PackError(
                file,
                [FieldProblem("version", "version_exists", f"{target} already exists; give the pack a new version")],
            ) from None
        except OSError as exc:
            raise PackError(file, [FieldProblem("", "cannot_store", exc.strerror or str(exc))]) from None
        finally:
            partial.unlink(missing_ok=True)
        return target

    def import_pack(self, path: Path) -> ImportResult:
        """Validate ``path`` completely, then store it as a new version. Raises PackError
        (file, field, reason) and changes nothing when the file cannot be used."""
        file = str(path)
        text = read_pack_text(path)
        kind, pack = parse_any_kind(text, file)
        packs, _ = self._scan(kind)
        before = self._active_keys(kind, packs)
        for existing, existing_path, origin in packs:
            if (existing.pack_id, existing.version) != (pack.pack_id, pack.version):
                continue
            if existing != pack:
                raise PackError(
                    file,
                    [
                        FieldProblem(
                            "version",
                            "version_exists",
                            f"{pack.pack_id} {pack.version} is already installed with different content; "
                            "give the changed pack a new version",
                        )
                    ],
                )
            info = self._info(kind, existing, existing_path, origin, before.get(pack.pack_id) == pack.version)
            return ImportResult(info=info, superseded=None, already_present=True)
        target = self._store_new(kind, pack, text, file)
        previous = before.get(pack.pack_id)
        is_newest = not self._is_template(kind, pack) and (
            previous is None or version_key(pack.version) > version_key(previous)
        )
        superseded = None
        if is_newest and previous is not None:
            old = next((p, pth, o) for p, pth, o in packs if (p.pack_id, p.version) == (pack.pack_id, previous))
            superseded = self._info(kind, *old, active=False)
        return ImportResult(
            info=self._info(kind, pack, target, "imported", is_newest), superseded=superseded, already_present=False
        )
