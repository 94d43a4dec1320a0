"""Practical details asked in the writer's own words (bot/detailwords.py,
bot/data/detail_words.yaml): "what papers does he need" asks the documents, as "what
documents do I need" does."""

from __future__ import annotations

import pytest

from bot.detailwords import asked_details, load_detail_words
from bot.matcher import Matcher
from bot.text import fold

INDEX = load_detail_words()


@pytest.mark.parametrize(("message", "kinds"), [
    ("what papers does my brother need", ["documents"]),
    ("what documents does he need to work in Germany", ["documents"]),
    ("какие документы нужны мужу для работы", ["documents"]),
    ("нужны ли ему документы", ["documents"]),
    ("akamga qanday hujjatlar kerak", ["documents"]),
    ("акамга қандай ҳужжатлар керак", ["documents"]),
    # a document named, nothing asked of it; a need, no document
    ("what documents did the IOM publish in 2024", []),
    ("why do migrants need protection", []),
    # too far apart to be one request
    ("documents show that many families in the regions now need more support", []),
])
def test_a_detail_is_asked_by_two_words_near_each_other(message: str,
                                                        kinds: list[str]) -> None:
    assert [h.label for h in asked_details(INDEX, tuple(fold(message).split()))] == kinds


@pytest.mark.parametrize("message", [
    "what documents does my brother need to work in Germany under the 2024 agreement",
    "Hello, my husband wants to work in Germany under the new agreement. What papers does "
    "he need? Thank you",
])
def test_a_detail_asked_for_someone_else_is_a_near_miss(matcher: Matcher, message: str) -> None:
    found = matcher.match(message)
    assert found.decision == "clarify"
    assert found.best is not None and found.best.entry_id == "coop-germany-2024"
    assert found.near_miss is not None and found.near_miss.detail
