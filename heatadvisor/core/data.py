"""The data a comparison runs on: the bundled packs, loaded once and validated.

Loaded lazily (pydantic validation of all packs costs tens of milliseconds, which must
not sit on the window's path to its first paint).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..paths import resource
from .packs.catalog_schema import CommonPack, Device, DevicePack
from .packs.loader import load_pack
from .packs.region_schema import RegionPack
from .tariff_models import TariffPack


@dataclass(frozen=True)
class DataBundle:
    common: CommonPack
    devices: dict[str, Device]
    regions: dict[str, RegionPack]  # by province served, e.g. "山东省"
    tariffs: dict[str, TariffPack]  # by file stem, as region packs name them
    versions: dict[str, str]  # pack id -> version

    def region_for(self, province: str) -> RegionPack:
        try:
            return self.regions[province]
        except KeyError:
            raise KeyError(province) from None

    def tariff_for(self, region: RegionPack) -> TariffPack:
        return self.tariffs[region.tariff_pack]


def _packs(folder: str) -> list[Path]:
    return sorted(resource("packs", folder).glob("*.json"))


def load_bundle() -> DataBundle:
    """Validate every pack; a bad one raises PackError naming the file and field."""
    common = [load_pack(p, CommonPack) for p in _packs("common")]
    device_packs = [load_pack(p, DevicePack) for p in _packs("devices")]
    region_packs = [load_pack(p, RegionPack) for p in _packs("regions")]
    tariff_packs = {p.stem: load_pack(p, TariffPack) for p in _packs("tariffs")}
    regions = {province: pack for pack in region_packs for province in pack.covers}
    devices = {d.id: d for pack in device_packs for d in pack.devices}
    versions = {pack.pack_id: pack.version for pack in [*common, *device_packs, *region_packs, *tariff_packs.values()]}
    return DataBundle(common[0], devices, regions, tariff_packs, versions)


@lru_cache(maxsize=1)
def bundled() -> DataBundle:
    return load_bundle()
