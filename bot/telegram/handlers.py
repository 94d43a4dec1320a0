"""Thin callbacks: read the update, call the core, render, reply."""

from __future__ import annotations

import html
import logging

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.i18n import LANGUAGE_NAMES, N_, negotiate, translator
from bot.langs import REGISTRY
from bot.reply import Reply
from bot.services import Services
from bot.telegram import callbacks as cbs
from bot.telegram import keyboards as kbd
from bot.telegram import render
from bot.telegram.rendered import RENDERED, Rendered
from bot.telegram.updatelog import decide
from bot.wording import direct_text

log = logging.getLogger(__name__)

GREETING = N_(
    "Assalomu alaykum! I am Hamroh, a companion for labour migrants and students of "
    "migration. Ask me a question in your own words, in Uzbek, Russian or English, and I "
    "will answer from five documents on migration law, remittances and international "
    "cooperation, and say where each answer comes from. /topics shows everything I know; "
    "/quiz tests you. Choose your language:"
)
HELP = N_(
    "Write a question, for example “How much money did migrants send home in 2024?”.\n\n"
    "/topics: browse the questions by topic\n/quiz: test yourself; /review: repeat what "
    "you missed; /stats: your results; /stop: end a quiz\n/lang: change the language\n"
    "/about: what I am built from\n/forget: delete everything stored about you\n\n"
    "In other chats, type my name and a question to share an answer."
)
ABOUT = N_(
    "Hamroh answers only from these five documents and names its sources under every "
    "answer. When the documents do not cover a question, it says so instead of guessing. "
    "It is not legal advice."
)
LANG_SET = N_("Done: I will answer in English.")
FORGOTTEN = N_("Everything stored about you has been deleted ({count} records). "
               "Your language choice is gone too.")
VOTE_THANKS = N_("Thank you for the feedback!")
OUTDATED = N_("This button is outdated. Send /topics or ask again.")
FLOOD = N_("You are sending messages very fast. I will answer again in a few seconds.")
APOLOGY = N_("Sorry, something went wrong on my side. Please try again in a moment.")
RELOADED = N_("Knowledge reloaded: {entries} entries, {quiz} quiz items.")
RELOAD_FAILED = N_("The knowledge files have errors; I keep the previous version.")
NOT_ADMIN = N_("This command is for the bot's maintainers.")
NO_TEXT = N_("I can only read text messages. Please write your question in words.")
OPEN_IN_BOT = N_("Open in Hamroh")
GROUP_HELLO = N_("Assalomu alaykum! To ask me a question here, mention {bot} in your message "
                 "or reply to one of mine. /quiz starts a quiz for everyone; /topics shows "
                 "what I know.")

# Commands shown in Telegram's menu, per language; descriptions are translated.
COMMANDS = (
    ("start", N_("Start and choose a language")),
    ("topics", N_("Browse the questions by topic")),
    ("quiz", N_("Test yourself with a quiz")),
    ("review", N_("Repeat the questions you missed")),
    ("stats", N_("Your quiz results")),
    ("stop", N_("Stop the running quiz")),
    ("lang", N_("Change the language")),
    ("help", N_("How to use the bot")),
    ("about", N_("The documents behind the answers")),
    ("forget", N_("Delete everything stored about you")),
)
DESCRIPTION = N_(
    "Hamroh answers questions of Uzbek labour migrants and students of migration in Uzbek, "
    "Russian and English, from five documents on migration law, remittances and "
    "international cooperation, always with the source. It also quizzes you."
)
SHORT_DESCRIPTION = N_("Migration questions answered from documents, with sources.")
SEND_MESSAGE = "sendmessage"
"""sendMessage, as ``send_reply`` calls it (see there)."""


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


