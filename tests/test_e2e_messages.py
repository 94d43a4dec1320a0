"""What users send besides a plain question, through the real Application and the fake Bot
API (which checks every request against the spec, HTML included): an urgent message, a photo
with a caption, an unknown command, ``/lang`` with a language, a bare mention in a group."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers import Answerer
from bot.knowledge import KnowledgeBase
from tests.e2e_harness import Harness, callback_data, running

pytestmark = pytest.mark.e2e


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


@pytest.mark.parametrize(("tg_lang", "message", "lang"), [
    ("en", "my employer took my passport", "en"),
    ("ru", "мне не платят зарплату уже 3 месяца", "ru"),
    ("uz", "pasportimni olib qo'yishdi", "uz"),
])
async def test_an_urgent_message_says_what_the_documents_give_before_any_button(
        bot: Harness, kb: KnowledgeBase, answerer: Answerer, tg_lang: str, message: str,
        lang: str) -> None:
    reply = await bot.say(3001, message, language_code=tg_lang)
    text = reply.params["text"]
    protection = answerer.protection
    for entry in protection:
        assert f"\n• {html.escape(entry.direct[lang])}" in text, entry.id
    assert callback_data(reply) == [f"faq:{e.id}" for e in protection]
