"""Python's cycle collector paused while a knowledge base is read or indexed (pure).

Reading and indexing make millions of small objects (YAML nodes, texts, lists, models)
that form no cycles, and keep most of them. The collector runs after every few hundred new
objects and, as they survive, walks ever more of them: at 10,000 entries it was 60% of the
loading time and a third of the index build's. Whatever cycles a build does leave are
collected once the collector is back on.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off meanwhile (and on again after, if it was on)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
