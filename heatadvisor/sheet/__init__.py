"""The printed advice sheet and the COP poster: content (plain Python), layout and one renderer
for preview, printer and PDF."""
