"""``bench --e2e``: the real bot against the fake Bot API server, and the framework's floor.

The fake server runs in a child process (on the second core when there are two); the bot
runs here. Every user sends one question at the same moment (all updates are queued
before getUpdates hands any out). Measured on the server's clock: updates per second from
the first hand-out to the last reply, and per update the time from ``getUpdates`` handing
it out to the bot's ``sendMessage`` for that chat arriving.

The **floor** is a minimal python-telegram-bot Application made by the same builder code as
the bot (``application_builder``: same request pools and concurrency, rate limiter off, and
the bot's cycle collector thresholds while it runs) with one handler that replies with a
fixed HTML text. ``hamroh / floor`` updates per second
is the headline figure. The **first answer** is the time from building the bot's services
(loading and indexing knowledge/) to the reply to a question that was waiting before the
bot started.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import os
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from multiprocessing import get_context
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from bot import collector
from bot.bench import percentile
from bot.config import Settings
from bot.devtools.e2efigures import Run, _format_run
from bot.devtools.sampler import Sampler
from bot.text import forget_words

TOKEN = "123456789:AAHamroh-bench_token_for_the_fake_srv"
FLOOR_TEXT = "<b>Hamroh</b> floor: a fixed reply"
FIRST_USER = 10_000_000
USERS = 1_000
QUICK_USERS = 20
PAIRS = 6
"""Bursts of each bot in ``bench --e2e``, floor and hamroh in turn: one pair says little,
as the machine's other load moves both bots' CPU per update between minutes, and a median
of three still moved with one odd pair (0.74, 0.44, 0.72 on the idle machine). Even, so
that each bot bursts first in as many pairs as the other (``burst_order``)."""


# ---------------------------------------------------------------- the server process


def _serve(conn: Connection, rtt: float, cpu: int | None) -> None:
    """The child: a fake Bot API server that timestamps hand-outs and replies."""
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})
    from bot.devtools.fakebotapi import FakeBotAPI

    class BenchAPI(FakeBotAPI):
        handed: dict[int, float]
        replied: dict[int, float]

        def _m_getUpdates(self, p: dict) -> list[dict]:  # noqa: N802
            updates = super()._m_getUpdates(p)
            now = time.monotonic()
            for u in updates:
                self.handed.setdefault(u["update_id"], now)
            return updates

        def _m_sendMessage(self, p: dict) -> dict:  # noqa: N802
            self.replied.setdefault(p["chat_id"], time.monotonic())
            result = super()._m_sendMessage(p)
            self.sent.setdefault(p["chat_id"], []).append(time.monotonic())
            return result

    api = BenchAPI(token=TOKEN, rtt=rtt)
    api.handed, api.replied, api.sent = {}, {}, {}
    api.max_hold_seconds = 10.0
    api.start()
    chat_of: dict[int, int] = {}
    pushed: dict[int, list[float]] = {}
    conn.send(api.base_url)
    while True:
        command, arg = conn.recv()
        if command in _SPREAD_COMMANDS:
            conn.send(_SPREAD_COMMANDS[command](api, pushed, arg))
            continue
        if command == "push":  # [(user, text, language_code)]: queued all at once
            with api._cond:
                for user, text, lang in arg:
                    chat_of[api.push_update(api.message(user, text, language_code=lang))] = user
            conn.send(None)
        elif command == "wait":  # (users, timeout): the hand-out and reply times
            users, timeout = arg
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and not all(u in api.replied for u in users):
                time.sleep(0.005)
            conn.send([(api.handed.get(uid), api.replied.get(chat))
                       for uid, chat in chat_of.items() if chat in users])
        elif command == "errors":
            conn.send(list(api.errors))
        elif command == "cpu":
            conn.send(time.process_time())
        else:
            api.stop()
            conn.send(None)
            return


def _schedule(api: Any, pushed: dict[int, list[float]], asks: list[Any]) -> None:
    """Push each question (a ``targets.Ask``) at its time, from a thread; note when."""
    from bot.devtools.targets import push

    pushed.clear()

    def run() -> None:
        start = time.monotonic()
        for ask in asks:
            time.sleep(max(0.0, start + ask.at - time.monotonic()))
            push(api, ask)
            pushed.setdefault(ask.chat, []).append(time.monotonic())

    threading.Thread(target=run, name="asks", daemon=True).start()


def _collect(api: Any, pushed: dict[int, list[float]], arg: tuple[dict[int, int], float]
             ) -> tuple[dict[int, list[float]], dict[int, list[float]]]:
    """Wait until every chat has its replies (or the timeout); (pushed, replied) per chat."""
    expected, timeout = arg
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not all(
            len(api.sent.get(c, [])) >= n and len(pushed.get(c, [])) >= n
            for c, n in expected.items()):
        time.sleep(0.01)
    time.sleep(0.3)  # a duplicate would come now
    return ({c: list(pushed.get(c, [])) for c in expected},
            {c: list(api.sent.get(c, [])) for c in expected})


def _add_fault(api: Any, pushed: dict[int, list[float]], fault: Any) -> None:
    api.clear_faults()
    if fault is not None:
        api.add_fault(fault)


def _fault_hits(api: Any, pushed: dict[int, list[float]], arg: None) -> list[int]:
    with api._lock:
        return [f.hits for f in api.faults]


_SPREAD_COMMANDS = {"schedule": _schedule, "collect": _collect, "fault": _add_fault,
                    "hits": _fault_hits}
"""The child's commands for the spread loads of ``bot.devtools.targets``."""


