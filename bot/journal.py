"""The update journal: every update is stored in SQLite before Telegram is told it arrived.

Long polling confirms updates to Telegram at the next ``getUpdates`` call, whether or not the
bot has handled them; a webhook confirms with its HTTP 200. An update is written here before
either, marked handled once its handlers have run, and replayed at start-up if the process
died in between. The same table tells a repeated ``update_id`` (Telegram redelivers when a
webhook answers late) from a new one.

The body (the update's JSON, with the user's text and name) is kept only until the update is
handled; handled rows keep the id and times, for telling repeats, and are pruned after
``KEEP_HANDLED`` seconds. The journal has its own connection to the store's file (the table
comes from the store's migrations); the bot uses it only from the store's thread
(``Store.call``), so the two connections never wait for each other's write lock.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bot.store import transaction

KEEP_HANDLED = 24 * 3600.0


class Journal:
    """Fetched updates, written durably before they are confirmed to Telegram."""

    def __init__(self, path: Path | str) -> None:
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA busy_timeout=5000")
        # In WAL mode NORMAL survives a crash or SIGKILL of the process (the write is in the
        # OS before COMMIT returns); only a power cut can lose the last few updates.
        self.db.execute("PRAGMA synchronous=NORMAL")

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def add(self, update_id: int, body: str, now: float | None = None) -> bool:
        """Store an update; False if this ``update_id`` was seen before (a repeat)."""
        return update_id in self.add_many([(update_id, body)], now)

    def add_many(self, rows: list[tuple[int, str]], now: float | None = None) -> set[int]:
        """Store (update_id, body) rows in one transaction; returns the ids not seen before
        (the others are repeats). One commit per ``getUpdates`` answer, not per update."""
        at = time.time() if now is None else now
        fresh = set()
        with transaction(self.db):
            for update_id, body in rows:
                if self.db.execute("INSERT OR IGNORE INTO updates (update_id, body, received_at) "
                                   "VALUES (?, ?, ?)", (update_id, body, at)).rowcount == 1:
                    fresh.add(update_id)
        return fresh

    def handled(self, update_id: int, now: float | None = None) -> None:
        """Mark an update handled and forget its body."""
        self.handled_many([update_id], now)

    def handled_many(self, update_ids: list[int], now: float | None = None) -> None:
        """Mark updates handled and forget their bodies, in one transaction."""
        at = time.time() if now is None else now
        with transaction(self.db):
            self.db.executemany("UPDATE updates SET handled_at = ?, body = '' WHERE "
                                "update_id = ? AND handled_at IS NULL",
                                [(at, update_id) for update_id in update_ids])

    def pending(self) -> list[tuple[int, str]]:
        """(update_id, body) of every update stored but not handled, oldest first."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT update_id, body FROM updates WHERE handled_at IS NULL ORDER BY update_id")]

    def prune(self, now: float | None = None) -> int:
        """Drop handled rows older than ``KEEP_HANDLED``; returns how many went."""
        before = (time.time() if now is None else now) - KEEP_HANDLED
        return self.db.execute("DELETE FROM updates WHERE handled_at < ?", (before,)).rowcount
