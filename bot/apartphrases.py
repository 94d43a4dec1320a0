"""Concept phrases whose last word may stand apart from the others (pure after building).

Uzbek says "the country that sends migrants" with a participle before its noun, and other
words often stand between them: "migrant joʻnatadigan rivojlanayotgan davlatlarga" (to the
developing countries that send migrants), «мигрантларни қабул қиладиган бой давлатлар». A
concept's ``apart:`` phrases (``knowledge/thesaurus.yaml``) are found with up to ``GAP``
other words before their last word (the noun). The participle, not a bare "joʻnatadigan"
(which also sends money: "pul joʻnatadigan migrantlar"), says the concept only with its
noun. The hit covers the words before the noun, so the words between and the noun itself
still count as words of the question ("rivojlanayotgan").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.phrases import Hit, PhraseIndex, phrase_words

GAP = 2
"""How many other words may stand between a phrase's last word and the words before it."""


class ApartPhrases:
    """``(concept id, phrase)`` pairs found with their last word apart (``find``)."""

    def __init__(self, labelled: Iterable[tuple[str, str]], gap: int = GAP) -> None:
        pairs = [(cid, p) for cid, p in labelled if len(phrase_words(p)) > 1]
        self._gap = gap
        """How many other words may stand between two words of a phrase (``GAP``, or a
        concept's own ``apart_gap``)."""
        self._index = PhraseIndex(pairs)
        self._before = {p: len(phrase_words(p)) - 1 for _, p in pairs}
        """Per phrase, how many words stand before its last."""

    def __bool__(self) -> bool:
        return bool(self._index)

    def find(self, toks: Sequence[str], taken: Sequence[Hit] = ()) -> list[Hit]:
        """The phrases in ``toks`` that no hit of ``taken`` overlaps, each a hit over its
        words but the last (the hits of ``taken`` and these, in order)."""
        if not self._index:
            return list(taken)
        hits = self._index.find(toks, self._gap)
        found = [h for h in map(self._before_last, hits) if self._free(h, taken)]
        if len(found) < len(hits):
            # One overlapped a hit taken: a shorter phrase at its word, or one starting
            # among its words, may not (left21): each word's, longest first, left to right.
            found, end = [], 0
            for h in self._index.every(toks, self._gap):
                if h.start >= end and self._free(cut := self._before_last(h), taken):
                    found.append(cut)
                    end = h.end
        if not found:
            return list(taken)
        return sorted([*taken, *found], key=lambda h: h.start)

    def _before_last(self, hit: Hit) -> Hit:
        """A phrase's hit over its words but the last."""
        return Hit(hit.label, hit.start, hit.start + self._before[hit.phrase], hit.phrase)

    @staticmethod
    def _free(hit: Hit, taken: Sequence[Hit]) -> bool:
        """Whether no hit of ``taken`` overlaps ``hit``."""
        return not any(t.start < hit.end and hit.start < t.end for t in taken)
