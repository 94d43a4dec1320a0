"""Which phrases of every phrase list a token starts, worked out once for all the lists.

Pure. A message is searched by ~22 phrase lists (``bot.phrasebook``, the thesaurus, the
documents' authors), and each list used to work out on its own which of its phrases a new
token starts: about 30 look-ups of a first word per message, one per list and new token.
A table holds the first words of all its lists in one ``FirstWords``, each number a list's
place and a row in it, so a new token is looked up once for them all.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.phrases import CACHE_MAX, NONE, FirstWords, PhraseIndex

ROW_BITS = 24
"""A number of the table is a list's place shifted left by this many bits, plus its row."""


class PhraseTable:
    """The first words of many ``PhraseIndex`` lists; each list asks it (``starting``)."""

    def __init__(self, indexes: Sequence[PhraseIndex]) -> None:
        """Args: the lists, each then bound to this table (``PhraseIndex.shared``)."""
        self._first = FirstWords()
        for place, index in enumerate(indexes):
            # A row number is under 2**ROW_BITS: a list of 16 million phrases would not fit.
            assert len(index._rows) < 1 << ROW_BITS
            base = place << ROW_BITS
            own = index._first
            for table, mine in ((self._first.exact, own.exact), (self._first.stems, own.stems),
                                (self._first.prefixes, own.prefixes)):
                for word, rows in mine.items():
                    table[word] += [base + row for row in rows]
        self._first.seal()
        self._none: tuple[Sequence[int], ...] = (NONE,) * len(indexes)
        self._cache: dict[str, tuple[Sequence[int], ...]] = {}
        self._kept = tuple((index._cache, index._nothing) for index in indexes)
        """Each list's own memory of tokens (``PhraseIndex._starting``), told of each new
        token at once, without a method call per list."""
        for place, index in enumerate(indexes):
            index.shared = (self, place)

    def starting(self, tok: str) -> tuple[Sequence[int], ...]:
        """Per list, the rows whose first word matches ``tok``, ascending (as the list's
        own ``PhraseIndex.work_out`` gives them); remembered per token."""
        found = self._cache.get(tok)
        if found is None:
            numbers = self._first.rows(tok)
            if not numbers:
                found = self._none
            else:
                per: dict[int, list[int]] = {}
                mask = (1 << ROW_BITS) - 1
                for number in numbers:  # ascending: each list's rows come out in order
                    per.setdefault(number >> ROW_BITS, []).append(number & mask)
                found = tuple(per.get(place, NONE) for place in range(len(self._none)))
            if len(self._cache) < CACHE_MAX:
                self._cache[tok] = found
                # Every list remembers it now: the next list that meets the token in a
                # message tells from its own cache alone that it starts nothing there.
                for (cache, nothing), rows in zip(self._kept, found, strict=True):
                    if len(cache) < CACHE_MAX:
                        cache[tok] = rows
                        if not rows:
                            nothing.add(tok)
        return found
