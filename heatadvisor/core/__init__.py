"""The calculation core: a household's answers in, a ranked comparison out — pure Python on
numpy arrays, no Qt. Which package answers which question (each may import the packages
above it in this map and never one below; ``tests/core/test_layers.py`` holds the map to it):

    contract/    (base) What do the views send in and get back? The case, its field problems, the result.
    packs/       (base) What does a data pack look like, and which version is active? Schemas, loader, store,
                 and the device kinds and technology ids every pack names (``technology.py``).
    subsidies/   (base) Which programmes pay, how much, and why not? Policy packs and their rules.
    place/       Where is the household and what weather does it get? County → station → climate bins.
    devices/     What can each device do here? The catalogue's figures; heat-pump COP and capacity by
                 outdoor temperature (``heat_pump.py``), fitted in one place's bins (``pump_table.py``).
    tariffs/     What does heating add to the bill? Tariff packs (``models.py``), their numbers as arrays
                 (``plan.py``), tiers and time of use walked month by month (``walk.py``), per fuel (``bills.py``).
                 A province's own tiers and prices are data: ``resources/packs/tariffs/<province>.json``.
    setting/     What do all households of one place, season and date share? The loaded packs, the setting.
    demand/      What does each household need and use? Heat loss, its rows (today's system, then each
                 option), calibration to last winter, energy by bin, running cost, sizing, emissions.
    money/       What does each option cost over the years? Purchase, subsidies, cash flows, payback.
    comparison/  Which option is best, and why? Households evaluated as a group, ranking, the result,
                 the batch summary, and ``compare`` for one household.
"""
