"""The webhook server: a small ASGI app, served by uvicorn, in place of PTB's own.

It answers Telegram's POST with 200 only once the update is journaled (``put`` on the
journaling update queue), so a crash after the 200 loses nothing, and a repeated
``update_id`` (Telegram redelivers when the 200 comes late) is dropped there. ``GET
/healthz`` reports :func:`bot.health.check` (``python -m bot health``) over HTTP, for
a load balancer or an orchestrator.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import signal
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import uvicorn
from telegram import Update
from telegram.ext import Application

from bot import health
from bot.config import Settings

log = logging.getLogger(__name__)

MAX_BODY = 1 << 20  # Telegram's updates are far smaller
SECRET_HEADER = b"x-telegram-bot-api-secret-token"

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class WebhookApp:
    """ASGI: ``POST <path>`` takes an update, ``GET /healthz`` says whether the bot is well."""

    def __init__(self, app: Application, path: str, secret: str, settings: Settings) -> None:
        self.app = app
        self.path = "/" + path.strip("/")
        self.secret = secret.encode()
        self.settings = settings

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"]
        if path == "/healthz" and method in ("GET", "HEAD"):
            verdict = await asyncio.to_thread(health.check, self.settings.database_path)
            await _answer(send, 200 if verdict.ok else 503,
                          {"ok": verdict.ok, "reason": verdict.reason})
        elif path == self.path and method == "POST":
            await self._update(scope, receive, send)
        else:
            await _answer(send, 404, {"ok": False})

    async def _update(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        headers = dict(scope["headers"])
        if not secrets.compare_digest(headers.get(SECRET_HEADER, b""), self.secret):
            await _answer(send, 403, {"ok": False})
            return
        body = await _body(receive)
        try:
            update = Update.de_json(json.loads(body), self.app.bot)
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("webhook: not an update (%s)", type(exc).__name__)
            await _answer(send, 400, {"ok": False})
            return
        await self.app.update_queue.put(update)  # journaled (or dropped as a repeat) first
        await _answer(send, 200, {"ok": True})


async def _body(receive: Receive) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise ValueError("request body too large")
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


async def _answer(send: Send, status: int, payload: dict[str, Any]) -> None:
    body = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: the bot stops the server, then itself."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield

    def install_signal_handlers(self) -> None:  # uvicorn before 0.29
        pass


def server(app: Application, settings: Settings, options: dict[str, Any]) -> uvicorn.Server:
    """The HTTP server for the webhook app; set ``should_exit`` to stop it."""
    web = WebhookApp(app, str(options["url_path"]), str(options["secret_token"]), settings)
    return _Server(uvicorn.Config(web, host=str(options["listen"]), port=int(options["port"]),
                                  log_level="warning", lifespan="off", access_log=False))


async def serve(app: Application, http: uvicorn.Server, options: dict[str, Any]) -> None:
    """Run the bot behind the webhook until SIGINT or SIGTERM, then drain and stop."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # not the main thread
            loop.add_signal_handler(sig, lambda: setattr(http, "should_exit", True))
    await app.initialize()
    try:
        await app.post_init(app)
        await app.bot.set_webhook(str(options["webhook_url"]),
                                  secret_token=str(options["secret_token"]),
                                  allowed_updates=options["allowed_updates"])
        await app.start()
        await http.serve()
        await app.stop()  # handles what was queued before the server stopped
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)
        await app.shutdown()
        await app.post_shutdown(app)
