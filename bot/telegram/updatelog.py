"""One INFO line per update: its type, what the bot decided, how long it took.

Never the user's text: the type is derived from the update's shape (a command's name only
when it is one of ours, a button's kind only when it is one of ours), and the decision is a
word a handler chose ("answer <entry id>", "abstain", "outdated", "flood drop", ...).
Every update also beats the heart (bot/health.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from telegram import Update
from telegram.ext import ContextTypes

from bot.telegram import callbacks as cbs

log = logging.getLogger(__name__)

KEY = "updatelog"
MAX_OPEN = 10_000
"""Updates started but not finished are forgotten past this many (a crash in a handler)."""


class UpdateLog:
    """Times each update from its first handler to its end and logs one line."""

    def __init__(self, commands: set[str], beat: Callable[[str], None] | None = None) -> None:
        self.commands = commands
        self.beat = beat
        self._open: dict[int, list] = {}  # update_id -> [start, decision]

    async def start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The first handler of every update (group -3)."""
        if len(self._open) >= MAX_OPEN:
            self._open.clear()
        self._open[update.update_id] = [time.perf_counter(), "done"]
        if self.beat is not None:
            self.beat("update")

    def decide(self, update: object, decision: str) -> None:
        if isinstance(update, Update) and update.update_id in self._open:
            self._open[update.update_id][1] = decision

    async def done(self, update: object) -> None:
        """Called by the update processor once every handler has run."""
        if not isinstance(update, Update):
            return
        record = self._open.pop(update.update_id, None)
        if record is None:
            return
        started, decision = record
        log.info("update %d %s: %s in %d ms", update.update_id, self.kind(update), decision,
                 round(1000 * (time.perf_counter() - started)))

    def kind(self, update: Update) -> str:
        """What the update is, without anything the user wrote."""
        if update.message is not None:
            text = update.message.text or ""
            if text.startswith("/"):
                name = text[1:].split(maxsplit=1)[0].split("@")[0] if len(text) > 1 else ""
                return f"command /{name}" if name in self.commands else "command (unknown)"
            return "message" if update.message.text is not None else "message without text"
        if update.callback_query is not None:
            kind = (update.callback_query.data or "").split(":", 1)[0]
            return f"button {kind}" if kind in cbs.KINDS else "button (unknown)"
        if update.inline_query is not None:
            return "inline query"
        for name in ("edited_message", "channel_post", "edited_channel_post", "poll_answer",
                     "my_chat_member", "chat_member", "chosen_inline_result", "poll",
                     "message_reaction"):
            if getattr(update, name, None) is not None:
                return name.replace("_", " ")
        return "other"


def decide(context: ContextTypes.DEFAULT_TYPE, update: object, decision: str) -> None:
    """Record what the bot decided for this update (shown in its log line)."""
    updatelog: UpdateLog | None = context.application.bot_data.get(KEY)
    if updatelog is not None:
        updatelog.decide(update, decision)
