"""What the household's village has: what the case says, plus what the region pack knows of
the county, township or village. A device that needs anything else is not ranked."""

from __future__ import annotations

from collections.abc import Sequence

from ..contract.case import Case
from ..packs.region_schema import RegionPack


def village_has(case: Case, region: RegionPack, county: str) -> frozenset[str]:
    """The infrastructure of ``case``'s village; ``county`` is the county's name as resolved
    (the case may have written it shorter)."""
    loc = case.location
    known = [f.has for f in region.village_facts
             if f.county == county and f.township in (None, loc.township) and f.village in (None, loc.village)]
    return case.village.has().union(*known)


def missing(needs: Sequence[str], has: frozenset[str]) -> tuple[str, ...]:
    """What a device needs that the village does not have, in the catalogue's order."""
    return tuple(n for n in needs if n not in has)
