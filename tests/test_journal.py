"""The update journal: stored before confirmed, repeats dropped, replayed after a crash."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import Chat, Message, Update, User

from bot.answers import Answerer
from bot.journal import KEEP_HANDLED, Journal
from bot.store import Store
from bot.telegram.heartbeat import BeatingRequest
from bot.telegram.journaling import JournalQueue
from tests.e2e_harness import Harness, running


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    db = tmp_path / "db.sqlite3"
    Store(db).close()  # the table comes from the store's migrations
    j = Journal(db)
    yield j
    j.close()


def test_an_update_is_stored_once_and_kept_until_handled(journal: Journal) -> None:
    assert journal.add(7, '{"update_id": 7}', now=100.0)
    assert not journal.add(7, '{"update_id": 7}', now=101.0)  # a repeat
    assert journal.add(8, '{"update_id": 8}', now=102.0)
    assert journal.pending() == [(7, '{"update_id": 7}'), (8, '{"update_id": 8}')]
    journal.handled(7, now=103.0)
    assert journal.pending() == [(8, '{"update_id": 8}')]
    assert not journal.add(7, '{"update_id": 7}')  # still known after handling
    body = journal.db.execute("SELECT body FROM updates WHERE update_id = 7").fetchone()[0]
    assert body == ""  # the user's text is not kept once handled


def test_handled_rows_are_pruned_after_a_day(journal: Journal) -> None:
    journal.add(1, "{}", now=0.0)
    journal.handled(1, now=10.0)
    journal.add(2, "{}", now=0.0)
    assert journal.prune(now=10.0 + KEEP_HANDLED - 1) == 0
    assert journal.prune(now=10.0 + KEEP_HANDLED + 1) == 1
    assert journal.pending() == [(2, "{}")]  # never prunes what is not handled


def test_an_unanswered_question_counts_once_per_update(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        for _ in range(2):  # the same update handled twice (a replay)
            store.record_unanswered(1, "what is the weather", "en", update_id=41)
        store.record_unanswered(1, "what is the weather", "en", update_id=42)
        assert [(r.text, r.count) for r in store.unanswered()] == [("what is the weather", 2)]


def update(update_id: int, chat_id: int = 5, text: str = "hi") -> Update:
    user = User(chat_id, "U", False)
    message = Message(update_id, None, Chat(chat_id, "private"), from_user=user, text=text)
    return Update(update_id, message=message)


async def test_the_queue_journals_first_and_drops_repeats(journal: Journal) -> None:
    queue = JournalQueue(journal)
    await queue.put(update(10))
    await queue.put(update(10))
    await queue.put(update(11))
    assert queue.qsize() == 2
    assert [uid for uid, _ in await queue.run(journal.pending)] == [10, 11]
    await queue.handled(await queue.get())
    assert [uid for uid, _ in await queue.run(journal.pending)] == [11]


async def test_the_journal_stores_an_update_as_telegram_sent_it(journal: Journal) -> None:
    queue = JournalQueue(journal)
    request = BeatingRequest(lambda source: None, queue.bodies)
    raw = {"update_id": 12, "message": {
        "message_id": 3, "date": 1700000000, "text": "patent narxi",
        "chat": {"id": 5, "type": "private", "first_name": "U"},
        "from": {"id": 5, "is_bot": False, "first_name": "U", "language_code": "uz"}}}
    answer = request.parse_json_payload(json.dumps({"ok": True, "result": [raw]}).encode())
    await queue.put(Update.de_json(answer["result"][0], None))
    assert await queue.run(journal.pending) == [(12, json.dumps(raw))]
    assert queue.bodies == {}  # noted once, taken once
    await queue.put(update(13))  # an update from elsewhere (a webhook) is encoded here
    assert json.loads((await queue.run(journal.pending))[1][1])["update_id"] == 13


@pytest.mark.parametrize(("known", "batch", "fresh"), [
    ([], [1, 2, 3], {1, 2, 3}),
    ([2], [1, 2, 3], {1, 3}),  # a repeat inside a batch
    ([1, 2], [1, 2], set()),
])
def test_a_batch_is_stored_at_once_and_tells_repeats(journal: Journal, known: list[int],
                                                     batch: list[int], fresh: set[int]) -> None:
    for uid in known:
        journal.add(uid, "{}")
    assert journal.add_many([(uid, f'{{"update_id": {uid}}}') for uid in batch]) == fresh
    assert sorted(uid for uid, _ in journal.pending()) == sorted(set(known) | set(batch))


def answer_of(request: BeatingRequest, ids: list[int]) -> list[Update]:
    """``ids`` as one getUpdates answer read by the journal's client."""
    raws = [{"update_id": uid, "message": {
        "message_id": uid, "date": 1700000000, "text": "hi",
        "chat": {"id": 5, "type": "private", "first_name": "U"}}} for uid in ids]
    answer = request.parse_json_payload(json.dumps({"ok": True, "result": raws}).encode())
    return [Update.de_json(raw, None) for raw in answer["result"]]


