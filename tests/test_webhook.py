"""Webhook mode: 200 only once journaled, repeats dropped, the secret checked, /healthz."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx
import pytest

from bot.answers import Answerer
from bot.devtools.fakebotapi import FakeBotAPI
from bot.i18n import translator
from bot.journal import Journal
from bot.telegram import handlers as h
from bot.telegram import webhook
from bot.telegram.app import build_application, webhook_options
from tests.e2e_harness import TOKEN, Harness

pytestmark = pytest.mark.e2e
SECRET = "s3cret-Token_1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_the_webhook_journals_checks_and_drops_repeats(tmp_path: Path,
                                                             answerer: Answerer) -> None:
    port = free_port()
    api = FakeBotAPI(token=TOKEN)
    api.start()
    harness = Harness(api, tmp_path / "db.sqlite3", answerer, port=port, webhook_secret=SECRET,
                      webhook_url=f"https://hamroh.example/hook/{TOKEN.split(':')[0]}")
    app = build_application(harness.settings, harness.services())
    options = {**webhook_options(harness.settings), "listen": "127.0.0.1"}
    assert options["url_path"] == f"hook/{TOKEN.split(':')[0]}"
    http = webhook.server(app, harness.settings, options)
    task = asyncio.create_task(webhook.serve(app, http, options))
    try:
        set_hook = await api.wait_for("setWebhook")
        assert set_hook.params["secret_token"] == SECRET
        base = f"http://127.0.0.1:{port}"
        url = f"{base}/{options['url_path']}"
        update = api.message(3001, "/help")
        update["update_id"] = 1
        good = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        async with httpx.AsyncClient() as client:
            for _ in range(50):  # until uvicorn listens
                try:
                    health = await client.get(f"{base}/healthz")
                    break
                except httpx.ConnectError:
                    await asyncio.sleep(0.05)
            # No heartbeat yet (bot/health.py): not healthy until Telegram has been reached.
            assert health.status_code == 503 and health.json()["ok"] is False
            forged = await client.post(url, json=update,
                                       headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
            assert forged.status_code == 403
            assert (await client.post(url, json=update, headers=good)).status_code == 200
            # Answered 200 only after the update was journaled.
            with Journal(harness.settings.database_path) as journal:
                assert not journal.add(1, "{}")
            # Telegram redelivers when our 200 comes late: the repeat is dropped.
            assert (await client.post(url, json=update, headers=good)).status_code == 200
            assert (await client.post(url, content=b"not json", headers=good)).status_code == 400
            assert (await client.get(f"{base}/other")).status_code == 404
            # A later update of the same chat, another command: handled after anything
            # before it in that chat, so the reply after the first /help is its own.
            later = {**api.message(3001, "/about"), "update_id": 2}
            assert (await client.post(url, json=later, headers=good)).status_code == 200
        reply = await api.wait_for("sendMessage", lambda p: p["chat_id"] == 3001)
        assert reply.params["text"] == translator("en")(h.HELP)
        after = await api.wait_for("sendMessage", lambda p: p["chat_id"] == 3001,
                                   after=reply.index + 1)
        # ... and nothing between: the repeated /help was not handled.
        assert after.params["text"] != translator("en")(h.HELP)
        assert len([c for c in api.requests if c.method == "sendMessage"]) == 2
        async with httpx.AsyncClient() as client:  # an update handled is a heartbeat
            health = await client.get(f"{base}/healthz")
        assert health.status_code == 200 and health.json()["ok"] is True
    finally:
        http.should_exit = True
        await asyncio.wait_for(task, 10)
        api.stop()
    api.assert_clean()
