"""Near misses: what a question asks that an entry does not give (pure, built once).

An answer is a near miss of the question, not its answer, when the entry contradicts a
fact the question names (another year, article, country, people or body: ``conflict`` in
``bot.thesaurus``), gives no figure for a "how many", gives the home country's figure for
a foreign country's, or leaves out the detail asked: one of its own ``not_covered``
phrases, or a ``details:`` kind of ``knowledge/phrases.yaml`` ("how to apply") its text
does not give. ``NearMisses._rank`` orders a scored sentence's entries so that one giving
the asked fact comes first, and notes the conflict of the best (``Scored``); ``bot.matcher``
then offers a contradicted entry as a "did you mean" with a note.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from bot.facts import CONCEPT_MARK, HOME, Conflict, Facts, conflict
from bot.figurekin import kin_with_figure_first
from bot.leftout import DATED
from bot.numbers import Numbers, number_conflict, read_numbers
from bot.phrases import Hit
from bot.reading import Reader
from bot.timesasked import TimesAsked

NOT_COVERED_GAP = 2
"""Words that may stand between the words of a ``not_covered`` phrase ("how many *Uzbek*
migrants live")."""
COUNTRIES_GAP = 1
"""Words that may stand inside a phrase that asks for a list of countries ("list of the
*Schengen* countries", "which *EU* states", «какие *европейские* страны»)."""
SHORTLIST_FACTS = 3
"""How many best entries are searched for one that does not contradict the question."""
FIT_GAP = 20.0
"""A fitting entry moves ahead of a contradicted one only within this many points of it."""
AMOUNT_GAP = 12.0
"""An entry asked for the figure moves ahead of a "how much"'s best entry that gives none only
within this many points of it (fitted on tune: "pul oʻtkazmalari qancha", 11 points, moves;
"какая сумма страховки", 18 points, stays a near miss of the insurance entry)."""


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


class NearMisses(TimesAsked):
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
        hits = [h for h in self._timed(self.reader.details.find(toks, NOT_COVERED_GAP)
                                       or self.reader.details.find(
                                           words.as_first_person(toks), NOT_COVERED_GAP)
                                       or words.asked(toks), idx, toks, quantity)
                if h.label not in self._gives[idx]
                or h.label == DATED and self._undated(idx, asked)]
        if not hits and not self._lists_countries(idx):
            # "Which states voted against the Global Compact": a list of countries, asked
            # of an entry that names fewer.
            hits = self.thesaurus.asks_countries.find(toks, COUNTRIES_GAP)[:1]
        if not hits and quantity is not None and not self._counts_asked(idx, toks):
            hits = [h for h in self.reader.quantity.find(toks) if h.label == "asks"][:1]
        return hits

    def _conflict(self, asked: Facts, idx: int, of: frozenset[str],
                  numbers: Numbers, strict: bool = True) -> Conflict | None:
        """``conflict`` with entry ``idx``, the question's ``numbers`` compared kind by kind
        (``number_conflict``); a figure asked of foreign countries ``of``
        ("Qirgʻizistonga 2024-yilda qancha pul kelgan?") contradicts an entry whose figures
        are Uzbekistan's (it names no foreign country); and organisations named of which
        none is the entry's subject (its aliases name it) contradict it ("чем занимается
        МОТ" and the IOM's entry, which names the ILO in passing)."""
        found = conflict(replace(asked, numbers=frozenset()), self._facts[idx])
        bad, known = number_conflict(numbers, asked.numbers, self._numbers[idx], strict)
        if bad:
            found = Conflict(tuple(bad) + (found.asked if found else ()),
                             tuple(known) + (found.known if found else ()))
        if found is None and of and not self._facts[idx].places - {HOME}:
            found = Conflict(tuple(CONCEPT_MARK + p for p in sorted(of)), (CONCEPT_MARK + HOME,))
        subjects = self._about.get(idx, frozenset())
        # A body named beside one it is part of is what is asked ("организация труда при
        # ООН": the ILO, of which the UN's entry is not about).
        bodies = self.thesaurus.innermost(asked.bodies)
        if found is None and subjects and bodies and not bodies & subjects:
            # An entry about an organisation ("What is the IOM?") speaks of others in
            # passing ("like the ILO"): a question about one of those is not about it.
            found = Conflict(tuple(CONCEPT_MARK + b for b in sorted(bodies)),
                             tuple(CONCEPT_MARK + b for b in sorted(subjects)))
        return found

    @staticmethod
    def _pinned(asked: Facts, own: Facts) -> bool:
        """Whether the question names places or numbers, all of them the entry's own."""
        places = asked.places - {HOME}
        return bool(places or asked.numbers) and places <= own.places and all(
            n in own.numbers for n in asked.numbers)

    def _rank(self, combined: dict[int, float], toks: tuple[str, ...], hits: list[Hit],
              concepts: list[str], best_lang: str | None, asked: list[tuple[str, str]] | None,
              asked_facts: Facts, own: bool) -> Scored:
        """``_score_part`` once the entries are scored: their order, and why the best may
        not fit (a conflict, a detail left out, only places in common)."""
        ranked = sorted(((self.entry_ids[i], sc) for i, sc in combined.items()),
                        key=lambda kv: (-kv[1], kv[0]))
        miss = None
        pinned = False
        if ranked:
            if own and asked_facts.places - {HOME}:
                asked_facts = replace(asked_facts,
                                      peoples=asked_facts.peoples | asked_facts.places - {HOME})
            quantity = self.reader.asks_quantity(toks)
            ranked, miss = self._facts_first(ranked, toks, hits, asked_facts, quantity)
            if miss is None:
                miss, pinned = self._left_out_miss(toks, self._index_of[ranked[0][0]],
                                                   asked_facts, quantity)
        detail, miss, off_topic = self._practical(ranked, miss, toks, concepts, asked,
                                                  asked_facts)
        undefined = bool(ranked) and self._definitions.undefined(
            toks, self._index_of[ranked[0][0]], self._similar_words)
        return Scored(tuple(ranked), miss, best_lang, self._vague(concepts), detail, off_topic,
                      pinned, undefined=undefined)

    def _facts_first(self, ranked: list[tuple[str, float]], toks: tuple[str, ...],
                     hits: list[Hit], asked_facts: Facts, quantity: str | None
                     ) -> tuple[list[tuple[str, float]], Conflict | None]:
        """The ranking with an entry that gives the facts the question names first (an
        organisation, a number, a country, a figure, a list of countries), and the conflict
        of the best one with the question, if any."""
        idx = self._index_of[ranked[0][0]]
        if owned := self.thesaurus.owners(toks, hits):
            # Another country's own act, body or currency ("Kazakhstan's constitution",
            # «МИД России»): no entry gives it, each is about Uzbekistan's.
            return ranked, Conflict(tuple(CONCEPT_MARK + c for c in sorted(owned)),
                                    (CONCEPT_MARK + HOME,))
        if asked_facts.bodies and not asked_facts.bodies & self._facts[idx].bodies:
            # An organisation the question names ("сколько денег МВФ выделил"): a close
            # entry that speaks of it comes first (its score stays: a "did you mean").
            k = next((k for k, (eid, _sc) in enumerate(ranked[:SHORTLIST_FACTS])
                      if asked_facts.bodies & self._facts[self._index_of[eid]].bodies), 0)
            if k:
                ranked.insert(0, ranked.pop(k))
                idx = self._index_of[ranked[0][0]]
        # Money sent to or from a country, named in keywords ("remittances to Tajikistan"),
        # asks that country's figure, as "how much" does; a question that asks something
        # else of the money ("what do families spend what sons send from Russia on") does not.
        flow = any(h.label in self.thesaurus.flows for h in hits) and not any(
            t in self.reader.question_words for t in toks)
        figure_of = self._figure_of(toks, hits, asked_facts, quantity is not None or flow)
        # Numbers the question's facts name beyond its own words (a clause checked
        # against the whole message's) are read as labels: decisive, of any kind.
        numbers = read_numbers(toks, self.reader.number_words)
        numbers = replace(numbers, labels=numbers.labels | (
            asked_facts.numbers - numbers.whole - {y - 2000 for y in numbers.years}))
        # A "how much" of the money sent home asks a sum of money: with a year ("how much
        # did workers abroad send home in 2022"), the remittance figure, not a plan whose
        # period starts then; that figure's near miss when the year is another.
        money = quantity is not None and any(h.label in self.thesaurus.flows for h in hits)
        if money and numbers.years and not self._counts_money(idx):
            ranked, idx = self._first_that(ranked, self._counts_money, asked_facts, figure_of,
                                           idx, numbers, FIT_GAP, fits=False)
        miss = self._conflict(asked_facts, idx, figure_of, numbers)
        if miss is not None:
            ranked, idx, miss = self._fitting_first(ranked, asked_facts, figure_of, numbers,
                                                    quantity, miss, money)
        if miss is not None and not miss.detail:
            miss = self._conflict(asked_facts, idx, figure_of, numbers, strict=False)
        if miss is not None and not miss.detail:
            ranked, miss = self._each_owned(ranked, miss, asked_facts)
        if (quantity is None and (miss is None or miss.known == (CONCEPT_MARK + HOME,))
                and not self._facts[idx].places - {HOME} and self._with_country(toks, hits)):
            ranked, idx, miss = self._countries_first(
                ranked, asked_facts, idx, miss,
                lambda k: self._conflict(asked_facts, k, figure_of, numbers))
        if miss is None and quantity is not None and not self._counts[idx]:
            # "Pul oʻtkazmalari qancha?": not "the documents do not give how much" when
            # a close entry gives that figure and is asked for it.
            ranked, idx = self._amounts_first(ranked, asked_facts, figure_of, idx, numbers)
            if not self._counts[idx]:
                ranked = kin_with_figure_first(
                    ranked, self._index_of, self._topics, self._gives_amounts,
                    lambda k: self._conflict(asked_facts, k, figure_of, numbers) is None,
                    self._aspects.named(self.thesaurus.concept_tokens(toks, hits)),
                    self._stances)
                idx = self._index_of[ranked[0][0]]
        if miss is None and not self._dated_figure(idx) and self._asks_this_year(
                self.reader.details.find(toks, NOT_COVERED_GAP)):
            # "Remittances this year": a close entry that gives a dated figure first (its
            # near miss then says the documents give another year).
            ranked, idx = self._first_that(ranked, self._dated_figure, asked_facts, figure_of,
                                           idx, numbers, FIT_GAP)
        if (miss is None and not self._lists_countries(idx)
                and self.thesaurus.asks_countries.find(toks, COUNTRIES_GAP)):
            # "Which nations has Uzbekistan made labour deals with?": a close entry that
            # names the countries first, as for a "how much".
            ranked, idx = self._first_that(ranked, self._lists_countries, asked_facts,
                                           figure_of, idx, numbers)
        return ranked, miss

    def _fitting_first(self, ranked: list[tuple[str, float]], asked_facts: Facts,
                       figure_of: frozenset[str], numbers: Numbers, quantity: str | None,
                       miss: Conflict, money: bool = False
                       ) -> tuple[list[tuple[str, float]], int, Conflict | None]:
        """For a best entry that contradicts the question (``miss``): a close entry that
        does not first (no miss then), else the one that contradicts least (``money``: a
        sum of money is asked, which only a figure of money gives)."""
        # The documents may give the asked fact in another close entry: offer that
        # one first rather than say the documents lack it.
        window = ranked[:SHORTLIST_FACTS]
        conflicts = [miss] + [self._conflict(asked_facts, self._index_of[eid], figure_of,
                                             numbers) for eid, _sc in window[1:]]
        # Only a fitting entry about as close as the contradicted one: "статья 24"
        # is a near miss of Article 23, not an answer that merely has a 24 in it.
        # Nor one without a figure when a figure is asked ("Rossiyadagi migrantlar
        # qancha pul joʻnatgan": not the entry that only names Russia).
        fits = [sc >= ranked[0][1] - FIT_GAP and c is None
                and (quantity is None or self._counts[self._index_of[eid]])
                and (not money or self._counts_money(self._index_of[eid]))
                for (eid, sc), c in zip(window, conflicts, strict=True)]
        if any(fits):
            # A contradicted entry does not compete with one that gives the asked
            # fact: it goes behind the others of the window, so the margin is
            # measured against the next entry that fits the question.
            order = sorted(range(len(window)), key=lambda k: not fits[k])  # stable
            ranked[:SHORTLIST_FACTS] = [window[k] for k in order]
            return ranked, self._index_of[ranked[0][0]], None
        # Every close entry contradicts something: offer the one that
        # contradicts least ("Kazakh migrants in 2024": the 2024 figure), then
        # one that gives the same kind of fact ("in 2020": a year).
        # An entry without a figure contradicts a "how many" once more.
        misses = [(len(c.asked) + (quantity is not None
                                   and not self._counts[self._index_of[eid]]),
                   not c.known, k, c)
                  for k, ((eid, _sc), c) in enumerate(zip(window, conflicts,
                                                          strict=True)) if c]
        fewest = min(misses, key=lambda m: m[:3])
        if fewest[2]:
            ranked.insert(0, ranked.pop(fewest[2]))
            miss = fewest[3]
        return ranked, self._index_of[ranked[0][0]], miss

    def _left_out_miss(self, toks: tuple[str, ...], idx: int, asked_facts: Facts,
                       quantity: str | None) -> tuple[Conflict | None, bool]:
        """A detail the question asks that entry ``idx`` leaves out (its own
        ``not_covered`` phrases first), and whether the question is pinned to the entry
        (``Scored.pinned``)."""
        hits = self._not_covered[idx].find(toks, NOT_COVERED_GAP)
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
        return None, False

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
                     or miss is None and self._detail_words.asks_office(toks))
        return detail, miss, off_topic

    def _each_owned(self, ranked: list[tuple[str, float]], miss: Conflict, asked: Facts
                    ) -> tuple[list[tuple[str, float]], Conflict | None]:
        """Two things asked at once («Указ УП-4947 о чём, а ПП-4829 о чём?», «Чем занимаются
        Всемирный банк и МОТ?»): when the best entry is about one of them and each one it
        contradicts is another entry's own (``_owner``), the documents give both: those
        entries tie with the best (a choice of them) and no "the documents do not give X"
        is said. Else the ranking and miss as they were."""
        best = self._index_of[ranked[0][0]]
        if not any(self._owner.get(item) == best for item in (
                *(CONCEPT_MARK + b for b in asked.bodies), *map(str, asked.numbers))):
            return ranked, miss
        owners = [self._owner.get(item) for item in miss.asked]
        if None in owners or best in owners:
            return ranked, miss
        tied = {self.entry_ids[k] for k in owners if k is not None}
        return [ranked[0], *((eid, ranked[0][1]) for eid in sorted(tied)),
                *(r for r in ranked[1:] if r[0] not in tied)], None

    def _countries_first(self, ranked: list[tuple[str, float]], asked: Facts, idx: int,
                         miss: Conflict | None, conflict_of: Callable[[int], Conflict | None]
                         ) -> tuple[list[tuple[str, float]], int, Conflict | None]:
        """A foreign country asked of a best entry that names none («есть ли соглашение с
        Англией по трудовой миграции» and the Agency's entry): a close entry that names it
        first, as a "did you mean" (its score stays), with what else of the question it
        contradicts (``conflict_of``: "agreement with Germany in 2023" is a near miss of the
        2024 deal); else one that names countries but not that one (the bilateral
        agreements) first, as its near miss; else the ranking as it was."""
        places = {CONCEPT_MARK + p for p in asked.places - {HOME}}
        for j, (eid, sc) in enumerate(ranked[1:SHORTLIST_FACTS], 1):
            # A close entry that names them all comes first («немислар билан келишув»:
            # the Germany agreement, not the Global Compact), its score as it was.
            k = self._index_of[eid]
            if (sc >= ranked[0][1] - FIT_GAP and asked.places - {HOME}
                    and asked.places - {HOME} <= self._facts[k].places):
                ranked.insert(0, ranked.pop(j))
                return ranked, k, conflict_of(k)
        for j, (eid, sc) in enumerate(ranked[1:SHORTLIST_FACTS], 1):
            k = self._index_of[eid]
            if sc < ranked[0][1] - FIT_GAP or not self._lists_countries(k):
                continue
            found = conflict(replace(asked, numbers=frozenset()), self._facts[k])
            if found is not None and places & set(found.asked):
                ranked.insert(0, ranked.pop(j))
                return ranked, k, found
        return ranked, idx, miss

    def _first_that(self, ranked: list[tuple[str, float]], gives: Callable[[int], bool],
                    asked: Facts, figure_of: frozenset[str], idx: int,
                    numbers: Numbers, gap: float = AMOUNT_GAP, fits: bool = True
                    ) -> tuple[list[tuple[str, float]], int]:
        """The entry of the shortlist that ``gives`` what is asked, uncontradicted (unless
        not ``fits``: its near miss is then said) and within ``gap`` points of the best,
        first (the best stays next: a "did you mean"); else the ranking as it was."""
        for j, (eid, sc) in enumerate(ranked[1:SHORTLIST_FACTS], 1):
            k = self._index_of[eid]
            if (sc >= ranked[0][1] - gap and gives(k) and (
                    not fits or self._conflict(asked, k, figure_of, numbers) is None)):
                ranked.insert(0, ranked.pop(j))
                return ranked, k
        return ranked, idx

    def _amounts_first(self, ranked: list[tuple[str, float]], asked: Facts,
                       figure_of: frozenset[str], idx: int,
                       numbers: Numbers) -> tuple[list[tuple[str, float]], int]:
        """For a "how much" whose best entry gives no figure: the entry of the shortlist
        that gives the figure it is asked for (``_gives_amounts``) first (``_first_that``)."""
        return self._first_that(ranked, self._gives_amounts.__getitem__, asked, figure_of,
                                idx, numbers)

    def _only_places(self, concepts: list[str], idx: int) -> bool:
        """Whether entry ``idx`` covers none of the question's words but its places (and
        peoples): "Qozogʻiston prezidenti kim" is not about where migrants go."""
        rest = self._content_words(concepts)
        return bool(rest) and not self._covers(idx, rest)

    def _content_words(self, concepts: list[str]) -> list[str]:
        """Words and concepts that are not stop words, places or numbers."""
        return [t for t in concepts if t not in self.stopwords and t not in self._places
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
