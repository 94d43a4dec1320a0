"""Quizzes end to end: quiz polls, PollAnswer updates, timeouts, groups, /stop, restarts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers import Answerer
from bot.devtools.fakebotapi import Call
from bot.i18n import translator
from bot.knowledge import KnowledgeBase
from bot.quiz import RESULT, STOPPED
from bot.telegram import quiz_handlers as qh
from tests.e2e_harness import Harness, callback_data, running

pytestmark = pytest.mark.e2e


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


@pytest.fixture
async def fast_bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    """Quiz polls open for Telegram's minimum of 5 seconds, to test timeouts in real time."""
    async for harness in running(tmp_path, answerer, quiz_seconds=5):
        yield harness


async def open_quiz(bot: Harness, user: int, topic: str = "*", length: int = 5,
                    chat_id: int | None = None, **kw: object) -> Call:
    """/quiz, a topic, a length; returns the first sendPoll."""
    menu = await bot.say(user, "/quiz", chat_id=chat_id, **kw)
    assert f"quiz:{topic}" in callback_data(menu)
    mark = bot.api.mark()
    await bot.press(user, menu, f"quiz:{topic}")
    lengths = await bot.api.wait_for("editMessageText", after=mark)
    assert f"qlen:{topic}:{length}" in callback_data(lengths)
    mark = bot.api.mark()
    await bot.press(user, lengths.result, f"qlen:{topic}:{length}")
    return await bot.api.wait_for("sendPoll", after=mark)


def correct(bot: Harness, poll_call: Call) -> int:
    return poll_call.params["correct_option_ids"][0]


def wrong(bot: Harness, poll_call: Call) -> int:
    return (correct(bot, poll_call) + 1) % len(poll_call.params["options"])


async def answer(bot: Harness, user: int, poll_call: Call, option: int,
                 expect: str = "sendPoll", **kw: object) -> Call:
    poll_id = await bot.recorded(poll_call)
    mark = bot.api.mark()
    bot.api.push_update(bot.api.poll_answer(user, poll_id, [option], **kw))
    return await bot.api.wait_for(expect, after=mark)


@pytest.mark.parametrize("lang", ["en", "ru"])
async def test_a_full_private_quiz(bot: Harness, kb: KnowledgeBase, lang: str) -> None:
    user = 2001
    start = await bot.say(user, "/start", language_code=lang)
    await bot.press(user, start, f"lang:{lang}")
    poll = await open_quiz(bot, user)
    assert poll.params["type"] == "quiz" and poll.params["is_anonymous"] is False
    asked = []
    for k in range(5):
        assert poll.params["question"].startswith(f"{k + 1}/5. ")
        asked.append(poll.params["question"].split(". ", 1)[1])
        option = wrong(bot, poll) if k in (1, 3) else correct(bot, poll)
        poll = await answer(bot, user, poll, option, expect="sendPoll" if k < 4 else "sendMessage")
    result = poll
    _ = translator(lang)
    assert _(RESULT).format(right=3, asked=5) in result.params["text"]
    missed = [d.split(":") for d in callback_data(result) if d.startswith("faqin:")]
    assert 1 <= len(missed) <= 2
    assert all(eid in kb.entries and shown == lang for _kind, eid, shown in missed)
    # Each question was asked in the chosen language.
    questions = {q.question[lang] for q in kb.quiz.values()}
    assert set(asked) <= questions
    # A missed question's answer opens with its source.
    mark = bot.api.mark()
    await bot.press(user, result, ":".join(missed[0]))
    opened = await bot.api.wait_for("sendMessage", after=mark)
    assert "📚" in opened.params["text"]
    # The missed items come back first in the next quiz, and /stats has the history.
    stats = await bot.say(user, "/stats")
    assert "60%" in stats.params["text"]
    review = await bot.say(user, "/review", method="sendPoll")
    review_question = review.params["question"].split(". ", 1)[1]
    assert review.params["question"].startswith("1/2. ")
    assert review_question in {asked[1], asked[3]}


async def test_an_unanswered_question_times_out_and_the_quiz_goes_on(bot: Harness) -> None:
    user = 2002
    first = await open_quiz(bot, user)
    assert first.params["open_period"] == 60
    await bot.time_out(first)
    second = await bot.api.wait_for("sendPoll", after=first.index + 1)
    assert second.params["question"].startswith("2/5. ")
    stopped = await bot.say(user, "/stop")
    assert translator("en")(RESULT).format(right=0, asked=1) in stopped.params["text"]


@pytest.mark.slow
async def test_a_question_times_out_in_real_time(fast_bot: Harness) -> None:
    """The one timeout left to the real clock: the job the bot schedules fires by itself."""
    bot = fast_bot
    user = 2002
    first = await open_quiz(bot, user)
    assert first.params["open_period"] == 5
    second = await bot.api.wait_for("sendPoll", after=first.index + 1, timeout=12)
    assert second.params["question"].startswith("2/5. ")
    stopped = await bot.say(user, "/stop")
    assert translator("en")(RESULT).format(right=0, asked=1) in stopped.params["text"]


