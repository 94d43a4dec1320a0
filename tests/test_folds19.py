"""Words folded apart (``bot/data/folds_apart.yaml``, tester19): English "good" lost its
doubled letter and folded to "god", Russian «год» (year) transliterated, so "is migration
good for Uzbekistan" was answered with the entries that give years."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.text import fold


@pytest.mark.parametrize(("word", "folded"), [
    ("good", "gud"), ("Good!", "gud"), ("goods", "guds"), ("very good", "veri gud"),
    ("school", "skul"),
    ("год", "god"), ("god", "god"), ("году", "godu"),  # the year's word is unchanged
])
def test_a_listed_word_folds_as_listed(word: str, folded: str) -> None:
    assert fold(word) == folded


@pytest.mark.parametrize(("message", "kind", "entry"), [
    ("is migration good for uzbekistan", "answer", "concept-positive-effects"),
    ("good morning! my teacher asked: is migration good for uzbekistan? thanks", "answer",
     "concept-positive-effects"),
    ("is migration good", "answer", "concept-positive-effects"),
    ("good", "greeting", None),
    ("very good", "greeting", None),
    ("ok good thank you", "greeting", None),
    ("сколько перевели в 2024 году", "answer", "remit-2024-total"),  # «году» still a year's
])
def test_good_is_no_year(answerer: Answerer, message: str, kind: str, entry: str | None) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == (kind, entry)
