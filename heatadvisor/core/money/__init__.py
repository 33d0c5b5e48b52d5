"""What each option costs over the years: the discounting arithmetic (``economics.py``), the
subsidy programmes asked for each row (``subsidy_link.py``), what scales with a row's size in
its purchase (``purchase.py``), and purchase, subsidies, cash flows, payback and cost over the
horizon for every row (``over_years.py``). May import the base and ``place/`` … ``demand/``.
"""
