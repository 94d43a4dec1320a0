"""The real bot over a failing network: retries, quizzes that never get stuck, one log line."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers import Answerer
from bot.devtools.fakebotapi.faults import Fault
from bot.i18n import translator
from bot.telegram import delivery
from bot.telegram import quiz_handlers as qh
from tests.e2e_harness import Harness, callback_data, running
from tests.test_e2e_quiz import correct, open_quiz

pytestmark = pytest.mark.e2e


@pytest.fixture(autouse=True)
def fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delivery, "BACKOFF_BASE", 0.001)


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


async def test_a_failed_poll_is_retried(bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    fault = bot.api.add_fault(Fault.server_error("sendPoll", times=2))
    poll = await open_quiz(bot, 3101)
    assert not poll.ok
    delivered = await bot.api.wait_for("sendPoll", after=poll.index + 1)
    while not delivered.ok:
        delivered = await bot.api.wait_for("sendPoll", after=delivered.index + 1)
    await bot.recorded(delivered)
    assert fault.hits == 2
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in warnings] == [
        "sendPoll: 2× Internal Server Error; delivered on attempt 3"]


async def test_a_failed_answer_is_retried_and_logged_by_its_documented_name(
        bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    fault = bot.api.add_fault(Fault.server_error("sendMessage", times=1))
    first = await bot.say(3103, "2024 yilda qancha pul o'tkazilgan?")
    assert not first.ok
    delivered = await bot.api.wait_for("sendMessage", after=first.index + 1)
    assert delivered.ok and "14" in delivered.params["text"] and fault.hits == 1
    for _ in range(500):  # the bot logs once Telegram's answer reaches it
        warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        if warnings:
            break
        await asyncio.sleep(0.01)
    assert warnings == ["sendMessage: Internal Server Error; delivered on attempt 2"]


@pytest.mark.parametrize("fault", [  # a fault matrix: one fault in every run, all under slow
    Fault.server_error("sendPoll"),
    pytest.param(Fault.bad_gateway("sendPoll"), marks=pytest.mark.slow),
    pytest.param(Fault.dropped("sendPoll"), marks=pytest.mark.slow),
])
async def test_a_poll_that_cannot_be_sent_ends_the_quiz_cleanly(
        bot: Harness, fault: Fault, caplog: pytest.LogCaptureFixture) -> None:
    bot.api.add_fault(fault)
    user = 3102
    await open_quiz_expecting_failure(bot, user)
    told = await bot.api.wait_for(
        "sendMessage", lambda p: p["chat_id"] == user
        and p["text"] == translator("en")(qh.NOT_SENT))
    assert told.ok
    assert bot.store.active_session(user) is None
    menu = await bot.say(user, "/quiz")  # works at once: no "a quiz is already running"
    assert "quiz:*" in callback_data(menu)
    review = await bot.say(user, "/review")
    assert review.params["text"] != translator("en")(qh.ALREADY)
    assert not [r for r in caplog.records if r.exc_info]  # no traceback for Telegram's faults


async def open_quiz_expecting_failure(bot: Harness, user: int) -> None:
    """/quiz, all topics, 5 questions; the sendPoll that follows fails."""
    menu = await bot.say(user, "/quiz")
    mark = bot.api.mark()
    await bot.press(user, menu, "quiz:*")
    lengths = await bot.api.wait_for("editMessageText", after=mark)
    mark = bot.api.mark()
    await bot.press(user, lengths.result, "qlen:*:5")
    failed = await bot.api.wait_for("sendPoll", after=mark)
    assert not failed.ok


async def test_an_answer_before_its_poll_is_stored_counts_once_and_right(bot: Harness) -> None:
    """Telegram may hand out a vote before our sendPoll has returned (here sendPoll's answer
    is held until the vote waits for it): the answer takes the quiz lock, waits for the send,
    and counts once."""
    group, alice, bob = -100310, 3201, 3202
    held = threading.Event()  # sendPoll's answer, at most 15 s late (the bot waits 20 s)
    bot.api.add_fault(Fault.late("sendPoll", 15, delivered=True, times=1, release=held))
    try:
        poll = await open_quiz(bot, alice, chat_id=group, chat_type="group")
        poll_id = poll.result["poll"]["id"]
        assert bot.store.poll(poll_id) is None  # Telegram has the poll; the bot does not yet
        mark = bot.api.mark()
        bot.api.push_update(bot.api.poll_answer(bob, poll_id, [correct(bot, poll)]))
        handed = await bot.api.wait_for("getUpdates", after=mark)
        while not any("poll_answer" in u for u in handed.result or []):
            handed = await bot.api.wait_for("getUpdates", after=handed.index + 1)
        lock = qh.quiz_lock(bot.app)
        for _ in range(2000):  # until the vote waits for the send in flight
            if lock._answering:
                break
            await asyncio.sleep(0.005)
        # The bot had the vote before the poll's id, and the vote waits for the send.
        assert (lock._answering, lock.sends, held.is_set()) == (1, 1, False)
        assert bot.store.poll(poll_id) is None
        held.set()
        await bot.answers_recorded(poll, 1)
        await bot.say(bob, "/help")  # anything queued behind the vote is done by now
    finally:
        held.set()
    stored = bot.store.poll(poll_id)
    assert bot.store.answers(stored.session_id) == [(stored.item_id, bob, True)]
