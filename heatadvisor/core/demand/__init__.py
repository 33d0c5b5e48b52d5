"""What each household needs and what each option uses, for many households at once. The
house's heat loss (``heat_loss.py``); each household's rows, today's system then each option
(``households.py``); loads and energy by temperature bin (``energy.py``); running cost on the
tariffs (``running.py``); calibration to last winter's figure (``calibration.py``) and whether
the estimate and that figure are believable (``plausibility.py``); all of it over the rows
(``evaluation.py``); then sizing and supply (``sizing.py``) and emissions (``emissions.py``).
May import the base and ``place/`` … ``setting/``.
"""
