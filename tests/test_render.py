"""Every answer, in every language, renders as valid Telegram HTML within the limits."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.devtools.fakebotapi import parse_html
from bot.knowledge import KnowledgeBase
from bot.telegram import keyboards as kbd
from bot.telegram import render
from bot.text import LANGS


@pytest.mark.parametrize("lang", LANGS)
def test_every_answer_renders_within_telegram_limits(kb: KnowledgeBase, answerer: Answerer,
                                                     lang: str) -> None:
    for entry in kb.entries.values():
        reply = answerer.entry_reply(entry.id, lang)
        plain, _ = parse_html(render.answer_html(reply))
        assert 1 <= len(plain) <= render.MESSAGE_LIMIT, entry.id
        assert entry.answer[lang] in plain
        markup = kbd.answer_keyboard(entry, reply.related, lang).to_dict()
        for row in markup["inline_keyboard"]:
            for button in row:
                assert 1 <= len(button["text"]) <= 64
                if "callback_data" in button:
                    assert 1 <= len(button["callback_data"].encode()) <= 64


@pytest.mark.parametrize("lang", LANGS)
def test_pages_about_and_refusals_are_valid_html(kb: KnowledgeBase, lang: str) -> None:
    for html in (render.about_html(kb, "About <us> & them", lang),
                 render.abstain_html(kb, lang), render.topics_html(lang),
                 render.problems_html("Errors <here>", ["a.yaml:1: <bad> & worse"] * 500)):
        plain, _ = parse_html(html)
        assert 1 <= len(plain) <= render.MESSAGE_LIMIT
    for topic in kb.topics.values():
        pages = kbd.pages(len(kb.entries_of(topic.id)))
        for page in range(pages):
            parse_html(render.topic_page_html(topic, lang, page, pages))
            kbd.topic_keyboard(kb, topic.id, page, lang)
