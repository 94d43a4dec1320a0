"""Where the bot's heartbeat comes from (bot/health.py stores and checks it).

Long polling: every successful ``getUpdates`` answer. Webhook mode, where a quiet bot gets
no calls at all: a ``getWebhookInfo`` once a minute that shows our webhook set. Every
update beats too (bot/telegram/updatelog.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from telegram.error import TelegramError
from telegram.ext import ContextTypes
from telegram.request import RequestData

from bot.telegram.delivery import QuietRequest

log = logging.getLogger(__name__)

WEBHOOK_EVERY = 60.0


class BeatingRequest(QuietRequest):
    """The HTTP client for getUpdates: each successful answer is a heartbeat."""

    def __init__(self, beat: Callable[[str], None], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.beat = beat

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: object, **kwargs: object) -> tuple[int, bytes]:
        code, payload = await super().do_request(url, method, request_data, *args, **kwargs)
        if code == 200:
            self.beat("getUpdates")
        return code, payload


async def check_webhook(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Beats when Telegram still has our webhook (a job, every WEBHOOK_EVERY seconds)."""
    url, beat = context.job.data
    try:
        info = await context.bot.get_webhook_info()
    except TelegramError as exc:
        log.warning("getWebhookInfo failed: %s", exc)
        return
    if info.url == url:
        beat("webhook")
    else:
        log.warning("Telegram's webhook is %r, not ours", info.url)
