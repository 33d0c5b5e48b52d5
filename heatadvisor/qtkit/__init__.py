"""The Qt pieces the window, the printed sheet and the CLI share: the bundled font, the charts,
translation install, the service point's settings, and the application that paints when no
window runs (``application.py``).

Here rather than in ``heatadvisor.ui`` so that the sheet and the CLI never import the window
(tests/test_layers.py). Nothing here imports ``heatadvisor.ui``.
"""
