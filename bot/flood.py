"""A per-user flood guard: warn once, then ignore a user who writes too fast."""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Literal

Verdict = Literal["ok", "warn", "drop"]


class FloodGuard:
    """Allow ``limit`` messages per ``window`` seconds per user.

    The first message over the limit gets "warn" (the bot answers once); later ones get
    "drop" until the user's rate falls under the limit again.

    Memory is bounded by the users active within the window: users are kept in order of
    their last message, and those idle for a whole window are forgotten at the next check
    (their next message starts afresh, which is what the window means anyway). Each user
    keeps at most ``limit + 1`` times, all a verdict needs.
    """

    def __init__(self, limit: int = 20, window: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: OrderedDict[int, deque[float]] = OrderedDict()  # least recent first
        self._warned: set[int] = set()

    def check(self, user_id: int) -> Verdict:
        """Count one message from ``user_id`` and say what to do with it."""
        now = self.clock()
        self._forget_idle(now)
        stamps = self._seen.get(user_id)
        if stamps is None:
            stamps = self._seen[user_id] = deque(maxlen=self.limit + 1)
        else:
            self._seen.move_to_end(user_id)
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

    def _forget_idle(self, now: float) -> None:
        while self._seen:
            user_id, stamps = next(iter(self._seen.items()))
            if now - stamps[-1] <= self.window:
                return
            del self._seen[user_id]
            self._warned.discard(user_id)

    def forget(self, user_id: int) -> None:
        self._seen.pop(user_id, None)
        self._warned.discard(user_id)

    def history(self, user_id: int) -> int:
        """How many message times are kept for a user (at most ``limit + 1``)."""
        return len(self._seen.get(user_id, ()))

    def __len__(self) -> int:
        """How many users are remembered."""
        return len(self._seen)
