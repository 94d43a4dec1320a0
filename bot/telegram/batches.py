"""Items queued on the event loop and written together on the store's thread.

Writing each item in its own transaction, with its own wake of the store's thread, costs the
bot's one core the two threads' turn-taking per update. A ``Batches`` queues one write at a
time: the items that arrive while it waits join it, and the write takes all of them.

With ``next_turn``, the write is queued at the event loop's next turn rather than at once:
the items added in one turn are one write. Queued at once, a write is taken by the store's
thread as soon as the loop releases the GIL (any socket call does), so the "handled" marks
of a burst went one or two a transaction (~770 transactions for 1,000 updates in ``bench
--e2e``; ~30 a turn later).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Batches(Generic[T]):
    """``add`` on the event loop; ``write`` gets every item added so far, on the thread
    ``post`` runs it on (``Store.post``: after everything queued before it)."""

    def __init__(self, post: Callable[[Callable[[], None]], object],
                 write: Callable[[list[T]], object], next_turn: bool = False) -> None:
        self._post = post
        self._write = write
        self._next_turn = next_turn
        self._items: deque[T] = deque()
        self._queued = False  # a write is queued (or due at the next turn) and has not started
        self._due: asyncio.Handle | None = None  # the next turn's queuing of the write

    def add(self, item: T) -> None:
        self._items.append(item)
        if self._queued:
            return
        self._queued = True
        loop = _running_loop() if self._next_turn else None
        if loop is None:
            self._post(self._drain)
        else:
            self._due = loop.call_soon(self.flush)

    def flush(self) -> None:
        """Queue the write now if it is due at the next turn (before the store closes)."""
        if self._due is not None:
            self._due.cancel()
            self._due = None
            self._post(self._drain)

    def _drain(self) -> None:
        self._queued = False  # an item added from now on queues another write
        items: list[T] = []
        with contextlib.suppress(IndexError):
            while True:
                items.append(self._items.popleft())
        if items:
            self._write(items)


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
