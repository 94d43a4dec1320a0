"""What users asked and how the bot did, for maintainers: stored in the bot's SQLite file.

Each question is logged with its outcome (answered, "did you mean", abstained) in the
``asked`` table; unanswered questions and votes are in their own tables (``bot/store.py``).
All three are kept ``RETENTION_DAYS`` and then purged (``purge``), at start-up and daily.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

from bot.store import Store

DAY = 86400.0


def record(store: Store, user_id: int, text: str, decision: str, entry_id: str | None,
           now: float | None = None) -> None:
    """Log one question and what the bot did with it."""
    record_many(store, [(user_id, text, decision, entry_id, time.time() if now is None else now)])


def record_many(store: Store, rows: list[tuple[int, str, str, str | None, float]]) -> None:
    """Log many questions in one transaction: (user id, text, decision, entry id, time)."""
    with store.tx() as db:
        db.executemany("INSERT INTO asked (user_id, text, decision, entry_id, created_at) "
                       "VALUES (?, ?, ?, ?, ?)",
                       [(user, text.strip()[:500], decision, entry, at)
                        for user, text, decision, entry, at in rows])


def purge(store: Store, retention_days: int, now: float | None = None) -> int:
    """Delete questions, unanswered questions and votes older than ``retention_days``.

    Returns:
        How many rows went.
    """
    cutoff = (time.time() if now is None else now) - retention_days * DAY
    removed = 0
    with store.tx() as db:
        for table in ("asked", "unanswered", "feedback"):
            removed += db.execute(f"DELETE FROM {table} WHERE created_at < ?",
                                  (cutoff,)).rowcount
    return removed


@dataclass(frozen=True)
class Unanswered:
    text: str
    lang: str | None
    created_at: float


def unanswered_since(store: Store, since: float) -> list[Unanswered]:
    """Every unanswered question asked since ``since`` (a Unix time), oldest first."""
    return [Unanswered(r["text"], r["lang"], r["created_at"]) for r in store.db.execute(
        "SELECT text, lang, created_at FROM unanswered WHERE created_at >= ? "
        "ORDER BY created_at", (since,))]


@dataclass(frozen=True)
class Downvoted:
    entry_id: str
    down: int
    up: int
    questions: tuple[str, ...]
    """What the users who voted 👎 had asked when the bot gave them this entry."""


def most_downvoted(store: Store, limit: int = 10) -> list[Downvoted]:
    """The entries with the most 👎, each with the questions that led there."""
    rows = store.db.execute(
        "SELECT entry_id, SUM(vote < 0) AS down, SUM(vote > 0) AS up FROM feedback "
        "GROUP BY entry_id HAVING down > 0 ORDER BY down DESC, entry_id LIMIT ?", (limit,))
    out = []
    for r in rows.fetchall():
        questions = tuple(q["text"] for q in store.db.execute(
            "SELECT DISTINCT a.text FROM asked a JOIN feedback f ON f.user_id = a.user_id "
            "AND f.entry_id = a.entry_id WHERE f.entry_id = ? AND f.vote < 0 "
            "ORDER BY a.text LIMIT 10", (r["entry_id"],)))
        out.append(Downvoted(r["entry_id"], r["down"], r["up"], questions))
    return out


@dataclass(frozen=True)
class Stats:
    users: int
    per_day: tuple[tuple[str, int], ...]
    """(YYYY-MM-DD, questions) for each day with questions, oldest first."""
    decisions: dict[str, int]
    """How many questions were answered, got "did you mean", or were abstained on."""
    top_entries: tuple[tuple[str, int], ...]


def stats(store: Store, since: float, top: int = 5) -> Stats:
    """Users, questions per day, outcomes and the most answered entries since ``since``."""
    users = store.db.execute("SELECT COUNT(*) FROM (SELECT user_id FROM users UNION "
                             "SELECT user_id FROM asked)").fetchone()[0]
    rows = store.db.execute("SELECT decision, entry_id, created_at FROM asked "
                            "WHERE created_at >= ?", (since,)).fetchall()
    days = Counter(time.strftime("%Y-%m-%d", time.gmtime(r["created_at"])) for r in rows)
    decisions = Counter(r["decision"] for r in rows)
    entries = Counter(r["entry_id"] for r in rows if r["decision"] == "answer" and r["entry_id"])
    return Stats(users, tuple(sorted(days.items())),
                 {k: decisions.get(k, 0) for k in ("answer", "clarify", "abstain")},
                 tuple(entries.most_common(top)))
