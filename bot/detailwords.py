"""Practical details asked in the writer's own words (``bot/data/detail_words.yaml``): a
word of what is asked and a word that asks for it, near each other in either order ("what
papers does he need", «какие документы нужны мужу»), found as a ``details:`` kind (pure).

``details:`` in ``knowledge/phrases.yaml`` lists whole phrases, written in the first person;
these pairs find the same kind however the sentence is built around them.
"""

from __future__ import annotations

from pathlib import Path

from bot.phrases import Hit, PhraseIndex
from bot.yamlread import read_yaml

DETAIL_WORDS_FILE = Path(__file__).resolve().parent / "data" / "detail_words.yaml"
GAP = 3
"""Words that may stand between the two ("what papers does my brother need")."""


def load_detail_words(path: Path = DETAIL_WORDS_FILE) -> PhraseIndex:
    """Each kind's pairs (a word of what, a word that asks, in both orders) as one phrase
    index: ``find(toks, GAP)`` gives the kinds a sentence asks."""
    raw = read_yaml(path) or {}
    pairs = []
    for kind, words in raw.items():  # type: ignore[union-attr]
        for what in words["what"]:
            for asks in words["asks"]:
                pairs += [(str(kind), f"{what} {asks}"), (str(kind), f"{asks} {what}")]
    return PhraseIndex(pairs)


def asked_details(index: PhraseIndex, toks: tuple[str, ...]) -> list[Hit]:
    """The details kinds a folded sentence asks in its own words."""
    return index.find(toks, GAP)
