"""Thin callbacks for what users write: questions, captions, commands of no handler, and
private messages without words."""

from __future__ import annotations

import asyncio
import re

from telegram import Update
from telegram.constants import ChatType, MessageEntityType
from telegram.ext import ContextTypes

from bot.i18n import translator
from bot.reply import Reply
from bot.telegram.handlers import (
    GROUP_HELLO,
    NO_TEXT,
    help_command,
    langs,
    send_reply,
    services,
    ui_lang,
)
from bot.telegram.questionlog import KEY as QUESTIONS
from bot.telegram.questionlog import QuestionLog
from bot.telegram.updatelog import decide


def _addressed_text(update: Update, bot_username: str, bot_id: int) -> str | None:
    """The question in a message, or None when a group message is not for the bot."""
    message = update.effective_message
    text = message.text or message.caption or ""  # a photo's caption is its question
    if message.chat.type == ChatType.PRIVATE:
        return text
    mention = f"@{bot_username}".lower()
    mentioned = any(
        e.type == MessageEntityType.MENTION
        and message.parse_entity(e).lower() == mention
        for e in message.entities)
    replied = (message.reply_to_message is not None
               and message.reply_to_message.from_user is not None
               and message.reply_to_message.from_user.id == bot_id)
    if not (mentioned or replied):
        return None
    return re.sub(re.escape(mention), " ", text, flags=re.IGNORECASE).strip()


async def question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers a question, offers "did you mean" choices, or says the documents are silent."""
    text = _addressed_text(update, context.bot.username, context.bot.id)
    if text is None:
        decide(context, update, "not addressed")
        return
    message = update.effective_message
    if message.chat.type != ChatType.PRIVATE and not any(ch.isalnum() for ch in text):
        if f"@{context.bot.username}".casefold() not in (message.text or "").casefold():
            # "👍" in reply to the bot's message: a reaction, not a question.
            decide(context, update, "not addressed")
            return
        # Only the bot's name ("@hamroh_bot"): someone wants to know how to ask it here.
        decide(context, update, "bare mention")
        await update.effective_message.reply_text(translator(await ui_lang(update, context))(
            GROUP_HELLO).format(bot=f"@{context.bot.username}"))
        return
    await _answer(update, context, text, await _ask(update, context, text))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers a command of no handler in a private chat, never with silence.

    The words after the slash are asked as a question: "/pul otkazmalari" is a question
    typed after a slash and gets its answer. When the documents say nothing to them (a menu
    word such as "/menu" or "/settings", a greeting), the user was looking for commands:
    the help text lists them.
    """
    text = _after_slash(update.effective_message.text or "")
    reply = await _ask(update, context, text)
    if reply.offers_nothing:
        decide(context, update, "unknown command: help")
        await help_command(update, context)
        return
    await _answer(update, context, text, reply)


def _after_slash(text: str) -> str:
    """A command's text without its slash and any ``@botname``: "/pul@bot otkazmalari" ->
    "pul otkazmalari"."""
    command, space, rest = text.removeprefix("/").partition(" ")
    return command.split("@", 1)[0] + space + rest


async def _ask(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> Reply:
    """The core's reply to ``text`` in the user's language."""
    chosen, lang = await langs(update, context)
    # Matching gets a turn of the event loop to itself: the loop runs the matching of every
    # question that is ready in one stretch, then their replies in the next. Interleaved
    # per question, the two kinds of work cost ~1 ms more CPU per update in bench --e2e
    # (docs/benchmarks.md), most likely in the CPU's caches.
    await asyncio.sleep(0)
    reply = services(context).answerer.ask(text, lang=chosen, default=lang)
    await asyncio.sleep(0)
    return reply


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                  reply: Reply) -> None:
    """Records the question's outcome and sends the reply."""
    # Queued, not awaited, written with the others that come meanwhile: nothing here needs
    # it, and the journal's "handled" mark is queued after it on the same thread.
    questions: QuestionLog = context.application.bot_data[QUESTIONS]
    questions.add(update.effective_user.id, update.update_id, text, reply)
    decide(context, update, " ".join(filter(None, (reply.kind,
                                                  reply.entry.id if reply.entry else None))))
    await send_reply(update.effective_message, reply, context)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Asks for words when a private message has none (a sticker, a photo, a voice note)."""
    await update.effective_message.reply_text(translator(await ui_lang(update, context))(NO_TEXT))
