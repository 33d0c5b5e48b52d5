"""What a season's heating adds to an electricity or gas bill. ``models.py`` is the tariff
packs' schema (tiers, time of use, heating-season terms, per-kWh subsidies); ``plan.py`` turns
a tariff into read-only arrays once; ``walk.py`` does the tier and time-of-use arithmetic for
many rows at once; ``bills.py`` is what callers use: heating's share of the bill per fuel.
May import the base, ``place/`` and ``devices/``.
"""
