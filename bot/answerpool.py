"""The answers and details of an index build, each distinct text read once (pure).

``bot.indexbuild`` reads every entry's answers and ``not_covered`` details for the
vocabulary, the lexicon and the facts; copies of an entry give the same texts, so each
distinct text (and list of details) is read once here and its word numbers kept. What each
one reads as (words and facts) may be worked out ahead, elsewhere (``read_ahead``: the
child process of ``bot.bothcores``, while the build reads the phrasings).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from bot.facts import Facts, text_facts
from bot.knowledge import Entry
from bot.vocab import VocabBuilder

if TYPE_CHECKING:
    from bot.indexbuild import BuiltIndex

Ahead = tuple[dict[tuple[str, str], tuple[list[str], Facts]], dict[tuple[str, ...], list[str]]]
"""Per distinct (answer, language): its words and facts; per distinct list of details: its
words (``read_ahead``)."""


def read_ahead(index: BuiltIndex, entries: Iterable[Entry]) -> Ahead:
    """What every distinct answer and list of details of ``entries`` reads as, as
    ``AnswerPool.group`` reads them (its ``ahead``)."""
    texts: dict[tuple[str, str], tuple[list[str], Facts]] = {}
    details: dict[tuple[str, ...], list[str]] = {}
    for entry in entries:
        for lang, text in entry.answer.items():
            if (text, lang) not in texts:
                texts[text, lang] = _answer(index, text, lang)
        if entry.not_covered not in details:
            details[entry.not_covered] = _details(index, entry.not_covered)
    return texts, details


def _answer(index: BuiltIndex, text: str, lang: str) -> tuple[list[str], Facts]:
    """An answer's vocabulary words and its facts."""
    full = index._fold(text)
    return index._words(text, full, lang), text_facts(index.thesaurus, full.split())


def _details(index: BuiltIndex, not_covered: tuple[str, ...]) -> list[str]:
    """The words of the details an entry leaves out, stop words left out."""
    return [t for p in not_covered for t in index._fold(p).split() if t not in index.stopwords]


class AnswerPool:
    """The answers and details of a build, each distinct text (and list of details) read
    once: its vocabulary words' numbers in ``pool``, its facts and its words counted."""

    def __init__(self, index: BuiltIndex, vocab: VocabBuilder, ahead: Ahead | None = None
                 ) -> None:
        """``ahead``: what texts read as, worked out already (``read_ahead``)."""
        self._index = index
        self._vocab = vocab
        self._ahead: Ahead = ahead if ahead is not None else ({}, {})
        self.pool: list[np.ndarray] = []
        self.answers: dict[tuple[str, str], int] = {}
        """Per (text, language): its number in ``pool``."""
        self.facts: dict[int, Facts] = {}
        self.words: dict[int, Counter[str]] = {}
        self._details: dict[tuple[str, ...], int] = {}
        self.told: list[tuple[int, ...]] = []
        """Per group of entries (the same answers and details): its answers' numbers ..."""
        self.details: list[int] = []
        """... and its details' number."""

    def group(self, entry: Entry) -> int:
        """Read a new group's answers and details (those not read yet); its number."""
        (texts, details), told = self._ahead, []
        for lang, text in entry.answer.items():
            at = self.answers.get((text, lang))
            if at is None:
                read = texts.get((text, lang))
                words, facts = read if read is not None else _answer(self._index, text, lang)
                at = self.answers[text, lang] = len(self.pool)
                self.facts[at] = facts
                self.words[at] = Counter(words)
                self.pool.append(self._vocab.numbers(dict.fromkeys(words)))
            told.append(at)
        # A detail the entry says it leaves out ("salary") is still its subject: the
        # question meets the entry, and the near-miss check then says what it lacks.
        if entry.not_covered not in self._details:
            self._details[entry.not_covered] = len(self.pool)
            read = details.get(entry.not_covered)
            self.pool.append(self._vocab.numbers(
                read if read is not None else _details(self._index, entry.not_covered)))
        self.told.append(tuple(told))
        self.details.append(self._details[entry.not_covered])
        return len(self.told) - 1
