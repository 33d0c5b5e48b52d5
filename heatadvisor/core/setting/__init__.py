"""What every household of one place, season and date shares: the active packs, loaded and
validated once (``bundle.py``), and the setting built from them for a case — climate bins,
region pack, device and heat-pump tables, tariffs (``setting.py``); and what the household's
village has (``village.py``). May import the base, ``place/``, ``devices/`` and ``tariffs/``.
"""
