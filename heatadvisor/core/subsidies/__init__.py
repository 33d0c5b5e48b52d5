"""Which subsidy programmes pay for an option, how much, and why not: policy rules as data,
evaluated per household and option. The policy pack (``schema.py``) and its amount types
(``amount_types.py``), which name technologies and their categories from ``packs/technology.py``;
dates known only to the year or quarter (``dates.py``); what is known of the household and the
option (``facts.py``); one reason per condition (``conditions.py``); what a programme pays
(``amounts.py``); prerequisites, exclusions and caps between programmes (``relations.py``); and
``evaluate.py``, which puts them together into ``results.py`` — codes and numbers, worded by
``heatadvisor.wording``. Part of the base: imports only ``packs/`` and ``contract/``.
"""

from heatadvisor.core.subsidies.amounts import (
    operating_subsidy_by_year,
    tariff_subsidy_yuan,
)
from heatadvisor.core.subsidies.evaluate import evaluate
from heatadvisor.core.subsidies.facts import HouseholdFacts, OptionFacts, PriceRange
from heatadvisor.core.subsidies.results import SubsidyAssessment
from heatadvisor.core.subsidies.schema import PolicyPack

__all__ = [
    "HouseholdFacts",
    "OptionFacts",
    "PolicyPack",
    "PriceRange",
    "SubsidyAssessment",
    "evaluate",
    "operating_subsidy_by_year",
    "tariff_subsidy_yuan",
]
