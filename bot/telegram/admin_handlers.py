"""Commands for the bot's maintainers (ADMIN_IDS): not in the menu; anyone else gets the
same "for the bot's maintainers" reply as /reload."""

from __future__ import annotations

import time

from telegram import Update
from telegram.ext import ContextTypes

from bot import report, usage
from bot.i18n import N_, translator
from bot.telegram import render
from bot.telegram.handlers import NOT_ADMIN, services, ui_lang

REPORT_DAYS = 7
REPORT_TOP = 10
REPORT_TITLE = N_("Unanswered questions of the last {days} days (how often, then the words):")
REPORT_NONE = N_("No unanswered questions in the last {days} days.")
STATS_TEXT = N_(
    "Users: {users}\n"
    "Questions per day, last {days} days: {per_day}\n"
    "Answered {answered}%, “did you mean” {clarify}%, no answer {abstain}%\n"
    "Most answered: {top}")


async def _admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether the sender is a maintainer; tells anyone else that the command is not theirs."""
    if update.effective_user.id in services(context).settings.admin_ids:
        return True
    await update.effective_message.reply_text(translator(await ui_lang(update, context))(NOT_ADMIN))
    return False


async def admin_report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sends a maintainer the most asked unanswered questions of the last week."""
    if not await _admin(update, context):
        return
    _ = translator(await ui_lang(update, context))
    store = services(context).store
    since = time.time() - REPORT_DAYS * usage.DAY
    asked = await store.call(usage.unanswered_since, store, since)
    groups = report.group_questions(asked)[:REPORT_TOP]
    if not groups:
        await update.effective_message.reply_text(_(REPORT_NONE).format(days=REPORT_DAYS))
        return
    lines = [f"{g.count} × {' | '.join(g.texts()[:3])}" for g in groups]
    await update.effective_message.reply_html(
        render.problems_html(_(REPORT_TITLE).format(days=REPORT_DAYS), lines))


async def admin_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Sends a maintainer the users, questions per day, outcomes and top entries."""
    if not await _admin(update, context):
        return
    _ = translator(await ui_lang(update, context))
    store = services(context).store
    found = await store.call(usage.stats, store, time.time() - REPORT_DAYS * usage.DAY)
    total = sum(found.decisions.values()) or 1
    share = {k: round(100 * v / total) for k, v in found.decisions.items()}
    await update.effective_message.reply_text(_(STATS_TEXT).format(
        users=found.users, days=REPORT_DAYS,
        per_day=", ".join(f"{day[5:]}: {n}" for day, n in found.per_day) or "0",
        answered=share["answer"], clarify=share["clarify"], abstain=share["abstain"],
        top=", ".join(f"{eid} ({n})" for eid, n in found.top_entries) or "-"))
