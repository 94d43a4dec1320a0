"""The delivery policy (retries, pauses) and per-chat ordering, without a server."""

from __future__ import annotations

import asyncio
import logging
import random
import sys
import time
import types

import httpx
import pytest
from telegram import Chat, Message, Update, User
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

import bot.config  # noqa: F401 - opts in to PTB's timedelta retry_after (no warning)
from bot.telegram import delivery
from bot.telegram.delivery import Delivery, classify
from bot.telegram.ordering import ChatOrderedProcessor, chat_key


def timed_out(cause: Exception) -> TimedOut:
    try:
        raise TimedOut from cause
    except TimedOut as exc:
        return exc


@pytest.mark.parametrize(("exc", "retry", "unknown"), [
    (RetryAfter(2), True, False),
    (NetworkError("Internal Server Error"), True, False),
    (NetworkError("httpx.RemoteProtocolError: Server disconnected"), True, False),
    (NetworkError("httpx.ConnectError: [Errno 111] Connection refused"), True, False),
    (timed_out(httpx.ConnectTimeout("x")), True, False),
    (timed_out(httpx.PoolTimeout("x")), True, False),
    (timed_out(httpx.ReadTimeout("x")), False, True),
    (timed_out(httpx.WriteTimeout("x")), False, True),
    (BadRequest("Bad Request: message text is empty"), False, False),
    (Forbidden("Forbidden: bot was blocked by the user"), False, False),
    (ValueError("a bug"), False, False),
])
def test_the_retry_policy(exc, retry, unknown):
    verdict = classify(exc, 1, random.Random(1))
    assert (verdict.retry, verdict.unknown_outcome) == (retry, unknown)


def test_backoff_is_bounded_and_jittered():
    rng = random.Random(7)
    waits = [classify(NetworkError("x"), n, rng).wait for n in range(1, 12)]
    assert all(0 < w <= delivery.BACKOFF_CAP for w in waits)
    assert waits[0] < waits[3] and len(set(waits)) == len(waits)
    assert classify(RetryAfter(3), 1, rng).wait == 3


class Script:
    """A fake API call that fails with the given exceptions, then answers True."""

    def __init__(self, *failures: Exception) -> None:
        self.failures = list(failures)
        self.calls: list[float] = []

    async def __call__(self) -> bool:
        self.calls.append(time.monotonic())
        if self.failures:
            raise self.failures.pop(0)
        return True


async def call(limiter: Delivery, script: Script, chat: int | None = 1,
               endpoint: str = "sendMessage"):
    data = {} if chat is None else {"chat_id": chat}
    return await limiter.process_request(script, (), {}, endpoint, data, None)


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch):
    monkeypatch.setattr(delivery, "BACKOFF_BASE", 0.01)


@pytest.fixture
async def virtual_time(monkeypatch):
    """The test's event loop on a virtual clock: when no task is ready and no I/O is waiting,
    the loop moves its clock on to the next timer instead of sleeping until it. The delivery
    module and ``Script`` read that clock as ``time.monotonic``, so a 429 pause of a second
    is a second on every clock the test and the code look at, without waiting for it
    (``test_429_pauses_add_up_to_the_budget[real]``, ``slow``, still waits in real time)."""
    on_virtual_time(monkeypatch)


@pytest.fixture(params=["virtual", pytest.param("real", marks=pytest.mark.slow)])
async def clock(request, monkeypatch):
    """The virtual clock (``virtual_time``), or the real one: a test of real pauses."""
    if request.param == "virtual":
        on_virtual_time(monkeypatch)


