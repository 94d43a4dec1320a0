"""What happens when handling an update fails: one log line, an apology only for our bugs."""

from __future__ import annotations

import logging
from collections import OrderedDict

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot.i18n import negotiate, translator
from bot.telegram.handlers import APOLOGY, ui_lang
from bot.telegram.updatelog import decide

log = logging.getLogger(__name__)

APOLOGISED_KEPT = 10_000


def is_network(exc: BaseException | None) -> bool:
    """Telegram or the network failed (already logged by bot.telegram.delivery), not us."""
    return isinstance(exc, NetworkError | RetryAfter) and not isinstance(exc, BadRequest)


def polling_error(exc: TelegramError) -> None:
    """One line for a failed getUpdates (PTB retries it with its own backoff)."""
    log.warning("polling error: %s: %s", type(exc).__name__, " ".join(str(exc).split()))


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Logs a failure once; apologises, once, only to a user whose update our code failed."""
    exc = context.error
    if update is None:
        if isinstance(exc, TelegramError):
            polling_error(exc)
        else:
            log.error("error outside any update", exc_info=exc)
        return
    if is_network(exc):
        return  # the delivery layer logged the incident; the reply cannot be delivered now
    if isinstance(exc, Forbidden):
        log.warning("%s: %s", type(exc).__name__, exc)  # the user blocked the bot
        return
    decide(context, update, f"error {type(exc).__name__}")
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling an update (%s)", update_id, exc_info=exc)
    if isinstance(update, Update):
        await _apologise(update, context)


async def _apologise(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Says sorry in the user's language, at most once per update; never raises."""
    done: OrderedDict[int, None] = context.application.bot_data.setdefault(
        "apologised", OrderedDict())
    if update.update_id in done:
        return
    done[update.update_id] = None
    while len(done) > APOLOGISED_KEPT:
        done.popitem(last=False)
    try:
        try:
            lang = await ui_lang(update, context)
        except Exception:  # noqa: BLE001 - the store itself may be what failed
            user = update.effective_user
            lang = negotiate([user.language_code if user else None])
        apology = translator(lang)(APOLOGY)
        if update.callback_query is not None:
            try:
                await update.callback_query.answer(apology)
                return
            except TelegramError:  # answered already: say it in the chat instead
                pass
        if update.effective_message is not None:
            await update.effective_message.reply_text(apology)
    except Exception as exc:  # noqa: BLE001 - the apology itself may fail; say so in one line
        log.warning("could not send the apology: %s: %s", type(exc).__name__, exc)
