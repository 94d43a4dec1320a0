"""Never silent: every user gets a reply, whatever their language, buttons or pace.

The real Application against the fake Bot API; each test also proves that nothing was
logged at ERROR (no traceback) while it ran.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.devtools.fakebotapi import FakeBotAPI
from bot.i18n import translator
from bot.telegram import delivery
from bot.telegram import handlers as h
from bot.telegram import quiz_handlers as q
from tests.e2e_harness import TOKEN, Harness, callback_data, running
from tests.test_callbacks import FORGED

pytestmark = pytest.mark.e2e


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path):
        yield harness


@pytest.fixture
def no_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fails the test when anything was logged at ERROR or above."""
    caplog.set_level(logging.INFO)
    yield
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], [r.getMessage() for r in errors]


# Telegram's language_code is whatever the client sends: unknown to babel, malformed, none.
ODD_LANGUAGE_CODES = [None, "crh", "xx", "zz-ZZ", "crh-UA", "!!", "a" * 300, "1", "en_US@x"]


@pytest.mark.parametrize("code", ODD_LANGUAGE_CODES, ids=repr)
async def test_any_language_code_gets_a_reply(bot: Harness, no_errors: None,
                                              code: str | None) -> None:
    for text in ("/start", "/help", "/topics", "/about", "/quiz", "/stats",
                 "what is the schengen agreement", "sdfkjh qwpoeiru"):
        reply = await bot.say(2001, text, language_code=code)
        assert reply.ok and reply.params["text"], text


@pytest.mark.parametrize("code", ["crh", "xx", None])
async def test_an_error_gets_an_apology_in_any_language(bot: Harness, code: str | None,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    bot.api.inject_error("sendMessage", 400, "Bad Request: something odd", times=1)
    mark = bot.api.mark()
    bot.api.push_update(bot.api.message(2002, "what is the schengen agreement",
                                        language_code=code))
    apology = await bot.api.wait_for(
        "sendMessage", lambda p: p["text"] == translator("uz")(h.APOLOGY), after=mark)
    assert apology.ok
    # The error handler itself did not fail.
    assert not [r for r in caplog.records if "error handler" in r.getMessage().lower()]


def forged_press(bot: Harness, user: int, menu_call, data: str, **kw) -> dict:  # noqa: ANN001
    """A press on a real button of ``menu_call`` whose data a modified client replaced."""
    update = bot.api.callback_query(user, callback_data(menu_call)[0], menu_call.result, **kw)
    update["callback_query"]["data"] = data
    return update


@pytest.mark.parametrize("data", [
    "topic:law:²", "topic:law:٣", "open:remit-2024-total:²", "open:remit-2024-total:" + "9" * 52,
    "open:remit-2024-total:99", "topic:law:" + "1" * 52, "qlen:*:¹⁰",
])
async def test_forged_numbers_get_a_polite_answer(bot: Harness, no_errors: None,
                                                  data: str) -> None:
    user = 2003
    menu = await bot.say(user, "/topics")
    mark = bot.api.mark()
    bot.api.push_update(forged_press(bot, user, menu, data))
    answer = await bot.api.wait_for("answerCallbackQuery", after=mark)
    assert answer.params.get("text") == translator("en")(h.OUTDATED)
    assert bot.api.requests[-1].method == "answerCallbackQuery"  # nothing else was sent


@pytest.mark.parametrize("data", ["faq:remit-2024-total", "topics", "topic:law:0",
                                  "open:remit-2024-total:0", "vote:up:remit-2024-total",
                                  "lang:en", "quiz:*", "qlen:*:5", "qstop"])
async def test_a_button_on_an_inline_message_gets_a_polite_answer(
        bot: Harness, no_errors: None, data: str) -> None:
    # Our inline results carry only a URL button: any callback from one is forged.
    user = 2004
    mark = bot.api.mark()
    bot.api.push_update({"callback_query": {
        "id": f"inline-{data}", "from": {"id": user, "is_bot": False, "first_name": "Ali",
                                     "language_code": "en"},
        "inline_message_id": "AAAA-inline", "chat_instance": "ci-inline", "data": data}})
    answer = await bot.api.wait_for("answerCallbackQuery", after=mark)
    assert answer.params.get("text") == translator("en")(h.OUTDATED)
    assert bot.store.language(user) is None
    assert bot.store.feedback_summary() == []


async def test_every_press_is_answered_under_the_flood_guard(bot: Harness,
                                                            no_errors: None) -> None:
    user = 2005
    menu = await bot.say(user, "/topics")
    data = callback_data(menu)[0]
    mark = bot.api.mark()
    ids = set()
    for _ in range(25):
        update = bot.api.callback_query(user, data, menu.result)
        ids.add(update["callback_query"]["id"])
        bot.api.push_update(update)

    def answered() -> set[str]:
        return {c.params["callback_query_id"] for c in bot.api.requests[mark:]
                if c.method == "answerCallbackQuery"}

    for _ in range(500):
        if answered() >= ids:
            break
        await asyncio.sleep(0.01)
    assert answered() >= ids
    warned = [c for c in bot.api.requests[mark:] if c.method == "answerCallbackQuery"
              and c.params.get("text") == translator("en")(h.FLOOD)]
    assert len(warned) == 1


async def test_an_edited_message_is_not_answered_again(bot: Harness, no_errors: None) -> None:
    # Decision: an edit is ignored. The first question was answered; answering the edit
    # too would leave two answers to one message.
    user = 2006
    original = bot.api.message(user, "what is the schengen agreement")
    mark = bot.api.mark()
    bot.api.push_update(original)
    await bot.api.wait_for("sendMessage", after=mark)
    edited = dict(original["message"], text="what is the global compact",
                  edit_date=original["message"]["date"] + 1)
    edited.pop("entities", None)
    await assert_ignored(bot, {"edited_message": edited})


async def assert_ignored(bot: Harness, update: dict, user: int = 2999) -> None:
    """Push ``update`` and prove the bot sent nothing for it: a later /help is the next reply."""
    mark = bot.api.mark()
    bot.api.push_update(update)
    bot.api.push_update(bot.api.message(user, "/help"))
    probe = await bot.api.wait_for("sendMessage", lambda p: p["chat_id"] == user, after=mark)
    assert probe.params["text"] == translator("en")(h.HELP)
    sent = [c.method for c in bot.api.requests[mark:probe.index]
            if c.method not in ("getUpdates", "answerCallbackQuery")]
    assert sent == []


async def test_a_failing_set_my_call_does_not_stop_start_up(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    # The 500 is retried after a backoff of ~0.2 s: at once here, the start is under test.
    monkeypatch.setattr(delivery, "BACKOFF_BASE", 0.001)
    api = FakeBotAPI(token=TOKEN)
    api.start()
    api.inject_error("setMyCommands", 400, "Bad Request: odd", times=2)
    api.inject_error("setMyShortDescription", 500, "Internal Server Error", times=1)
    harness = Harness(api, tmp_path / "db.sqlite3", menu=True)
    try:
        await harness.start()
        reply = await harness.say(2007, "/help")
        assert reply.params["text"] == translator("en")(h.HELP)
        # The calls after the failures were still made.
        assert set(api.commands) and len(api.descriptions) >= 7
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING
                    and "setMy" in r.getMessage()]
        assert len(warnings) == 3
    finally:
        await harness.stop()
        api.stop()


async def test_inline_results_are_personal(bot: Harness) -> None:
    # They depend on the user's stored language, so a shared cache would mix languages.
    answer = await bot.inline(2008, "schengen agreement")
    assert answer.params["results"] and answer.params.get("is_personal") is True


def dump(bot: Harness) -> dict[str, list[tuple]]:
    """Every row of every table of the bot's database (but the update journal, which records
    every update whatever it does: bot/journal.py)."""
    db = bot.store.db
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if r[0] != "updates"]
    return {t: [tuple(r) for r in db.execute(f"SELECT * FROM {t} ORDER BY rowid")]
            for t in tables}


