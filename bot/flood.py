"""A per-user flood guard: warn once, then ignore a user who writes too fast."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Literal

Verdict = Literal["ok", "warn", "drop"]


class FloodGuard:
    """Allow ``limit`` messages per ``window`` seconds per user.

    The first message over the limit gets "warn" (the bot answers once); later ones get
    "drop" until the user's rate falls under the limit again.
    """

    def __init__(self, limit: int = 20, window: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._warned: set[int] = set()

    def check(self, user_id: int) -> Verdict:
        """Count one message from ``user_id`` and say what to do with it."""
        now = self.clock()
        stamps = self._seen.setdefault(user_id, deque())
        while stamps and now - stamps[0] > self.window:
            stamps.popleft()
        stamps.append(now)
        if len(stamps) <= self.limit:
            self._warned.discard(user_id)
            return "ok"
        if user_id in self._warned:
            return "drop"
        self._warned.add(user_id)
        return "warn"

    def forget(self, user_id: int) -> None:
        self._seen.pop(user_id, None)
        self._warned.discard(user_id)
