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

from bot.detailwords import DetailWords
from bot.knowledge import KnowledgeBase
from bot.leftout import LeftOut
from bot.matchersettings import MatcherSettings
from bot.thesaurus import CONCEPT_MARK, Thesaurus

SIBLINGS = 3
"""How many best entries are compared at most."""
ASPECT_RANKS = 4
"""How many best entries are looked at for one that stands for the aspect asked."""
CREDITS_CACHED = 50_000
"""Words whose postings ``_entry_credits`` keeps as dicts at most (memory bound)."""


class Siblings(LeftOut):
    """The index plus the telling apart of close entries (``_separate``)."""

    def __init__(self, kb: KnowledgeBase, settings: MatcherSettings | None = None,
                 thesaurus: Thesaurus | None = None) -> None:
        super().__init__(kb, settings, thesaurus)
        self._aspect_tokens = self._aspects.tokens
        self._detail_words = DetailWords.load()
        """Details asked in the writer's own words (``bot.nearmiss``'s ``_left_out``)."""

    def _separate(self, combined: dict[int, float], toks: tuple[str, ...],
                  concepts: list[str]) -> dict[int, float]:
        """``combined`` (entry index -> score) with the close entry that stands for the
        aspect the question asks (``_aspect_swap``), else the close entry whose distinctive
        words the question uses most, in the best one's place; else ``combined`` itself."""
        swapped = self._aspect_swap(combined, concepts)
        if swapped is not None:
            return swapped
        window = self.settings.sibling_window
        if not window or len(combined) < 2:
            return combined
        order = sorted(combined, key=lambda i: (-combined[i], self.entry_ids[i]))[:SIBLINGS]
        best = order[0]
        close = [i for i in order if combined[i] >= combined[best] - window]
        if asked := self._aspects.named(concepts):
            # Not one that stands for another side than a side asked ("... тем странам,
            # которые люди покидают": not the host countries' benefits by their words).
            close = [i for i in close if i == best or self._agrees(i, asked)]
        if len(close) < 2:
            return combined
        evidence = self._evidence(toks, concepts, close)
        star = max(close, key=lambda i: (evidence[i], i == best))
        if evidence[star] - evidence[best] < self.settings.sibling_evidence:
            return combined
        return _swapped(combined, star, best)

    def _aspect_swap(self, combined: dict[int, float], concepts: list[str]
                     ) -> dict[int, float] | None:
        """``combined`` with the best entry's and a close one's scores swapped, when the
        best stands for another side of an aspect than the one the question names and the
        close one (within ``aspect_window`` points) for the named side, or for more of the
        sides named than the best; else None."""
        window = self.settings.aspect_window
        if not window or len(combined) < 2 or self._aspect_tokens.isdisjoint(concepts):
            return None
        asked = self._aspects.named(concepts)
        if not asked:
            return None
        order = sorted(combined, key=lambda i: (-combined[i], self.entry_ids[i]))[:ASPECT_RANKS]
        best = order[0]
        stances = self._stances

        close = [i for i in order if combined[i] >= combined[best] - window]

        def fit(idx: int) -> int:
            """How many of the sides asked the entry stands for (``Aspects.fit``)."""
            return self._aspects.fit(stances.get(idx, {}), asked)

        framed = self._aspects.framed(concepts)
        for group, side in asked.items():
            # A best that stands for no side gives way too when a frame that weighs nothing
            # names the side ("what do they call the money migrants send home": the
            # definition's entry, not the 2024 total's; define18).
            stance = stances.get(best, {}).get(group)
            if stance == side or stance is None and group not in framed:
                continue
            # The close entry put first stands for this side and against no other side
            # asked ("how do host countries benefit": the host's benefits, not the
            # sending country's, though both stand for the benefits); of several, the one
            # that stands for most sides asked (``Aspects.fit``: "why do the nations that
            # take in newcomers gain when states coordinate": the host countries' benefits,
            # not the opportunities of harmonising). When none is against no other side,
            # the one that stands for most ("what is the dark side of people moving between
            # countries": the negative effects, one phrasing of which asks of host
            # countries, not the benefits of migration).
            stars = [i for i in close[1:] if stances.get(i, {}).get(group) == side]
            if stars:
                agreeing = [i for i in stars if self._agrees(i, asked)]
                return _swapped(combined, max(agreeing or stars, key=fit), best)
            # None close, the side named by the frame: the entry of the best's topic that
            # stands for it takes the place of a best that stands for the other side («как
            # называют деньги которые мигранты шлют домой»: not what they are spent on), and
            # is offered level with one that stands for none, a "did you mean" of both
            # ("what do they call the money migrants send home" is no confident 2024 total).
            kin = next((i for i, own in stances.items() if group in framed
                        and own.get(group) == side and self._topics[i] == self._topics[best]),
                       None)
            if kin is not None:
                level = {**combined, kin: combined.get(kin, 0.0)}
                return (_swapped(level, kin, best) if stance is not None
                        else {**combined, kin: combined[best]})
        # A best that stands for a side asked gives way to a close entry, against no side
        # asked, that stands for more of them (``Aspects.fits_better``): "ishchi
        # yuboradigan davlatlar nima oladi" (the sending country and its gain) is the
        # sending countries' benefits, not the definition of remittances (the sending
        # country alone); «что хорошего в том, что люди переезжают из страны в страну»,
        # the benefits of migration, not the host countries'. A best that stands for no
        # side asked keeps its place ("is depending on russia a problem": the risk of
        # depending, not the problems of migrants abroad).
        own = stances.get(best, {})
        if any(own.get(g) == s for g, s in asked.items()):
            fitter = [i for i in close[1:] if self._agrees(i, asked)
                      and self._aspects.fits_better(stances.get(i, {}), own, asked)]
            if fitter:
                return _swapped(combined, max(fitter, key=fit), best)
        return None

    def _agrees(self, idx: int, asked: dict[int, int]) -> bool:
        """Whether no side the entry stands for is another than the one ``asked`` of its
        group (group -> side, ``Aspects.named``)."""
        own = self._stances.get(idx, {})
        return all(own.get(g, s) == s for g, s in asked.items())

    def _evidence(self, toks: tuple[str, ...], concepts: list[str],
                  close: list[int]) -> dict[int, float]:
        """Per close entry, the rarity-weighted credit of the question's words that it has
        more of than every other close entry (by that margin)."""
        marked = (c for c in concepts if c[0] == CONCEPT_MARK and c in self._concepts
                  and c[1:] not in self.thesaurus.unscored)
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


def _swapped(combined: dict[int, float], star: int, best: int) -> dict[int, float]:
    """``combined`` with ``star``'s and ``best``'s scores swapped: ``star`` in first place."""
    swapped = dict(combined)
    swapped[star], swapped[best] = combined[best], combined[star]
    return swapped