async def test_stop_shows_the_score_so_far_and_nothing_more_is_asked(bot: Harness) -> None:
    user = 2003
    poll = await open_quiz(bot, user)
    poll = await answer(bot, user, poll, correct(bot, poll))
    stopped = await bot.say(user, "/stop")
    _ = translator("en")
    assert stopped.params["text"].startswith(_(STOPPED))
    assert _(RESULT).format(right=1, asked=1) in stopped.params["text"]
    assert any(c.method == "stopPoll" for c in bot.api.requests[poll.index:])
    again = await bot.say(user, "/stop")
    assert again.params["text"] == _(qh.NO_QUIZ)


async def test_quiz_twice_and_stray_answers_change_nothing(bot: Harness) -> None:
    user = 2004
    poll = await open_quiz(bot, user)
    busy = await bot.say(user, "/quiz")
    assert busy.params["text"] == translator("en")(qh.ALREADY)
    # A second answer to the same poll and an answer to an unknown poll are ignored.
    nxt = await answer(bot, user, poll, correct(bot, poll))
    mark = bot.api.mark()
    update = bot.api.poll_answer(user, poll.result["poll"]["id"], [correct(bot, poll)])
    bot.api.push_update(update)
    update = bot.api.poll_answer(user, nxt.result["poll"]["id"], [0])
    update["poll_answer"]["poll_id"] = "no-such-poll"
    bot.api.push_update(update)
    await bot.say(user, "/help")
    assert not [c for c in bot.api.requests[mark:] if c.method == "sendPoll"]
    stopped = await bot.say(user, "/stop")
    assert translator("en")(RESULT).format(right=1, asked=1) in stopped.params["text"]


async def test_a_group_quiz_ends_with_a_leaderboard(bot: Harness) -> None:
    group, alice, bob = -100300, 2005, 2006
    poll = await open_quiz(bot, alice, chat_id=group, chat_type="group")
    await bot.recorded(poll)
    bot.api.push_update(bot.api.poll_answer(alice, poll.result["poll"]["id"],
                                            [correct(bot, poll)], first_name="Alice"))
    bot.api.push_update(bot.api.poll_answer(bob, poll.result["poll"]["id"],
                                            [wrong(bot, poll)], first_name="<Bob>"))
    # In a group everyone gets the whole open period; then the next question comes.
    await bot.answers_recorded(poll, 2)
    await bot.time_out(poll)
    second = await bot.api.wait_for("sendPoll", after=poll.index + 1)
    await bot.recorded(second)
    bot.api.push_update(bot.api.poll_answer(bob, second.result["poll"]["id"],
                                            [correct(bot, second)], first_name="<Bob>"))
    bot.api.push_update(bot.api.poll_answer(alice, second.result["poll"]["id"],
                                            [correct(bot, second)], first_name="Alice"))
    await bot.answers_recorded(second, 4)
    await bot.time_out(second)
    await bot.api.wait_for("sendPoll", after=second.index + 1)
    denied = await bot.say(bob, "/stop", chat_id=group, chat_type="group")
    assert denied.params["text"] == translator("en")(qh.NOT_YOURS)
    board = await bot.say(alice, "/stop", chat_id=group, chat_type="group")
    lines = board.params["text"].splitlines()
    assert lines[1] == "🥇 Alice: 2"
    assert lines[2] == "🥈 &lt;Bob&gt;: 1"  # names are escaped


async def test_a_restart_in_the_middle_of_a_quiz_loses_nothing(bot: Harness) -> None:
    user = 2007
    poll = await open_quiz(bot, user)
    poll = await answer(bot, user, poll, correct(bot, poll))
    assert poll.params["question"].startswith("2/5. ")
    await bot.restart()
    # The open question can still be answered after the restart.
    poll = await answer(bot, user, poll, wrong(bot, poll))
    assert poll.params["question"].startswith("3/5. ")
    stopped = await bot.say(user, "/stop")
    assert translator("en")(RESULT).format(right=1, asked=2) in stopped.params["text"]


async def test_a_question_sent_before_a_crash_is_asked_after_it(bot: Harness) -> None:
    """A quiz whose poll was never sent (the process died first) sends it at start-up."""
    user = 2008
    poll = await open_quiz(bot, user)
    store = bot.store
    session = store.active_session(user)
    await bot.recorded(poll)
    store.db.execute("DELETE FROM quiz_polls WHERE session_id = ?", (session.id,))
    mark = bot.api.mark()
    await bot.restart()
    again = await bot.api.wait_for("sendPoll", after=mark)
    assert again.params["question"] == poll.params["question"]


async def test_the_stop_button_under_a_poll_ends_the_quiz(bot: Harness) -> None:
    user = 2009
    poll = await open_quiz(bot, user)
    assert callback_data(poll) == ["qstop"]
    mark = bot.api.mark()
    await bot.press(user, poll, "qstop")
    stopped = await bot.api.wait_for("sendMessage", after=mark)
    assert stopped.params["text"].startswith(translator("en")(STOPPED))
    assert bot.store.active_session(user) is None
