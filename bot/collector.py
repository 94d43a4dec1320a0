"""Python's cycle collector: paused while a knowledge base is read or indexed, and set as a
started bot runs it (pure).

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

YOUNG_OBJECTS = 50_000
"""New objects between two runs of the cycle collector over the youngest ones, once the bot
runs (Python's default is 700). Each update makes thousands of short-lived objects
(python-telegram-bot's, the HTTP client's, matching's): at 700 the collector ran ~350 times
per 1,000 updates of ``bench --e2e``, and the objects of the updates still in flight, which
it promoted, made its older generations' runs cost 3 and 28 ms each: ~0.26 ms of CPU per
update in all. At 50,000 it runs twice per 1,000 updates, ~0.06 ms per update, and holds at
most a few MB of cyclic garbage a little longer."""


_frozen = False
"""Whether this process has objects frozen (``freeze``). ``paused`` and ``serving`` read it
instead of asking ``gc.get_freeze_count``, which walks every frozen object (CPython
3.11-3.13): ~10-20 ms once a bot has started or the test session has built its answerer,
after every load and index build (~350 in the quick suite, ~4 s of its CPU)."""


def freeze() -> None:
    """``gc.freeze``: every object tracked so far is left out of the collector's runs. The
    project freezes only through this function and thaws only through ``unfreeze``, so that
    ``_frozen`` stays true to ``gc.get_freeze_count``."""
    global _frozen
    gc.freeze()
    _frozen = True


def unfreeze() -> None:
    """``gc.unfreeze``: every frozen object goes back to the oldest generation."""
    global _frozen
    gc.unfreeze()
    _frozen = False


@contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off meanwhile (and on again after, if it was on).

    What was made meanwhile goes to the oldest generation, which the collector walks only
    when it looks at everything: otherwise the first object made after walks all of it as
    the youngest (0.15 s after loading 10,000 entries), and the next-to-youngest walk does
    again. Not once something is frozen (``freeze``, the bot's start): moving those
    objects there too would have the collector walk them again.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not _frozen:
                gc.freeze()  # every generation into the frozen one, then all into the oldest
                gc.unfreeze()
            gc.enable()


def paused_during(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` with the cycle collector ``paused`` while it runs (a decorator)."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with paused():
            return fn(*args, **kwargs)

    return run


@contextmanager
def serving() -> Iterator[None]:
    """The collector as a started bot sets it (``bot.telegram.app``), meanwhile: what was
    built so far frozen (``freeze``: the collector no longer walks the knowledge base and
    index), and run after YOUNG_OBJECTS new objects; both given back after (the objects
    frozen before stay frozen). ``bench`` times matching so, as the bot runs it."""
    threshold, frozen = gc.get_threshold(), _frozen
    freeze()
    gc.set_threshold(YOUNG_OBJECTS, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if not frozen:  # gc.unfreeze thaws every frozen object, or none
            unfreeze()
