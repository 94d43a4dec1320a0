"""Items queued on the event loop and written together on the store's thread.

Writing each item in its own transaction, with its own wake of the store's thread, costs the
bot's one core the two threads' turn-taking per update. A ``Batches`` queues one write at a
time: the items that arrive while it waits join it, and the write takes all of them.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Batches(Generic[T]):
    """``add`` on the event loop; ``write`` gets every item added so far, on the thread
    ``post`` runs it on (``Store.post``: after everything queued before it)."""

    def __init__(self, post: Callable[[Callable[[], None]], object],
                 write: Callable[[list[T]], object]) -> None:
        self._post = post
        self._write = write
        self._items: deque[T] = deque()
        self._queued = False  # a write is queued and has not started

    def add(self, item: T) -> None:
        self._items.append(item)
        if not self._queued:
            self._queued = True
            self._post(self._drain)

    def _drain(self) -> None:
        self._queued = False  # an item added from now on queues another write
        items: list[T] = []
        with contextlib.suppress(IndexError):
            while True:
                items.append(self._items.popleft())
        if items:
            self._write(items)
