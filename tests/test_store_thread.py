"""SQLite off the event loop: the store's one thread, its order, and the bot using only it."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.answers import Answerer
from bot.store import Store
from bot.telegram.quizlock import QuizLock
from tests.e2e_harness import Harness, running
from tests.test_e2e_quiz import correct, open_quiz


async def test_calls_run_on_one_thread_in_the_order_they_were_made(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        threads: set[str] = set()

        def write_then_note(user: int) -> None:
            threads.add(threading.current_thread().name)
            store.set_language(user, "ru" if user % 2 else "en")

        writes = [store.call(write_then_note, u) for u in range(50)]
        reads = [store.call(store.language, u) for u in range(50)]
        await asyncio.gather(*writes)
        # Each read was queued after its write: it sees it (read-your-writes).
        assert await asyncio.gather(*reads) == ["ru" if u % 2 else "en" for u in range(50)]
        assert len(threads) == 1 and threading.current_thread().name not in threads


async def test_a_failed_or_abandoned_call_leaves_the_thread_working(tmp_path: Path) -> None:
    with Store(tmp_path / "db.sqlite3") as store:
        def fail() -> None:
            raise ValueError("no such thing")

        with pytest.raises(ValueError, match="no such thing"):
            await store.call(fail)
        abandoned = asyncio.ensure_future(store.call(store.set_language, 1, "ru"))
        await asyncio.sleep(0)
        abandoned.cancel()
        # The write was queued before its caller gave up: it is done, and later calls run.
        assert await store.call(store.language, 1) == "ru"
        assert abandoned.cancelled()


class OffLoop:
    """A connection that notes every statement run on the event loop's thread."""

    def __init__(self, db: sqlite3.Connection, on_loop: list[str]) -> None:
        self._db = db
        self.on_loop = on_loop
        self.statements = 0

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._db, name)
        if name not in ("execute", "executemany", "executescript"):
            return attr

        def run(sql: str, *args: Any) -> Any:
            self.statements += 1
            if threading.current_thread() is threading.main_thread():
                self.on_loop.append(" ".join(sql.split())[:60])
            return attr(sql, *args)
        return run


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


async def test_the_bot_never_runs_sqlite_on_the_event_loop(bot: Harness) -> None:
    on_loop: list[str] = []
    store = bot.store
    queue = bot.app.update_queue
    store.db = OffLoop(store.db, on_loop)  # type: ignore[assignment]
    queue.journal.db = OffLoop(queue.journal.db, on_loop)  # type: ignore[attr-defined]
    user = 3301
    start = await bot.say(user, "/start")
    await bot.press(user, start, "lang:en")
    await bot.say(user, "How much money did migrants send home in 2024?")
    await bot.say(user, "what is the weather in Tashkent")  # unanswered: kept
    poll = await open_quiz(bot, user)
    poll_id = poll.result["poll"]["id"]
    while await asyncio.to_thread(store.poll, poll_id) is None:  # the test reads off the loop too
        await asyncio.sleep(0.01)
    mark = bot.api.mark()
    bot.api.push_update(bot.api.poll_answer(user, poll_id, [correct(bot, poll)]))
    await bot.api.wait_for("sendPoll", after=mark)
    await bot.say(user, "/stop")
    await bot.say(user, "/stats")
    await bot.say(user, "/forget")
    assert store.db.statements > 0 and queue.journal.db.statements > 0
    assert on_loop == []


async def test_an_unknown_poll_waits_for_the_sends_in_flight_and_sends_run_at_once() -> None:
    lock = QuizLock()
    events: list[str] = []
    release = asyncio.Event()

    async def send(name: str) -> None:
        async with lock.sending():
            events.append(f"{name} starts")
            await release.wait()
            events.append(f"{name} stored")

    async def unknown_answer() -> None:
        async with lock.unknown_poll():
            events.append("answer scored")

    first, second = asyncio.create_task(send("a")), asyncio.create_task(send("b"))
    await asyncio.sleep(0.01)
    assert lock.sends == 2  # two chats' polls in flight at once
    waiting = asyncio.create_task(unknown_answer())
    await asyncio.sleep(0.01)
    later = asyncio.create_task(send("c"))  # starts after the answer came: waits for it
    await asyncio.sleep(0.01)
    assert events == ["a starts", "b starts"]
    release.set()
    await asyncio.gather(first, second, waiting, later)
    assert events == ["a starts", "b starts", "a stored", "b stored", "answer scored",
                      "c starts", "c stored"]
