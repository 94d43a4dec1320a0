"""Secrets never reach the output: the bot runs as ``python -m bot run`` at DEBUG, in webhook
mode, against the fake Bot API with faults, and every byte it prints is searched for the
token, the token's secret part and the webhook secret."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

import httpx
import pytest

from bot.devtools.fakebotapi import FakeBotAPI
from bot.devtools.fakebotapi.faults import Fault
from tests.conftest import ROOT

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

TOKEN = "555000111:AAsecretTokenPart_for-the-leak-test42"
SECRET_PART = TOKEN.split(":", 1)[1]
WEBHOOK_SECRET = "configured-webhook-Secret_0123456789"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bot_env(api: FakeBotAPI, tmp_path: Path, port: int, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    return env | {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": api.base_url,
                  "LOG_LEVEL": "DEBUG", "DATABASE_PATH": str(tmp_path / "db.sqlite3"),
                  "WEBHOOK_URL": "https://hamroh.example/hook", "PORT": str(port),
                  "PYTHONUNBUFFERED": "1"} | extra


async def start_bot(env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)


def assert_no_secret(output: str, *secrets: str) -> None:
    for secret in (TOKEN, SECRET_PART, *secrets):
        assert secret not in output, f"{secret[:6]}… leaked:\n{output[-3000:]}"


@pytest.mark.parametrize("webhook", [True, False], ids=["webhook", "polling"])
async def test_a_rejected_token_stops_with_one_sentence(tmp_path: Path, webhook: bool) -> None:
    api = FakeBotAPI(token="555000111:AAanother_token_the_server_knows_0")
    api.start()
    try:
        env = bot_env(api, tmp_path, free_port(), WEBHOOK_SECRET=WEBHOOK_SECRET)
        if not webhook:
            del env["WEBHOOK_URL"]
        bot = await start_bot(env)
        out, _ = await asyncio.wait_for(bot.communicate(), timeout=60)
    finally:
        api.stop()
    output = out.decode()
    assert bot.returncode == 2, output[-3000:]
    last = output.strip().splitlines()[-1]
    assert last.startswith("hamroh run: TELEGRAM_BOT_TOKEN ") and last.count(". ") == 0, last
    assert "Traceback" not in output
    assert_no_secret(output, WEBHOOK_SECRET)


@pytest.mark.parametrize("configured", [True, False], ids=["configured", "random"])
async def test_a_debug_webhook_session_with_faults_leaks_no_secret(
        tmp_path: Path, configured: bool) -> None:
    api = FakeBotAPI(token=TOKEN, faults=[Fault.server_error("sendMessage", times=1),
                                          Fault.dropped("setMyDescription", times=1)])
    api.start()
    port = free_port()
    env = bot_env(api, tmp_path, port, **({"WEBHOOK_SECRET": WEBHOOK_SECRET} if configured
                                           else {}))
    bot = await start_bot(env)
    try:
        hook = await api.wait_for("setWebhook", timeout=60)
        secret = hook.params["secret_token"]
        assert (secret == WEBHOOK_SECRET) is configured
        url = f"http://127.0.0.1:{port}/hook"
        async with httpx.AsyncClient() as client:
            for k, (header, text) in enumerate([
                    ("wrong", "/help"), (secret, "what is the schengen agreement"),
                    (secret, "/help"), (secret, f"my token is {TOKEN}")]):
                update = api.message(6001, text)
                update["update_id"] = 10 + k
                for _ in range(100):  # the webhook server starts after setWebhook
                    try:
                        await client.post(url, json=update,
                                          headers={"X-Telegram-Bot-Api-Secret-Token": header})
                        break
                    except httpx.TransportError:
                        await asyncio.sleep(0.1)
        await api.wait_for("sendMessage", lambda p: "schengen" not in p["text"].lower()
                           and p["chat_id"] == 6001, timeout=30)
        await asyncio.sleep(0.5)
    finally:
        if bot.returncode is None:
            bot.send_signal(signal.SIGINT)
        out, _ = await asyncio.wait_for(bot.communicate(), timeout=60)
        api.stop()
    output = out.decode()
    assert "DEBUG" in output and "setWebhook" in output
    assert_no_secret(output, secret)
