"""SQLite state: users' language, feedback, unanswered questions, quiz progress.

One file (``DATABASE_PATH``), WAL mode, schema versioned with ``PRAGMA user_version`` and
migrated forward at start-up. Every write is one transaction. No names or phone numbers
are stored: users are their numeric Telegram id only (group leaderboards show first names
from the live updates, never from here). The methods are plain blocking calls; the bot runs
them on the store's one thread (``Store.call``), off the event loop.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.migrations import MIGRATIONS
from bot.quizstore import QuizTables
from bot.storethread import StoreThread
from bot.text import fold


@dataclass(frozen=True)
class UnansweredRow:
    text: str
    count: int
    last_seen: str


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """One write transaction on ``db`` (opened with ``isolation_level=None``): committed on
    success, rolled back on any error."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class Store(StoreThread, QuizTables):
    """The bot's SQLite database. Use as a context manager or call ``close``.

    Its calls off the event loop are in storethread.py, its quiz tables in quizstore.py.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        super().__init__()
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=5000")
        # One write per question (the usage log). In WAL mode NORMAL does not wait for the
        # disk at each commit, yet survives a crash or SIGKILL of the process; only a power
        # cut can lose the last commits (as in the journal).
        # FULL waited for the disk at every commit and capped bench --e2e at ~30 updates/s.
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.migrate()
        # Every user's chosen language, read once here and written through by
        # ``set_language`` and ``forget``: it is asked before every question, and from
        # memory that costs no trip to the store's thread (~100 bytes per user who chose).
        self._langs: dict[int, str] = {
            r[0]: r[1] for r in self.db.execute("SELECT user_id, lang FROM users")}

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Finish the calls queued on the store's thread, then close the file."""
        self._finish_calls()
        self.db.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any error."""
        with transaction(self.db):
            yield self.db

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply the migrations this file has not seen yet.

        Each script runs whole (SQLite parses it: semicolons in strings and trigger bodies
        are safe) inside one transaction with its new version number, so a file is at one
        version or the next, never half-way.
        """
        for number, script in enumerate(MIGRATIONS, 1):
            if self.version >= number:
                continue
            try:
                self.db.executescript(f"BEGIN IMMEDIATE;\n{script}\n;\n"
                                      f"PRAGMA user_version = {number};\nCOMMIT;")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise

    # ------------------------------------------------------------ users

    def language(self, user_id: int) -> str | None:
        """The language the user chose, or None; from memory, so callable on the event
        loop (only this object writes the users table while the bot runs)."""
        return self._langs.get(user_id)

    def set_language(self, user_id: int, lang: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        with self.tx() as db:
            db.execute(
                "INSERT INTO users (user_id, lang, created_at, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET lang = excluded.lang, "
                "updated_at = excluded.updated_at", (user_id, lang, now, now))
        self._langs[user_id] = lang

    def forget(self, user_id: int) -> int:
        """Delete everything stored about a user; returns how many rows went or changed.

        tests/test_forget.py walks every table of the schema to prove nothing is left.
        """
        removed = 0
        with self.tx() as db:
            for table, column in (("users", "user_id"), ("feedback", "user_id"),
                                  ("unanswered", "user_id"), ("asked", "user_id"),
                                  ("quiz_answers", "user_id"),
                                  ("leitner", "user_id")):
                removed += db.execute(f"DELETE FROM {table} WHERE {column} = ?",
                                      (user_id,)).rowcount
            removed += db.execute("DELETE FROM quiz_sessions WHERE owner_id = ? AND "
                                  "is_group = 0", (user_id,)).rowcount
            # A group quiz belongs to the group too: it stays, without its starter's id.
            removed += db.execute("UPDATE quiz_sessions SET owner_id = 0 WHERE owner_id = ?",
                                  (user_id,)).rowcount
        self._langs.pop(user_id, None)
        return removed

    # ------------------------------------------------------------ feedback, unanswered

    def vote(self, user_id: int, entry_id: str, vote: int, now: float | None = None) -> None:
        """Record 👍 (+1) or 👎 (-1); a second vote on the same answer replaces the first."""
        with self.tx() as db:
            db.execute(
                "INSERT INTO feedback (user_id, entry_id, vote, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (user_id, entry_id) DO UPDATE SET vote = excluded.vote, "
                "created_at = excluded.created_at",
                (user_id, entry_id, 1 if vote > 0 else -1, time.time() if now is None else now))

    def feedback_summary(self) -> list[tuple[str, int, int]]:
        return [(r[0], r[1], r[2]) for r in self.db.execute(
            "SELECT entry_id, SUM(vote > 0), SUM(vote < 0) FROM feedback GROUP BY entry_id "
            "ORDER BY SUM(vote < 0) DESC, entry_id")]

    def record_unanswered(self, user_id: int, text: str, lang: str | None,
                          now: float | None = None, update_id: int | None = None) -> None:
        """Keep a question the bot could not answer; once per ``update_id`` (a replayed
        update is not counted twice)."""
        self.record_unanswered_many([(user_id, text, lang, time.time() if now is None else now,
                                      update_id)])

    def record_unanswered_many(self, rows: list[tuple[int, str, str | None, float, int | None]]
                               ) -> None:
        """``record_unanswered`` of many questions in one transaction: (user id, text,
        language, time, update id)."""
        kept = []
        for user, raw, lang, at, update in rows:
            text = raw.strip()[:500]
            if key := fold(text):
                kept.append((user, text, key, lang, at, update))
        if not kept:
            return
        with self.tx() as db:
            db.executemany("INSERT OR IGNORE INTO unanswered (user_id, text, key, lang, "
                           "created_at, update_id) VALUES (?, ?, ?, ?, ?, ?)", kept)

    def unanswered(self, limit: int = 50) -> list[UnansweredRow]:
        """Questions the bot could not answer, most asked first."""
        rows = self.db.execute(
            "SELECT MIN(text) AS text, COUNT(*) AS n, MAX(created_at) AS last FROM unanswered "
            "GROUP BY key ORDER BY n DESC, last DESC LIMIT ?", (limit,))
        return [UnansweredRow(r["text"], r["n"],
                              time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(r["last"])))
                for r in rows]


