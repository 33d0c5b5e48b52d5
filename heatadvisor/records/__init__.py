"""Consultation records: saved, reopened, followed up, exported, exchanged, kept private.

Qt-free; the window and ``heatadvisor-cli records`` call the same functions. Start with
``open_store()``; see docs/records.md.
"""