def on_virtual_time(monkeypatch) -> None:
    loop = asyncio.get_running_loop()
    now = loop.time()
    select = loop._selector.select

    def clock() -> float:
        return now

    def wait(timeout: float | None = None) -> list:
        nonlocal now
        events = select(0)
        if not events and timeout:  # every task waits for a timer: jump to it
            now += timeout
        return events

    monkeypatch.setattr(loop, "time", clock)
    monkeypatch.setattr(loop._selector, "select", wait)
    virtual = types.SimpleNamespace(monotonic=clock)
    monkeypatch.setattr(delivery, "time", virtual)
    monkeypatch.setattr(sys.modules[__name__], "time", virtual)  # Script's clock


async def test_network_faults_are_retried_and_logged_once(caplog):
    limiter = Delivery(throttle=False, rng=random.Random(1))
    script = Script(NetworkError("Internal Server Error"), NetworkError("Bad Gateway"))
    assert await call(limiter, script) is True
    assert len(script.calls) == 3
    lines = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(lines) == 1 and lines[0].exc_info is None
    assert "sendMessage" in lines[0].getMessage() and "attempt 3" in lines[0].getMessage()


async def test_attempts_are_bounded(caplog):
    limiter = Delivery(throttle=False, max_attempts=3, rng=random.Random(1))
    script = Script(*[NetworkError("Internal Server Error")] * 5)
    with pytest.raises(NetworkError):
        await call(limiter, script)
    assert len(script.calls) == 3
    assert [r.getMessage() for r in caplog.records] == [
        "sendMessage: 3× Internal Server Error; given up after 3 attempts"]


async def test_429s_are_not_failed_attempts(caplog, virtual_time):
    """Telegram says when to come back: five 429s in a row do not lose a reply that
    three network faults would (their pauses, up to 0.1 s of jitter each, on the virtual
    clock)."""
    limiter = Delivery(throttle=False, max_attempts=3, rng=random.Random(1))
    script = Script(*[RetryAfter(0)] * 5, NetworkError("Bad Gateway"))
    assert await call(limiter, script) is True
    assert len(script.calls) == 7
    assert [r.getMessage() for r in caplog.records] == [
        "sendMessage: 5× 429 retry after 0 s; Bad Gateway; delivered on attempt 7"]


async def test_429_pauses_are_bounded(caplog):
    limiter = Delivery(throttle=False, rng=random.Random(1), retry_after_budget=0.5)
    script = Script(RetryAfter(1), RetryAfter(1))
    with pytest.raises(RetryAfter):
        await call(limiter, script)
    assert len(script.calls) == 1
    assert [r.getMessage() for r in caplog.records] == [
        "sendMessage: 429 retry after 1 s; given up: its 429 pauses would pass 0.5 s"]


async def test_429_pauses_add_up_to_the_budget(caplog, clock):
    limiter = Delivery(throttle=False, rng=random.Random(1), retry_after_budget=1.5)
    script = Script(RetryAfter(1), RetryAfter(1))  # the second pause would make 2 s
    started = time.monotonic()
    with pytest.raises(RetryAfter):
        await call(limiter, script)
    assert len(script.calls) == 2 and time.monotonic() - started >= 1.0
    assert [r.getMessage() for r in caplog.records] == [
        "sendMessage: 2× 429 retry after 1 s; given up: its 429 pauses would pass 1.5 s"]


@pytest.mark.parametrize("exc", [timed_out(httpx.ReadTimeout("x")), BadRequest("Bad Request: x"),
                                 Forbidden("Forbidden: blocked"), ValueError("a bug")])
async def test_what_is_never_retried(exc, caplog):
    limiter = Delivery(throttle=False)
    script = Script(exc)
    with pytest.raises(type(exc)):
        await call(limiter, script)
    assert len(script.calls) == 1
    expected = 1 if isinstance(exc, TimedOut) else 0  # an unknown outcome is logged once
    assert len(caplog.records) == expected


