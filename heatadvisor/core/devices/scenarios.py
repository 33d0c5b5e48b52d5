"""The three scenarios every range is computed in. Arrays of devices, energies and money carry
them on one axis (``(R, 3)``, ``(R, 3, S)`` …) in this order: the favourable end (high
efficiency, low price), typical, the unfavourable end."""

FAVOURABLE, TYPICAL, UNFAVOURABLE = SCENARIOS = (0, 1, 2)
