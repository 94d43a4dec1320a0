"""SQLite state on a real file: migrations, WAL, persistence, forgetting."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.quizstore import BoxRow
from bot.store import MIGRATIONS, Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "state" / "hamroh.sqlite3"


def test_fresh_file_is_migrated_to_the_latest_version_in_wal_mode(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.version == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db_path.exists()


def test_an_old_file_is_migrated_forward_keeping_its_data(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    raw = sqlite3.connect(db_path)
    raw.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    raw.execute("INSERT INTO users VALUES (7, 'ru', 0, 0)")
    raw.commit()
    raw.close()
    with Store(db_path) as store:
        assert store.version == len(MIGRATIONS)
        assert store.language(7) == "ru"
        assert store.boxes(7) == {}


def test_a_restart_loses_nothing(db_path: Path) -> None:
    with Store(db_path) as store:
        store.set_language(1, "uz-Cyrl")
        store.vote(1, "remit-2024-total", +1)
        store.record_unanswered(1, "patent narxi", "uz")
        store.set_box(1, BoxRow("quiz-a", 2, 100.0, 1, 1))
    with Store(db_path) as store:
        assert store.language(1) == "uz-Cyrl"
        assert store.feedback_summary() == [("remit-2024-total", 1, 0)]
        assert [r.text for r in store.unanswered()] == ["patent narxi"]
        assert store.boxes(1)["quiz-a"].box == 2


def test_second_vote_replaces_the_first(db_path: Path) -> None:
    with Store(db_path) as store:
        store.vote(1, "e", +1)
        store.vote(1, "e", -1)
        store.vote(2, "e", -1)
        assert store.feedback_summary() == [("e", 0, 2)]


def test_unanswered_questions_are_grouped_by_their_folded_text(db_path: Path) -> None:
    with Store(db_path) as store:
        for text in ("Patent narxi?", "patent narxi", "PATENT NARXI!!", "ob-havo"):
            store.record_unanswered(1, text, "uz")
        store.record_unanswered(1, "😀😀", None)  # nothing to learn from: not stored
        rows = store.unanswered()
        assert [(r.count) for r in rows] == [3, 1]


def test_forget_removes_everything_about_one_user_only(db_path: Path) -> None:
    with Store(db_path) as store:
        for user in (1, 2):
            store.set_language(user, "en")
            store.vote(user, "e", 1)
            store.record_unanswered(user, "question", "en")
            store.set_box(user, BoxRow("q", 1, 0.0, 1, 0))
        session = store.create_session(1, 1, False, "en", None, ["q"], 0.0)
        store.record_answer(session.id, "q", 1, True, 0.0)
        assert store.forget(1) >= 6
        assert store.language(1) is None and store.boxes(1) == {}
        assert store.user_history(1) == [] and store.session(session.id) is None
        assert store.language(2) == "en" and store.boxes(2) != {}


def test_a_failed_write_is_rolled_back(db_path: Path) -> None:
    with Store(db_path) as store:
        with pytest.raises(sqlite3.IntegrityError), store.tx() as db:
            db.execute("INSERT INTO users VALUES (5, 'en', 0, 0)")
            db.execute("INSERT INTO users VALUES (5, 'en', 0, 0)")
        assert store.language(5) is None


def test_an_answer_is_counted_once(db_path: Path) -> None:
    with Store(db_path) as store:
        session = store.create_session(1, 1, False, "en", None, ["q"], 0.0)
        box = BoxRow("q", 2, 10.0, 1, 1)
        assert store.record_answer(session.id, "q", 1, True, 1.0, box) is True
        assert store.record_answer(session.id, "q", 1, False, 2.0, BoxRow("q", 1, 0, 2, 1)) is False
        assert store.answers(session.id) == [("q", 1, True)]
        assert store.boxes(1)["q"] == box


def test_commits_do_not_wait_for_the_disk(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
