"""Which texts the index build reads, in order: every entry's questions and aliases (pure).

A generated language's questions (Uzbek Cyrillic, made from the Uzbek ones when first asked
for: ``records.Questions``) that would read exactly as their source's are left out without
being made: at 50,000 entries they are a fifth of all texts, and making them alone cost the
build seconds. Whether they would is told word by word (``MadeAlike``), each distinct word
of the source texts converted and folded once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import numpy as np

from bot.knowledge import Entry
from bot.knowledge.records import Questions
from bot.langs import LANGS
from bot.text import fold
from bot.translit import CyrillicMaker


class MadeAlike(dict):
    """Per word as written in a source text: whether the word ``maker`` makes of it folds to
    the same words, both as the index folds (``fold_text``, abbreviations spelled out) and
    as ``bot.text.fold`` does (the near-miss step's reading of the questions)."""

    def __init__(self, maker: CyrillicMaker, fold_text: Callable[[str], str],
                 spell: Callable[[str], str], plain: Callable[[str], str] = fold) -> None:
        """``fold_text``: the index's folding, ``plain`` (what ``fold`` gives: the index's
        own memory of it) of ``spell``'s text."""
        super().__init__()
        self._maker = maker
        self._fold = fold_text
        self._spell = spell
        self._plain = plain

    def __missing__(self, word: str) -> bool:
        made = self._maker.word(word)
        # With nothing to spell out in either, the index folds them as ``fold`` does.
        same = self[word] = made == word or (
            self._plain(made).split() == self._plain(word).split()
            and (self._spell(made) == made and self._spell(word) == word
                 or self._fold(made) == self._fold(word)))
        return same

    def texts(self, source: Sequence[str]) -> bool:
        """Whether every text ``maker`` makes of ``source`` reads as its source text: made
        word by word (``CyrillicMaker.by_word``), its only white space single spaces (a
        printable text: ``split()`` then splits it where the maker does), every word alike."""
        by_word = self._maker.by_word
        # All at once first, joined by a space: whatever a text fails on (a character that
        # is not printable, a term that reaches across a space) the joined text fails on
        # too, and its words are theirs. The joined text may fail where none does (a term
        # across two texts): then each is read alone.
        joined = " ".join(source)
        if joined.isprintable() and by_word(joined):
            return all(map(self.__getitem__, joined.split(" ")))
        return all(text.isprintable() and by_word(text)
                   and all(map(self.__getitem__, text.split(" "))) for text in source)


Alike = Callable[[CyrillicMaker], MadeAlike]
"""The ``MadeAlike`` of a maker (one per maker, remembered by the caller)."""


def phrasings(entries: list[Entry], keyless: Collection[int] = (),
              skippable: Collection[str] = (), alike: Alike | None = None
              ) -> tuple[list[str], list[str | None], np.ndarray, list[int], np.ndarray,
                         np.ndarray]:
    """Every entry's questions (in the order of ``LANGS``) and aliases, each with its
    language (None for an alias) and entry number, and where the aliases are; an entry of
    ``keyless`` also gets its id as a phrasing (when every other one folds to nothing).

    Last, per phrasing, the phrasing it was generated from (``Entry.generated``; -1 for
    none), for the generated languages of ``skippable``: the reading may skip it when it
    folds to the same words (``PhrasingReader.read``). Such a language's questions not made
    yet are not made, and left out, when ``alike`` tells that they all would read as their
    source's.

    And per phrasing, how many of its entry's questions it stands for: 1 for a question, 2
    for a question whose generated copy was left out so, 0 for an alias or an id.
    """
    texts: list[str] = []
    langs: list[str | None] = []
    counts: list[int] = []
    aliases: list[int] = []
    source: list[int] = []
    asked: list[int] = []
    for idx, entry in enumerate(entries):
        before = len(texts)
        at: dict[str, int] = {}
        for lang in LANGS:
            at[lang] = len(texts)
            made = entry.generated.get(lang) if lang in skippable else None
            if made in at and alike is not None and made_alike(entry, lang, made, alike):
                for k in range(at[made], at[made] + len(entry.questions[made])):
                    asked[k] += 1
                continue
            qs = entry.questions.get(lang, ())
            if made in at and len(entry.questions[made]) == len(qs):
                source += range(at[made], at[made] + len(qs))
            else:
                source += [-1] * len(qs)
            texts += qs
            langs += [lang] * len(qs)
            asked += [1] * len(qs)
        aliases += range(len(texts), len(texts) + len(entry.aliases))
        texts += entry.aliases
        langs += [None] * len(entry.aliases)
        if idx in keyless:
            texts.append(entry.id.replace("-", " "))
            langs.append(None)
        source += [-1] * (len(texts) - len(source))
        asked += [0] * (len(texts) - len(asked))
        counts.append(len(texts) - before)
    return (texts, langs, np.repeat(np.arange(len(counts)), counts), aliases,
            np.asarray(source, dtype=np.int64), np.asarray(asked, dtype=np.int64))


def made_alike(entry: Entry, lang: str, made: str, alike: Alike) -> bool:
    """Whether ``entry``'s questions in ``lang`` are not made yet and would all read as
    those of ``made``, their source."""
    questions = entry.questions
    if not isinstance(questions, Questions):
        return False
    pending = questions.made_by(lang)
    if pending is None or pending[0] != made or not isinstance(pending[1], CyrillicMaker):
        return False
    return alike(pending[1]).texts(questions[made])
