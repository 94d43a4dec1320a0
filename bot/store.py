"""SQLite state: users' language, feedback, unanswered questions, quiz progress.

One file (``DATABASE_PATH``), WAL mode, schema versioned with ``PRAGMA user_version`` and
migrated forward at start-up. Every write is one transaction. No names or phone numbers
are stored: users are their numeric Telegram id only (group leaderboards show first names
from the live updates, never from here). The methods are plain blocking calls; the bot runs
them on the store's one thread (``Store.call``), off the event loop.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from queue import SimpleQueue
from typing import Any, TypeVar

from bot.migrations import MIGRATIONS
from bot.text import fold

log = logging.getLogger(__name__)
T = TypeVar("T")

@dataclass(frozen=True)
class UnansweredRow:
    text: str
    count: int
    last_seen: str


@dataclass(frozen=True)
class SessionRow:
    id: int
    chat_id: int
    owner_id: int
    is_group: bool
    lang: str
    topic: str | None
    item_ids: tuple[str, ...]
    position: int
    status: str
    started_at: float


@dataclass(frozen=True)
class PollRow:
    poll_id: str
    session_id: int
    position: int
    item_id: str
    option_map: tuple[int, ...]
    """option_map[k] is the item's option index shown at position k (0 = correct)."""
    message_id: int | None
    is_open: bool
    sent_at: float


@dataclass(frozen=True)
class BoxRow:
    item_id: str
    box: int
    due_at: float
    seen: int
    right: int



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

class Store:
    """The bot's SQLite database. Use as a context manager or call ``close``."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._jobs: SimpleQueue[_Job | None] = SimpleQueue()
        self._thread: threading.Thread | None = None
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
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None
        self.db.close()

    # ------------------------------------------------------------ off the event loop

    async def call(self, fn: Callable[..., T], /, *args: Any) -> T:
        """Run ``fn(*args)`` (a store method, or core logic that uses the store, such as a
        ``QuizRunner`` step) on the store's one thread, so the event loop never waits on
        SQLite.

        One thread runs the calls one at a time in the order they were made: a handler
        that awaited a write reads it back (read-your-writes), and a call that does several
        reads and writes is never interleaved with another. The update journal's calls go
        through the same thread, so the two connections never wait for each other's lock.
        The thread completes the caller's asyncio future itself (``call_soon_threadsafe``):
        a third of the CPU of a ``run_in_executor`` hop, which wraps a
        ``concurrent.futures.Future`` with its locks and callbacks.
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._submit((fn, args, loop, future))
        return await future

    def post(self, fn: Callable[..., object], /, *args: Any) -> None:
        """Queue ``fn(*args)`` on the store's thread without waiting for it (the heartbeat:
        nothing depends on it, and it must not slow the call that beat)."""
        self._submit((fn, args, None, None))

    def _submit(self, job: _Job) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="store", daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def _work(self) -> None:
        """The store's thread: runs the queued calls in order until ``close``."""
        while (job := self._jobs.get()) is not None:
            fn, args, loop, future = job
            try:
                result = fn(*args)
            except BaseException as exc:  # handed to the caller, as an executor would
                if future is None:
                    log.warning("a queued store write failed: %s", exc)
                else:
                    _complete(loop, future.set_exception, future, exc)
            else:
                if future is not None:
                    _complete(loop, future.set_result, future, result)

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

    # ------------------------------------------------------------ quiz sessions

    def create_session(self, chat_id: int, owner_id: int, is_group: bool, lang: str,
                       topic: str | None, item_ids: list[str], now: float) -> SessionRow:
        with self.tx() as db:
            cur = db.execute(
                "INSERT INTO quiz_sessions (chat_id, owner_id, is_group, lang, topic, item_ids, "
                "started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (chat_id, owner_id, int(is_group), lang, topic, json.dumps(item_ids), now))
            session_id = cur.lastrowid
        session = self.session(int(session_id or 0))
        assert session is not None
        return session

    def session(self, session_id: int) -> SessionRow | None:
        row = self.db.execute("SELECT * FROM quiz_sessions WHERE id = ?",
                              (session_id,)).fetchone()
        return _session(row) if row else None

    def active_session(self, chat_id: int) -> SessionRow | None:
        row = self.db.execute("SELECT * FROM quiz_sessions WHERE chat_id = ? AND "
                              "status = 'active' ORDER BY id DESC LIMIT 1",
                              (chat_id,)).fetchone()
        return _session(row) if row else None

    def active_sessions(self) -> list[SessionRow]:
        return [_session(r) for r in self.db.execute(
            "SELECT * FROM quiz_sessions WHERE status = 'active'")]

    def advance(self, session_id: int, expected_position: int) -> bool:
        """Move a session to its next question, once: False if someone already did."""
        with self.tx() as db:
            cur = db.execute("UPDATE quiz_sessions SET position = position + 1 WHERE id = ? "
                             "AND position = ? AND status = 'active'",
                             (session_id, expected_position))
        return cur.rowcount == 1

    def end_session(self, session_id: int, status: str, now: float) -> bool:
        """Finish or stop a session; False if it was not active (nothing changes)."""
        with self.tx() as db:
            cur = db.execute("UPDATE quiz_sessions SET status = ?, finished_at = ? "
                             "WHERE id = ? AND status = 'active'", (status, now, session_id))
            db.execute("UPDATE quiz_polls SET is_open = 0 WHERE session_id = ?", (session_id,))
        return cur.rowcount == 1

    def add_poll(self, poll_id: str, session_id: int, position: int, item_id: str,
                 option_map: list[int], message_id: int | None, now: float) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO quiz_polls (poll_id, session_id, position, item_id, "
                       "option_map, message_id, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (poll_id, session_id, position, item_id, json.dumps(option_map),
                        message_id, now))

    def poll(self, poll_id: str) -> PollRow | None:
        row = self.db.execute("SELECT * FROM quiz_polls WHERE poll_id = ?",
                              (poll_id,)).fetchone()
        return _poll(row) if row else None

    def current_poll(self, session_id: int, position: int) -> PollRow | None:
        row = self.db.execute("SELECT * FROM quiz_polls WHERE session_id = ? AND position = ?",
                              (session_id, position)).fetchone()
        return _poll(row) if row else None

    def close_poll(self, poll_id: str) -> bool:
        with self.tx() as db:
            cur = db.execute("UPDATE quiz_polls SET is_open = 0 WHERE poll_id = ? AND "
                             "is_open = 1", (poll_id,))
        return cur.rowcount == 1

    def record_answer(self, session_id: int, item_id: str, user_id: int, correct: bool,
                      now: float, box: BoxRow | None = None) -> bool:
        """Store one answer and the item's new Leitner box, in one transaction.

        Returns False, changing nothing, if this user already answered this item here.
        """
        with self.tx() as db:
            cur = db.execute("INSERT OR IGNORE INTO quiz_answers (session_id, item_id, user_id, "
                             "correct, answered_at) VALUES (?, ?, ?, ?, ?)",
                             (session_id, item_id, user_id, int(correct), now))
            if cur.rowcount == 1 and box is not None:
                _upsert_box(db, user_id, box)
        return cur.rowcount == 1

    def answers(self, session_id: int) -> list[tuple[str, int, bool]]:
        """(item id, user id, correct) for every answer of a session, in answer order."""
        return [(r[0], r[1], bool(r[2])) for r in self.db.execute(
            "SELECT item_id, user_id, correct FROM quiz_answers WHERE session_id = ? "
            "ORDER BY answered_at, rowid", (session_id,))]

    def user_history(self, user_id: int) -> list[tuple[int, str, bool, float]]:
        """(session id, item id, correct, time) for every answer the user gave."""
        return [(r[0], r[1], bool(r[2]), r[3]) for r in self.db.execute(
            "SELECT session_id, item_id, correct, answered_at FROM quiz_answers "
            "WHERE user_id = ? ORDER BY answered_at", (user_id,))]

    # ------------------------------------------------------------ Leitner boxes

    def boxes(self, user_id: int) -> dict[str, BoxRow]:
        return {r["item_id"]: BoxRow(r["item_id"], r["box"], r["due_at"], r["seen"], r["right"])
                for r in self.db.execute("SELECT * FROM leitner WHERE user_id = ?", (user_id,))}

    def set_box(self, user_id: int, row: BoxRow) -> None:
        with self.tx() as db:
            _upsert_box(db, user_id, row)


