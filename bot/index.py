"""The matching index: vocabulary, phrasings and the two scores (pure, built once).

Each entry is scored on two things, both 0-100:

* **phrasing similarity**: rapidfuzz ``QRatio`` between the question's content words and
  the entry's best phrasing (every language, generated script variants and aliases),
  blended with a plain ``ratio`` of the whole folded question;
* **coverage**: how much of the question's meaning the entry explains: each content word of
  the question (stop words dropped) is looked up in the entry's vocabulary (exact, same stem
  by prefix, a sibling sharing a long stem, or a typo away) and weighted by its rarity, so
  a word no entry uses ("weather", "patent", "price") weighs most. A question that only
  *shares a word* with an entry therefore scores low and the matcher abstains instead of
  grabbing it. Thesaurus concepts (``knowledge/thesaurus.yaml``) count as words of both the
  question and the entries, so a paraphrase meets its entry with no word in common (a
  question word inside a concept phrase is also covered by every entry naming the
  concept); Uzbek words also enter the vocabulary as typed on a Russian keyboard (oʻ/ў as
  u/у), and the words of an entry's ``not_covered`` details count as its own, so a near
  miss still finds its entry.

The final score mixes the two. ``bot.matcher`` decides what to do with the scores. What
they are computed against (keys, vocabulary, lexicon) is built by ``bot.indexbuild``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import chain
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from bot.coverage import FEW_BASE, FEW_POSTINGS, FewCoverage, Postings
from bot.entrykeys import BEGINNING
from bot.indexbuild import BuiltIndex
from bot.knowledge import KnowledgeBase
from bot.matchersettings import MatcherSettings
from bot.phrases import Hit
from bot.text import fold
from bot.thesaurus import CONCEPT_MARK, PEOPLE, Thesaurus
from bot.typos import TypoSearch
from bot.vocab import Coverage
from bot.yamlread import read_yaml

CONCEPT_CREDIT = 0.8
"""How much a question word inside a thesaurus phrase counts as its concept."""
SIBLING_MIN = 5
"""The shortest stem two sibling words may share."""
SIBLING_SLACK = 3
"""Letters after the shared stem, in the longer of two sibling words."""
SIMILAR_CACHED = 50_000
"""Question tokens whose similar words are remembered (memory stays bounded)."""
TYPO_GAP = 3
"""A typo's word is at most this many letters longer or shorter than the token."""
DETAIL_STEM = 6
"""The letters a word only ``not_covered`` details use shares with a question word that
finds it (``_apart_from_details``): "imzolanadimi" finds "imzolandi", «стране» no «страниц»."""
ALTERNATION_AT = 4
"""The fewest letters before an Uzbek k/g alternation (``_find_similar``)."""
VOWELS = frozenset("aeiou")
"""Vowels after folding."""
WARM_WORDS = 10_000
"""The most vocabulary words ``Index.remember_vocabulary`` works out at start: all of the
shipped base's ~5,000; at 50,000 entries (~60,000 words) it would cost seconds."""
JOINED_AT_BUILD = 2_000
"""A base of up to this many entries has every entry's keys joined as text at build (the
shipped one: about a millisecond), so that its first questions pay nothing for them; a larger
one joins an entry's when a question first shortlists it (``EntryKeys``)."""


_VOWELS = frozenset("aeiou")
"""A three-letter stem's ending holds one of these (folded): "pul-ni", not "bir-ds"."""
NEGATIONS = Path(__file__).resolve().parent / "data" / "negations.yaml"
NEGATING: tuple[str, ...] = tuple(read_yaml(NEGATIONS)["prefixes"])
"""Folded prefixes that make a word its opposite ("ilegal", "nezakonaia", "nokonuni")."""
OPPOSITE_STEM = 5
"""Letters the rest of a negated word shares with the other word: "ilegal" and "legalnoi"."""


def opposites(tok: str, word: str) -> bool:
    """Whether ``tok`` and ``word`` (folded) are a word and its negation: one starts with a
    NEGATING prefix the other lacks, and what follows it (the prefix's last letter also
    read as the word's first, doubled letters folding single: "ilegal" is "il" + "legal")
    begins as the other does, over OPPOSITE_STEM letters (all of a shorter one)."""
    for pre in NEGATING:
        for neg, other in ((word, tok), (tok, word)):
            if not neg.startswith(pre) or other.startswith(pre):
                continue
            for rest in (neg[len(pre):], neg[len(pre) - 1:]):
                if len(rest) >= 4 and rest[:OPPOSITE_STEM] == other[:OPPOSITE_STEM]:
                    return True
    return False


