"""The fake Bot API server accepts what Telegram accepts and rejects what Telegram rejects.

Driven with the real ``telegram.Bot`` (and raw httpx where PTB can't produce the request).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, EndPointNotFound, Forbidden, InvalidToken
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, CommandHandler

from bot.devtools import fakebotapi as fb

FakeBotAPI = fb.FakeBotAPI
CHAT = 4242




@pytest.fixture
async def bot(api):
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as b:
        yield b


def expect_rejected(api: FakeBotAPI, fragment: str) -> None:
    """The last request failed validation with ``fragment`` in its description."""
    assert api.errors, "expected a validation error"
    assert fragment in api.errors[-1], api.errors
    with pytest.raises(AssertionError, match="bad request"):
        api.assert_clean()
    api.errors.clear()


def url(api: FakeBotAPI, method: str, token: str | None = None) -> str:
    return f"{api.base_url}{token or api.token}/{method}"


# --------------------------------------------------------------------------- sendMessage / HTML


async def test_get_me_and_good_html_message(api, bot):
    assert bot.username == "hamroh_test_bot"  # initialize() called getMe
    msg = await bot.send_message(
        CHAT,
        '<b>Salom</b>, <i>do\'stim</i> &amp; <a href="https://t.me/x?a=1&amp;b=2">link</a>'
        " &lt;3 &#128512; <tg-spoiler>s</tg-spoiler> <code>c</code>"
        '<pre><code class="language-python">print(1)</code></pre>'
        "<blockquote expandable>q</blockquote>",
        parse_mode=ParseMode.HTML,
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Ha", callback_data="yes")]]),
    )
    assert isinstance(msg, Message)
    assert msg.text.startswith("Salom, do'stim & link <3 😀 s c")
    assert msg.from_user.id == bot.id and msg.chat.id == CHAT and msg.message_id == 1
    assert msg.text_html.startswith("<b>Salom</b>")
    assert msg.reply_markup.inline_keyboard[0][0].callback_data == "yes"
    types = [e.type for e in msg.entities]
    assert types[:3] == ["bold", "italic", "text_link"] and "pre" in types
    assert [e.language for e in msg.entities if e.type == "pre"] == ["python"]
    call = await api.wait_for("sendmessage", lambda p: p["chat_id"] == CHAT)
    assert call.ok and call.params["parse_mode"] == "HTML"
    assert api.sent_messages(CHAT)[0]["text"] == msg.text
    assert (await bot.send_message(CHAT, "second")).message_id == 2


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("<b>a < b</b>", "bare '<'"),
        ("<foo>x</foo>", 'Unsupported start tag "foo"'),
        ("<br/>line", 'Unsupported start tag "br"'),
        ("<b>x", "Can't find end tag"),
        ("<b><i>x</b></i>", "Unmatched end tag"),
        ("</b>", "Unexpected end tag"),
        ("Tom & Jerry", "not part of an HTML entity"),
        ("&nbsp;", "not part of an HTML entity"),
        ("<span>x</span>", "tg-spoiler"),
        ("<code><b>x</b></code>", "nested"),
        ("<blockquote><blockquote>x</blockquote></blockquote>", "nested"),
        ("<b></b>", "message text is empty"),
    ],
)
async def test_bad_html_is_rejected(api, bot, text, fragment):
    with pytest.raises(BadRequest):
        await bot.send_message(CHAT, text, parse_mode=ParseMode.HTML)
    expect_rejected(api, fragment)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("a" * 4096, True),
        ("a" * 4097, False),
        ("<b>" + "a" * 4096 + "</b>", True),  # tags don't count
        ("&amp;" * 4096, True),  # an entity counts as one character
        ("&amp;" * 4097, False),
        ("", False),
    ],
)
async def test_text_length_is_counted_after_parsing(api, bot, text, ok):
    if ok:
        msg = await bot.send_message(CHAT, text, parse_mode=ParseMode.HTML)
        assert len(msg.text) == 4096
    else:
        with pytest.raises(BadRequest):
            await bot.send_message(CHAT, text, parse_mode=ParseMode.HTML)
        expect_rejected(api, "text")


async def test_edit_message_text_and_not_modified(api, bot):
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    msg = await bot.send_message(CHAT, "<b>one</b>", parse_mode="HTML", reply_markup=markup)
    edited = await bot.edit_message_text(
        "<b>two</b>", CHAT, msg.message_id, parse_mode="HTML", reply_markup=markup
    )
    assert edited.text == "two" and edited.edit_date is not None
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text(
            "<b>two</b>", CHAT, msg.message_id, parse_mode="HTML", reply_markup=markup
        )
    assert api.errors == []  # Telegram's benign answer is not a validation error
    await bot.edit_message_text("three", CHAT, msg.message_id)  # drops the keyboard
    (now,) = api.sent_messages(CHAT)
    assert now["text"] == "three" and "reply_markup" not in now
    with pytest.raises(BadRequest, match="not found"):
        await bot.edit_message_text("x", CHAT, 999)
    expect_rejected(api, "message to edit not found")
    with pytest.raises(BadRequest):
        await bot.edit_message_text("x" * 4097, CHAT, msg.message_id)
    expect_rejected(api, "4097")


# --------------------------------------------------------------------------- keyboards


@pytest.mark.parametrize(
    ("data", "ok"),
    [
        ("я" * 32, True),  # 32 characters, 64 bytes
        ("я" * 32 + "a", False),  # 33 characters, 65 bytes
        ("a" * 64, True),
        ("a" * 65, False),
        ("", False),
    ],
)
async def test_callback_data_is_counted_in_bytes(api, bot, data, ok):
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("B", callback_data=data)]])
    if ok:
        await bot.send_message(CHAT, "pick", reply_markup=markup)
    else:
        with pytest.raises(BadRequest):
            await bot.send_message(CHAT, "pick", reply_markup=markup)
        expect_rejected(api, "callback_data")


@pytest.mark.parametrize(
    ("rows", "fragment"),
    [
        ([9], "at most 8 per row"),
        ([8] * 12 + [5], "at most 100 are allowed"),
    ],
)
async def test_keyboard_size_limits(api, bot, rows, fragment):
    def row(n: int) -> list[InlineKeyboardButton]:
        return [InlineKeyboardButton(str(i), callback_data=str(i)) for i in range(n)]

    keyboard = [row(n) for n in rows]
    with pytest.raises(BadRequest):
        await bot.send_message(CHAT, "pick", reply_markup=InlineKeyboardMarkup(keyboard))
    expect_rejected(api, fragment)
    ok = [[InlineKeyboardButton(str(i), callback_data=str(i)) for i in range(8)]] * 12
    await bot.send_message(CHAT, "pick", reply_markup=InlineKeyboardMarkup(ok + [ok[0][:4]]))


async def test_button_needs_exactly_one_action(api, bot):
    with pytest.raises(BadRequest):
        await bot.send_message(
            CHAT, "x", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("no action")]])
        )
    expect_rejected(api, "exactly one")


async def test_callback_query_round_trip_and_answer_limits(api, bot):
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Ha", callback_data="yes")]])
    msg = await bot.send_message(CHAT, "Savol?", reply_markup=markup)
    api.push_update(api.callback_query(CHAT, "yes", msg.to_dict()))
    (update,) = await bot.get_updates()
    assert update.callback_query.data == "yes"
    assert update.callback_query.message.message_id == msg.message_id
    assert await bot.answer_callback_query(update.callback_query.id, text="x" * 200)
    with pytest.raises(BadRequest):
        await bot.answer_callback_query(update.callback_query.id, text="x" * 201)
    expect_rejected(api, "0-200")
    with pytest.raises(BadRequest):
        await bot.answer_callback_query("not-a-query")
    expect_rejected(api, "query ID is invalid")
    with pytest.raises(ValueError, match="no button"):
        api.callback_query(CHAT, "no", msg.to_dict())


# --------------------------------------------------------------------------- polls


async def test_good_quiz_poll_and_stop(api, bot):
    msg = await bot.send_poll(
        CHAT,
        "Poytaxt?",
        ["Toshkent", "Samarqand", "Buxoro"],
        type="quiz",
        correct_option_ids=[0],
        is_anonymous=False,
        explanation="<b>Toshkent</b>\nline2\nline3",
        explanation_parse_mode="HTML",
    )
    poll = msg.poll
    assert poll.type == "quiz" and poll.correct_option_ids == (0,)
    assert [o.text for o in poll.options] == ["Toshkent", "Samarqand", "Buxoro"]
    assert poll.explanation == "Toshkent\nline2\nline3"
    assert api.polls[poll.id]["question"] == "Poytaxt?"
    call = await api.wait_for("sendPoll")
    assert call.params["correct_option_ids"] == [0] and "correct_option_id" not in call.params
    api.push_update(api.poll_answer(CHAT, poll.id, [1], first_name="Vali"))
    (update,) = await bot.get_updates()
    assert update.poll_answer.option_ids == (1,) and update.poll_answer.user.first_name == "Vali"
    stopped = await bot.stop_poll(CHAT, msg.message_id)
    assert stopped.is_closed and stopped.total_voter_count == 1
    assert stopped.options[1].voter_count == 1
    with pytest.raises(BadRequest, match="already been closed"):
        await bot.stop_poll(CHAT, msg.message_id)
    api.errors.clear()


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"type": "quiz"}, "required for polls in quiz mode"),
        ({"type": "quiz", "correct_option_ids": [3]}, "out of range"),
        ({"type": "quiz", "correct_option_ids": [1, 0]}, "monotonically"),
        ({"options": [f"o{i}" for i in range(13)]}, "options: 13 options"),
        ({"options": []}, "options: 0 options"),
        ({"options": ["a", "b" * 101]}, "options[1].text"),
        ({"question": "q" * 301}, "question: length 301"),
        ({"explanation": "a\nb\nc\nd"}, "3 line feeds"),
        ({"explanation": "e" * 201}, "explanation: length 201"),
        ({"open_period": 4}, "open_period"),
        ({"type": "survey"}, "'quiz' or 'regular'"),
    ],
)
async def test_bad_polls_are_rejected(api, bot, kwargs, fragment):
    args = {"question": "Savol?", "options": ["a", "b", "c"]} | kwargs
    with pytest.raises(BadRequest):
        await bot.send_poll(CHAT, **args)
    expect_rejected(api, fragment)


# --------------------------------------------------------------------------- inline mode


def article(i: int | str, text: str = "javob") -> InlineQueryResultArticle:
    content = InputTextMessageContent(text, parse_mode="HTML")
    return InlineQueryResultArticle(str(i), f"t{i}", content)


@pytest.mark.parametrize(
    ("results", "fragment"),
    [
        ([article(i) for i in range(51)], "no more than 50"),
        ([article(1), article(1)], "duplicate"),
        ([article("я" * 33)], ".id: must be 1-64 bytes"),
        ([article(1, "<b>bad")], "message_text: can't parse entities"),
        ([article(1, "x" * 4097)], "message_text: length 4097"),
    ],
)
async def test_answer_inline_query_limits(api, bot, results, fragment):
    api.push_update(api.inline_query(CHAT, "viza"))
    (update,) = await bot.get_updates()
    assert update.inline_query.query == "viza"
    with pytest.raises(BadRequest):
        await bot.answer_inline_query(update.inline_query.id, results)
    expect_rejected(api, fragment)
    assert await bot.answer_inline_query(update.inline_query.id, [article(i) for i in range(50)])


# --------------------------------------------------------------------------- bot settings


@pytest.mark.parametrize(
    ("commands", "fragment"),
    [
        ([BotCommand("Start", "x")], "a-z"),
        ([BotCommand("a" * 33, "x")], "1-32"),
        ([BotCommand("help", "")], "1-256"),
        ([BotCommand(f"c{i}", "x") for i in range(101)], "at most 100"),
    ],
)
async def test_set_my_commands_limits(api, bot, commands, fragment):
    with pytest.raises(BadRequest):
        await bot.set_my_commands(commands)
    expect_rejected(api, fragment)
    good = [BotCommand("start", "Boshlash"), BotCommand("help", "Yordam")]
    assert await bot.set_my_commands(good)
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]


@pytest.mark.parametrize(
    ("method", "limit"),
    [("set_my_description", 512), ("set_my_short_description", 120)],
)
async def test_description_limits(api, bot, method, limit):
    assert await getattr(bot, method)("d" * limit, language_code="uz")
    with pytest.raises(BadRequest):
        await getattr(bot, method)("d" * (limit + 1))
    expect_rejected(api, f"0-{limit}")


async def test_chat_action_and_delete(api, bot):
    assert await bot.send_chat_action(CHAT, "typing")
    with pytest.raises(BadRequest):
        await bot.send_chat_action(CHAT, "dancing")
    expect_rejected(api, "wrong chat action")
    msg = await bot.send_message(CHAT, "bye")
    assert await bot.delete_message(CHAT, msg.message_id)
    assert api.sent_messages(CHAT) == []


# --------------------------------------------------------------------------- raw protocol


async def test_unknown_and_missing_parameters_are_rejected(api):
    async with httpx.AsyncClient() as client:
        params = {"chat_id": "1", "text": "hi", "colour": "red"}
        r = await client.post(url(api, "sendMessage"), data=params)
        assert r.status_code == 400 and r.json()["ok"] is False
        assert r.json()["description"].startswith("Bad Request: ")
        expect_rejected(api, "unknown parameter 'colour'")
        r = await client.post(url(api, "sendMessage"), data={"chat_id": "1"})
        assert r.status_code == 400
        expect_rejected(api, "required parameter 'text' is missing")


async def test_unknown_method_is_rejected(api, bot):
    async with httpx.AsyncClient() as client:
        r = await client.post(url(api, "sendTelepathy"), data={"chat_id": "1"})
    assert r.status_code == 404 and r.json() == {
        "ok": False,
        "error_code": 404,
        "description": "Not Found: method 'sendTelepathy' is not in Bot API 10.0",
    }
    expect_rejected(api, "sendTelepathy")
    with pytest.raises(EndPointNotFound):  # PTB's reading of a 404 for do_api_request
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": 1})
    api.errors.clear()


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        ({"reply_markup": "notjson"}, "reply_markup: can't parse"),
        ({"reply_markup": '{"inline_keyboard": 5}'}, "inline_keyboard"),
        ({"reply_markup": '{"keyboard": [["a"]], "x": 1}'}, "unknown field 'x'"),
        ({"disable_notification": "maybe"}, "disable_notification"),
        ({"disable_notification": "1"}, "expected Boolean"),
        ({"link_preview_options": '{"is_disabled": "y"}'}, "is_disabled"),
        ({"message_thread_id": "x"}, "message_thread_id"),
        ({"entities": '[{"type": "bold", "offset": 0}]'}, "'length'"),
        ({"parse_mode": "BBCode"}, "unsupported parse_mode"),
    ],
)
async def test_wrong_types_are_rejected(api, extra, fragment):
    """chat_id "abc" is a well-typed String (Integer or String); the extra field is not."""
    async with httpx.AsyncClient() as client:
        params = {"chat_id": "abc", "text": "hi"} | extra
        r = await client.post(url(api, "sendMessage"), data=params)
    assert r.status_code == 400, r.text
    expect_rejected(api, fragment)


async def test_union_types_and_request_encodings(api):
    """chat_id "@name" is a valid String; JSON, query-string and multipart bodies work."""
    async with httpx.AsyncClient() as client:
        channel = {"chat_id": "@hamroh_news", "text": "hi"}
        r = await client.post(url(api, "sendMessage"), data=channel)
        assert r.json()["result"]["chat"]["username"] == "hamroh_news"
        markup = {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}
        body = {"chat_id": 7, "text": "j", "reply_markup": markup}
        r = await client.post(url(api, "SENDMESSAGE"), json=body)
        assert r.json()["result"]["reply_markup"] == markup
        r = await client.get(url(api, "sendMessage"), params={"chat_id": "7", "text": "q"})
        assert r.json()["result"]["text"] == "q"
        multipart = {"chat_id": (None, "7"), "text": (None, "m")}
        r = await client.post(url(api, "sendMessage"), files=multipart)
        assert r.json()["result"]["text"] == "m"
        r = await client.post(
            url(api, "setWebhook"),
            data={"url": "https://example.org/hook"},
            files={"certificate": ("cert.pem", b"---", "application/x-pem-file")},
        )
        assert r.json() == {"ok": True, "result": True}
        assert isinstance(api.requests[-1].params["certificate"], fb.Upload)
        r = await client.post(url(api, "sendMessage"), json={"chat_id": 7, "text": 5})
        assert r.status_code == 400
    expect_rejected(api, "text: expected String")
    assert [c.method for c in api.requests] == ["sendMessage"] * 4 + ["setWebhook", "sendMessage"]


async def test_wrong_token_is_401(api):
    async with httpx.AsyncClient() as client:
        r = await client.post(url(api, "getMe", token="999:nope"))
    assert r.status_code == 401
    assert r.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    api.errors.clear()
    with pytest.raises(InvalidToken):
        async with Bot("999:nope", base_url=api.base_url):
            pass
    expect_rejected(api, "Unauthorized")


# --------------------------------------------------------------------------- updates


async def test_get_updates_delivers_once_and_in_order(api, bot):
    ids = [
        api.push_update(api.message(CHAT, "/start@hamroh_test_bot hi @someone_else")),
        api.push_update(api.message(CHAT, "Salom", language_code="uz")),
        api.push_update(api.message(7, "hi all", chat_id=-1001, chat_type="supergroup")),
    ]
    assert ids == sorted(ids) and len(set(ids)) == 3
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == ids
    first = updates[0].message
    assert [(e.type, e.offset, e.length) for e in first.entities] == [
        ("bot_command", 0, 22),
        ("mention", 26, 13),
    ]
    assert updates[1].message.from_user.language_code == "uz"
    assert updates[2].message.chat.type == "supergroup"
    assert await bot.get_updates(offset=ids[-1] + 1) == ()
    later = api.push_update(api.message(CHAT, "again"))
    assert [u.update_id for u in await bot.get_updates(offset=ids[-1] + 1)] == [later]
    assert await bot.get_updates(offset=later + 1) == ()


async def test_long_poll_returns_when_an_update_arrives(api, bot, monkeypatch):
    holding = threading.Event()  # set once the server holds the poll, waiting for updates
    hold = api._cond.wait

    def held(timeout: float | None = None) -> bool:
        holding.set()
        return hold(timeout)

    monkeypatch.setattr(api._cond, "wait", held)

    async def push_while_held():
        assert await asyncio.to_thread(holding.wait, 10)
        api.push_update(api.message(CHAT, "late"))

    task = asyncio.create_task(push_while_held())
    started = time.monotonic()
    (update,) = await bot.get_updates(timeout=10)
    assert update.message.text == "late" and time.monotonic() - started < 0.9
    await task
    monkeypatch.setattr(api, "max_hold_seconds", 0.05)  # the hold is capped for fast shutdown
    started = time.monotonic()
    assert await bot.get_updates(offset=update.update_id + 1, timeout=10) == ()
    assert time.monotonic() - started < 0.9


def test_push_update_validates_against_the_spec(api):
    with pytest.raises(ValueError, match="unknown field 'colour'"):
        api.push_update({"message": {**api.message(1, "x")["message"], "colour": "red"}})
    with pytest.raises(ValueError, match="reply_to_bot"):
        api.message(1, "x", reply_to_bot=True)
    with pytest.raises(ValueError, match="unknown poll"):
        api.poll_answer(1, "nope", [0])


async def test_wait_for_times_out_with_a_listing(api, bot):
    await bot.send_message(CHAT, "hello")
    with pytest.raises(AssertionError, match=r"(?s)waiting for sendPoll.*sendMessage"):
        await api.wait_for("sendPoll", timeout=0.05)
    mark = api.mark()
    await bot.send_message(CHAT, "again")
    call = await api.wait_for("sendMessage", after=mark)
    assert call.params["text"] == "again" and call.index == mark


async def test_injected_errors(api, bot):
    api.inject_error("sendMessage", 403, "Forbidden: bot was blocked by the user")
    with pytest.raises(Forbidden):
        await bot.send_message(CHAT, "x")
    assert api.errors == []
    await bot.send_message(CHAT, "x")


async def test_application_end_to_end(api):
    """A real Application polls the fake server and answers a command and a button."""

    async def start(update: Update, context) -> None:
        kb = InlineKeyboardMarkup([[InlineKeyboardButton("Ha", callback_data="yes")]])
        await update.message.reply_html("<b>Salom!</b>", reply_markup=kb)

    async def button(update: Update, context) -> None:
        await update.callback_query.answer("OK")
        await update.callback_query.edit_message_text("Tanlandi: " + update.callback_query.data)

    app = (
        ApplicationBuilder()
        .token(api.token)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(button))
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        api.push_update(api.message(CHAT, "/start"))
        call = await api.wait_for("sendMessage", lambda p: p["chat_id"] == CHAT)
        assert call.result["text"] == "Salom!"
        api.push_update(api.callback_query(CHAT, "yes", call.result))
        await api.wait_for("answerCallbackQuery")
        edit = await api.wait_for("editMessageText")
        assert edit.ok and api.sent_messages(CHAT)[0]["text"] == "Tanlandi: yes"
        await app.updater.stop()
        await app.stop()
    assert json.dumps(api.sent_messages(CHAT))  # plain JSON-able dicts


async def test_update_builders_follow_telegram_rules(api, bot):
    anonymous = await bot.send_poll(CHAT, "Savol?", ["a", "b"])
    with pytest.raises(ValueError, match="anonymous"):
        api.poll_answer(CHAT, anonymous.poll.id, [0])
    sent = await bot.send_message(CHAT, "Ismingiz?")
    api.push_update(api.message(CHAT, "Ali", reply_to_bot=True))
    (update,) = await bot.get_updates()
    assert update.message.reply_to_message.message_id == sent.message_id
    assert update.message.reply_to_message.from_user.is_bot
    assert update.message.message_id == sent.message_id + 1  # one id sequence per chat


def test_the_spec_is_found_beside_the_checkout_or_named_clearly(tmp_path):
    from bot.devtools.fakebotapi import spec

    checkout = Path(__file__).resolve().parents[1]
    assert spec.default_spec_dir() == checkout.parent / "shared" / "telegram-bot-api"
    with pytest.raises(FileNotFoundError, match="../shared/telegram-bot-api beside the checkout"):
        fb.load_spec(tmp_path / "missing")
