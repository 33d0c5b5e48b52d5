"""Test-wide setup: packs imported on this machine never leak into the tests."""

from __future__ import annotations

import os
import tempfile

# The pack store reads imported packs from the user's data directory; tests see only the
# bundled packs unless a test points HEATADVISOR_DATA_DIR somewhere itself.
os.environ.setdefault("HEATADVISOR_DATA_DIR", tempfile.mkdtemp(prefix="heatadvisor-test-data-"))
