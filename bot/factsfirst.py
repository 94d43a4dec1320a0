"""Which of a sentence's close entries comes first for the facts it names (pure, built
once; out of ``bot.nearmiss``): an entry that gives the organisation, number, country, figure
or list of countries asked goes ahead of a best entry that contradicts them or gives none, and
the conflict of the one that stays first is what ``bot.nearmiss`` notes (``_facts_first``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.countedwords import MONEY
from bot.facts import CONCEPT_MARK, HOME, Conflict, Facts, conflict
from bot.figurekin import kin_with_figure_first
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


class FactsFirst(TimesAsked):
    """The index's entries reordered by the facts a question names; ``reader`` is set by the
    subclass."""

    reader: Reader

    def _conflict(self, asked: Facts, idx: int, of: frozenset[str],
                  numbers: Numbers, strict: bool = True) -> Conflict | None:
        """``conflict`` with entry ``idx``, the question's ``numbers`` compared kind by kind
        (``number_conflict``); a figure asked of foreign countries ``of``
        ("Qirgʻizistonga 2024-yilda qancha pul kelgan?") contradicts an entry whose figures
        are Uzbekistan's (it names no foreign country); and organisations named of which
        none is the entry's subject (its aliases name it) contradict it ("чем занимается
        МОТ" and the IOM's entry, which names the ILO in passing)."""
        # A region of Uzbekistan contradicts an entry only when asked of (``of``): one that
        # only says where the writer is ("I'm a nurse in Bukhara") is no fact asked.
        regions = frozenset(p for p in asked.places if self.thesaurus.in_home(p))
        found = conflict(replace(asked, numbers=frozenset(), places=asked.places - regions),
                         self._facts[idx])
        bad, known = number_conflict(numbers, asked.numbers, self._own_numbers(idx, numbers),
                                     strict)
        if bad:
            found = Conflict(tuple(bad) + (found.asked if found else ()),
                             tuple(known) + (found.known if found else ()))
        if found is None and of and (of & regions or not self._facts[idx].places - {HOME}):
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

    def _facts_first(self, ranked: list[tuple[str, float]], toks: tuple[str, ...],
                     hits: list[Hit], asked_facts: Facts, quantity: str | None,
                     own: tuple[str, ...] | None = None
                     ) -> tuple[list[tuple[str, float]], Conflict | None]:
        """The ranking with an entry that gives the facts the question names first (an
        organisation, a number, a country, a figure, a list of countries), and the conflict
        of the best one with the question, if any; ``own``: the sentence's own words when
        ``toks`` are those of the sentences around it too."""
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
        figure_of = self._figure_of(toks, hits, asked_facts, quantity is not None or flow,
                                    own)
        if any(self.thesaurus.in_home(p) for p in figure_of):
            # A region of Uzbekistan asked of: no entry gives its facts, so none fits
            # better than the best scored; that one is the near miss.
            return ranked, self._conflict(asked_facts, idx, figure_of, read_numbers(
                toks, self.reader.number_words))
        # Numbers the question's facts name beyond its own words (a clause checked
        # against the whole message's) are read as labels: decisive, of any kind.
        numbers = read_numbers(toks, self.reader.number_words)
        numbers = replace(numbers, labels=numbers.labels | (
            asked_facts.numbers - numbers.whole - {y - 2000 for y in numbers.years}))
        # A "how much" of the money sent home asks a sum of money: with a year ("how much
        # did workers abroad send home in 2022"), the remittance figure, not a plan whose
        # period starts then; that figure's near miss when the year is another.
        # So does one that names the money ("2021 yili qancha pul keldi", «в 2022 скока
        # денег отправили»: ``counted:``), not only the money sent (near18).
        counted = self.reader.counted_asked(toks)
        money = quantity is not None and (any(h.label in self.thesaurus.flows for h in hits)
                                          or counted == MONEY)
        if money and numbers.years and not self._counts_money(idx):
            ranked, idx = self._first_that(ranked, self._counts_money, asked_facts, figure_of,
                                           idx, numbers, FIT_GAP, fits=False)
        miss = self._conflict(asked_facts, idx, figure_of, numbers)
        if miss is not None:
            ranked, idx, miss = self._fitting_first(ranked, asked_facts, figure_of, numbers,
                                                    quantity, miss, money, counted)
        if miss is not None and not miss.detail:
            miss = self._conflict(asked_facts, idx, figure_of, numbers, strict=False)
        if miss is not None and not miss.detail:
            ranked, miss = self._each_owned(ranked, miss, asked_facts)
        idx = self._index_of[ranked[0][0]]
        if (miss is None and self._of_no_foreign_country[idx]
                and not self._not_covered[idx].find(toks, NOT_COVERED_GAP)
                and not self.reader.speaks_of_writer(
                    tuple(t for t in toks if t not in self.reader.our_people_words))
                and (abroad := self._asked_abroad(toks, hits, asked_facts, own))):
            # The documents give this of no one foreign country ("compatriot societies", "the
            # insurance of migrants"): asked of one foreign country, even where Uzbeks are
            # ("Turkiyadagi oʻzbek vatandoshlar jamiyatlari", «страховка мигрантов в
            # России»), it is the entry's near miss (cwfix30); not where the writer is or
            # goes ("I am going to work in Korea, will the state insure me"); a detail the
            # entry leaves out (``not_covered``, "who heads the society in Moscow") is the
            # near miss said then.
            miss = Conflict(tuple(CONCEPT_MARK + c for c in sorted(abroad)),
                            (CONCEPT_MARK + HOME,))
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

    def _asked_abroad(self, toks: tuple[str, ...], hits: list[Hit], asked: Facts,
                      own: tuple[str, ...] | None = None) -> frozenset[str]:
        """The foreign countries a question names of its facts, but where someone goes
        ("migrants who go to Saudi Arabia", «еду в Корею»: the general answer holds for
        them); unless an organisation is named, whose help goes there ('Jahon banki
        Qirgʻizistonga yordam beradi'); and only those named in the asking sentence
        (``own``), not where the writer is ("Работаю в Москве. Что такое ...")."""
        writers = self._writers_places(toks, hits)
        return frozenset(h.label for h in self._foreign_countries(hits)
                         if h.label in asked.places and h.label not in writers
                         and self._in_own(h, own)
                         and (asked.bodies or not self._whither(toks, h)))

    def _fitting_first(self, ranked: list[tuple[str, float]], asked_facts: Facts,
                       figure_of: frozenset[str], numbers: Numbers, quantity: str | None,
                       miss: Conflict, money: bool = False, counted: str | None = None
                       ) -> tuple[list[tuple[str, float]], int, Conflict | None]:
        """For a best entry that contradicts the question (``miss``): a close entry that
        does not first (no miss then), else the one that contradicts least (``money``: a
        sum of money is asked, which only a figure of money gives; ``counted``: what a "how
        many" counts, ``counted:``, which only a figure of it gives)."""
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
                and (quantity is None or self._counts[self._index_of[eid]] and (
                    counted is None or counted in self._counted[self._index_of[eid]]))
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
        # An entry without a figure contradicts a "how many" once more. One as close that
        # contradicts nothing but lacks the count asked is in the running too, as one
        # contradiction, behind one that names a fact of the kind asked: "Бу фармон нечта
        # банддан иборат?" after a sentence naming UP-5785 is that decree's near miss
        # (its "5785" and "20 August" count nothing), not UP-4947's.
        misses = [(len(c.asked) + (quantity is not None
                                   and not self._counts[self._index_of[eid]]) if c else 1,
                   not c or not c.known, k, c)
                  for k, ((eid, sc), c) in enumerate(zip(window, conflicts, strict=True))
                  if c or quantity is not None and sc >= ranked[0][1] - FIT_GAP]
        fewest = min(misses, key=lambda m: m[:3])
        if fewest[2]:
            ranked.insert(0, ranked.pop(fewest[2]))
            miss = fewest[3]
        return ranked, self._index_of[ranked[0][0]], miss

    def _own_numbers(self, idx: int, numbers: Numbers) -> Numbers:
        """Entry ``idx``'s numbers to compare with a question's ``numbers``: without the acts
        it names only in passing (``_passing_acts``: "decree 4829" contradicts UP-5785,
        whose answer names PP-4829), unless the question names its own act too ("the
        title of UP-5785, and when was PP-4829 adopted": both asked, neither contradicts)."""
        own = self._numbers[idx]
        passing = self._passing_acts.get(idx)
        if not passing or numbers.whole & (own.labels - passing):
            return own
        return replace(own, labels=own.labels - passing, bare=own.bare - passing)

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
