"""Loading the packs and the core on a worker thread, and what the window does meanwhile.

Importing pydantic, numpy and the packs' schemas and validating the packs costs as much as
starting Qt, so it runs on a worker (``ui.background``) once the window is whole (started
beside the window's build steps, it slowed them and itself: both threads want the GIL); the
ready ``Backend`` is handed to the GUI thread.

While the worker runs no other thread may run an ``import`` statement, not even of a module
already loaded: PySide's import hook switches ``builtins.__import__`` for the whole process
around its check of each imported module, so another thread's import turns the hook back on in
the middle of the worker's check of a pydantic module, whose ``__getattr__`` then imports
pydantic circularly (ImportError from a partially initialized module, ~1 start in 50). So what
would import (the less-used tabs, the menu actions that load modules) waits, disabled, until a
signal arrives (tests/ui/test_loading.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from heatadvisor.ui.background import Operation

if TYPE_CHECKING:
    from heatadvisor.ui.backend import Backend

# While the worker imports, the GUI thread waits for the GIL at each of its Python calls for up to
# the switch interval (5 ms by default); 1 ms keeps typing during the load within a frame (key press
# p95 while loading, 3 starts each: 16, 3, 23 ms at 5 ms; 14, 1, 8 ms at 1 ms; the load no slower).
LOADING_SWITCH_INTERVAL_S = 0.001


def load_core() -> Backend:
    """The core and the packs (no module source is kept while they load: ``heatadvisor``)."""
    from heatadvisor.ui import backend

    return backend.load_backend()


class CoreLoader(QObject):
    """One load of the packs: asked for with ``request``, run from ``start`` (the window is whole)."""

    def __init__(
        self, parent: QObject, loaded: Callable[[Backend], object], failed: Callable[[BaseException, str], object]
    ):
        super().__init__(parent)
        self._loaded, self._failed = loaded, failed
        self._asked: Operation | None = None  # asked for, not started until the window is whole
        self.may_start = False

    def request(self) -> Operation:
        operation = Operation(self, load_core, "load-packs")
        operation.succeeded.connect(self._loaded)
        operation.failed.connect(self._failed)
        interval = sys.getswitchinterval()
        operation.finished.connect(lambda: sys.setswitchinterval(interval))
        self._asked = operation
        if self.may_start:
            self.start()
        return operation

    def start(self) -> None:
        """From now on an asked-for load runs at once."""
        self.may_start = True
        if self._asked is not None:
            sys.setswitchinterval(LOADING_SWITCH_INTERVAL_S)
            self._asked.start()
            self._asked = None
