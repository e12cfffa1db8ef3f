"""Python's cyclic garbage collector paused while a large file is read and stored.

Reading and importing 100,000 companies makes millions of objects that all stay
alive until the import is done (rows, cells, parameters). Each time enough new
objects exist, the collector walks every object that is still alive, so the
walks grow with the file: they took some 40 % of an import of 100,000 companies.
Almost nothing of what an import makes is cyclic garbage, so nothing is lost by
waiting: the collector runs again as soon as the outermost pause ends.
Standard library only, so every layer may use it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """The collector off for the block (or the decorated function); nested pauses are fine."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
