"""The printed advice sheet and the COP poster: content (plain Python), layout and one renderer
for preview, printer and PDF.

- ``content``: the sheet as worded data (``build_sheet``, fitting ``LEVELS``, privacy in ``SheetContext``);
  its sections ``table_section`` (the comparison table and its note) and ``subsidy_section``;
- ``chart``: the payback chart on paper (``heatadvisor.qtkit.charts``); ``poster``: the COP poster;
- ``layout`` and ``render``: placing the blocks on A4; ``printing``: preview, printer, PDF;
- ``township``: the township report's PDF.

May import the core's results, ``wording`` and ``qtkit``; never the window (``heatadvisor.ui``)."""
