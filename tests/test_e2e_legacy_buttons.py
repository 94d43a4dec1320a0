"""Buttons an earlier release sent (fix12, review s9): "topics", "topic", "open" and "faq"
carried no language; this release builds "topicsin", "tp", "op" and "faqin", but messages
already in users' chats keep the old buttons, and pressing one must still work, in the
user's language. The fake server lets a press happen only on a button of the stored message,
so each test first gives a message the bot sent the old keyboard (``keep_old_buttons``)."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers import Answerer
from bot.i18n import translator
from bot.knowledge import KnowledgeBase
from bot.telegram import callbacks as cbs
from bot.telegram import handlers as h
from tests.e2e_harness import Harness, callback_data, running

pytestmark = pytest.mark.e2e


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


@pytest.mark.parametrize("phone", ["en", "ru", "uz"])
async def test_old_browsing_buttons_still_browse(
        bot: Harness, kb: KnowledgeBase, phone: str) -> None:
    user = 1201
    topic = next(iter(kb.topics.values()))
    menu = await bot.say(user, "/topics", language_code=phone)
    # an old "topic" button: the page of that topic, in the user's language, with new buttons
    await bot.press_old(user, menu, f"topic:{topic.id}:0", language_code=phone)
    page = await bot.api.wait_for("editMessageText", after=menu.index)
    assert html.escape(topic.title[phone]) in page.params["text"]
    opened = [d for d in callback_data(page) if d.startswith(f"op:{phone}:")]
    assert opened and all(cbs.parse(d, kb) is not None for d in callback_data(page))
    # an old "open" button: the entry in place, with the way back to its page
    entry = kb.entries_of(topic.id)[0]
    await bot.press_old(user, page.result, f"open:{entry.id}:0", language_code=phone)
    shown = await bot.api.wait_for("editMessageText", lambda p: "📚" in p["text"],
                                   after=page.index + 1)
    assert html.escape(entry.answer[phone]) in shown.params["text"]
    assert f"tp:{phone}:{topic.id}:0" in callback_data(shown)
    # an old "topics" button: the topic list again
    await bot.press_old(user, shown.result, "topics", language_code=phone)
    listed = await bot.api.wait_for("editMessageText", lambda p: "📚" not in p["text"],
                                    after=shown.index + 1)
    assert f"tp:{phone}:{topic.id}:0" in callback_data(listed)
    assert len(bot.api.sent_messages(user)) == 1  # all in the one message
    bot.api.assert_clean()


async def test_an_old_answer_button_sends_the_answer(bot: Harness, kb: KnowledgeBase) -> None:
    user = 1202
    reply = await bot.say(user, "/topics", language_code="ru")
    entry = next(iter(kb.entries.values()))
    await bot.press_old(user, reply, f"faq:{entry.id}", language_code="ru")
    sent = await bot.api.wait_for("sendMessage", lambda p: p.get("chat_id") == user,
                                  after=reply.index + 1)
    assert html.escape(entry.answer["ru"]) in sent.params["text"]
    bot.api.assert_clean()


async def test_an_old_button_with_a_topic_that_is_gone_is_outdated(
        bot: Harness, kb: KnowledgeBase) -> None:
    user = 1203
    menu = await bot.say(user, "/topics")
    before = bot.api.mark()
    answered = await bot.press_old(user, menu, "topic:no-such-topic:0")
    assert answered.params.get("text") == translator("en")(h.OUTDATED)  # a polite "outdated"
    assert not [c for c in bot.api.requests[before:] if c.method.startswith("edit")]  # no edit
    assert len(bot.api.sent_messages(user)) == 1
    bot.api.assert_clean()


async def test_a_button_that_was_never_there_cannot_be_pressed(bot: Harness) -> None:
    menu = await bot.say(1204, "/topics")
    with pytest.raises(ValueError, match="has no button"):
        await bot.press(1204, menu, "topic:anything:0")
