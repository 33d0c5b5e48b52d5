"""The data a comparison runs on: the active packs of every kind, validated.

Bundled packs and those imported from a USB stick come through one PackStore, which keeps
the newest valid version of each pack active. Loaded lazily: validating all packs costs
tens of milliseconds, which must not sit on the window's path to its first paint.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from ..contract.problems import FieldProblem, InputError
from ..packs.catalog_schema import CommonPack, Device, DevicePack
from ..packs.loader import PackError
from ..packs.region_schema import RegionPack
from ..packs.sourced import PackHeader
from ..packs.store import BrokenPack, PackStore, registered_kinds
from ..subsidies import PolicyPack
from ..tariffs.models import TariffPack


@dataclass(frozen=True)
class DataBundle:
    common: CommonPack
    devices: dict[str, Device]
    regions: dict[str, RegionPack]  # by province served, e.g. "山东省"
    tariffs: dict[str, TariffPack]  # by pack id
    policies: list[PolicyPack]
    versions: dict[str, str]  # pack id -> version, for the sheet and saved consultations
    broken: list[BrokenPack] = field(default_factory=list)  # imported files that failed validation
    device_estimates: frozenset[str] = frozenset()  # source keys the device packs mark E (our estimates)

    def region_for(self, province: str) -> RegionPack:
        return self.regions[province]

    def tariff_for(self, region: RegionPack, province: str, prefecture: str) -> TariffPack:
        """The tariff pack of a county: the one whose ``covers`` names its prefecture ("内蒙古自治区呼和浩特市":
        one province may have two grids, Mengxi and Mengdong), else its province — the region pack's own
        where that covers it, since a region pack serving several provinces (the national default) names
        one tariff for all. An imported region pack may name one not installed."""
        try:
            named = self.tariffs[region.tariff_pack]
        except KeyError:
            raise InputError(
                [
                    FieldProblem(
                        "location.province",
                        "no_tariff_pack",
                        f"{region.pack_id} needs tariff pack {region.tariff_pack}, which is not installed",
                        region.tariff_pack,
                    )
                ]
            ) from None
        for place in (province + prefecture, province):
            covering = [pack for pack in self.tariffs.values() if place in pack.covers]
            if covering:
                return next((pack for pack in covering if pack is named), covering[0])
        return named


P = TypeVar("P", bound=PackHeader)
Scans = dict[str, tuple[list[PackHeader], list[BrokenPack]]]


def _active(scans: Scans, kind: str, model: type[P]) -> list[P]:
    """The active packs of ``kind`` as the model they were validated with (registered for the kind)."""
    return [pack for pack in scans[kind][0] if isinstance(pack, model)]


def load_bundle(store: PackStore | None = None) -> DataBundle:
    """Every active pack; raises PackError naming file and field if a kind has none usable.

    Each kind's files are read and validated once (active and broken from the same read)."""
    store = store or PackStore()
    scans: Scans = {"common": store.active_and_broken("common")}
    common = _active(scans, "common", CommonPack)
    if not common:
        broken = scans["common"][1]
        raise (
            broken[0].error
            if broken
            else PackError(str(store.bundled_dir / "common"), [FieldProblem("", "missing", "no common pack")])
        )
    scans.update((kind, store.active_and_broken(kind)) for kind in registered_kinds() if kind not in scans)
    device_packs = _active(scans, "devices", DevicePack)
    region_packs = _active(scans, "regions", RegionPack)
    tariff_packs = _active(scans, "tariffs", TariffPack)
    policies = _active(scans, "policies", PolicyPack)
    everything: list[PackHeader] = [*common, *device_packs, *region_packs, *tariff_packs, *policies]
    return DataBundle(
        common=common[0],
        devices={d.id: d for pack in device_packs for d in pack.devices},
        regions={province: pack for pack in region_packs for province in pack.covers},
        tariffs={pack.pack_id: pack for pack in tariff_packs},
        policies=policies,
        versions={pack.pack_id: pack.version for pack in everything},
        broken=[item for kind in registered_kinds() for item in scans[kind][1]],
        device_estimates=frozenset(
            key for pack in device_packs for key, source in pack.sources.items() if source.conf == "E"
        ),
    )


@lru_cache(maxsize=1)
def bundled() -> DataBundle:
    """The bundled packs, loaded once per process.

    They live as long as the process, so they are moved out of the garbage collector's
    sight (``gc.freeze``): otherwise every full collection during a village batch walks
    all of their objects again — measured to be half of a warm batch's time.
    """
    data = load_bundle()
    gc.freeze()
    return data