_Job = tuple[Callable[..., Any], tuple[Any, ...], "asyncio.AbstractEventLoop | None",
             "asyncio.Future[Any] | None"]


def _complete(loop: asyncio.AbstractEventLoop | None, setter: Callable[[Any], None],
              future: asyncio.Future[Any], value: object) -> None:
    """Hand a call's outcome to its event loop (from the store's thread)."""
    def settle() -> None:
        if not future.done():  # the caller may have been cancelled meanwhile
            setter(value)
    try:
        assert loop is not None
        loop.call_soon_threadsafe(settle)
    except RuntimeError:  # the loop has closed: nobody is waiting any more
        pass


def _upsert_box(db: sqlite3.Connection, user_id: int, row: BoxRow) -> None:
    db.execute(
        "INSERT INTO leitner (user_id, item_id, box, due_at, seen, right) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, item_id) DO UPDATE SET "
        "box = excluded.box, due_at = excluded.due_at, seen = excluded.seen, "
        "right = excluded.right",
        (user_id, row.item_id, row.box, row.due_at, row.seen, row.right))


def _session(row: sqlite3.Row) -> SessionRow:
    return SessionRow(row["id"], row["chat_id"], row["owner_id"], bool(row["is_group"]),
                      row["lang"], row["topic"], tuple(json.loads(row["item_ids"])),
                      row["position"], row["status"], row["started_at"])


def _poll(row: sqlite3.Row) -> PollRow:
    return PollRow(row["poll_id"], row["session_id"], row["position"], row["item_id"],
                   tuple(json.loads(row["option_map"])), row["message_id"], bool(row["is_open"]),
                   row["sent_at"])
