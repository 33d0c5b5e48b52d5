"""Subsidy eligibility engine: policy rules as data, evaluated per household and option."""

from heatadvisor.core.subsidies.amounts import (
    operating_subsidy_by_year,
    tariff_subsidy_yuan,
)
from heatadvisor.core.subsidies.evaluate import evaluate
from heatadvisor.core.subsidies.facts import HouseholdFacts, OptionFacts, PriceRange
from heatadvisor.core.subsidies.results import SubsidyAssessment
from heatadvisor.core.subsidies.schema import PolicyPack

__all__ = [
    "HouseholdFacts", "OptionFacts", "PolicyPack", "PriceRange", "SubsidyAssessment",
    "evaluate", "operating_subsidy_by_year", "tariff_subsidy_yuan",
]
