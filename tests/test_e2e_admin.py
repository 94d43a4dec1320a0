"""The maintainers' commands on Telegram: only for ADMIN_IDS, answered from the usage log."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import usage
from bot.answers import Answerer
from bot.i18n import translator
from bot.telegram import admin_handlers as admin
from bot.telegram import handlers as h
from tests.e2e_harness import Harness, running

pytestmark = pytest.mark.e2e


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


@pytest.mark.parametrize("command", ["/admin_report", "/admin_stats"])
async def test_others_get_the_reload_reply(bot: Harness, command: str) -> None:
    denied = await bot.say(2, command)  # user 1 is the harness's only admin
    assert denied.params["text"] == translator("en")(h.NOT_ADMIN)


async def test_admin_report_groups_last_weeks_unanswered_questions(bot: Harness) -> None:
    empty = await bot.say(1, "/admin_report")
    assert empty.params["text"] == translator("en")(admin.REPORT_NONE).format(days=7)
    for user, text in ((3, "How much does a work patent cost in Moscow?"),
                       (4, "how much does a work patent cost in moscow"),
                       (5, "Where can I buy a cheap plane ticket?")):
        await bot.say(user, text)
    reply = await bot.say(1, "/admin_report")
    body = reply.params["text"]
    assert body.startswith("Unanswered questions of the last 7 days")
    assert "2 × How much does a work patent cost in Moscow? | how much does a work patent " \
           "cost in moscow" in body
    assert "1 × Where can I buy a cheap plane ticket?" in body


async def test_admin_stats_counts_users_days_and_outcomes(bot: Harness) -> None:
    await bot.say(3, "How much money did migrants send to Uzbekistan in 2024?")
    await bot.say(4, "How much does a work patent cost in Moscow?")
    reply = await bot.say(1, "/admin_stats")
    text = reply.params["text"]
    today = time.strftime("%m-%d", time.gmtime())
    assert "Users: 2\n" in text  # the admin's own command is not a question
    assert f"Questions per day, last 7 days: {today}: 2\n" in text
    assert "Answered 50%, “did you mean” 0%, no answer 50%" in text
    assert "Most answered: remit-2024-total (1)" in text


async def test_retention_purge_at_start_up(tmp_path: Path, answerer: Answerer) -> None:
    from bot.store import Store

    db = tmp_path / "old.sqlite3"
    with Store(db) as store:
        store.record_unanswered(9, "an old question", "en", now=time.time() - 200 * usage.DAY)
        store.record_unanswered(9, "a fresh question", "en")
    async for harness in running(tmp_path, answerer, database_path=db):
        rows = usage.unanswered_since(harness.app.bot_data["services"].store, 0)
        assert [r.text for r in rows] == ["a fresh question"]