class _Server:
    """The parent's handle on the server process; calls run off the event loop."""

    def __init__(self, rtt: float) -> None:
        cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
        self.own_cpu = cpus[0] if len(cpus) >= 2 else None
        ctx = get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, daemon=True,
                                   args=(child, rtt, cpus[1] if len(cpus) >= 2 else None))
        self.process.start()
        child.close()  # the child's end lives in the child: its exit is then an EOF here
        try:
            self.base_url: str = self.conn.recv()
        except EOFError:
            self.process.join(timeout=5)
            raise RuntimeError("the fake Bot API server process exited before it started "
                               "(its error is printed above)") from None

    async def call(self, command: str, arg: Any = None) -> Any:
        def ask() -> Any:
            self.conn.send((command, arg))
            return self.conn.recv()
        return await asyncio.to_thread(ask)

    def close(self) -> None:
        self.conn.send(("stop", None))
        self.conn.recv()
        self.process.join(timeout=5)


@contextlib.contextmanager
def pinned_server(rtt: float) -> Iterator[_Server]:
    """The fake server in its own process on the second core and this process on the first
    (when there are two), both undone on exit."""
    server = _Server(rtt)
    own = os.sched_getaffinity(0) if server.own_cpu is not None else None
    if own is not None:
        os.sched_setaffinity(0, {server.own_cpu})
    try:
        yield server
    finally:
        if own is not None:
            os.sched_setaffinity(0, own)
        server.close()


# ---------------------------------------------------------------- the bots


def _settings(base: Settings, url: str, db: Path) -> Settings:
    return dataclasses.replace(base, token=TOKEN, api_base_url=url, rate_limit=False,
                               database_path=db, log_level="WARNING")


def floor_application(settings: Settings) -> Any:
    """The framework's floor: our builder, one handler, a fixed HTML reply."""
    from telegram import Update
    from telegram.constants import ParseMode
    from telegram.ext import ContextTypes, MessageHandler, filters

    from bot.telegram.app import application_builder, collect_as_before, collect_less

    async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Replies with a fixed HTML text."""
        await update.effective_message.reply_text(FLOOR_TEXT, parse_mode=ParseMode.HTML)

    async def start(app: Any) -> None:
        # The bot's cycle collector settings (they save the floor CPU too), and what start-up
        # built frozen as the bot's post_init freezes it.
        collector.freeze()
        collect_less(app)

    async def stop(app: Any) -> None:
        collect_as_before(app)

    app = application_builder(settings).post_init(start).post_shutdown(stop).build()
    app.add_handler(MessageHandler(filters.TEXT, reply))
    return app


@contextlib.asynccontextmanager
async def _running(app: Any) -> AsyncIterator[Any]:
    """Run an Application's polling the way run_polling does, inside this event loop."""
    from telegram import Update

    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.updater.start_polling(poll_interval=0.0, timeout=10,
                                    allowed_updates=Update.ALL_TYPES)
    await app.start()
    try:
        yield app
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


async def _burst(server: _Server, name: str, app: Any, messages: list[tuple[str, str]],
                 first_user: int, sampler: Sampler | None = None) -> Run:
    users = list(range(first_user, first_user + len(messages)))
    cpu = 0.0
    async with _running(app):
        # One question first, so that polling has started before the burst.
        await server.call("push", [(first_user - 1, messages[0][0], messages[0][1])])
        await server.call("wait", ({first_user - 1}, 60))
        # Neither bot starts its burst with garbage left by the other (or by a build).
        gc.collect()
        served = await server.call("cpu")
        cpu, loop = time.process_time(), time.thread_time()
        if sampler is not None:
            sampler.start()
        try:
            await server.call("push", [(u, t, lang) for u, (t, lang) in zip(users, messages,
                                                                             strict=True)])
            times = await server.call("wait", (set(users), 300))
        finally:
            if sampler is not None:
                sampler.stop()
        cpu, loop = time.process_time() - cpu, time.thread_time() - loop
        served = await server.call("cpu") - served
    done = [(h, r) for h, r in times if h is not None and r is not None]
    if len(done) < len(users):
        raise RuntimeError(f"{name}: only {len(done)} of {len(users)} users got a reply")
    latencies = [r - h for h, r in done]
    seconds = max(r for _, r in done) - min(h for h, _ in done)
    return Run(name, len(users), seconds, percentile(latencies, 0.5),
               percentile(latencies, 0.99), cpu, served, loop)


