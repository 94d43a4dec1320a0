"""Runs the real python-telegram-bot Application against the fake Bot API server."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import tempfile
import unittest.mock
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, JobQueue

from bot.answers import Answerer
from bot.config import Settings
from bot.devtools.fakebotapi import Call, FakeBotAPI
from bot.services import Services
from bot.store import Store
from bot.telegram import app as telegram_app
from bot.telegram.app import build_application, setup_logging
from bot.telegram.errors import polling_error
from tests.conftest import KNOWLEDGE, shipped_answerer

TOKEN = "123456789:AAHamroh-e2e_token_for_the_fake_server"


_PTB_STOP = JobQueue.stop


async def _stop_jobs(queue: JobQueue, wait: bool = True) -> None:
    """``JobQueue.stop`` as python-telegram-bot 22 does it (``Application.stop`` calls it),
    less the 10 ms it sleeps after asking the scheduler to shut down: APScheduler's asyncio
    scheduler shuts down in a callback that the event loop runs at its next turn, so the
    loop is given turns until it has. Each of the ~170 stops of a test bot left its worker's
    core idle for those 10 ms. Another version without the same internals stops as its own
    ``stop`` does."""
    pending = getattr(getattr(queue, "_executor", None), "_pending_futures", None)
    if pending is None:
        await _PTB_STOP(queue, wait)
        return
    if wait:
        await asyncio.gather(*pending, return_exceptions=True)
    if queue.scheduler.running:
        queue.scheduler.shutdown(wait=wait)
        for _ in range(1000):
            await asyncio.sleep(0)
            if not queue.scheduler.running:
                break


@functools.cache
def _migrated() -> bytes:
    """A new database file as the store leaves it once made and migrated, and closed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "new.sqlite3"
        Store(path).close()
        return path.read_bytes()


async def _no_menu(app: Application) -> None:
    """Publishes nothing: stands in for ``publish_menu`` in a harness without ``menu``."""


