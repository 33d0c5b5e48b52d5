"""Data packs: what each kind may hold, and which version of it is active. The schemas of the
device catalogue and the common physics pack (``catalog_schema.py``) and of a region pack
(``region_schema.py``); the bounded range of every kind of number (``quantities.py``), each with
its source (``sourced.py``); the text and ids a pack may carry (``safe_text.py``); one pack file
read as hostile (``loader.py``); where packs live and which version is in use (``store.py``); the
device kinds, technology ids and subsidy categories every pack names (``technology.py``). The
tariff and policy packs' schemas sit with their arithmetic (``tariffs/models.py``,
``subsidies/schema.py``). The numbers themselves are data in ``resources/packs/<kind>/``, e.g. a
province's tariffs in ``resources/packs/tariffs/shandong.json``. Part of the base: imports only
``contract/``.
"""
