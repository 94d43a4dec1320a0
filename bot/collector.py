"""Python's cycle collector paused while a knowledge base is read or indexed (pure).

Reading and indexing make millions of small objects (YAML nodes, texts, lists, models)
that form no cycles, and keep most of them. The collector runs after every few hundred new
objects and, as they survive, walks ever more of them: at 10,000 entries it was 60% of the
loading time and a third of the index build's. Whatever cycles a build does leave are
collected once the collector is back on.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


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


def paused_during(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` with the cycle collector ``paused`` while it runs (a decorator)."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with paused():
            return fn(*args, **kwargs)

    return run