def burst_order(pair: int) -> tuple[str, str]:
    """Which bot bursts first in pair number ``pair`` (from 0): the floor, then each in
    turn, so that neither is always the one that meets the machine's load a few seconds
    later (a median over pairs then holds as many of each order)."""
    return ("floor", "hamroh") if pair % 2 == 0 else ("hamroh", "floor")


def _profiles(samplers: dict[str, Sampler], runs: list[tuple[Run, Run]]) -> str:
    """The sampling profile of hamroh's bursts, then the floor's, per update."""
    parts = []
    for k, name in ((1, "hamroh"), (0, "floor")):
        cpu = sum(pair[k].cpu for pair in runs) / sum(pair[k].users for pair in runs)
        parts.append(f"== {name}\n{samplers[name].report(cpu)}\n")
    return "\n".join(parts)


async def _first_answer(server: _Server, settings: Settings, question: tuple[str, str],
                        user: int) -> float:
    from bot.services import Services
    from bot.telegram.app import build_application

    await server.call("push", [(user, question[0], question[1])])
    start = time.monotonic()
    app = build_application(settings, Services.build(settings))
    async with _running(app):
        times = await server.call("wait", ({user}, 60))
    replied = times[0][1] if times else None
    if replied is None:
        raise RuntimeError("the bot never answered the first question")
    return replied - start


async def run_e2e(base: Settings, messages: list[tuple[str, str]], rtt: float = 0.0,
                  log: Callable[[str], None] = lambda line: None,
                  profile: Path | None = None, pairs: int = PAIRS) -> dict[str, Any]:
    """Run the floor and the bot with ``len(messages)`` users each, ``pairs`` times in
    turn; return the figures.

    Args:
        base: the settings to start from (knowledge folder); token, server, database and
            rate limiter are set here.
        messages: one (text, Telegram language_code) per user.
        rtt: seconds the fake server adds to every call.
        log: called with a line as each part finishes.
        profile: where to write a CPU sampling profile of the bots' bursts (hamroh's, then
            the floor's; ``bot.devtools.sampler``), in milliseconds per update.
        pairs: bursts of each bot, the floor first in the first pair and each bot first in
            every other pair after. Each burst has an
            Application of its own, and each of hamroh's its own services (knowledge base,
            index, database), and the process-wide word caches are emptied before each of
            hamroh's (``bot.text.forget_words``), so no burst finds what an earlier one
            remembered.
    """
    from bot.services import Services
    from bot.telegram.app import build_application

    runs: list[tuple[Run, Run]] = []
    # Both bots sampled alike when profiling (the sampler's own cost falls on both).
    samplers = {"floor": Sampler(), "hamroh": Sampler()} if profile is not None else {}
    with pinned_server(rtt) as server:
        with tempfile.TemporaryDirectory(prefix="hamroh-e2e-") as tmp:
            first = await _first_answer(server, _settings(base, server.base_url,
                                                          Path(tmp) / "first.sqlite3"),
                                        messages[0], FIRST_USER - 10)
            log(f"first answer after start: {first:.2f} s")
            user = FIRST_USER
            for k in range(max(1, pairs)):
                settings = _settings(base, server.base_url, Path(tmp) / f"bench{k}.sqlite3")
                burst: dict[str, Run] = {}
                for name in burst_order(k):
                    if name == "hamroh":
                        forget_words()  # as in a fresh process: no word of an earlier burst
                    app = (floor_application(settings) if name == "floor" else
                           build_application(settings, Services.build(settings)))
                    burst[name] = await _burst(server, name, app, messages, user,
                                               samplers.get(name))
                    log(_format_run(burst[name]))
                    user += len(messages) + 10
                runs.append((burst["floor"], burst["hamroh"]))
            if profile is not None:
                profile.write_text(_profiles(samplers, runs), encoding="utf-8")
                log(f"profile of both bots' bursts written to {profile}")
        errors = await server.call("errors")
    return {"first_answer": first, "runs": runs, "errors": errors,
            "pinned": server.own_cpu is not None, "rtt": rtt}
