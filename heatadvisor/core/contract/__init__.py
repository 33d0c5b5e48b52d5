"""What goes in and what comes out: the case a view sends (``case.py``, read from JSON by
``case_io.py``), the field problems it may have (``problems.py``), the comparison it gets
back (``results.py``, built without re-validation by ``trusted.py``), and the days of the
typical year a season is written in (``typical_year.py``). Part of the base with ``packs/`` and
``subsidies/``: it imports nothing else of the core but the subsidy result types its results
carry (``subsidies/results.py``), so every package may use it.
"""
