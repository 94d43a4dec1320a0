"""SQLite tables of quizzes: sessions, their polls, answers and each user's Leitner boxes.

A part of ``Store`` (its mixin), split from store.py by job; it uses the store's connection
and its one-transaction writes (``Store.db``, ``Store.tx``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass


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


class QuizTables:
    """The quiz methods of ``Store``."""

    db: sqlite3.Connection
    tx: Callable[[], AbstractContextManager[sqlite3.Connection]]

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
