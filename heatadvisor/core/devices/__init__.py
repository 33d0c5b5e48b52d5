"""What each heating device can do: the catalogue's figures read once per place as arrays
(``device_table.py``), the heat-pump model — COP and capacity at any outdoor and flow
temperature (``heat_pump.py``) — and every catalogue heat pump fitted in one place's bins
(``pump_table.py``); and the three scenarios every range is computed in (``scenarios.py``).
May import the base and ``place/``.
"""