async def test_a_hundred_forged_buttons_get_a_notice_and_change_nothing(
        bot: Harness, no_errors: None) -> None:
    menu = await bot.say(2010, "/topics")
    before = dump(bot)
    for k, data in enumerate(FORGED):
        user = 20_000 + k  # one press each: the flood guard stays out of it
        mark = bot.api.mark()
        bot.api.push_update(forged_press(bot, user, menu, data))
        answer = await bot.api.wait_for("answerCallbackQuery", after=mark)
        assert answer.params.get("text") == translator("en")(h.OUTDATED), data
    await bot.say(2010, "/help")
    assert [c.method for c in bot.api.requests if c.method.startswith(("edit", "send"))
            and c.index > menu.index] == ["sendMessage"]  # only the /help reply
    assert dump(bot) == before


async def test_only_the_owner_stops_a_group_quiz(bot: Harness, no_errors: None) -> None:
    group, owner, other = -100300, 2011, 2012
    menu = await bot.say(owner, "/quiz", chat_id=group, chat_type="group")
    mark = bot.api.mark()
    lengths = await bot.press(owner, menu, "quiz:*", method="editMessageText")
    await bot.press(owner, lengths.result, "qlen:*:5")
    poll = await bot.api.wait_for("sendPoll", after=mark)
    await bot.recorded(poll)
    before = dump(bot)
    refused = await bot.press(other, poll, "qstop")
    assert refused.params.get("text") == translator("en")(q.NOT_YOURS)
    assert bot.store.active_session(group) is not None
    assert dump(bot) == before


def _old_press(user: int, data: str) -> dict:
    # Telegram sends a message the bot can no longer see (over 48 hours old) with date 0.
    return {"callback_query": {
        "id": f"old-{data}", "from": {"id": user, "is_bot": False, "first_name": "Ali",
                                     "language_code": "en"},
        "message": {"chat": {"id": user, "type": "private", "first_name": "Ali"},
                    "message_id": 7, "date": 0},
        "chat_instance": "ci-old", "data": data}}


@pytest.mark.parametrize("data", ["topics", "topic:law:0", "open:remit-2024-total:0", "lang:en"])
async def test_a_button_that_edits_a_message_too_old_to_see_is_outdated(
        bot: Harness, no_errors: None, data: str) -> None:
    user = 2006
    mark = bot.api.mark()
    bot.api.push_update(_old_press(user, data))
    answer = await bot.api.wait_for("answerCallbackQuery", after=mark)
    assert answer.params.get("text") == translator("en")(h.OUTDATED)
    assert bot.api.requests[-1].method == "answerCallbackQuery"  # nothing else was sent
    assert bot.store.language(user) is None


async def test_an_answer_button_on_a_message_too_old_to_see_still_answers(
        bot: Harness, no_errors: None) -> None:
    user = 2007
    mark = bot.api.mark()
    bot.api.push_update(_old_press(user, "faq:remit-2024-total"))
    sent = await bot.api.wait_for("sendMessage", lambda p: p.get("chat_id") == user, after=mark)
    assert "14.8" in sent.params["text"]
