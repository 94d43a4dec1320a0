"""Is the bot alive? A heartbeat the bot writes, and the check ``python -m bot health`` (and
the webhook app's ``GET /healthz``) reads.

The bot beats after every successful ``getUpdates`` (long polling), every update it is sent
and, in webhook mode, every successful ``getWebhookInfo`` (once a minute), at most once per
``BEAT_EVERY`` seconds. The check passes when the database opens and the last beat is at
most ``MAX_AGE`` seconds old. Plain SQLite: no Telegram import, so any front end can use it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.store import Store

BEAT_EVERY = 15.0
MAX_AGE = 180.0
"""Long polling beats every 10 s or so and webhook mode every minute; three minutes of
silence means the bot is stuck or cut off from Telegram."""


@dataclass(frozen=True)
class Health:
    """The verdict, one sentence for an operator, and the last beat's age in seconds."""

    ok: bool
    reason: str
    age: float | None = None


class Heartbeat:
    """Writes the heartbeat into the store, at most once per ``every`` seconds."""

    def __init__(self, store: Store, every: float = BEAT_EVERY,
                 clock: Callable[[], float] = time.time, off_loop: bool = False) -> None:
        """With ``off_loop`` (the bot) the write is queued on the store's thread
        (``Store.post``) instead of done before returning."""
        self.store = store
        self.every = every
        self.clock = clock
        self.off_loop = off_loop
        self._last = float("-inf")

    def __call__(self, source: str) -> None:
        """Record that ``source`` ("getUpdates", "update", "webhook") just worked."""
        now = self.clock()
        if now - self._last < self.every:
            return
        self._last = now
        if self.off_loop:
            self.store.post(self._write, source, now)
        else:
            self._write(source, now)

    def _write(self, source: str, now: float) -> None:
        with self.store.tx() as db:
            db.execute("INSERT INTO heartbeat (id, source, at) VALUES (1, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET source = excluded.source, "
                       "at = excluded.at", (source, now))


def check(path: Path, max_age: float = MAX_AGE, now: float | None = None) -> Health:
    """Whether the database at ``path`` opens and holds a recent heartbeat (read-only)."""
    if not path.exists():
        return Health(False, f"no database at {path}")
    now = time.time() if now is None else now
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            row = db.execute("SELECT source, at FROM heartbeat WHERE id = 1").fetchone()
        finally:
            db.close()
    except sqlite3.Error as exc:
        return Health(False, f"the database does not open: {exc}")
    if row is None:
        return Health(False, "the bot has not reached Telegram yet (no heartbeat)")
    source, at = row
    age = max(0.0, now - at)
    if age > max_age:
        return Health(False, f"last heartbeat ({source}) {age:.0f} s ago, over {max_age:.0f} s",
                      age)
    return Health(True, f"ok: last heartbeat ({source}) {age:.0f} s ago", age)