async def test_a_getupdates_answer_is_journaled_in_one_write_before_any_is_queued(
        journal: Journal) -> None:
    runs: list[str] = []

    async def run(fn, *args):  # noqa: ANN001, ANN002, ANN202
        runs.append(fn.__name__)
        return fn(*args)

    queue = JournalQueue(journal, run=run)
    request = BeatingRequest(lambda source: None, queue.bodies)
    journal.add(21, "{}")  # 21 was delivered before: a repeat
    first, *rest = answer_of(request, [20, 21, 22])
    await queue.put(first)
    assert runs == ["add_many"] and queue.qsize() == 1
    assert [uid for uid, _ in journal.pending()] == [20, 21, 22]  # all, before the next poll
    for item in rest:
        await queue.put(item)
    assert runs == ["add_many"]
    assert [queue.get_nowait().update_id for _ in range(queue.qsize())] == [20, 22]
    await queue.put(answer_of(request, [23])[0])  # the next answer: its own write
    assert runs == ["add_many", "add_many"] and queue.bodies == {}


async def test_handled_marks_of_one_turn_are_written_together(journal: Journal) -> None:
    jobs: list = []
    queue = JournalQueue(journal, post=lambda fn, *args: jobs.append((fn, args)))
    for uid in (30, 31, 32):
        await queue.put(update(uid))
    for uid in (30, 31):
        await queue.handled(update(uid))
    assert jobs == []  # queued at the event loop's next turn, with the turn's other marks
    await asyncio.sleep(0)
    assert len(jobs) == 1  # the second mark joined the first's write
    assert len(journal.pending()) == 3  # nothing marked before the store's thread runs it
    await queue.handled(update(32))  # the write is queued, not begun: 32 joins it
    await asyncio.sleep(0)
    assert len(jobs) == 1
    fn, args = jobs.pop()
    fn(*args)
    assert journal.pending() == []


async def test_a_mark_after_the_write_began_queues_a_write_of_its_own(
        journal: Journal) -> None:
    jobs: list = []
    queue = JournalQueue(journal, post=lambda fn, *args: jobs.append((fn, args)))
    for uid in (40, 41):
        await queue.put(update(uid))
    await queue.handled(update(40))
    await asyncio.sleep(0)
    fn, args = jobs.pop()
    fn(*args)
    assert [uid for uid, _ in journal.pending()] == [41]
    await queue.handled(update(41))
    await asyncio.sleep(0)
    assert len(jobs) == 1
    fn, args = jobs.pop()
    fn(*args)
    assert journal.pending() == []


async def test_closing_writes_the_marks_due_at_the_next_turn_first(tmp_path: Path) -> None:
    store = Store(tmp_path / "bot.sqlite3")
    queue = JournalQueue(Journal(store.path), run=store.call, post=store.post)
    for uid in (50, 51):
        await queue.put(update(uid))
        await queue.handled(update(uid))
    await queue.close()  # in the same turn: the marks are not yet queued on the thread
    store.close()
    with Journal(tmp_path / "bot.sqlite3") as journal:
        assert journal.pending() == []


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


@pytest.mark.e2e
async def test_an_update_left_unhandled_is_replayed_at_start_up(bot: Harness) -> None:
    await bot.say(6001, "/start")
    await bot.stop()
    # As if the process died after journaling an update and before handling it.
    raw = bot.api.message(6001, "what is the schengen agreement")
    raw["update_id"] = 99_000
    with Journal(bot.settings.database_path) as journal:
        journal.add(99_000, json.dumps(raw))
    mark = bot.api.mark()
    await bot.start()
    reply = await bot.api.wait_for("sendMessage", lambda p: p["chat_id"] == 6001, after=mark)
    assert "Schengen" in reply.params["text"]
    with Journal(bot.settings.database_path) as journal:
        assert journal.pending() == []
