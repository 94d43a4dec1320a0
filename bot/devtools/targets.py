"""``bench --e2e --targets``: issue 11's three loads over a slow API, the fake Bot API server
in its own process (``bot/devtools/loadtest.py``), the real bot in this one.

* **(a)** 1,000 users ask at the same moment: replies per second (target: at least 25).
* **(b)** 50 users send 200 questions spread evenly over 10 s: the 95th percentile of the
  time from a question reaching the server to its reply (target: under 2 s).
* **(c)** as (b), but one chat is busy, a group whose 10 members send every 5th question
  (40 of the 200), and 20% of its ``sendMessage`` calls answer 429 ``retry_after=1``: the
  other chats' 95th percentile (target: under 5 s). A pause of every chat on each of the
  busy chat's 429s would show in it.

A chat's n-th reply answers its n-th question: the bot keeps each chat in order.
``tests/faultload.py`` plays the same loads with the server in the test's process.
"""

from __future__ import annotations

import dataclasses
import logging
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.bench import percentile
from bot.config import Settings

USERS, QUESTIONS, SECONDS = 50, 200, 10.0
BUSY_CHAT = -100_000_777
BUSY_MEMBERS = 10
BUSY_EVERY = 5
"""Every 5th question of load (c) is asked in the busy chat."""
BURST_USERS = 1_000
TARGETS = {"a": 25.0, "b": 2.0, "c": 5.0}


@dataclass(frozen=True)
class Ask:
    """One question of a load: when (seconds from its start), who, in which chat."""

    at: float
    user: int
    chat: int
    text: str
    lang: str = "en"


