"""Versioned, schema-validated data packs (climate, tariffs, prices, devices, subsidy rules)."""
