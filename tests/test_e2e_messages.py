"""What users send besides a plain question, through the real Application and the fake Bot
API (which checks every request against the spec, HTML included): an urgent message, a photo
with a caption, an unknown command, ``/lang`` with a language, a bare mention in a group."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers import Answerer
from bot.i18n import LANGUAGE_NAMES, translator
from bot.knowledge import KnowledgeBase
from bot.telegram import handlers as h
from bot.wording import GREETING
from tests.e2e_harness import Harness, callback_data, running

pytestmark = pytest.mark.e2e


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


@pytest.mark.parametrize(("tg_lang", "message", "lang"), [
    ("en", "my employer took my passport", "en"),
    ("ru", "мне не платят зарплату уже 3 месяца", "ru"),
    ("uz", "pasportimni olib qo'yishdi", "uz"),
])
async def test_an_urgent_message_says_what_the_documents_give_before_any_button(
        bot: Harness, kb: KnowledgeBase, answerer: Answerer, tg_lang: str, message: str,
        lang: str) -> None:
    reply = await bot.say(3001, message, language_code=tg_lang)
    text = reply.params["text"]
    protection = answerer.protection
    for entry in protection:
        assert f"\n• {html.escape(entry.direct[lang])}" in text, entry.id
    assert callback_data(reply) == [f"faqin:{e.id}:{lang}" for e in protection]


@pytest.mark.parametrize(("tg_lang", "message", "lang"), [
    ("en", "Rossiyadagi migrantlar 2024 yilda qancha pul jo'natgan", "uz"),
    ("ru", "Россиядаги мигрантлар 2024 йилда канча пул жунатган", "uz-Cyrl"),
    ("uz", "How much did Uzbek migrants in Korea send home in 2024?", "en"),
])
async def test_a_button_opens_its_answer_in_the_language_of_its_reply(
        bot: Harness, kb: KnowledgeBase, tg_lang: str, message: str, lang: str) -> None:
    # The phone's language is not the one written in (tester s7 finding 8): the near
    # miss is in the writer's language, and so is the answer its button opens.
    near_miss = await bot.say(3002, message, language_code=tg_lang)
    assert callback_data(near_miss) == [f"faqin:remit-2024-total:{lang}"]
    mark = bot.api.mark()
    await bot.press(3002, near_miss, callback_data(near_miss)[0], language_code=tg_lang)
    opened = await bot.api.wait_for("sendMessage", after=mark)
    assert html.escape(kb.entries["remit-2024-total"].answer[lang]) in opened.params["text"]


PHOTO = {"photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 160}]}
DOCUMENT = {"document": {"file_id": "d1", "file_unique_id": "u2", "file_name": "chek.pdf"}}


def media(bot: Harness, user: int, attached: dict, caption: str | None,
          language_code: str = "uz") -> dict:
    """A private message with a photo or a document instead of text, captioned or not."""
    update = bot.api.message(user, "x", language_code=language_code)
    message = update["message"]
    del message["text"]
    message.update(attached)
    if caption is not None:
        message["caption"] = caption
    return update


@pytest.mark.parametrize("attached", [PHOTO, DOCUMENT], ids=["photo", "document"])
async def test_a_caption_is_answered_as_the_question(bot: Harness, kb: KnowledgeBase,
                                                     attached: dict) -> None:
    mark = bot.api.mark()
    bot.api.push_update(media(bot, 3002, attached, "2024 yilda qancha pul o'tkazilgan?"))
    reply = await bot.api.wait_for("sendMessage", after=mark)
    assert html.escape(kb.entries["remit-2024-total"].answer["uz"]) in reply.params["text"]


@pytest.mark.parametrize("attached", [PHOTO, DOCUMENT], ids=["photo", "document"])
async def test_media_without_a_caption_is_asked_for_words(bot: Harness, attached: dict) -> None:
    mark = bot.api.mark()
    bot.api.push_update(media(bot, 3003, attached, None))
    reply = await bot.api.wait_for("sendMessage", after=mark)
    assert reply.params["text"] == translator("uz")(h.NO_TEXT)


async def test_a_caption_in_a_group_is_left_alone(bot: Harness) -> None:
    update = media(bot, 3004, PHOTO, "2024 yilda qancha pul o'tkazilgan?")
    group = {"id": -100300, "type": "supergroup", "title": "Hamroh test group"}
    update["message"]["chat"] = group
    mark = bot.api.mark()
    bot.api.push_update(update)
    probe = await bot.say(3004, "/help", chat_id=group["id"], chat_type="supergroup")
    sent = [c for c in bot.api.requests[mark:probe.index] if c.method == "sendMessage"
            and c.params.get("chat_id") == group["id"]]
    assert sent == []


@pytest.mark.parametrize("command", ["/menu", "/settings", "/salom", "/menu@hamroh_test_bot"])
async def test_an_unknown_command_gets_the_help_text(bot: Harness, command: str) -> None:
    reply = await bot.say(3005, command, language_code="ru")
    assert reply.params["text"] == translator("ru")(h.HELP)
    # Not kept as an unanswered question: it was no question.
    assert await bot.store.call(bot.store.unanswered) == []


@pytest.mark.parametrize("command", ["/pul otkazmalari", "/pul@hamroh_test_bot otkazmalari",
                                     "/remittances"])
async def test_a_question_typed_after_a_slash_is_answered(bot: Harness, kb: KnowledgeBase,
                                                          command: str) -> None:
    reply = await bot.say(3006, command, language_code="uz")
    entry = kb.entries["remit-definition"]
    assert any(html.escape(entry.answer[lang]) in reply.params["text"] for lang in ("uz", "en"))


async def test_an_unknown_command_in_a_group_is_left_alone(bot: Harness) -> None:
    await bot.quiet(3007, "/menu", chat_id=-100301, chat_type="supergroup")


@pytest.mark.parametrize(("command", "lang"), [
    ("/lang ru", "ru"), ("/lang uz-Cyrl", "uz-Cyrl"), ("/lang English", "en"),
    ("/lang Oʻzbekcha", "uz"), ("/lang русский", "ru"),
])
async def test_lang_with_a_language_sets_it_at_once(bot: Harness, kb: KnowledgeBase,
                                                    command: str, lang: str) -> None:
    user = 3008
    done = await bot.say(user, command, language_code="de")
    assert done.params["text"] == translator(lang)(h.LANG_SET)
    assert "reply_markup" not in done.params
    reply = await bot.say(user, "What is the Schengen agreement?", language_code="de")
    assert html.escape(kb.entries["coop-schengen"].answer[lang]) in reply.params["text"]


@pytest.mark.parametrize("command", ["/lang", "/lang Deutsch", "/lang uz ru"])
async def test_lang_without_a_language_it_knows_offers_the_picker(bot: Harness,
                                                                  command: str) -> None:
    reply = await bot.say(3009, command)
    assert callback_data(reply) == [f"lang:{code}" for code in LANGUAGE_NAMES]


@pytest.mark.parametrize(("tg_lang", "lang"), [("uk", "ru"), ("kk", "ru"), ("ky", "ru"),
                                               ("tg", "ru"), ("be", "ru"), ("de", "uz")])
async def test_a_telegram_language_the_bot_lacks_falls_back_by_the_registry(
        bot: Harness, tg_lang: str, lang: str) -> None:
    reply = await bot.say(3010, "/help", language_code=tg_lang)
    assert reply.params["text"] == translator(lang)(h.HELP)


@pytest.mark.parametrize("text", ["👍", "?", "+"])
async def test_a_reaction_in_reply_to_the_bot_in_a_group_gets_no_reply(bot: Harness,
                                                                      text: str) -> None:
    group = {"chat_id": -100303, "chat_type": "supergroup"}
    await bot.say(3012, "@hamroh_test_bot what is the schengen agreement", **group)
    bot.api.push_update(bot.api.message(3012, text, reply_to_bot=True, **group))
    first = await bot.say(3012, "@hamroh_test_bot hello", **group)  # the next reply here
    assert first.params["text"] == translator("en")(GREETING)


@pytest.mark.parametrize("text", ["@hamroh_test_bot", "@hamroh_test_bot ?", "@HAMROH_TEST_BOT"])
async def test_a_bare_mention_in_a_group_gets_told_how_to_ask(bot: Harness, text: str) -> None:
    reply = await bot.say(3011, text, chat_id=-100302, chat_type="supergroup",
                          language_code="ru")
    assert reply.params["text"] == translator("ru")(h.GROUP_HELLO).format(
        bot="@hamroh_test_bot")


@pytest.mark.parametrize(("topic", "sent_to"), [(None, None), (7, 7)],
                         ids=["no topic", "forum topic"])
async def test_an_answer_goes_to_the_question_s_forum_topic(bot: Harness, kb: KnowledgeBase,
                                                            topic: int | None,
                                                            sent_to: int | None) -> None:
    update = bot.api.message(3013, "@hamroh_test_bot what is the schengen agreement",
                             chat_id=-100304, chat_type="supergroup")
    if topic is not None:
        update["message"].update(message_thread_id=topic, is_topic_message=True)
    mark = bot.api.mark()
    bot.api.push_update(update)
    reply = await bot.api.wait_for("sendMessage", after=mark)
    assert reply.params["chat_id"] == -100304
    assert reply.params.get("message_thread_id") == sent_to
    assert "reply_parameters" not in reply.params
    assert reply.params["link_preview_options"] == {"is_disabled": True}
    assert "Schengen" in reply.params["text"]