class Harness:
    """One bot process: start it, talk to it through the fake server, restart it.

    Every start opens a fresh store and flood guard around one shared ``answerer`` (by
    default the session's shipped knowledge base and index), instead of re-reading and
    re-indexing knowledge/ for each test.

    Only a harness made with ``menu=True`` publishes the command menu and descriptions at
    start-up, as the bot does: the tests about the menu, the fault matrix and the transcript.
    Their twelve ``setMy*`` calls per start were 45% of the fast suite's HTTP calls to the
    fake server (about 25 ms of CPU per start), and no other test reads them.
    """

    def __init__(self, api: FakeBotAPI, db: Path, answerer: Answerer | None = None,
                 menu: bool = False, **overrides: Any) -> None:
        self.api = api
        self.answerer = answerer or shipped_answerer()
        self.menu = menu
        self.settings = dataclasses.replace(
            Settings(token=TOKEN, database_path=db, knowledge_dir=KNOWLEDGE,
                     api_base_url=api.base_url, quiz_seconds=60, admin_ids=frozenset({1})),
            **overrides)
        self.app: Application | None = None

    async def start(self, wait_for_menu: bool = True) -> None:
        """Start polling; by default also wait until the command menu is published (the bot
        publishes it in the background), so tests see a settled server."""
        setup_logging(self.settings)
        app = build_application(self.settings, self.services())
        await app.initialize()
        # run_polling does these in this order; an embedded start must do them itself.
        with contextlib.ExitStack() as stack:
            if not self.menu:
                stack.enter_context(unittest.mock.patch.object(telegram_app, "publish_menu",
                                                               _no_menu))
            await app.post_init(app)
        # run_polling sends polling errors to the error handler; say them the same way here.
        await app.updater.start_polling(poll_interval=0.0, timeout=1,
                                        allowed_updates=Update.ALL_TYPES,
                                        error_callback=polling_error)
        await app.start()
        self.app = app
        if wait_for_menu:
            await app.bot_data["menu"]

    def services(self) -> Services:
        """A per-start store and flood guard around the shared answerer.

        A database that does not exist yet starts as a copy of a new one that the store made
        and migrated once per session (``_migrated``), as a restart finds its file: running
        the migrations on each new file cost ~1 ms of CPU per start, ~190 starts a run, and
        test_migrations tests them."""
        path = self.settings.database_path
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_migrated())
        return Services(self.settings, Store(path), self.answerer)

    async def stop(self) -> None:
        app, self.app = self.app, None
        if app is None:
            return
        await app.updater.stop()
        with unittest.mock.patch.object(JobQueue, "stop", _stop_jobs):
            await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    @property
    def store(self) -> Store:
        return self.app.bot_data["services"].store

    # ------------------------------------------------------------ talking

    async def say(self, user: int, text: str, method: str = "sendMessage",
                  chat_id: int | None = None, **kw: Any) -> Call:
        """Send a message as ``user`` and wait for the bot's first ``method`` call in that chat."""
        mark = self.api.mark()
        self.api.push_update(self.api.message(user, text, chat_id=chat_id, **kw))
        chat = user if chat_id is None else chat_id
        return await self.api.wait_for(method, lambda p: p.get("chat_id") == chat, after=mark)

    async def press(self, user: int, call: Call | dict, data: str,
                    method: str = "answerCallbackQuery", **kw: Any) -> Call:
        """Press a button on a message the bot sent; wait for ``method``."""
        message = call.result if isinstance(call, Call) else call
        mark = self.api.mark()
        self.api.push_update(self.api.callback_query(user, data, message, **kw))
        return await self.api.wait_for(method, after=mark)

    async def press_old(self, user: int, call: Call | dict, data: str,
                        method: str = "answerCallbackQuery", **kw: Any) -> Call:
        """Press a button an earlier release of the bot put on a message it sent (legacy
        callback data, ``keep_old_buttons``); wait for ``method``."""
        message = call.result if isinstance(call, Call) else call
        return await self.press(user, self.api.keep_old_buttons(message, [[data]]), data,
                                method, **kw)

    async def recorded(self, poll_call: Call) -> str:
        """Wait until the bot has stored a poll it sent (it does so after Telegram answers
        sendPoll, so an answer pushed sooner would name a poll it does not know yet)."""
        poll_id = poll_call.result["poll"]["id"]
        for _ in range(500):
            if self.store.poll(poll_id) is not None:
                return poll_id
            await asyncio.sleep(0.01)
        raise AssertionError(f"the bot never stored poll {poll_id}")

    async def answers_recorded(self, poll_call: Call, count: int) -> None:
        """Wait until the quiz of a poll the bot sent has ``count`` answers stored."""
        poll = self.store.poll(await self.recorded(poll_call))
        for _ in range(500):
            if len(self.store.answers(poll.session_id)) >= count:
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"the quiz of poll {poll.poll_id} never had {count} answers")

    async def time_out(self, poll_call: Call) -> None:
        """End a quiz poll's open period now: its timeout job runs at once, through the real
        scheduler, instead of after ``quiz_seconds`` of real time."""
        poll = self.store.poll(await self.recorded(poll_call))
        for _ in range(500):
            jobs = [j for j in self.app.job_queue.jobs()
                    if j.data == (poll.session_id, poll.position)]
            if jobs:
                for job in jobs:
                    job.job.modify(next_run_time=datetime.now(UTC))
                return
            await asyncio.sleep(0.01)
        raise AssertionError(f"no timeout job for poll {poll.poll_id}")

    async def inline(self, user: int, query: str, **kw: Any) -> Call:
        mark = self.api.mark()
        self.api.push_update(self.api.inline_query(user, query, **kw))
        return await self.api.wait_for("answerInlineQuery", after=mark)

    async def quiet(self, user: int, text: str, **kw: Any) -> None:
        """Send a message and prove the bot stays silent: a /help after it is answered first."""
        mark = self.api.mark()
        self.api.push_update(self.api.message(user, text, **kw))
        chat = kw.get("chat_id") or user
        probe = await self.say(user, "/help", **kw)
        sent = [c for c in self.api.requests[mark:probe.index]
                if c.method == "sendMessage" and c.params.get("chat_id") == chat]
        assert sent == [], sent


def buttons(call: Call) -> list[dict]:
    """Every inline button of a sent or edited message, flattened."""
    markup = call.params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def callback_data(call: Call) -> list[str]:
    return [b["callback_data"] for b in buttons(call) if "callback_data" in b]


async def running(tmp_path: Path, answerer: Answerer | None = None, menu: bool = False,
                  **overrides: Any) -> AsyncIterator[Harness]:
    """A started bot on a fresh fake server (keeping connections open between calls, as
    Telegram does) and database; checks the server saw no error."""
    api = FakeBotAPI(token=TOKEN, keep_alive=True)
    api.start()
    harness = Harness(api, tmp_path / "hamroh.sqlite3", answerer, menu, **overrides)
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()
        api.stop()
    api.assert_clean()
