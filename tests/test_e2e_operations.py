"""Operations: one INFO line per update (never the user's text) and the heartbeat."""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import health
from bot.config import load_settings
from tests.e2e_harness import TOKEN, Harness, callback_data, running

pytestmark = pytest.mark.e2e

LINE = re.compile(r"^update (\d+) (.+): (.+) in (\d+) ms$")


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path):
        yield harness


def update_lines(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.telegram.updatelog"]
    assert all(r.levelno == logging.INFO for r in caplog.records
               if r.name == "bot.telegram.updatelog")
    return [(m.group(2), m.group(3)) for m in map(LINE.match, lines) if m]


async def test_one_info_line_per_update_without_the_users_text(
        bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    await bot.say(7001, "/help")
    answer = await bot.say(7001, "How much money did migrants send to Uzbekistan in 2024? "
                                 "My passport is AB1234567")
    assert "📚" in answer.params["text"]
    await bot.say(7001, "qwzx vbnm plokij passport")
    menu = await bot.say(7001, "/topics")
    page = await bot.press(7001, menu, callback_data(menu)[0], method="editMessageText")
    update = bot.api.callback_query(7001, callback_data(page)[0], page.result)
    update["callback_query"]["data"] = "faq:no-such-entry"
    mark = bot.api.mark()
    bot.api.push_update(update)
    await bot.api.wait_for("answerCallbackQuery", after=mark)
    await bot.inline(7001, "schengen agreement")
    await bot.say(7001, "/help")
    for _ in range(200):  # its own line comes just after its reply
        lines = update_lines(caplog)
        if len(lines) >= 8:
            break
        await asyncio.sleep(0.01)
    assert [kind for kind, _ in lines] == [
        "command /help", "message", "message", "command /topics", "button tp",
        "button faq", "inline query", "command /help"]
    decisions = dict(enumerate(d for _, d in lines))
    assert decisions[1] == "answer remit-2024-total" and decisions[2] == "abstain"
    assert decisions[5] == "outdated" and decisions[6] == "1 results"
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert "passport" not in everything and "AB1234567" not in everything
    assert "qwzx" not in everything and "schengen" not in everything


async def test_polling_beats_the_heart(bot: Harness) -> None:
    await bot.say(7002, "/help")
    verdict = health.check(bot.settings.database_path)
    assert verdict.ok, verdict.reason


async def test_the_cycle_collector_runs_less_often_while_the_bot_runs(tmp_path: Path,
                                                                      thawed: None) -> None:
    from bot.telegram.app import YOUNG_OBJECTS

    before = gc.get_threshold()
    assert before[0] != YOUNG_OBJECTS
    async for harness in running(tmp_path):
        await harness.say(7003, "/help")
        assert gc.get_threshold() == (YOUNG_OBJECTS, *before[1:])
    assert gc.get_threshold() == before  # given back at shutdown


async def test_the_benchmarks_floor_runs_with_the_bots_collector_settings(thawed: None
                                                                         ) -> None:
    from bot.devtools.loadtest import floor_application
    from bot.telegram.app import YOUNG_OBJECTS

    app = floor_application(dataclasses.replace(load_settings({}), token=TOKEN))
    before = gc.get_threshold()
    assert before[0] != YOUNG_OBJECTS
    await app.post_init(app)
    assert gc.get_threshold() == (YOUNG_OBJECTS, *before[1:])
    await app.post_shutdown(app)
    assert gc.get_threshold() == before


def test_bench_matches_with_the_collector_as_the_bot_sets_it(thawed: None) -> None:
    from bot import collector
    from bot.telegram.app import YOUNG_OBJECTS

    before = gc.get_threshold()
    assert before[0] != YOUNG_OBJECTS
    with collector.serving():
        assert gc.get_threshold() == (YOUNG_OBJECTS, *before[1:])
        assert gc.get_freeze_count() > 0  # what was built is frozen, as after post_init
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
