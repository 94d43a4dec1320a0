"""Where the bot's heartbeat comes from (bot/health.py stores and checks it).

Long polling: every successful ``getUpdates`` answer. Webhook mode, where a quiet bot gets
no calls at all: a ``getWebhookInfo`` once a minute that shows our webhook set. Every
update beats too (bot/telegram/updatelog.py).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from telegram.error import TelegramError
from telegram.ext import ContextTypes
from telegram.request import RequestData

from bot.telegram.delivery import QuietRequest

log = logging.getLogger(__name__)

WEBHOOK_EVERY = 60.0


class BeatingRequest(QuietRequest):
    """The HTTP client for getUpdates: each successful answer is a heartbeat.

    With ``bodies`` (the journal's, bot/telegram/journaling.py), it also notes each
    update's JSON as Telegram sent it, so that the journal stores that text instead of
    encoding the parsed ``Update`` again.
    """

    def __init__(self, beat: Callable[[str], None], bodies: dict[int, str] | None = None,
                 **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.beat = beat
        self.bodies = bodies

    def parse_json_payload(self, payload: bytes) -> dict[str, Any]:  # type: ignore[override]
        data = super().parse_json_payload(payload)
        result = data.get("result") if isinstance(data, dict) else None
        if self.bodies is not None and isinstance(result, list):
            for raw in result:
                if isinstance(raw, dict) and isinstance(raw.get("update_id"), int):
                    self.bodies[raw["update_id"]] = json.dumps(raw)
        return data

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
