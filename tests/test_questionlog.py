"""Questions' log rows: queued, written together on the store's thread, before what follows."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bot.answers import Answerer
from bot.reply import Reply
from bot.store import Store
from bot.telegram.questionlog import QuestionLog

QUESTIONS = [(1, "how much money did migrants send home in 2024"), (2, "what is the weather"),
             (1, "what is the schengen agreement"), (3, "qwzx plmk"), (2, "Salom!")]


@pytest.fixture(scope="module")
def replies(answerer: Answerer) -> list[Reply]:
    return [answerer.ask(text, default="en") for _, text in QUESTIONS]


def test_rows_that_come_while_a_write_waits_are_written_with_it(
        tmp_path: Path, replies: list[Reply], monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        gate = threading.Event()
        store.post(gate.wait, 10)  # the store's thread is busy meanwhile
        posted = []
        post = store.post
        monkeypatch.setattr(store, "post", lambda fn, *args: (posted.append(fn), post(fn, *args)))
        log = QuestionLog(store)
        for update, ((user, text), reply) in enumerate(zip(QUESTIONS, replies, strict=True)):
            log.add(user, 100 + update, text, reply)
        assert len(posted) == 1  # one write for the five
        gate.set()
        written = threading.Event()
        post(written.set)
        assert written.wait(10)
        log.add(9, 200, "what is the weather", replies[1])  # after it was written: its own
        done = threading.Event()
        post(done.set)
        assert done.wait(10)
        assert len(posted) == 2
        asked = store.db.execute("SELECT user_id, text, decision, entry_id FROM asked "
                                 "ORDER BY id").fetchall()
        assert [tuple(r) for r in asked] == [
            (user, text, reply.kind, reply.entry.id if reply.entry else None)
            for (user, text), reply in zip([*QUESTIONS, (9, "what is the weather")],
                                           [*replies, replies[1]], strict=True)]
        unanswered = store.db.execute("SELECT user_id, text, update_id FROM unanswered "
                                      "ORDER BY id").fetchall()
        assert [tuple(r) for r in unanswered] == [
            (user, text, 100 + k) for k, ((user, text), reply)
            in enumerate(zip(QUESTIONS, replies, strict=True)) if reply.kind == "abstain"
        ] + [(9, "what is the weather", 200)]
        assert {r.kind for r in replies} >= {"answer", "abstain", "greeting"}


async def test_a_forget_after_a_question_deletes_its_rows(tmp_path: Path,
                                                          replies: list[Reply]) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        log = QuestionLog(store)
        log.add(2, 7, QUESTIONS[1][1], replies[1])
        assert await store.call(store.forget, 2) == 2  # its asked and unanswered rows
        await store.call(lambda: None)
        assert store.db.execute("SELECT COUNT(*) FROM asked").fetchone()[0] == 0