class Index(BuiltIndex):
    """An index over a knowledge base; read-only once built, so safe to share."""

    def __init__(self, kb: KnowledgeBase, settings: MatcherSettings | None = None,
                 thesaurus: Thesaurus | None = None) -> None:
        super().__init__(kb, settings or MatcherSettings(), thesaurus)
        self._similar: dict[str, dict[str, float]] = {}
        """Tokens seen in questions, and their similar words (``_similar_words``)."""
        self._weighed_words: dict[tuple[str, str | None], tuple[dict[str, float],
                                                                float | None]] = {}
        """Question words (and their concept), with their similar words (``_weighed``)."""
        self._postings = (Postings(self._vocab) if len(self._vocab._entries) <= FEW_BASE
                          else None)
        """A small vocabulary's postings as Python numbers, for ``FewCoverage``."""
        self._typo_search = TypoSearch(self._vocab.sorted_words, self.settings.typo_cutoff,
                                       TYPO_GAP)
        bounds = [*self._starts.tolist(), len(self._key_entry)]
        self._spans = list(zip(bounds[:-1], bounds[1:], strict=True))
        """Per entry, the range of its phrasings in the index (they are stored together)."""
        if len(self.entry_ids) <= JOINED_AT_BUILD:
            self._entry_keys.all()

    def remember_vocabulary(self, most: int = WARM_WORDS) -> int:
        """Work out now the similar words (``_similar_words``) of the vocabulary's words
        that the most entries use, at most ``most`` of them, as if questions had asked them.

        A bot just started would otherwise pay for each in the first question
        that uses it (a typo search over the whole vocabulary, ~25 us a word on the shipped
        base). The results are those a question would have found. Returns how many words.
        """
        vocab = self._vocab
        used = np.diff(vocab._offsets)
        commonest = np.argsort(-used, kind="stable")[:most]
        words = [vocab.sorted_words[k] for k in np.sort(commonest).tolist()]
        self._similar_words(words)
        return len(words)

    # ------------------------------------------------------------ scoring

    def _similar_words(self, toks: list[str]) -> list[dict[str, float]]:
        """For each token, the vocabulary words that are it: exact, same stem, a typo away.

        Returns one mapping word -> similarity (0-1) per token (the caller's own copy).
        """
        # Remembered per token: the typo search scores the token against the whole
        # vocabulary, and people's words repeat (as do a message's sentences and clauses).
        known = self._similar
        new = [t for t in dict.fromkeys(toks) if t not in known]
        found = dict(zip(new, self._find_similar(new), strict=True)) if new else {}
        if len(known) < SIMILAR_CACHED:
            known.update(found)
        return [dict(known[t] if t in known else found[t]) for t in toks]

    def _find_similar(self, toks: list[str]) -> list[dict[str, float]]:
        """``_similar_words`` of tokens not seen before."""
        vocab = self._vocab
        words = vocab.sorted_words
        fuzzy = [t for t in toks if len(t) >= 4 and not t.isdigit() and t[0] != CONCEPT_MARK]
        # A few words of the vocabulary are left to score per token (bot/typos.py).
        typos = self._typo_search.find(fuzzy)
        out = []
        for tok in toks:
            found: dict[str, float] = {}
            if tok in vocab:
                found[tok] = 1.0
            if tok in typos:
                # Words that extend tok ("migrant" -> "migrantlar"), and stems of tok.
                i = bisect_left(words, tok)
                while i < len(words) and words[i].startswith(tok):
                    found.setdefault(words[i], 0.9)
                    i += 1
                # Stems: at least four letters, or three with a short suffix ("pul-ni");
                # never a stop word ("scheme" folds to "sheme", which is no form of "she").
                # A stem of three letters keeps an ending with a vowel ("pul-ni", not "bir-ds":
                # birds are no "bir", one), and of a long word more than half of it ("data"
                # is no stem of "database").
                for k in range(max(3, len(tok) - 3) if len(tok) <= 6 else len(tok) // 2 + 1,
                               len(tok)):
                    if (tok[:k] in vocab and tok[:k] not in self.stopwords
                            and (k > 3 or not _VOWELS.isdisjoint(tok[k:]))):
                        found.setdefault(tok[:k], 0.85)
                if self.settings.sibling_credit:
                    self._siblings(tok, words, found)
                # Uzbek k and q turn g and gʻ before a suffix's vowel (both fold to g):
                # "tadbirkorligini" is "tadbirkorlik", "qishlogʻida" "qishloq", as a stem.
                for k in range(ALTERNATION_AT, len(tok) - 1):
                    if tok[k] == "g" and tok[k + 1] in VOWELS:
                        plain = tok[:k] + "k"
                        if plain in vocab and plain not in self.stopwords:
                            found.setdefault(plain, 0.85)
                # A known word is no misspelling: its typo neighbours are other words.
                typo = 0.95 * (self.settings.known_word_typo_credit if tok in vocab else 1.0)
                for word, score in typos[tok]:
                    found.setdefault(word, score / 100 * typo)
                if tok in vocab:
                    self._apart_from_details(tok, found)
                for word in [w for w in found if opposites(tok, w)]:
                    del found[word]
            out.append(found)
        return out

    def _apart_from_details(self, tok: str, found: dict[str, float]) -> None:
        """Drop from ``found`` (of ``tok``, a word of the vocabulary) the words only
        ``not_covered`` details use that are no form of ``tok``: neither its stem nor
        sharing DETAIL_STEM letters with it. Such a word is rare, and the rarest similar
        word weighs the question word: «страниц» (how many pages) made «стране» weigh as
        much. (A word no entry uses may be a detail misspelt: "pulni" keeps "puli".)"""
        for word in self._details_only.intersection(found):
            if not tok.startswith(word) and tok[:DETAIL_STEM] != word[:DETAIL_STEM]:
                del found[word]

    def _siblings(self, tok: str, words: list[str], found: dict[str, float]) -> None:
        """Add to ``found`` the words that share a stem of ``tok`` (at least SIBLING_MIN
        letters, and all but SIBLING_SLACK letters of the longer word)."""
        credit = self.settings.sibling_credit
        # A stem shorter than all but SIBLING_SLACK letters of ``tok`` never qualifies.
        for k in range(len(tok) - 1, max(SIBLING_MIN, len(tok) - SIBLING_SLACK) - 1, -1):
            stem = tok[:k]
            i = bisect_left(words, stem)
            while i < len(words) and words[i].startswith(stem):
                word = words[i]
                if k >= max(len(word), len(tok)) - SIBLING_SLACK:
                    found.setdefault(word, credit)
                i += 1

    def _weighed(self, words: list[tuple[str, str | None]]
                 ) -> list[tuple[dict[str, float], float | None]]:
        """For each question word and the thesaurus concept it belongs to (or None), its
        similar words (``_similar_words``, the concept added at CONCEPT_CREDIT) and the
        rarest one's weight (None for none). Remembered per word and concept: a long
        message's sentences, clauses and the whole message hold the same words. The
        caller never changes them."""
        known = self._weighed_words
        new = [w for w in dict.fromkeys(words) if w not in known]
        found = {}
        vocab = self._vocab
        for (tok, concept), similar in zip(new, self._similar_words([t for t, _ in new]),
                                           strict=True):
            if concept is not None and concept in vocab:
                similar[concept] = CONCEPT_CREDIT
            found[tok, concept] = similar, max((vocab.idf[w] for w in similar), default=None)
        if found and len(known) < SIMILAR_CACHED:
            known.update(found)
        return [known[w] if w in known else found[w] for w in words]

    def _coverage(self, toks: list[str],
                  meaning: dict[str, str] | None = None) -> dict[int, float]:
        """The entries that cover the question best (``settings.shortlist`` of them), best
        first, each with the rarity-weighted share of the question's words it covers (0-1).

        ``meaning``: question words that belong to a thesaurus phrase, and its concept
        token; such a word is also covered by every entry that names the concept.
        """
        content = [t for t in dict.fromkeys(toks) if t not in self.stopwords]
        if not content:
            return {}
        vocab = self._vocab
        weighted = []
        # In a long message, a word no entry knows is mostly the context around the
        # question ("my son is a cook ..."); in a short one it is what is asked.
        long = sum(t[0] != CONCEPT_MARK for t in content) >= self.settings.long_message_words
        unknown_word = vocab.unknown_idf * (self.settings.unknown_in_long if long else 1.0)
        words = [(tok, meaning.get(tok) if meaning else None) for tok in content]
        for (tok, _concept), (similar, rarest) in zip(words, self._weighed(words), strict=True):
            # A word no entry knows weighs most; an unknown number ("5 years") hardly at all.
            weight = rarest if rarest is not None else 1.0 if tok.isdigit() else unknown_word
            if tok.isdigit() and self._owners.get(tok, 0) != 1:
                # A number helps find its entry but never outweighs the words: whether
                # it fits is the near-miss check's job. One that a single entry's phrasings
                # name ("4947", "86") tells that entry as a rare word does.
                weight = min(weight, self.settings.number_weight)
            weighted.append((weight, similar))
        # The same sums either way: NumPy's whole-array calls cost more than a few dozen
        # postings added one by one (the shipped base's questions).
        postings = self._postings
        covered = (FewCoverage(postings) if postings is not None
                   and postings.count(weighted) <= FEW_POSTINGS else Coverage(vocab))
        covered.add_all(weighted)
        return covered.top(self.settings.shortlist)

    def scores(self, text: str) -> tuple[dict[int, float], str | None]:
        """Score every plausible entry for ``text``.

        Returns:
            (entry index -> score 0-100, language of the best phrasing or None).
        """
        return self._scores(fold(text))

    def _scores(self, full: str, concepts: list[str] | None = None,
                hits: Sequence[Hit] | None = None) -> tuple[dict[int, float], str | None]:
        """``scores`` of an already folded text (``concepts``, ``hits``: its concept tokens
        and thesaurus hits, when the caller has them already)."""
        key = self._content(full)
        if not key or all(t in self.stopwords or len(t) < 2 for t in key.split()):
            return {}, None
        # Concepts are added to the words, not put in their place: measured better on tune
        # (worst language 90.7% against 88.1%).
        toks = full.split()
        if hits is None:
            hits = self.thesaurus.hits(toks)
        if concepts is None:
            concepts = self.thesaurus.concept_tokens(toks, hits)
        meaning = {}
        for hit in hits:
            token = CONCEPT_MARK + hit.label.removeprefix(PEOPLE)
            if token in self._concepts:
                meaning.update(dict.fromkeys(toks[hit.start:hit.end], token))
        toks += [t for t in concepts if t[0] == CONCEPT_MARK and t in self._concepts]
        coverage = self._coverage([t for t in toks if len(t) > 1 or t.isdigit()], meaning)
        if not coverage:
            return {}, None
        # Only the entries that cover the question best can win: phrasing similarity is
        # computed for their phrasings alone, which keeps matching fast as the FAQ grows.
        shortlist = list(coverage)
        spans = list(map(self._spans.__getitem__, shortlist))
        both = list(map(self._entry_keys.__getitem__, shortlist))
        # Per phrasing: QRatio of the content words (WRatio's partial and token-set
        # scores give 100 to any phrasing that holds all the question's words, so a
        # longer phrasing of another entry won: on tune, worst language 80.2% -> 84.3% at
        # the best thresholds), blended with the whole question in order (so "what is X"
        # prefers "what is X?"). cdist scores them all in one C call.
        a = self.settings.phrase_weight
        # A long message holds a phrasing's words among many others ("Hello, my brother
        # works in Russia ... is it risky?"): it is also as similar as the words they share.
        keys = list(chain.from_iterable(k for k, _ in both))
        similar = process.cdist([key], keys, scorer=fuzz.QRatio, dtype=np.float32)[0]
        if len(key.split()) >= self.settings.long_query_words:
            # ... of the phrasings that share a word's beginning with the question: with no
            # word in common it is only the sorted letters' likeness. On tune's slowest 2%,
            # 7 of 10 phrasings shortlisted (a seventh of its time); on all of tune, one
            # line more right, none less, the same answers wrong.
            sharing = self._sharing_a_word(key, shortlist, spans)
            if sharing:
                shared = process.cdist([key], [keys[k] for k in sharing],
                                       scorer=fuzz.token_set_ratio, dtype=np.float32)[0]
                similar[sharing] = np.maximum(similar[sharing], shared)
        blended = ((1 - a) * similar
                   + a * process.cdist([full], list(chain.from_iterable(f for _, f in both)),
                                       scorer=fuzz.ratio, dtype=np.float32)[0])
        w = self.settings.similarity_weight
        # Per entry, its best phrasing's score and language (the first of equals).
        best: dict[int, tuple[float, str | None]] = {}
        scores = blended.tolist()
        at = 0
        for idx, (start, end) in zip(shortlist, spans, strict=True):
            if end > start:
                own = scores[at : at + end - start]
                top = max(own)
                best[idx] = (top, self._key_lang[start + own.index(top)])
            at += end - start
        combined = {idx: w * best[idx][0] + (1 - w) * 100 * coverage[idx] for idx in shortlist}
        top = max(combined, key=lambda i: combined[i])
        return combined, best[top][1]

    def _sharing_a_word(self, key: str, shortlist: list[int],
                        spans: list[tuple[int, int]]) -> list[int]:
        """The places, among the shortlisted entries' keys one after the other, of the keys
        holding a word that begins as one of ``key``'s (``BEGINNING`` letters), in order."""
        begun = {w[:BEGINNING] for w in key.split()}
        sharing = []
        at = 0
        for idx, (start, end) in zip(shortlist, spans, strict=True):
            held = self._entry_keys.beginnings(idx)
            mask = 0
            for beginning in begun:
                mask |= held.get(beginning, 0)
            while mask:  # the keys holding one, in order
                low = mask & -mask
                sharing.append(at + low.bit_length() - 1)
                mask ^= low
            at += end - start
        return sharing

    def _span(self, idx: int) -> tuple[int, int]:
        """The range of an entry's phrasings in the index (they are stored together)."""
        return self._spans[idx]
