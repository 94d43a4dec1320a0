"""Near misses: what a question asks that an entry does not give (pure, built once).

An answer is a near miss of the question, not its answer, when the entry contradicts a
fact the question names (another year, article, country, people or body: ``conflict`` in
``bot.thesaurus``), gives no figure for a "how many", gives the home country's figure for
a foreign country's, or leaves out the detail asked: one of its own ``not_covered``
phrases, or a ``details:`` kind of ``knowledge/phrases.yaml`` ("how to apply") its text
does not give. ``NearMisses._rank`` orders a scored sentence's entries so that one giving
the asked fact comes first (``bot.factsfirst``), and notes the conflict of the best
(``Scored``); ``bot.matcher`` then offers a contradicted entry as a "did you mean" with a
note.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from bot.countedwords import ASKS, MONEY
from bot.facts import CONCEPT_MARK, HOME, Conflict, Facts
from bot.factsfirst import COUNTRIES_GAP, NOT_COVERED_GAP, FactsFirst
from bot.leftout import DATED
from bot.numbers import DATE_REACH, PART_NUMBERS, YEARS, read_numbers
from bot.phrases import Hit
from bot.reading import Reader
from bot.text import NUMERALS

PART = "part"
"""The detail kind of a numbered part of an act asked (``NearMisses._part_asked``)."""
LISTED_STEM = 5
"""Letters of a word that a list's count and a "how many" must share ("strengths",
«сильных» and «сильные»)."""
LIST_MAX = 99
"""A number in digits up to this may count a list ("the 5 strengths")."""
UNLISTED_MIN = 3
"""The smallest count asked of an entry that says no count (``_count_asked``): "two"
is too often no list ("between two countries")."""
LIST_WORDS = 10
"""The largest such count: a list of more items is no list the questions ask for."""
WHICH_REACH = 3
"""Words before such a count, or after the word it counts, where a question word asks
for that list (``NearMisses._which_ones``)."""


@dataclass(frozen=True)
class Scored:
    """One part of a message, scored: entries best first, and why the best may not fit."""

    ranked: tuple[tuple[str, float], ...]
    miss: Conflict | None
    lang: str | None
    vague: bool = False
    """One common word only ("law", "work"): too little to answer or offer anything."""
    detail: str | None = None
    """A practical detail asked (a phone number, a fee, a rate) that the best entry's own
    text does not give: answering with it would pretend the documents do."""
    off_topic: bool = False
    """The best entry shares only the places the question names ("who is the president of
    Kazakhstan"): nothing of what is asked."""
    pinned: bool = False
    """The question names the best entry's own places or numbers and asks a detail the entry
    lists as not covered ("nurses' salary in Germany under the new deal"): it is about that
    entry, however many other words it has, so its near miss is offered, not abstained."""
    plain: Scored | None = None
    """The same part scored without ``subject_bonus``, when that bonus was given: the bonus
    changes which entry is answered or offered, but a message abstained on without it stays
    abstained on (an organisation named makes no question in scope)."""
    undefined: bool = False
    """The sentence asks only what a thing is, and the best entry does not define it, only
    mentions it ("what is GDP", «что такое ксенофобия»: ``bot.definitions``)."""
    group: tuple[str, ...] = ()
    """The entries of a group the sentence asks for in the plural ("which decrees",
    «какие международные организации»: ``asks_group:`` in ``knowledge/phrases.yaml``):
    an answer with one of them is a "did you mean" of the group instead."""
    broad: bool = False
    """``group`` is a broad subject's (``asks_broad:``): the sentence names nothing else, so no
    entry is answered, whichever is best; the group is offered."""


class NearMisses(FactsFirst):
    """The index plus what each entry leaves out; ``reader`` is set by the subclass."""

    reader: Reader

    def _left_out(self, toks: tuple[str, ...], idx: int, quantity: str | None,
                  asked: Facts) -> list[Hit]:
        """What the question asks that entry ``idx`` leaves out besides its own
        ``not_covered`` details: a ``details:`` kind its text does not give ("how to
        apply"), a list of countries when it names fewer than ``LIST_OF_COUNTRIES``
        (``asks_countries:`` in the thesaurus), or a quantity when it gives no figure ("How
        many Uzbeks work in Russia") or none of what it counts (``_counts_asked``); a date
        (``when``) only where a sentence of its text names the countries or organisations
        asked beside a year (``_undated``)."""
        words = self._detail_words
        # (a time that asks nothing of the entry, set aside, leaves the next way to look:
        # «указ до сих пор в силе?» has "so far" and asks whether it is still in force; so
        # does a detail the entry gives: "who started the project and in what year" asks a
        # year the entry gives and who started it, which the pairs find; nearfix28a)
        ways = (lambda: self.reader.details.find(toks, NOT_COVERED_GAP),
                lambda: self.reader.details.find(words.as_first_person(toks), NOT_COVERED_GAP),
                lambda: words.asked(toks) or self._span_asked(toks))
        hits: list[Hit] = []
        for way in ways:
            found = self._timed(way(), idx, toks, quantity)
            hits = [h for h in found
                    if (h.label not in self._gives[idx]
                        or h.label == DATED and self._undated(idx, asked))
                    and (h.label not in words.of_body or asked.bodies)]
            if hits or found and not all(h.label in self._gives[idx] for h in found):
                break
        if not hits:
            hits = self._part_asked(toks, idx)
        if not hits and not self._lists_countries(idx):
            # "Which states voted against the Global Compact": a list of countries, asked
            # of an entry that names fewer.
            hits = self.thesaurus.asks_countries.find(toks, COUNTRIES_GAP)[:1]
        if (not hits and quantity is not None and not self._counts_asked(idx, toks)
                and not self._list_counted(toks, idx)):
            hits = [h for h in self.reader.quantity.find(toks) if h.label == "asks"][:1]
        return hits

    def _part_asked(self, toks: tuple[str, ...], idx: int) -> list[Hit]:
        """A numbered part of entry ``idx``'s own act asked ("section 4 of resolution
        PP-4829", «в разделе 2 постановления ПП-4829», '5-bobida'): the question names a
        label of the entry (its act's or article's number) and a small label it does not
        give; no document gives an act's sections, chapters or points (near20)."""
        asked = read_numbers(toks, self.reader.number_words).labels
        whole = self._numbers[idx].whole
        parts = {n for n in asked - whole if n < PART_NUMBERS}
        if not parts or not asked & whole:
            return []
        k = next(k for k, t in enumerate(toks) if t.isdigit() and int(t) in parts)
        start, end = max(0, k - 1), min(len(toks), k + 2)
        return [Hit(PART, start, end, " ".join(toks[start:end]))]

    def _list_counted(self, toks: tuple[str, ...], idx: int) -> bool:
        """Whether a "how many" asks how many items a list of entry ``idx`` has, which its
        answer says (``list_sizes:``): a word the entry uses follows the asking words
        ("*nechta kuchli tomon* bor", "how many strengths", «сколько сильных сторон»;
        nearfix27b); not people counted ("how many *migrants*": ``counted:``)."""
        if not self._list_sizes[idx] or self.reader.counted_asked(toks) is not None:
            return False
        listed = self._listed_words(idx)
        for hit in self.reader.counted.find(toks):  # a count, not "how much" (``asks_sum``)
            # (past another question word: 'nechta va qanday *tavsiya*', which the entry's
            # questions ask for as its list, 'qanday tavsiyalar'; nearfix28b)
            near = toks[hit.end:hit.end + 3]
            after = [t for t in near if t not in self.stopwords
                     and t not in self.reader.question_words][:1]
            if hit.label == ASKS and after and (after[0][:LISTED_STEM] in listed or (
                    not self.reader.question_words.isdisjoint(near[:near.index(after[0])])
                    and self._asks_for(idx, after[0]))):
                return True
        return False

    def _listed_words(self, idx: int) -> frozenset[str]:
        """The words entry ``idx``'s answers count with one of its ``list_sizes`` ("*four
        strengths*", "*three main* obstacles", 'uchta asosiy toʻsiq'): the two words after
        the count that are no stop words, cut to ``LISTED_STEM`` letters (read once per
        entry, when first asked)."""
        known = self.__dict__.setdefault("_listed", {})
        if idx not in known:
            sizes = self._list_sizes[idx]
            entry = self.kb.entries[self.entry_ids[idx]]
            found = set()
            for text in (*entry.answer.values(), *entry.direct.values()):
                toks = [t for t in self._fold(text).split() if t not in self.stopwords]
                for k, tok in enumerate(toks[:-1]):
                    n = int(tok) if tok.isdigit() else NUMERALS.counts.get(tok)
                    if n in sizes:  # the word counted, or an adjective and it
                        found.update(t[:LISTED_STEM] for t in toks[k + 1:k + 3])
            known[idx] = frozenset(found)
        return known[idx]

    def _count_asked(self, toks: tuple[str, ...], idx: int) -> Conflict | None:
        """A count of a list asked that entry ``idx``'s lists do not have ("the *five
        strengths* of the SWOT analysis", «какие *шесть угроз*», '*oltita afzallik*'), when
        its answer says how many (``list_sizes:``): a number ("five", «пять», 'beshta',
        "5") just before the list's word, which the entry uses (or that word's adjective
        before it: «три сильные стороны», 'toʻrtta kuchli tomon')."""
        sizes = self._list_sizes[idx]
        for k in range(len(toks) - 1):
            n = self._count_at(toks, k)
            if n is None or n < 2 or n in sizes:
                continue
            after = [t for t in toks[k + 1:k + 3] if t not in self.stopwords][:2]
            if not after or after[0].isdigit() or self.reader.number_words.find(after[:1]):
                continue
            if sizes and any(self._covers(idx, [t]) for t in after):
                return Conflict((str(n),), tuple(map(str, sorted(sizes))))
            if (not sizes and UNLISTED_MIN <= n <= LIST_WORDS and not toks[k].isdigit()
                    and self._which_ones(toks, k) and self._asks_for(idx, after[0])
                    and n not in self._counted_in_text(idx)):
                # "the *six* advantages", '*yettita* shakli': an entry that lists what its
                # questions ask for but never says how many gives no such count (nearfix28b)
                return Conflict((str(n),), ())
        return None

    def _which_ones(self, toks: tuple[str, ...], k: int) -> bool:
        """Whether the count at ``k`` is asked for with a question word just before it or
        after the word it counts ("what are the six …", «какие семь форм», '… yettita
        shakli qaysilar'), not asked as a number of items to name ("name three works")."""
        near = (*toks[max(0, k - WHICH_REACH):k], *toks[k + 2:k + 2 + WHICH_REACH])
        return not self.reader.question_words.isdisjoint(near)

    def _asks_for(self, idx: int, word: str) -> bool:
        """Whether entry ``idx``'s questions ask about ``word`` (folded): one of their
        words, cut to ``LISTED_STEM`` letters ('shakllari'), or its thesaurus concept
        ("advantages" as the benefits)."""
        known = self.__dict__.setdefault("_asked_stems", {})
        if idx not in known:
            entry = self.kb.entries[self.entry_ids[idx]]
            words = [self._fold(q).split() for qs in entry.questions.values() for q in qs]
            toks = [t for w in words for t in (*w, *self.thesaurus.concept_tokens(w))
                    if t not in self.stopwords and not t.isdigit()]
            known[idx] = frozenset(t if t.startswith(CONCEPT_MARK) else t[:LISTED_STEM]
                                   for t in toks)
        concept = self.thesaurus.concept_tokens([word])
        return word[:LISTED_STEM] in known[idx] or (
            len(concept) == 1 and concept[0].startswith(CONCEPT_MARK) and concept[0] in known[idx])

    def _counted_in_text(self, idx: int) -> frozenset[int]:
        """The small counts entry ``idx``'s answers say, in words or digits ("three
        obstacles", "4")."""
        known = self.__dict__.setdefault("_text_counts", {})
        if idx not in known:
            entry = self.kb.entries[self.entry_ids[idx]]
            found = set()
            for text in (*entry.answer.values(), *entry.direct.values()):
                for tok in self._fold(text).split():
                    n = int(tok) if tok.isdigit() and len(tok) < 3 else NUMERALS.counts.get(tok)
                    if n is not None:
                        found.add(n)
            known[idx] = frozenset(found)
        return known[idx]

    def _count_at(self, toks: tuple[str, ...], k: int) -> int | None:
        """The count token ``k`` says ("five", 'beshta', "5"), or None: no count word, a
        stop word, a number too large for a list, or a date's day ("the decree from 7 feb
        2017")."""
        tok = toks[k]
        if not tok.isdigit():
            return None if tok in self.stopwords else NUMERALS.counts.get(tok)
        if int(tok) > LIST_MAX or any(t.isdigit() and int(t) in YEARS
                                      for t in toks[k + 1:k + 1 + DATE_REACH]):
            return None
        return int(tok)

    @staticmethod
    def _pinned(asked: Facts, own: Facts) -> bool:
        """Whether the question names places or numbers, all of them the entry's own."""
        places = asked.places - {HOME}
        return bool(places or asked.numbers) and places <= own.places and all(
            n in own.numbers for n in asked.numbers)

    def _rank(self, combined: dict[int, float], toks: tuple[str, ...], hits: list[Hit],
              concepts: list[str], best_lang: str | None, asked: list[tuple[str, str]] | None,
              asked_facts: Facts, own: bool,
              around: tuple[tuple[str, ...], list[Hit]] | None = None) -> Scored:
        """``_score_part`` once the entries are scored: their order, and why the best may
        not fit (a conflict, a detail left out, only places in common); ``around``: the
        words and hits of the sentences asked of with the sentence's own, read for the
        facts (``Part.context``)."""
        ranked = sorted(((self.entry_ids[i], sc) for i, sc in combined.items()),
                        key=lambda kv: (-kv[1], kv[0]))
        miss = None
        pinned = False
        quantity = None
        if ranked:
            if own and asked_facts.places - {HOME}:
                asked_facts = replace(asked_facts,
                                      peoples=asked_facts.peoples | asked_facts.places - {HOME})
            quantity = self.reader.asks_quantity(toks)
            ranked, miss = self._facts_first(ranked, *(around or (toks, hits)), asked_facts,
                                             quantity, own=toks if around else None)
            if miss is None:
                miss, pinned = self._left_out_miss(toks, self._index_of[ranked[0][0]],
                                                   asked_facts, quantity)
        detail, miss, off_topic = self._practical(ranked, miss, toks, concepts, asked,
                                                  asked_facts)
        off_topic = off_topic or self._stranger_counted(ranked, miss, toks, hits, asked_facts,
                                                        quantity)
        undefined = bool(ranked) and self._definitions.undefined(
            toks, self._index_of[ranked[0][0]], self._similar_words)
        return Scored(tuple(ranked), miss, best_lang, self._vague(concepts), detail, off_topic,
                      pinned, undefined=undefined)

    def _left_out_miss(self, toks: tuple[str, ...], idx: int, asked_facts: Facts,
                       quantity: str | None) -> tuple[Conflict | None, bool]:
        """A detail the question asks that entry ``idx`` leaves out (its own
        ``not_covered`` phrases first), and whether the question is pinned to the entry
        (``Scored.pinned``)."""
        unasked = self.reader.doers_unasked(toks)
        hits = [h for h in self._not_covered[idx].find(toks, NOT_COVERED_GAP)
                if unasked.isdisjoint(range(h.start, h.end))]
        if hits:
            gone = {k for h in hits for k in range(h.start, h.end)}
            rest = [t for k, t in enumerate(toks) if k not in gone]
            pinned = (self._pinned(asked_facts, self._facts[idx])
                      and self._covers(idx, self._content_words(
                          self.thesaurus.concept_tokens(rest))))
            return Conflict((), (), hits[0].label), pinned  # the phrase as written
        if hits := self._left_out(toks, idx, quantity, asked_facts):
            # "How much did the IMF give": about the body the entry speaks of.
            pinned = bool(asked_facts.bodies) and asked_facts.bodies <= self._facts[idx].bodies
            return Conflict((), (), hits[0].phrase), pinned
        # "the five strengths" of a SWOT table of four: said as a number the entry does not
        # give ("not for 5; for 4"), as another year is
        return self._count_asked(toks, idx), False

    def _practical(self, ranked: list[tuple[str, float]], miss: Conflict | None,
                   toks: tuple[str, ...], concepts: list[str],
                   asked: list[tuple[str, str]] | None,
                   asked_facts: Facts) -> tuple[str | None, Conflict | None, bool]:
        """A practical detail asked that the best entry does not give (``Scored.detail``),
        the miss (a detail the entry says is left out becomes one), and whether the best
        entry shares only places with the question, none of its organisations, or the
        question asks who holds an office (``Scored.off_topic``)."""
        if not ranked:
            return None, miss, False
        best = self._index_of[ranked[0][0]]
        given = self._details[best]
        label, detail = next(((label, phrase) for label, phrase in asked or ()
                              if label not in given), (None, None))
        if detail is not None and label in self._denied[best]:
            # The entry says the documents leave it out ("what it costs is not said"):
            # a near miss of that entry, as its own not_covered details are.
            miss, detail = miss or Conflict((), (), detail), None
        off_topic = False
        if asked_facts.places or asked_facts.peoples:
            off_topic = self._only_places(concepts, best)
        # An organisation no document speaks of ("what does UNICEF do for migrants"):
        # no entry is about it, and none is a near miss of it either; nor is who holds an
        # office ("who is the foreign minister"): no document names one. (An entry that
        # lists its head as not covered, "Agentlik rahbari kim", keeps its near miss.)
        off_topic = (off_topic or bool(asked_facts.bodies and not asked_facts.bodies
                                       & self._bodies)
                     or miss is None and self._detail_words.asks_office(toks)
                     or self._foreign_laws(toks, asked_facts, best))
        return detail, miss, off_topic

    def _foreign_laws(self, toks: tuple[str, ...], asked_facts: Facts, idx: int) -> bool:
        """Whether a question asks the laws in force in another state: a word for laws
        (``state_laws:``) and a country named as where they are («какие законы о мигрантах
        приняли в Казахстане», 'Англияда мигрантлар учун қандай қонунлар бор'; not where
        one goes, 'Rossiyaga'), that is not Uzbekistan, nor one of its regions, nor named
        by entry ``idx``, and no Uzbekistan or Uzbeks named. No document gives one, so no
        entry answers it or is its near miss. A country's own law named as its owner
        ("under Russian law", 'Tojikistonning qonuni') stays the near miss of the entry
        about Uzbekistan's (``Thesaurus.owners``), as does the entry's own fact asked of
        another country, a number of it named ("why was 2017 a turning point for migration
        law in Tajikistan"); where the writer is was taken out of ``asked_facts`` before."""
        if not any(t in self.reader.state_laws for t in toks):
            return False
        own = self._facts[idx]
        if (HOME in asked_facts.places or HOME in asked_facts.peoples
                or asked_facts.numbers & own.numbers):
            return False
        where = asked_facts.places - own.places
        return any(hit.label in where and not self.thesaurus.in_home(hit.label)
                   and self.thesaurus.located(toks, hit, going=False)
                   for hit in self.thesaurus.hits(toks))

    def _stranger_counted(self, ranked: list[tuple[str, float]], miss: Conflict | None,
                          toks: tuple[str, ...], hits: list[Hit], asked_facts: Facts,
                          quantity: str | None) -> bool:
        """Whether a "how many" asks a count, of an entry that gives no figure, of a
        country or people it does not name ("how many Tajik migrants work in Russia",
        «сколько мигрантов из Кыргызстана в России», 'Tojikistondan nechta migrant'): both
        who is counted and the count are missing, so the entry is no near miss of it (the
        documents count no one's migrants by country); a count it gives ("how much did
        Kyrgyz workers send home": the 2024 sum) keeps its near miss, as does "where do
        Tajik migrants go", which asks no count; nor does a sum ("how much", money), nor
        an entry that gives figures (the share of GDP of Tajikistan's remittances)."""
        if not ranked or miss is None or miss.detail is not None or quantity is None:
            return False
        idx = self._index_of[ranked[0][0]]
        own = self._facts[idx]
        # a people, or a country no entry names asked of ("from Kyrgyzstan"); not a place
        # someone is in: "how many Uzbek migrants work in Japan" counts Uzbeks
        strangers = (asked_facts.peoples - own.places - own.peoples - {HOME}
                     or self._undocumented(toks, hits, asked_facts, True))
        return (bool(strangers) and self.reader.counted_asked(toks) != MONEY
                and not self._counts[idx]
                and any(h.label == ASKS for h in self.reader.counted.find(toks)))

    def _only_places(self, concepts: list[str], idx: int) -> bool:
        """Whether entry ``idx`` covers none of the question's words but its places (and
        peoples): "Qozogʻiston prezidenti kim" is not about where migrants go."""
        rest = self._content_words(concepts)
        return bool(rest) and not self._covers(idx, rest)

    def _content_words(self, concepts: list[str]) -> list[str]:
        """Words and concepts that are not stop words, places, aspects or numbers: "how much"
        is no subject an entry shares ('Janubiy Koreyada oylik maosh qancha' shares only
        Korea with the destinations, whose not_covered text says 'qancha'; blind31)."""
        return [t for t in concepts if t not in self.stopwords and t not in self._places
                and t not in self._asking_marks
                and not t.isdigit() and len(t) > 1]

    def _covers(self, idx: int, toks: list[str]) -> bool:
        """Whether entry ``idx`` uses one of ``toks`` (or a word similar to one)."""
        for similar in self._similar_words(toks):
            for word in similar:
                entries, _credits = self._vocab.postings(word)
                k = int(np.searchsorted(entries, idx))
                if k < len(entries) and entries[k] == idx:
                    return True
        return False
