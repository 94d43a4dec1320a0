"""The fake Bot API server fails like Telegram and its proxies do, when a test asks it to."""

from __future__ import annotations

import sys
import time

import pytest
from telegram import Bot
from telegram.error import Conflict, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

import bot.config  # noqa: F401 - opts in to PTB's timedelta retry_after (no warning)
from bot.devtools.fakebotapi import FakeBotAPI, transport
from bot.devtools.fakebotapi.faults import Fault

CHAT = 4242




@pytest.fixture
async def bot(api):
    async with Bot(api.token, base_url=api.base_url, request=HTTPXRequest()) as b:
        yield b


async def send(bot: Bot, text: str = "hi", chat_id: int = CHAT, **timeouts: float):
    return await bot.send_message(chat_id, text, **timeouts)


@pytest.mark.parametrize(("fault", "raised", "fragment"), [
    (Fault.too_many_requests("sendMessage", retry_after=3), RetryAfter, "0:00:03"),
    (Fault.server_error("sendMessage"), NetworkError, "Internal Server Error"),
    (Fault.server_error("sendMessage", code=503), NetworkError, "Internal Server Error"),
    (Fault.bad_gateway("sendMessage"), NetworkError, "502 Bad Gateway"),
    (Fault.dropped("sendMessage"), NetworkError, "RemoteProtocolError"),
    (Fault.late("sendMessage", 0.6, delivered=True), TimedOut, "Timed out"),
    (Fault.late("sendMessage", 0.6, delivered=False), TimedOut, "Timed out"),
])
async def test_each_fault_reaches_the_client_as_telegram_would(api, bot, fault, raised, fragment):
    api.add_fault(fault)
    # Only a late reply meets a short read timeout: on a loaded machine a prompt one could too.
    # The late one comes 0.6 s after the call is recorded, so the client gives up first
    # however short its timeout; waited for in real time, which the test needs no more of.
    timeouts = {"read_timeout": 0.05} if fault.kind == "late" else {}
    with pytest.raises(raised, match=fragment):
        await send(bot, **timeouts)
    await api.wait_for("sendMessage")  # the server may record the call after giving up
    delivered = fault.kind == "late" and fault.delivered
    assert len(api.sent_messages(CHAT)) == (1 if delivered else 0)
    assert fault.hits == 1
    call = api.requests[-1]
    assert (call.method, call.fault) == ("sendMessage", fault.kind)


async def test_a_dropped_connection_is_not_a_timeout(api, bot):
    api.add_fault(Fault.dropped("sendMessage"))
    with pytest.raises(NetworkError) as caught:
        await send(bot)
    assert not isinstance(caught.value, TimedOut)


async def test_conflict_on_get_updates(api, bot):
    api.add_fault(Fault.conflict(times=1))
    with pytest.raises(Conflict, match="only one bot instance"):
        await bot.get_updates()
    assert await bot.get_updates() == ()


async def test_a_share_of_calls_fails_evenly_and_only_in_the_chosen_chat(api, bot):
    fault = api.add_fault(Fault.server_error("sendMessage", share=0.25, chat_id=CHAT))
    failed = []
    for k in range(1, 13):
        try:
            await send(bot, f"m{k}")
        except NetworkError:
            failed.append(k)
    assert failed == [4, 8, 12] and fault.hits == 3
    await send(bot, "other chat", chat_id=CHAT + 1)
    await bot.get_me()
    assert fault.seen == 12  # other chats and other methods do not count
    assert len(api.sent_messages(CHAT)) == 9


async def test_times_caps_the_faulted_calls_and_clear_removes_them(api, bot):
    api.add_fault(Fault.server_error(None, times=2))
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.get_me()
    await bot.get_me()
    api.add_fault(Fault.server_error(None))
    api.clear_faults()
    await bot.get_me()


class VirtualClock:
    """``time.monotonic`` and ``time.sleep`` of a clock that a sleep moves on at once."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(params=["virtual", pytest.param("real", marks=pytest.mark.slow)])
def clock(request, monkeypatch):
    """The fake server's sleeps and the test's clock on a virtual clock, or the real one (a
    test of real waits, ``slow``)."""
    if request.param == "virtual":
        virtual = VirtualClock()
        monkeypatch.setattr(transport, "time", virtual)
        monkeypatch.setattr(sys.modules[__name__], "time", virtual)


async def test_a_round_trip_delay_on_every_call(bot, clock):
    with FakeBotAPI(rtt=0.15) as slow:
        async with Bot(slow.token, base_url=slow.base_url) as b:
            for _ in range(2):
                started = time.monotonic()
                await b.get_me()
                assert time.monotonic() - started >= 0.15


@pytest.mark.parametrize("kwargs", [{"kind": "burn", "method": None}, {"kind": "error",
                                    "method": None, "share": 0.0}])
def test_fault_arguments_are_checked(kwargs):
    with pytest.raises(ValueError):
        Fault(**kwargs)
