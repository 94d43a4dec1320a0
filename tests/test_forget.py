"""/forget and the retention purge are complete: proved by walking every table of the schema.

Every table SQLite lists must be filled here (and emptied by ``Store.forget``) or be named in
``NOT_ABOUT_USERS`` with the reason; for the purge, every table with user data must be
purged or be named in ``KEPT_UNTIL_FORGET`` with the reason. A table added later fails
these tests until someone decides.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import usage
from bot.journal import Journal
from bot.quizstore import BoxRow
from bot.store import Store

USER, OTHER, GROUP = 777_001, 888_002, -100_777
USER_TEXT = "how much does a patent cost in kazan 777"

NOT_ABOUT_USERS = {
    "quiz_polls": "polls of a session: no user id, removed with a private session (cascade)",
    "updates": "the update journal: a body is kept only until its update is handled",
    "heartbeat": "when the bot last reached Telegram (bot/health.py)",
}
KEPT_UNTIL_FORGET = {
    "users": "the user's language choice: needed to answer them",
    "quiz_sessions": "quizzes: their history makes /stats and the streak",
    "quiz_answers": "quiz answers: /stats and spaced repetition",
    "leitner": "the spaced-repetition boxes: /review",
    "quiz_polls": "the polls of those quizzes",
}
RETENTION_DAYS = 30


def fill(store: Store, journal: Journal, user: int, text: str, update_id: int) -> None:
    """Everything the bot can store about one user: language, votes, questions, quizzes."""
    store.set_language(user, "ru", now=1.0)
    store.vote(user, "remit-2024-total", 1, now=1.0)
    store.record_unanswered(user, text, "en", now=1.0)
    usage.record(store, user, text, "abstain", None, now=1.0)
    private = store.create_session(user, user, False, "ru", None, ["q1", "q2"], now=1.0)
    store.add_poll(f"poll-{update_id}", private.id, 0, "q1", [1, 0], 5, now=1.0)
    store.record_answer(private.id, "q1", user, True, now=2.0,
                        box=BoxRow("q1", 2, 100.0, 1, 1))
    store.set_box(user, BoxRow("q2", 1, 50.0, 1, 0))
    group = store.active_session(GROUP) or store.create_session(GROUP, user, True, "en",
                                                                 None, ["q1"], now=1.0)
    store.record_answer(group.id, "q1", user, False, now=3.0)
    body = json.dumps({"update_id": update_id, "message": {"from": {"id": user},
                                                            "text": text}})
    journal.add(update_id, body, now=1.0)
    journal.handled(update_id, now=2.0)


def rows(store: Store) -> dict[str, list[tuple]]:
    tables = [r[0] for r in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: [tuple(r) for r in store.db.execute(f"SELECT * FROM {t}")] for t in tables}


def mentions(row: tuple, user: int, text: str) -> bool:
    return any(v == user or (isinstance(v, str) and (str(user) in v or text in v))
               for v in row)


@pytest.fixture
def filled(tmp_path: Path) -> Store:
    path = tmp_path / "db.sqlite3"
    store = Store(path)
    with Journal(path) as journal:
        fill(store, journal, USER, USER_TEXT, 1)
        fill(store, journal, OTHER, "what is the schengen agreement", 2)
    yield store
    store.close()


def test_every_table_is_filled_by_this_test(filled: Store) -> None:
    before = rows(filled)
    missing = [t for t, r in before.items() if t not in NOT_ABOUT_USERS
               and not any(mentions(row, USER, USER_TEXT) for row in r)]
    # A table listed here is new: fill it in fill() and make Store.forget empty it.
    assert missing == []


def test_forget_leaves_nothing_about_the_user_in_any_table(filled: Store) -> None:
    removed = filled.forget(USER)
    assert removed > 0
    left = {t: [row for row in r if mentions(row, USER, USER_TEXT)]
            for t, r in rows(filled).items()}
    assert {t: r for t, r in left.items() if r} == {}
    assert filled.db.execute("PRAGMA foreign_key_check").fetchall() == []
    # The other user's data is untouched.
    others = rows(filled)
    assert filled.language(OTHER) == "ru"
    assert any(mentions(row, OTHER, "schengen") for row in others["quiz_answers"])
    assert filled.boxes(OTHER)


def test_the_retention_purge_leaves_no_old_question_or_vote(filled: Store) -> None:
    recent = 1.0 + RETENTION_DAYS * usage.DAY  # everything filled is older than this
    filled.record_unanswered(OTHER, "asked just now", "en", now=recent + 10)
    usage.purge(filled, RETENTION_DAYS, now=recent + 20)
    left = {t: [row for row in r if mentions(row, USER, USER_TEXT)]
            for t, r in rows(filled).items() if t not in KEPT_UNTIL_FORGET}
    assert {t: r for t, r in left.items() if r} == {}
    # What is newer than the retention period stays.
    assert [r.text for r in usage.unanswered_since(filled, recent)] == ["asked just now"]
