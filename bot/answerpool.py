"""The answers and details of an index build, each distinct text read once (pure).

``bot.indexbuild`` reads every entry's answers and ``not_covered`` details for the
vocabulary, the lexicon and the facts; copies of an entry give the same texts, so each
distinct text (and list of details) is read once here and its word numbers kept.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import numpy as np

from bot.facts import Facts, text_facts
from bot.knowledge import Entry
from bot.vocab import VocabBuilder

if TYPE_CHECKING:
    from bot.indexbuild import BuiltIndex


class AnswerPool:
    """The answers and details of a build, each distinct text (and list of details) read
    once: its vocabulary words' numbers in ``pool``, its facts and its words counted."""

    def __init__(self, index: BuiltIndex, vocab: VocabBuilder) -> None:
        self._index = index
        self._vocab = vocab
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
        index, told = self._index, []
        for lang, text in entry.answer.items():
            at = self.answers.get((text, lang))
            if at is None:
                full = index._fold(text)
                words = index._words(text, full, lang)
                at = self.answers[text, lang] = len(self.pool)
                self.facts[at] = text_facts(index.thesaurus, full.split())
                self.words[at] = Counter(words)
                self.pool.append(self._vocab.numbers(dict.fromkeys(words)))
            told.append(at)
        # A detail the entry says it leaves out ("salary") is still its subject: the
        # question meets the entry, and the near-miss check then says what it lacks.
        if entry.not_covered not in self._details:
            self._details[entry.not_covered] = len(self.pool)
            self.pool.append(self._vocab.numbers(t for p in entry.not_covered
                                                 for t in index._fold(p).split()
                                                 if t not in index.stopwords))
        self.told.append(tuple(told))
        self.details.append(self._details[entry.not_covered])
        return len(self.told) - 1