async def test_a_429_pauses_only_its_chat(virtual_time):
    limiter = Delivery(throttle=False, rng=random.Random(1))
    limited = Script(RetryAfter(1))
    task = asyncio.create_task(call(limiter, limited, chat=1))
    await asyncio.sleep(0.05)
    other = Script()
    started = time.monotonic()
    assert await call(limiter, other, chat=2) is True
    assert time.monotonic() - started < 0.3
    same = Script()
    await call(limiter, same, chat=1)  # waits for the pause like the limited call
    assert await task is True
    assert limited.calls[1] - limited.calls[0] >= 1.0
    assert same.calls[0] - limited.calls[0] >= 1.0


async def test_429s_on_several_chats_pause_every_chat(virtual_time):
    limiter = Delivery(throttle=False, rng=random.Random(1))
    tasks = [asyncio.create_task(call(limiter, Script(RetryAfter(1)), chat=c)) for c in (1, 2, 3)]
    await asyncio.sleep(0.05)
    fresh = Script()
    started = time.monotonic()
    await call(limiter, fresh, chat=99)
    assert fresh.calls[0] - started >= 0.8  # a chat that never got a 429 waited too
    assert all(await asyncio.gather(*tasks))


async def test_polling_is_not_retried_here():
    limiter = Delivery(throttle=False)
    script = Script(NetworkError("Internal Server Error"))
    with pytest.raises(NetworkError):
        await call(limiter, script, chat=None, endpoint="getUpdates")
    assert len(script.calls) == 1


def update(update_id: int, chat_id: int, text: str) -> Update:
    user = User(chat_id, "U", False)
    message = Message(update_id, None, Chat(chat_id, "private"), from_user=user, text=text)
    return Update(update_id, message=message)


async def test_each_chat_in_order_and_chats_at_once():
    processor = ChatOrderedProcessor(max_concurrent_updates=8)
    log: list[tuple[int, str]] = []
    running = 0
    most = 0

    async def handle(chat: int, text: str, delay: float) -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(delay)
        log.append((chat, text))
        running -= 1

    jobs = []
    for k in range(5):
        for chat in (1, 2, 3):
            delay = 0.05 if k == 0 else 0.001  # the first update of a chat is the slowest
            u = update(10 * k + chat, chat, f"m{k}")
            jobs.append(asyncio.create_task(processor.process_update(u, handle(chat, f"m{k}",
                                                                               delay))))
    await asyncio.gather(*jobs)
    for chat in (1, 2, 3):
        assert [t for c, t in log if c == chat] == [f"m{k}" for k in range(5)]
    assert most == 3  # three chats at once, never two updates of one chat
    assert processor.chats == 0  # idle chats are forgotten


def test_the_chat_of_an_update():
    assert chat_key(update(1, 42, "hi")) == 42
    assert chat_key(object()) is None


@pytest.mark.parametrize(("params", "files", "content_type"), [
    ({"chat_id": 5, "text": "<b>Javob</b> " * 50,
      "reply_markup": {"inline_keyboard": [[{"text": "👍", "callback_data": "v"}]]}},
     False, "application/json"),
    ({}, False, None),  # getMe: no body at all, as PTB sends it
    ({"chat_id": 5}, True, "multipart/form-data"),
])
async def test_calls_without_files_are_sent_as_json(params, files, content_type):
    from telegram import InputFile
    from telegram.request import RequestData
    from telegram.request._requestparameter import RequestParameter

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"ok": True, "result": True})

    request = delivery.QuietRequest()
    await request.initialize()
    await request._client.aclose()
    request._client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    parameters = [RequestParameter.from_input(k, v) for k, v in params.items()]
    if files:
        parameters.append(RequestParameter.from_input("document",
                                                      InputFile(b"x", filename="a.txt")))
    data = RequestData(parameters) if parameters else None
    assert await request.do_request("https://api.test/bot1/m", "POST", data) == (
        200, b'{"ok":true,"result":true}')
    await request.shutdown()
    sent = seen[0]
    assert (sent.headers.get("content-type", "").split(";")[0] or None) == content_type
    if content_type == "application/json":
        assert httpx.Response(200, content=sent.content).json() == params
