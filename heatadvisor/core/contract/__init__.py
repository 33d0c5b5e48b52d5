"""What goes in and what comes out: the case a view sends (``case.py``, read from JSON by
``case_io.py``), the field problems it may have (``problems.py``), and the comparison it gets
back (``results.py``, built without re-validation by ``trusted.py``). Part of the base with
``packs/`` and ``subsidies/``: it imports nothing else of the core, so every package may use it.
"""
