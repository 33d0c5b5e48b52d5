"""Where the household is and what weather it gets: counties and their search (``places.py``),
the weather station and design temperature each county is given (``siting.py``), and the
station's typical-year temperature bins (``climate.py``). May import only the base (``contract/``,
``packs/``, ``subsidies/``).
"""
