"""Scripted conversations: the real Application, HTTP to the fake Bot API, a real SQLite file.

The fake server validates every request against the official spec and Telegram's limits
(including strict HTML parsing), and every test ends with ``assert_clean``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import html
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers import Answerer
from bot.devtools.fakebotapi import FakeBotAPI
from bot.devtools.fakebotapi.faults import Fault
from bot.i18n import translator
from bot.knowledge import KnowledgeBase
from bot.telegram import handlers as h
from tests.e2e_harness import TOKEN, Harness, buttons, callback_data, running

pytestmark = pytest.mark.e2e


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


# One row per language: Telegram's language_code, the language button, a clear question,
# an ambiguous one, one the documents do not answer.
CONVERSATIONS = [
    ("en", "en", "How much money did migrants send to Uzbekistan in 2024?",
     "effects of migration", "How much does a work patent cost in Moscow?"),
    ("ru", "ru", "Сколько денег мигранты перевели в Узбекистан в 2024 году?",
     "последствия миграции", "Сколько стоит патент в Москве?"),
    ("uz", "uz", "2024-yilda migrantlar O'zbekistonga qancha pul o'tkazgan?",
     "migratsiya oqibatlari", "Moskvada patent necha pul turadi"),
    ("uz", "uz-Cyrl", "2024 йилда мигрантлар Ўзбекистонга қанча пул ўтказган?",
     "миграция оқибатлари", "Москвада патент неча пул туради"),
]


@pytest.mark.parametrize(("tg_lang", "lang", "clear", "ambiguous", "outside"), CONVERSATIONS,
                         ids=[c[1] for c in CONVERSATIONS])
async def test_a_migrant_conversation(bot: Harness, kb: KnowledgeBase, tg_lang: str, lang: str,
                                      clear: str, ambiguous: str, outside: str) -> None:
    user = 1001
    _ = translator(lang)

    # /start greets in Telegram's language and offers the language picker.
    start = await bot.say(user, "/start", language_code=tg_lang)
    greeting_lang = "uz" if lang == "uz-Cyrl" else lang
    assert start.params["text"] == html.escape(translator(greeting_lang)(h.GREETING))
    assert f"lang:{lang}" in callback_data(start)

    # Choosing a language edits the picker into a confirmation in that language.
    await bot.press(user, start, f"lang:{lang}", language_code=tg_lang)
    edit = await bot.api.wait_for("editMessageText", after=start.index)
    assert edit.params["text"] == _(h.LANG_SET)
    assert bot.store.language(user) == lang

    # A clear question: the answer in the chosen language, its sources, and the buttons.
    answer = await bot.say(user, clear, language_code=tg_lang)
    entry = kb.entries["remit-2024-total"]
    assert answer.params["parse_mode"] == "HTML"
    assert html.escape(entry.answer[lang]) in answer.params["text"]
    source = kb.sources[entry.sources[0].doc]
    assert html.escape(source.title) in answer.params["text"]
    data = callback_data(answer)
    assert "vote:up:remit-2024-total" in data and "vote:down:remit-2024-total" in data
    assert any(b.get("switch_inline_query") for b in buttons(answer))
    assert [d for d in data if d.startswith("faqin:") and d.endswith(f":{lang}")]  # related

    # Feedback is stored once per user and answer.
    thanks = await bot.press(user, answer, "vote:up:remit-2024-total", language_code=tg_lang)
    assert thanks.params["text"] == _(h.VOTE_THANKS)
    assert bot.store.feedback_summary() == [("remit-2024-total", 1, 0)]

    # An ambiguous question: "did you mean" with choices; a choice opens that answer.
    unsure = await bot.say(user, ambiguous, language_code=tg_lang)
    choices = [d for d in callback_data(unsure) if d.startswith("faqin:")]
    assert 2 <= len(choices) <= 3
    mark = bot.api.mark()
    await bot.press(user, unsure, choices[0], language_code=tg_lang)
    chosen = await bot.api.wait_for("sendMessage", after=mark)
    opened = kb.entries[choices[0].split(":")[1]]
    assert html.escape(opened.answer[lang]) in chosen.params["text"]

    # Outside the documents: a polite refusal naming the topics and the Agency's site.
    refusal = await bot.say(user, outside, language_code=tg_lang)
    assert "www.migration.uz" in refusal.params["text"]
    assert all(html.escape(t.title[lang]) in refusal.params["text"]
               for t in kb.topics.values())
    assert "📚" not in refusal.params["text"]
    # Read on the store's thread, after the question log's queued write (it is not awaited)
    assert [r.text for r in await bot.store.call(bot.store.unanswered)] == [outside]


async def test_topics_are_browsed_in_place(bot: Harness, kb: KnowledgeBase) -> None:
    user = 1002
    menu = await bot.say(user, "/topics")
    topic = next(iter(kb.topics.values()))
    assert f"tp:en:{topic.id}:0" in callback_data(menu)

    await bot.press(user, menu, f"tp:en:{topic.id}:0")
    page = await bot.api.wait_for("editMessageText", after=menu.index)
    entries = kb.entries_of(topic.id)
    opened = [d for d in callback_data(page) if d.startswith("op:en:")]
    assert len(opened) == min(6, len(entries))
    if len(entries) > 6:
        await bot.press(user, page.result, f"tp:en:{topic.id}:1")
        page2 = await bot.api.wait_for("editMessageText", after=page.index + 1)
        assert f"tp:en:{topic.id}:0" in callback_data(page2)  # the way back
        page = page2
    first = [d for d in callback_data(page) if d.startswith("op:en:")][0]
    await bot.press(user, page.result, first)
    shown = await bot.api.wait_for("editMessageText", lambda p: "📚" in p["text"],
                                   after=page.index + 1)
    entry = kb.entries[first.split(":")[2]]
    assert html.escape(entry.answer["en"]) in shown.params["text"]
    back = [d for d in callback_data(shown) if d.startswith("tp:en:")]
    await bot.press(user, shown.result, back[0])
    again = await bot.api.wait_for("editMessageText", lambda p: "📚" not in p["text"],
                                   after=shown.index + 1)
    assert first in callback_data(again)
    # Everything happened in the one message the bot sent for /topics.
    assert len(bot.api.sent_messages(user)) == 1


@pytest.mark.parametrize(("phone", "message", "lang"), [
    ("ru", "Assalomu alaykum", "uz"),  # Uzbek written on a Russian phone
    ("uz", "ассалому алайкум", "uz-Cyrl"),  # Uzbek Cyrillic on an Uzbek (Latin) phone
    ("en", "Здравствуйте", "ru"),
])
async def test_topics_are_browsed_in_the_language_of_the_reply(
        bot: Harness, kb: KnowledgeBase, phone: str, message: str, lang: str) -> None:
    user = 1010
    reply = await bot.say(user, message, language_code=phone)
    topic = next(iter(kb.topics.values()))
    assert f"tp:{lang}:{topic.id}:0" in callback_data(reply)
    await bot.press(user, reply, f"tp:{lang}:{topic.id}:0", language_code=phone)
    page = await bot.api.wait_for("editMessageText", after=reply.index)
    assert html.escape(topic.title[lang]) in page.params["text"]
    first = [d for d in callback_data(page) if d.startswith(f"op:{lang}:")][0]
    await bot.press(user, page.result, first, language_code=phone)
    shown = await bot.api.wait_for("editMessageText", lambda p: "📚" in p["text"],
                                   after=page.index + 1)
    assert html.escape(kb.entries[first.split(":")[2]].answer[lang]) in shown.params["text"]
    await bot.press(user, shown.result, f"tp:{lang}:{topic.id}:0", language_code=phone)
    again = await bot.api.wait_for("editMessageText", lambda p: "📚" not in p["text"],
                                   after=shown.index + 1)
    await bot.press(user, again.result, f"topicsin:{lang}", language_code=phone)
    listed = await bot.api.wait_for("editMessageText", after=again.index + 1)
    assert f"tp:{lang}:{topic.id}:0" in callback_data(listed)


async def test_a_deep_link_opens_one_answer(bot: Harness, kb: KnowledgeBase) -> None:
    reply = await bot.say(1003, "/start faq_decree-up-5785", language_code="ru")
    assert html.escape(kb.entries["decree-up-5785"].answer["ru"]) in reply.params["text"]


async def test_a_deep_link_to_nothing_greets(bot: Harness) -> None:
    reply = await bot.say(1003, "/start faq_no-such-entry", language_code="en")
    assert reply.params["text"] == html.escape(translator("en")(h.GREETING))


async def test_inline_mode_offers_answers_to_share(bot: Harness, kb: KnowledgeBase) -> None:
    answer = await bot.inline(1004, "schengen agreement")
    results = answer.params["results"]
    assert results[0]["id"] == "coop-schengen"
    content = results[0]["input_message_content"]
    assert content["parse_mode"] == "HTML"
    assert html.escape(kb.entries["coop-schengen"].answer["en"]) in content["message_text"]
    url = results[0]["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert url == "https://t.me/hamroh_test_bot?start=faq_coop-schengen"
    empty = await bot.inline(1004, "   ")
    assert empty.params["results"] == []


@pytest.mark.parametrize(("query", "lang", "entry", "said"), [
    ("Konstitutsiyaning 25-moddasi", "uz", "law-article-23", "25"),
    ("How much money did Kazakh migrants send home in 2024?", "en", "remit-2024-total",
     "Kazakhstan"),
])
async def test_inline_mode_says_what_a_near_miss_does_not_give(
        bot: Harness, query: str, lang: str, entry: str, said: str) -> None:
    # The picker shows what the documents do not give before the closest entry is shared
    # into another chat as if it answered the question.
    results = (await bot.inline(1006, query, language_code=lang)).params["results"]
    assert [r["id"] for r in results][:1] == [entry]
    assert said in results[0]["description"]
    # ... and so does the message shared into the other chat, above the closest answer.
    shared = results[0]["input_message_content"]["message_text"]
    assert shared.startswith("<i>") and said in shared.split("</i>")[0]


async def test_forget_deletes_everything_and_says_so(bot: Harness) -> None:
    user = 1005
    start = await bot.say(user, "/start", language_code="ru")
    await bot.press(user, start, "lang:ru", language_code="ru")
    await bot.say(user, "сколько стоит патент в Москве", language_code="ru")
    assert bot.store.language(user) == "ru"
    reply = await bot.say(user, "/forget", language_code="ru")
    assert reply.params["text"].startswith(translator("ru")(h.FORGOTTEN).split("{")[0])
    assert bot.store.language(user) is None
    assert await bot.store.call(bot.store.unanswered) == []  # after the queued writes


async def test_a_restart_keeps_the_users_language(bot: Harness, kb: KnowledgeBase) -> None:
    user = 1006
    start = await bot.say(user, "/start", language_code="en")
    await bot.press(user, start, "lang:uz-Cyrl")
    await bot.restart()
    reply = await bot.say(user, "How much money did migrants send to Uzbekistan in 2024?")
    assert html.escape(kb.entries["remit-2024-total"].answer["uz-Cyrl"]) in reply.params["text"]


async def test_in_groups_the_bot_answers_only_when_addressed(bot: Harness) -> None:
    group = -100200
    user = 1007
    await bot.quiet(user, "what is the schengen agreement", chat_id=group,
                    chat_type="supergroup")
    mentioned = await bot.say(user, "@hamroh_test_bot what is the schengen agreement",
                              chat_id=group, chat_type="supergroup")
    assert "Schengen" in mentioned.params["text"]
    replied = await bot.say(user, "and the global compact?", chat_id=group,
                            chat_type="supergroup", reply_to_bot=True)
    assert "Global Compact" in replied.params["text"]


async def test_commands_and_descriptions_are_published_per_language(
        tmp_path: Path, answerer: Answerer) -> None:
    async for bot in running(tmp_path, answerer, menu=True):
        names = {name for name, _ in h.COMMANDS}
        for lang in ("", "en", "ru", "uz"):
            commands = [v for (scope, code), v in bot.api.commands.items() if code == lang]
            assert commands and {c["command"] for c in commands[0]} == names, lang
        ru = [v for (scope, code), v in bot.api.commands.items() if code == "ru"][0]
        assert ru[0]["description"] == translator("ru")(h.COMMANDS[0][1])


async def test_a_slow_menu_does_not_hold_back_the_first_answer(tmp_path: Path) -> None:
    api = FakeBotAPI(token=TOKEN)
    api.start()
    api.add_fault(Fault.late("setMyCommands", 10.0, times=1))
    harness = Harness(api, tmp_path / "db.sqlite3", menu=True)
    try:
        await harness.start(wait_for_menu=False)
        reply = await harness.say(1014, "/help")
        assert reply.params["text"] == translator("en")(h.HELP)
        assert not harness.app.bot_data["menu"].done()  # still waiting for that one call
        # Every other menu call went out at once, beside the late one.
        assert len(api.descriptions) == 8
    finally:
        await harness.stop()
        api.stop()
    api.assert_clean()


@pytest.mark.parametrize("text", ["", " ", "😀" * 50, "x" * 4000, "<b>hi</b> & <i>",
                                  "\u202eevil", "Ўзбекистон migrant денег 2024"])
async def test_odd_messages_get_a_normal_reply(bot: Harness, text: str) -> None:
    if not text.strip():
        text = "\u2063"  # Telegram does not deliver empty text; an invisible one it does
    reply = await bot.say(1008, text)
    assert reply.ok


async def test_a_sticker_or_photo_gets_asked_for_words(bot: Harness) -> None:
    update = bot.api.message(1009, "x")
    message = update["message"]
    del message["text"]
    message["sticker"] = {"file_id": "s1", "file_unique_id": "u1", "type": "regular",
                          "width": 512, "height": 512, "is_animated": False,
                          "is_video": False}
    mark = bot.api.mark()
    bot.api.push_update(update)
    reply = await bot.api.wait_for("sendMessage", after=mark)
    assert reply.params["text"] == translator("en")(h.NO_TEXT)


async def test_forged_buttons_get_a_polite_answer(bot: Harness) -> None:
    user = 1010
    menu = await bot.say(user, "/topics")
    for data in ("faq:nope", "topic:nope:0", "vote:maybe:remit-2024-total", "lang:xx",
                 "open:remit-2024-total:x", "garbage", "quiz:nope", "qlen:*:7"):
        # A modified client can send any data for a real button: forge it on a real press.
        update = bot.api.callback_query(user, callback_data(menu)[0], menu.result)
        update["callback_query"]["data"] = data
        mark = bot.api.mark()
        bot.api.push_update(update)
        answer = await bot.api.wait_for("answerCallbackQuery", after=mark)
        assert answer.params["text"] == translator("en")(h.OUTDATED), data


async def test_a_user_who_floods_is_told_once_then_ignored(bot: Harness) -> None:
    user = 1011
    mark = bot.api.mark()
    for k in range(23):
        bot.api.push_update(bot.api.message(user, f"/help {k}"))
    await bot.api.wait_for("sendMessage", lambda p: p["text"] == translator("en")(h.FLOOD),
                           after=mark, timeout=10)
    probe = await bot.say(9999, "/help")  # another user is still served
    sent = [c for c in bot.api.requests[mark:probe.index]
            if c.method == "sendMessage" and c.params["chat_id"] == user]
    assert len(sent) == 21  # 20 answers and one warning


async def test_reload_keeps_the_last_good_knowledge(bot: Harness, tmp_path: Path) -> None:
    import shutil

    from tests.conftest import KNOWLEDGE

    broken = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, broken)
    (broken / "faq" / "law.yaml").write_text("topic: [unclosed\n", encoding="utf-8")
    services = bot.app.bot_data["services"]
    services.settings = dataclasses.replace(services.settings, knowledge_dir=broken)
    mark = bot.api.mark()
    bot.api.push_update(bot.api.message(1, "/reload"))  # user 1 is an admin in the harness
    # The reply comes after a whole read of the folder (more than wait_for's 5 s at load 17):
    # a deadline for that, not a time under test.
    reply = await bot.api.wait_for("sendMessage", lambda p: p["chat_id"] == 1, after=mark,
                                   timeout=60)
    assert "knowledge/faq/law.yaml:2: YAML syntax error" in reply.params["text"]
    answer = await bot.say(1, "what is the schengen agreement")
    assert "Schengen" in answer.params["text"]
    denied = await bot.say(2, "/reload")
    assert denied.params["text"] == translator("en")(h.NOT_ADMIN)


@pytest.mark.usefixtures("shared_reader")  # (the reload's reader: tests/shared_reader.py)
async def test_users_are_answered_while_a_reload_reads_and_indexes(
        bot: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from bot import services as services_module

    reading, release = threading.Event(), threading.Event()
    load = services_module.knowledge.load

    def slow_load(root: Path) -> object:
        reading.set()
        assert release.wait(10)
        return load(root)

    monkeypatch.setattr(services_module.knowledge, "load", slow_load)
    old = bot.app.bot_data["services"].answerer
    mark = bot.api.mark()
    bot.api.push_update(bot.api.message(1, "/reload"))  # user 1 is an admin in the harness
    for _ in range(500):
        if reading.is_set():
            break
        await asyncio.sleep(0.01)
    answer = await bot.say(1015, "what is the schengen agreement")
    assert "Schengen" in answer.params["text"]
    assert bot.app.bot_data["services"].answerer is old  # still the old one meanwhile
    release.set()
    # The reply comes after a whole read and index of knowledge/ (about a second idle, more
    # than wait_for's 5 s at load 20): a deadline for that, not a time under test.
    done = await bot.api.wait_for("sendMessage", lambda p: p["chat_id"] == 1, after=mark,
                                  timeout=60)
    assert done.params["text"].startswith(translator("en")(h.RELOADED).split("{")[0])
    assert bot.app.bot_data["services"].answerer is not old


async def test_the_token_never_reaches_the_log(bot: Harness,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await bot.say(1012, "/start")
    await bot.say(1012, "remittances 2024")
    assert caplog.records
    assert not [r for r in caplog.records if TOKEN in r.getMessage()]


async def test_an_error_gets_an_apology_and_the_bot_keeps_running(
        bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    bot.api.inject_error("sendMessage", 400, "Bad Request: something odd", times=1)
    mark = bot.api.mark()
    bot.api.push_update(bot.api.message(1013, "what is the schengen agreement"))
    apology = await bot.api.wait_for(
        "sendMessage", lambda p: p["text"] == translator("en")(h.APOLOGY), after=mark)
    assert apology.ok
    assert any("error while handling an update" in r.getMessage() for r in caplog.records)
    answer = await bot.say(1013, "what is the schengen agreement")
    assert "Schengen" in answer.params["text"]
