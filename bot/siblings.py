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

import re
from functools import cached_property

from bot.aspects import Aspects
from bot.detailwords import DetailWords
from bot.index import MatcherSettings
from bot.knowledge import Entry, KnowledgeBase
from bot.leftout import LeftOut
from bot.phrases import PREFIX, phrase_words
from bot.phrasinglist import made_alike
from bot.text import keyboard_variant
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
        self._aspects = Aspects.of(kb.thesaurus)
        self._aspect_tokens = self._aspects.tokens
        self._may_name_aspect = self._aspect_starts()
        self._stances = self._aspects.stances(self._aspect_phrasings())
        """Per entry that stands for a side of an aspect group: that side, per group."""
        self._alike.clear()  # the build's word folds (``_made_alike``): not needed after it
        self._detail_words = DetailWords.load()
        """Details asked in the writer's own words (``bot.nearmiss``'s ``_left_out``)."""

    def _aspect_phrasings(self) -> dict[int, list[list[str]]]:
        """The concept tokens of each phrasing of every entry whose phrasings name an
        aspect concept (the vocabulary says which: the others are not read)."""
        vocab = self._vocab
        named = sorted({idx for tok in self._aspect_tokens if tok in vocab.ids
                        for idx, credit in zip(*(a.tolist() for a in vocab.postings(tok)),
                                               strict=True) if credit >= 1.0})
        return {idx: self._concepts_of(self.kb.entries[self.entry_ids[idx]]) for idx in named}

    def _concepts_of(self, entry: Entry) -> list[list[str]]:
        """The concept tokens of each of ``entry``'s questions. Generated ones not made yet
        that would read as their source's (``phrasinglist.made_alike``) are not made: they
        count as their source's again, as the index build leaves them out."""
        read: dict[str, list[list[str]]] = {}
        out: list[list[str]] = []
        for lang in entry.questions:
            made = entry.generated.get(lang)
            if made in read and made_alike(entry, lang, made, self._made_alike):
                out += read[made]
                continue
            folded = [self._fold(q) for q in entry.questions[lang]]
            # A question none of whose words starts an aspect concept's phrase names no side
            # (it counts for nothing in ``Aspects.stances``): its concepts are not looked up.
            read[lang] = [self.thesaurus.concept_tokens(f.split()) for f in folded
                          if self._may_name_aspect is None or self._may_name_aspect.search(f)]
            out += read[lang]
        return out

    def _aspect_starts(self) -> re.Pattern[str] | None:
        """A pattern that finds, in a folded text, a word that may start a phrase of an
        aspect concept (a phrase's first word starts every token it matches:
        ``phrases.word_matches``); None (read every question) when one is matched as
        written, which a fold cannot tell."""
        concepts = [self.thesaurus.concepts.get(t.removeprefix(CONCEPT_MARK))
                    for t in self._aspect_tokens]
        if not concepts or any(c is None or c.as_written for c in concepts):
            return None
        firsts = {words[0].removesuffix(PREFIX) for c in concepts if c is not None
                  for w in (*c.words, *c.whole) for v in (w, keyboard_variant(w))
                  if (words := phrase_words(v))}
        return re.compile(r"(?:^| )(?:" + "|".join(map(re.escape, sorted(firsts))) + ")")

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
        close one (within ``aspect_window`` points) for the named side; else None."""
        window = self.settings.aspect_window
        if not window or len(combined) < 2 or self._aspect_tokens.isdisjoint(concepts):
            return None
        asked = self._aspects.named(concepts)
        if not asked:
            return None
        order = sorted(combined, key=lambda i: (-combined[i], self.entry_ids[i]))[:ASPECT_RANKS]
        best = order[0]
        stances = self._stances
        for group, side in asked.items():
            if stances.get(best, {}).get(group, side) == side:
                continue
            star = next((i for i in order[1:] if combined[i] >= combined[best] - window
                         and stances.get(i, {}).get(group) == side), None)
            if star is not None:
                return _swapped(combined, star, best)
        return None

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


def _swapped(combined: dict[int, float], star: int, best: int) -> dict[int, float]:
    """``combined`` with ``star``'s and ``best``'s scores swapped: ``star`` in first place."""
    swapped = dict(combined)
    swapped[star], swapped[best] = combined[best], combined[star]
    return swapped
