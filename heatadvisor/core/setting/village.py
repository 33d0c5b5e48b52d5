"""What the household's village has and allows: what the case says, plus what the region pack
knows of the prefecture, county, township or village. A device that needs anything else, or
burns a fuel banned there, is not ranked."""

from __future__ import annotations

from collections.abc import Sequence

from ..contract.case import Case
from ..packs.region_schema import RegionPack


def _here(named: tuple[str | None, ...], actual: tuple[str | None, ...]) -> bool:
    """A pack fact names places from the prefecture down; each one named must be the case's."""
    return all(n is None or n == a for n, a in zip(named, actual))


def village_has(case: Case, region: RegionPack, county: str) -> frozenset[str]:
    """The infrastructure of ``case``'s village; ``county`` is the county's name as resolved
    (the case may have written it shorter)."""
    loc = case.location
    known = [
        f.has
        for f in region.village_facts
        if _here((f.county, f.township, f.village), (county, loc.township, loc.village))
    ]
    return case.village.has().union(*known)


def banned_fuels(case: Case, region: RegionPack, prefecture: str, county: str) -> frozenset[str]:
    """The fuels the region pack says households may not burn where ``case`` lives (禁煤区);
    ``prefecture`` and ``county`` as resolved."""
    loc = case.location
    where = (prefecture, county, loc.township, loc.village)
    return frozenset(
        fuel
        for ban in region.fuel_bans
        if _here((ban.prefecture, ban.county, ban.township, ban.village), where)
        for fuel in ban.fuels
    )


def missing(needs: Sequence[str], has: frozenset[str]) -> tuple[str, ...]:
    """What a device needs that the village does not have, in the catalogue's order."""
    return tuple(n for n in needs if n not in has)
