"""Sibling entries: telling apart the entries a sentence's scores put within a few points
(pure, no state of its own).

Two entries on one subject ("the challenges of harmonising immigration policies" and "its
opportunities") share most of their words, so their scores differ by little, and by the
phrasings' wording more than by what is asked. When the best entries of a sentence are within
``MatcherSettings.sibling_window`` points, the question is scored against each one's
*distinctive* words: the words and thesaurus concepts of its phrasings, aliases and answers
(an answer's word at ``answer_word_credit``) that the other close entries lack, found as the
index finds words (same stem, sibling, typo: ``Index._similar_words``) and weighted by their
rarity. The close entry with the most such evidence, by at least ``sibling_evidence`` (a
rare word weighs ~3.7), takes the best one's place and score, and the best takes its own.
"""

from __future__ import annotations

from functools import cached_property

from bot.leftout import LeftOut
from bot.thesaurus import CONCEPT_MARK

SIBLINGS = 3
"""How many best entries are compared at most."""
CREDITS_CACHED = 50_000
"""Words whose postings ``_entry_credits`` keeps as dicts at most (memory bound)."""


class Siblings(LeftOut):
    """The index plus the telling apart of close entries (``_separate``)."""

    def _separate(self, combined: dict[int, float], toks: tuple[str, ...],
                  concepts: list[str]) -> dict[int, float]:
        """``combined`` (entry index -> score) with the close entry whose distinctive words
        the question uses most in the best one's place; else ``combined`` itself."""
        window = self.settings.sibling_window
        if not window or len(combined) < 2:
            return combined
        order = sorted(combined, key=lambda i: (-combined[i], self.entry_ids[i]))[:SIBLINGS]
        best = order[0]
        close = [i for i in order if combined[i] >= combined[best] - window]
        if len(close) < 2:
            return combined
        evidence = self._evidence(toks, concepts, close)
        star = max(close, key=lambda i: (evidence[i], i == best))
        if evidence[star] - evidence[best] < self.settings.sibling_evidence:
            return combined
        swapped = dict(combined)
        swapped[star], swapped[best] = combined[best], combined[star]
        return swapped

    def _evidence(self, toks: tuple[str, ...], concepts: list[str],
                  close: list[int]) -> dict[int, float]:
        """Per close entry, the rarity-weighted credit of the question's words that it has
        more of than every other close entry (by that margin)."""
        marked = (c for c in concepts if c[0] == CONCEPT_MARK and c in self._concepts)
        content = [t for t in dict.fromkeys((*toks, *marked))
                   if t not in self.stopwords and (len(t) > 1 or t.isdigit())]
        found = dict.fromkeys(close, 0.0)
        for tok, similar in zip(content, self._similar_words(content), strict=True):
            if not similar:
                continue
            weight = max(self._vocab.idf[w] for w in similar)
            if tok.isdigit():
                weight = min(weight, self.settings.number_weight)
            credit = self._credits(similar, close)
            for k, idx in enumerate(close):
                other = max(c for j, c in enumerate(credit) if j != k)
                if credit[k] > other:
                    found[idx] += weight * (credit[k] - other)
        return found

    def _credits(self, similar: dict[str, float], close: list[int]) -> list[float]:
        """Per close entry, the best ``similarity * credit`` of the words ``similar`` maps
        to (a phrasing's word counts 1, an answer's ``answer_word_credit``)."""
        best = [0.0] * len(close)
        for word, sim in similar.items():
            credits = self._entry_credits(word)
            for k, idx in enumerate(close):
                credit = credits.get(idx)
                if credit is not None:
                    best[k] = max(best[k], sim * credit)
        return best

    @cached_property
    def _credits_of(self) -> dict[str, dict[int, float]]:
        """Words' postings as dicts (``_entry_credits``), made as the sentences ask them."""
        return {}

    def _entry_credits(self, word: str) -> dict[int, float]:
        """Entry index -> what ``word`` counts for in it (``Vocab.postings`` as a dict:
        a few entries are looked up in it per word, cheaper than NumPy's per-call cost)."""
        found = self._credits_of.get(word)
        if found is None:
            entries, credits = self._vocab.postings(word)
            found = dict(zip(entries.tolist(), credits.tolist(), strict=True))
            if len(self._credits_of) < CREDITS_CACHED:
                self._credits_of[word] = found
        return found