async def ui_lang(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The user's chosen language, else the one Telegram reports for them."""
    return (await langs(update, context))[1]


async def langs(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[str | None, str]:
    """The user's chosen language (None if they chose none) and the language to speak."""
    user = update.effective_user
    if user is None:
        return None, negotiate([])
    chosen = services(context).store.language(user.id)  # from memory: no trip to the store
    return chosen, negotiate([chosen, user.language_code])


async def send_reply(message: Message, reply: Reply,
                     context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send any kind of reply with its keyboard (built once per entry and language)."""
    rendered: Rendered = context.application.bot_data[RENDERED]
    text, markup = rendered.sendable(reply, services(context).kb)
    # The keyboard goes as its kept JSON text (python-telegram-bot sends a str parameter as
    # it is), not as an object to serialise again at every send.
    params: dict[str, object] = {
        "chat_id": message.chat_id, "text": text, "parse_mode": ParseMode.HTML,
        "link_preview_options": {"is_disabled": True}, "reply_markup": markup}
    # Where Message.reply_html would send it: the same forum topic, business connection or
    # direct messages topic.
    if message.is_topic_message and message.message_thread_id is not None:
        params["message_thread_id"] = message.message_thread_id
    if message.business_connection_id:
        params["business_connection_id"] = message.business_connection_id
    if topic := getattr(message, "direct_messages_topic", None):  # Bot API 9.2
        params["direct_messages_topic_id"] = topic.topic_id
    # Sent without reading Telegram's echo of the message back into a Message: nothing uses
    # it, and python-telegram-bot's parse of an answer with its entities and keyboard took
    # ~0.19 ms per reply (bench --e2e; docs/benchmarks.md). Bot API method names are
    # case-insensitive (Telegram's documentation): "sendmessage" is sendMessage under a
    # name do_api_request does not redirect to Bot.send_message with a warning.
    await context.bot.do_api_request(SEND_MESSAGE, api_kwargs=params)


# ---------------------------------------------------------------- guards


async def skip_unwanted(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stops edits and channel posts before any handler sees them.

    An edited message was answered when it was sent; answering the edit too would leave two
    answers under one question, so edits are ignored. Channels are not conversations.
    """
    if (update.edited_message or update.channel_post or update.edited_channel_post
            or update.edited_business_message):
        decide(context, update, "ignored")
        raise ApplicationHandlerStop


async def flood_guard(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stops handling for a user who writes too fast, after telling them once.

    A stopped button press is still answered (else the user's app shows a spinner), and a
    stopped inline query gets no results.
    """
    user = update.effective_user
    if user is None or update.poll_answer is not None:
        return
    verdict = services(context).flood.check(user.id)
    if verdict == "ok":
        return
    decide(context, update, f"flood {verdict}")
    notice = translator(await ui_lang(update, context))(FLOOD) if verdict == "warn" else None
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(notice)
        elif update.inline_query is not None:
            await update.inline_query.answer([], cache_time=0, is_personal=True)
        elif notice and update.effective_message is not None:
            await update.effective_message.reply_text(notice)
    except TelegramError:
        log.info("could not answer a flooding user", exc_info=True)
    raise ApplicationHandlerStop


# ---------------------------------------------------------------- commands


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greets the user with a language picker, or opens a shared answer (deep link)."""
    s = services(context)
    lang = await ui_lang(update, context)
    arg = context.args[0] if context.args else ""
    if arg.startswith("faq_") and arg[4:] in s.kb.entries:
        reply = s.answerer.entry_reply(arg[4:], lang)
        await send_reply(update.effective_message, reply, context)
        return
    await update.effective_message.reply_html(html.escape(translator(lang)(GREETING)),
                                              reply_markup=kbd.language_picker())


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explains what the bot does and lists its commands."""
    await update.effective_message.reply_text(translator(await ui_lang(update, context))(HELP))


async def about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Names the five documents the answers come from."""
    lang = await ui_lang(update, context)
    await update.effective_message.reply_html(
        render.about_html(services(context).kb, translator(lang)(ABOUT), lang),
        disable_web_page_preview=True)


async def lang_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sets the language named after the command ("/lang ru", "/lang Русский"); offers the
    language picker without one, or when the words name no language the bot speaks."""
    code = REGISTRY.find(" ".join(context.args)) if context.args else None
    if code is None:
        await update.effective_message.reply_text(
            "🌐 " + " / ".join(LANGUAGE_NAMES.values()), reply_markup=kbd.language_picker())
        return
    await update.effective_message.reply_text(await _set_language(update, context, code))


async def _set_language(update: Update, context: ContextTypes.DEFAULT_TYPE, code: str) -> str:
    """Store the user's language; the confirmation, in it."""
    s = services(context)
    await s.store.call(s.store.set_language, update.effective_user.id, code)
    return translator(code)(LANG_SET)


async def forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Deletes everything stored about the user and says so."""
    s = services(context)
    user = update.effective_user
    count = await s.store.call(s.store.forget, user.id)
    s.flood.forget(user.id)
    lang = negotiate([user.language_code])
    await update.effective_message.reply_text(translator(lang)(FORGOTTEN).format(count=count))


async def topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Shows the topics to browse."""
    s = services(context)
    lang = await ui_lang(update, context)
    await update.effective_message.reply_html(render.topics_html(lang),
                                              reply_markup=kbd.topics_keyboard(s.kb, lang))


async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Re-reads knowledge/ for a maintainer; keeps the old knowledge when it is broken."""
    s = services(context)
    _ = translator(await ui_lang(update, context))
    if update.effective_user.id not in s.settings.admin_ids:
        await update.effective_message.reply_text(_(NOT_ADMIN))
        return
    errors = await s.reload_off_loop()  # users are answered while it reads and indexes
    if errors:
        await update.effective_message.reply_html(
            render.problems_html(_(RELOAD_FAILED), [str(e) for e in errors]))
        return
    await update.effective_message.reply_text(
        _(RELOADED).format(entries=len(s.kb.entries), quiz=len(s.kb.quiz)))


# ---------------------------------------------------------------- groups


async def my_membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Says how to ask when the bot is added to a group; other changes need no reply."""
    change = update.my_chat_member
    absent = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)
    if (change.chat.type == ChatType.PRIVATE or change.old_chat_member.status not in absent
            or change.new_chat_member.status in absent):
        return
    text = translator(await ui_lang(update, context))(GROUP_HELLO).format(
        bot=f"@{context.bot.username}")
    await context.bot.send_message(change.chat.id, text)


# ---------------------------------------------------------------- buttons


EDITS = frozenset({"lang"}) | cbs.BROWSING
"""Buttons that edit the message they are on. On a message over 48 hours old, which the bot
can no longer see, they are outdated; an answer's button ("faqin", or "faq" sent before)
still sends the answer."""


async def read_button(update: Update,
                      context: ContextTypes.DEFAULT_TYPE) -> cbs.Callback | None:
    """The press as parsed callback data, or None after telling the user it is outdated.

    A client can send any data on any button. Our inline-mode results carry only URL
    buttons, so a press without a message we can edit was forged as well.
    """
    query = update.callback_query
    message = query.message
    cb = cbs.parse(query.data, services(context).kb) if isinstance(message, Message) else None
    if cb is not None and cb.kind in EDITS and not message.is_accessible:
        cb = None  # too old for the bot to see (Telegram sends date 0): it cannot be edited
    if cb is None:
        decide(context, update, "outdated")
        await query.answer(translator(await ui_lang(update, context))(OUTDATED))
    return cb


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Handles every inline button except the quiz ones; forged data gets a polite no."""
    cb = await read_button(update, context)
    if cb is None:
        return
    s = services(context)
    query = update.callback_query
    lang = await ui_lang(update, context)
    if cb.kind == "lang":
        done = await _set_language(update, context, cb.text(0))
        await query.answer()
        await query.edit_message_text(done)
    elif cb.kind == "vote":
        await s.store.call(s.store.vote, update.effective_user.id, cb.text(1),
                           1 if cb.text(0) == "up" else -1)
        await query.answer(translator(lang)(VOTE_THANKS))
    elif cb.kind in ("faq", "faqin"):
        # In the language of the reply the button is under ("faqin"): a user who writes
        # Uzbek from an English phone reads the answer in Uzbek.
        await query.answer()
        reply = s.answerer.entry_reply(cb.text(0), cb.text(1) if cb.kind == "faqin" else lang)
        await send_reply(query.message, reply, context)
    elif cb.kind in cbs.BROWSING:
        await query.answer()
        await _browse(query, s, cb, lang)
    else:  # a kind this handler does not serve (the quiz handler takes its own)
        await query.answer(translator(lang)(OUTDATED))


async def _browse(query, s: Services, cb: cbs.Callback, lang: str) -> None:  # noqa: ANN001
    """Show the topic list, a page of a topic, or an entry opened from a page, in the
    language the button carries (the user's on a button sent before buttons carried it)."""
    carried, args = cb.in_language()
    lang = carried or lang
    if cb.kind in ("topics", "topicsin"):
        await _edit(query, render.topics_html(lang), kbd.topics_keyboard(s.kb, lang))
    elif cb.kind in ("topic", "tp"):
        topic, page = s.kb.topics[str(args[0])], int(args[1])
        count = cbs.pages(len(s.kb.entries_of(topic.id)))
        await _edit(query, render.topic_page_html(topic, lang, page, count),
                    kbd.topic_keyboard(s.kb, topic.id, page, lang))
    else:
        reply = s.answerer.entry_reply(str(args[0]), lang)
        await _edit(query, render.answer_html(reply),
                    kbd.browse_entry_keyboard(reply.entry, int(args[1]), lang))


async def _edit(query, text: str, markup: InlineKeyboardMarkup) -> None:  # noqa: ANN001
    try:
        await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup,
                                      disable_web_page_preview=True)
    except BadRequest as exc:
        # A double tap asks for the page that is already shown.
        if "not modified" not in str(exc).lower():
            raise


# ---------------------------------------------------------------- inline mode


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offers the best matching answers as articles to send into any chat."""
    s = services(context)
    query = update.inline_query
    if not query.query.strip():
        await query.answer([], cache_time=60)
        return
    chosen, lang = await langs(update, context)
    reply = s.answerer.ask(query.query, lang=chosen, default=lang)
    entries = [reply.entry] if reply.entry else list(reply.choices)
    results = []
    # A near miss: what the documents do not give goes above the closest entry, in the
    # picker and in what is shared, so nobody takes it for the answer asked.
    note = reply.note if reply.outcome == "near-miss" else ""
    for entry in entries[:5]:
        full = s.answerer.entry_reply(entry.id, reply.lang)
        shared = render.answer_html(full)
        link = f"https://t.me/{context.bot.username}?start=faq_{entry.id}"
        results.append(InlineQueryResultArticle(
            id=entry.id,
            title=entry.title(reply.lang)[:200],
            description=(note or direct_text(entry, reply.lang))[:120],
            input_message_content=InputTextMessageContent(
                f"<i>{html.escape(note)}</i>\n\n{shared}" if note else shared,
                parse_mode=ParseMode.HTML, link_preview_options=None),
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton(
                translator(reply.lang)(OPEN_IN_BOT), url=link)]]),
        ))
    # Results depend on the user's stored language: personal, or another user gets them.
    decide(context, update, f"{len(results)} results")
    await query.answer(results, cache_time=300, is_personal=True)