def spread(messages: Sequence[tuple[str, str]], first_user: int, users: int = USERS,
           questions: int = QUESTIONS, seconds: float = SECONDS, busy_every: int = 0
           ) -> list[Ask]:
    """``questions`` questions evenly over ``seconds``, from private chats in turn.

    With ``busy_every`` = n, every n-th question is asked in the busy group
    (``BUSY_CHAT``, its ``BUSY_MEMBERS`` members in turn: no one of them floods), the
    others in ``users - 1`` private chats.
    """
    asks = []
    others = users - 1 if busy_every else users
    private = 0
    for k in range(questions):
        text, lang = messages[k % len(messages)]
        at = seconds * k / questions
        if busy_every and k % busy_every == 0:
            member = first_user + users + (k // busy_every) % BUSY_MEMBERS
            asks.append(Ask(at, member, BUSY_CHAT, text, lang))
        else:
            user = first_user + private % others
            private += 1
            asks.append(Ask(at, user, user, text, lang))
    return asks


def push(api: Any, ask: Ask) -> int:
    """Queue the update for ``ask`` on a ``FakeBotAPI``; in a group the bot is mentioned."""
    if ask.chat == ask.user:
        return api.push_update(api.message(ask.user, ask.text, language_code=ask.lang))
    text = f"@{api.bot_user['username']} {ask.text}"
    return api.push_update(api.message(ask.user, text, chat_id=ask.chat, chat_type="group",
                                       language_code=ask.lang))


def latencies(pushed: dict[int, list[float]], replied: dict[int, list[float]]
              ) -> dict[int, list[float]]:
    """Per chat, each question's time to its reply (questions still unanswered are left out)."""
    return {chat: [r - p for p, r in zip(times, replied.get(chat, []), strict=False)]
            for chat, times in pushed.items()}


def counts(asks: list[Ask]) -> dict[int, int]:
    """Questions per chat."""
    found: dict[int, int] = {}
    for ask in asks:
        found[ask.chat] = found.get(ask.chat, 0) + 1
    return found


@dataclass(frozen=True)
class Spread:
    """What one spread load (b or c) measured."""

    name: str
    asked: int
    answered: int
    p50: float
    p95: float
    busy_p95: float | None = None
    throttled: int = 0
    """sendMessage calls of the busy chat answered 429."""


async def _spread(server: Any, name: str, app: Any, asks: list[Ask],
                  fault: Any = None) -> Spread:
    from bot.devtools.loadtest import _running

    expected = counts(asks)
    async with _running(app):
        warm = Ask(0.0, asks[0].user - 1, asks[0].user - 1, asks[0].text, asks[0].lang)
        await server.call("schedule", [warm])  # polling has started before the load
        await server.call("collect", ({warm.chat: 1}, 60))
        await server.call("fault", fault)
        await server.call("schedule", asks)
        pushed, replied = await server.call("collect", (expected, 120))
        hits = await server.call("hits")
        await server.call("fault", None)
    per_chat = latencies(pushed, replied)
    others = [t for chat, times in per_chat.items() if chat != BUSY_CHAT for t in times]
    busy = per_chat.get(BUSY_CHAT, [])
    answered = sum(min(n, len(replied.get(c, []))) for c, n in expected.items())
    return Spread(name, len(asks), answered, percentile(others, 0.5), percentile(others, 0.95),
                  percentile(busy, 0.95) if busy else None, sum(hits))


async def run_targets(base: Settings, messages: list[tuple[str, str]], rtt: float = 0.1,
                      log: Callable[[str], None] = lambda line: None) -> dict[str, Any]:
    """Run loads (a), (b) and (c) against one fake server process; return the figures.

    Args:
        base: the settings to start from (knowledge folder); token, server, database and
            rate limiter are set as for ``bench --e2e``.
        messages: the questions, (text, Telegram language_code), used in turn.
        rtt: seconds the fake server adds to every call.
        log: called with a line as each load finishes.
    """
    from bot.devtools import loadtest
    from bot.devtools.fakebotapi.faults import Fault
    from bot.devtools.loadtest import FIRST_USER, _burst, _settings
    from bot.services import Services, started_answerer
    from bot.store import Store
    from bot.telegram.app import build_application

    # The bots share one answerer, started as the bot starts (its words remembered), and
    # built before the fake server runs.
    answerer = started_answerer(base.knowledge_dir)
    # One WARNING line per 429 is the policy; here the (c) line counts them instead.
    delivery_log = logging.getLogger("bot.telegram.delivery")
    level = delivery_log.level
    delivery_log.setLevel(logging.ERROR)
    try:
        with loadtest.pinned_server(rtt) as server, \
                tempfile.TemporaryDirectory(prefix="hamroh-targets-") as tmp:

            def bot(name: str, throttle: bool = False) -> Any:
                settings = dataclasses.replace(_settings(
                    base, server.base_url, Path(tmp) / f"{name}.sqlite3"), rate_limit=throttle)
                return build_application(settings, Services(settings, Store(
                    settings.database_path), answerer))

            burst = (messages * (BURST_USERS // len(messages) + 1))[:BURST_USERS]
            server_cpu = await server.call("cpu")
            a = await _burst(server, "a", bot("a"), burst, FIRST_USER)
            server_cpu = await server.call("cpu") - server_cpu
            log(format_burst(a, server_cpu))
            deployed = await _burst(server, "a", bot("a-limited", throttle=True), burst,
                                    FIRST_USER + 5_000)
            log(format_burst(deployed))
            b = await _spread(server, "b", bot("b"), spread(messages, FIRST_USER + 2_000))
            log(format_spread(b))
            fault = Fault.too_many_requests("sendMessage", share=0.2, retry_after=1,
                                            chat_id=BUSY_CHAT)
            c = await _spread(server, "c", bot("c"),
                              spread(messages, FIRST_USER + 3_000, busy_every=BUSY_EVERY),
                              fault)
            log(format_spread(c))
            errors = await server.call("errors")
    finally:
        delivery_log.setLevel(level)
    return {"a": a, "a limited": deployed, "b": b, "c": c, "errors": errors, "rtt": rtt,
            "pinned": server.own_cpu is not None}


def _met(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def format_burst(run: Any, server_cpu: float | None = None) -> str:
    """The (a) line; without ``server_cpu``, the run with the rate limiter on."""
    line = (f"(a) {run.users} users at once: {run.rate:.1f} replies/s, p50 {run.p50:.2f} s, "
            f"p99 {run.p99:.2f} s (target at least {TARGETS['a']:g}/s: "
            f"{_met(run.rate >= TARGETS['a'])})")
    if server_cpu is None:
        return line + "; with the rate limiter on, as deployed (30 messages a second at most)"
    return (line + f"; in {run.seconds:.1f} s the bot used {run.cpu:.1f} s of CPU, the "
            f"server {server_cpu:.1f} s")


def format_spread(run: Spread) -> str:
    if run.name == "b":
        return (f"(b) {USERS} users, {run.asked} questions over {SECONDS:g} s: "
                f"{run.answered} answered, p50 {run.p50:.2f} s, p95 {run.p95:.2f} s "
                f"(target under {TARGETS['b']:g} s: {_met(run.p95 < TARGETS['b'])})")
    return (f"(c) as (b), one busy chat ({run.asked // BUSY_EVERY} questions) with 20% of its "
            f"sendMessage answered 429 ({run.throttled} times): {run.answered} answered; "
            f"other chats p50 {run.p50:.2f} s, p95 {run.p95:.2f} s (target under "
            f"{TARGETS['c']:g} s: {_met(run.p95 < TARGETS['c'])}); busy chat p95 "
            f"{run.busy_p95 or 0:.2f} s")


def format_targets(result: dict[str, Any]) -> str:
    """The closing lines: the setting and any request the fake server rejected."""
    lines = [f"rtt {result['rtt'] * 1000:.0f} ms on every call, rate limiter off but where "
             "said, "
             + ("bot and server on separate cores" if result["pinned"] else "not pinned")]
    lines += [f"fake server rejected: {e}" for e in result["errors"]]
    return "\n".join(lines)

