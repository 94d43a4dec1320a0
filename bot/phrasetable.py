"""Which phrases of every phrase list a token starts, worked out once for all the lists.

Pure. A message is searched by ~22 phrase lists (``bot.phrasebook``, the thesaurus, the
documents' authors), and each list used to work out on its own which of its phrases a new
token starts: about 30 look-ups of a first word per message, one per list and new token.
A table holds the first words of all its lists in one ``FirstWords``, each number a list's
place and a row in it, so a new token is looked up once for them all, and remembered in one
place: per token, a bit per list it starts a phrase of, and those rows. A list asks whether
any token of a message starts one of its phrases with one bit of the message's bits (the
tokens' bits together, worked out once per message and kept for the other lists).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.firstwords import FirstWords
from bot.phrases import CACHE_MAX, FOUND_MAX, NONE, PhraseIndex, heads

ROW_BITS = 24
"""A number of the table is a list's place shifted left by this many bits, plus its row."""


class PhraseTable:
    """The first words of many ``PhraseIndex`` lists; each list asks it (``starting``,
    ``lists``)."""

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
        self._none: tuple[int, tuple[Sequence[int], ...]] = (0, (NONE,) * len(indexes))
        self.known: dict[str, tuple[int, tuple[Sequence[int], ...]]] = {}
        """Per token seen: a bit per list of which it starts a phrase, and each list's rows."""
        self._lists: dict[tuple[str, ...], int] = {}
        """The bits of the last token lists searched (``lists``)."""
        self._heads: dict[Sequence[str], frozenset[str]] = {}
        """The ``heads`` of the last token lists walked (``heads``)."""
        for place, index in enumerate(indexes):
            index.shared = (self, place)

    def starting(self, tok: str) -> tuple[int, tuple[Sequence[int], ...]]:
        """A bit per list (``1 << place``) of which ``tok`` starts a phrase, and per list
        the rows whose first word matches it, ascending (as the list's own
        ``PhraseIndex.work_out`` gives them); remembered per token."""
        found = self.known.get(tok)
        if found is None:
            numbers = self._first.rows(tok)
            if not numbers:
                found = self._none
            else:
                per: dict[int, list[int]] = {}
                mask = (1 << ROW_BITS) - 1
                for number in numbers:  # ascending: each list's rows come out in order
                    per.setdefault(number >> ROW_BITS, []).append(number & mask)
                found = (sum(1 << place for place in per),
                         tuple(per.get(place, NONE) for place in range(len(self._none[1]))))
            if len(self.known) < CACHE_MAX:
                self.known[tok] = found
        return found

    def lists(self, toks: tuple[str, ...]) -> int:
        """A bit per list (``1 << place``) of which a token of ``toks`` starts a phrase."""
        bits = self._lists.get(toks)
        if bits is None:
            bits = 0
            for tok in set(toks):
                bits |= self.starting(tok)[0]
            if len(self._lists) >= FOUND_MAX:
                self._lists.clear()
            self._lists[toks] = bits
        return bits

    def heads(self, toks: Sequence[str]) -> frozenset[str]:
        """``bot.phrases.heads`` of ``toks``, remembered for the other lists that walk them
        (a message's sentence is walked by ~9 lists)."""
        found = self._heads.get(toks)
        if found is None:
            found = heads(toks)
            if len(self._heads) >= FOUND_MAX:
                self._heads.clear()
            self._heads[toks] = found
        return found
