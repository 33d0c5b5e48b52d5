"""Which option is best, and why: households evaluated together as one group (``group.py``),
ranking with reasons as codes (``ranking.py``), one household's ``Comparison`` (``result.py``),
the batch's one-line summary (``summary.py``), and ``compare`` for a single household
(``compare.py``). The top of the core: it may import every other package.
"""
