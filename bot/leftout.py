"""What each entry's text gives and leaves out, read once when the index is built (pure):
the practical details and ``details:`` kinds it gives or says the documents do not give, its
figures and numbers, and whether it is asked for its figure; ``bot.nearmiss`` checks a
question against them."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Mapping, Set
from dataclasses import replace

import numpy as np

from bot import ragged
from bot.answerpool import Ahead
from bot.bothcores import Relay
from bot.definitions import Definitions
from bot.definitionwords import named_pairs, named_sets
from bot.facts import HOME, Facts
from bot.forked import Later
from bot.index import Index
from bot.indexbuild import Questions
from bot.knowledge import Entry
from bot.knowledge.records import Texts
from bot.numbers import PART_NUMBERS, YEARS, Numbers, read_numbers
from bot.phrasebook import PhraseBook
from bot.phrasings import fold_split
from bot.reading import Reader
from bot.thesaurus import CONCEPT_MARK

DATED = "when"
"""The ``details:`` kind (a date asked) that every answer holding a year gives."""
SINCE = "since"
"""The ``details:`` kind (since when) that every answer holding a year gives, as ``DATED``."""
DAY = "day"
"""The ``details:`` kind (a month or a day asked) that every answer holding a whole date
gives ("20 August 2019")."""
ARTICLE = "article"
"""The ``details:`` kind (which article says it) that every answer holding an article's or a
goal's own number gives ("Article 23", "goal 86"; not an act's: "UP-5785")."""
ACT = "act"
"""The ``details:`` kind (which decree or resolution did it) that every answer naming a
numbered act gives ("UP-5785 of 20 August 2019"; nearfix27b)."""
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
"""Where a sentence of an answer ends (``LeftOut._dated``; a ";" does not end it there)."""
_YEARLIKE = re.compile(r"\d{4}")
"""Four digits: a sentence without them holds no year (folding makes no digits), so it is
not folded to look for one."""
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
AnswersRead = dict[tuple[str, ...], tuple[frozenset[str], ...]]
"""Per distinct tuple of an entry's answers: the labels it gives (``_labels_in``)."""
QuestionsRead = tuple[tuple[list[str], np.ndarray], list[tuple[int, list[int]]], np.ndarray]
"""What entries leave out, read of their questions: what they name (``named_pairs``), the
numbers their titles name (``_titles_numbers``), the entries that ask a quantity."""


class LeftOut(Index):
    """The index plus what each entry leaves out; ``reader`` is set by the subclass."""

    reader: Reader
    _questions_read: Later

    def _know_what_entries_leave_out(self) -> None:
        """Read every entry's text once for what it gives (after ``reader`` is set)."""
        # Entries that give the same answers (copies) are read once: by their texts (by
        # the build's child, while the build read the phrasings: ``_read_answers_ahead``).
        answers = [tuple(self.kb.entries[eid].answer.values()) for eid in self.entry_ids]
        ahead, self._answers_read = self._answers_read, None
        labels = (ahead[0] if isinstance(ahead, tuple)
                  else self._read_answers_ahead(self.kb.entries.values(), self.reader))
        given = list(map(labels.__getitem__, answers))
        self._details = [practical | in_aliases for (practical, _, _), in_aliases in zip(
            given, self.alias_labels(self.reader.practical), strict=True)]
        """Per entry: the kinds of practical detail (``practical:`` labels) its text gives."""
        self._denied = [denied - gives for (_, _, denied), gives in zip(
            given, self._details, strict=True)]
        """Per entry: the kinds of practical detail its text says the documents do not
        give ("what it costs is not said"): asked, they make a near miss of it, not an
        abstention."""
        self._gives = [details | in_aliases for (_, details, _), in_aliases in zip(
            given, self.alias_labels(self.reader.details), strict=True)]
        """Per entry: the kinds of ``details:`` (how to apply ...) its text gives."""
        self._bodies = frozenset(b for f in self._facts for b in f.bodies)
        """The organisations some entry speaks of."""
        # Both read of an entry's answers alone: those of copies, once (at 10,000 entries,
        # read per entry, they took 7 s of the build's CPU).
        read_once: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str]]] = {}
        for texts, eid in zip(answers, self.entry_ids, strict=True):
            if texts not in read_once:
                entry = self.kb.entries[eid]
                read_once[texts] = (frozenset().union(*(
                    self.reader.counted_in(self._fold(text).split())
                    for text in entry.answer.values())), self._dated_facts(entry))
        counted_dated = list(map(read_once.__getitem__, answers))
        self._counted = [counted for counted, _ in counted_dated]
        """Per entry: what its figures count ("400,000 citizens": people; ``counted:``)."""
        self._dated = [dated for _, dated in counted_dated]
        """Per entry: the countries and organisations a sentence of its text dates (names
        beside a year): "In 2024 a new agreement was signed with Germany" dates Germany,
        not Turkey, which another sentence of the same answer names."""
        # (read here: a frozenset the child sent would iterate in another order, which
        # nothing reads but the arrays are the same as the build's alone, to the order)
        read: dict[str, Numbers] = {}
        numbers: dict[tuple[str, ...], Numbers] = {}
        for texts, eid in zip(answers, self.entry_ids, strict=True):
            if texts not in numbers:
                numbers[texts] = self._numbers_of(self.kb.entries[eid], read)
        self._numbers = list(map(numbers.__getitem__, answers))
        """Per entry: the numbers of its answers, by kind (``read_numbers``)."""
        self._counts = [bool(n.figures or n.bare - n.labels - n.years - n.ages
                             - {day for day, _, _ in n.dates}) for n in self._numbers]
        """Per entry: whether its text gives a figure: a number that is no year, no act's or
        article's own number and no day of a date ("Article 23", "20 August 2019" count
        nothing: "how many compatriot societies are there" is not answered by them)."""
        # An answer that holds a year gives a date ("when was it signed", ``details:``),
        # one that holds a whole date its month and day too ("in which month"), and one that
        # names an article's or a goal's number which article ("в какой статье это
        # записано", 'qaysi moddada yozilgan'; near26).
        self._gives = [gives | _numbers_give(found)
                       for gives, found in zip(self._gives, self._numbers, strict=True)]
        (names, named), titled, asking = self._questions_read.result()
        del self._questions_read
        gives = np.zeros(len(self.entry_ids), dtype=bool)
        gives[asking[np.asarray(self._counts, dtype=bool)[asking]]] = True
        self._gives_amounts = gives.tolist()
        """Per entry: whether it gives a figure and is asked for it ("How much money did
        migrants send home in 2024?"): the answer to a "how much" of its subject."""
        self._definitions = Definitions.of_named(
            named_sets(names, named, len(self.entry_ids)), self.reader, self.thesaurus,
            self.stopwords)
        """What each entry is about, for a question that asks what a thing is."""
        concepts = self.thesaurus.concepts
        self._about = {idx: bodies | {w for b in bodies for w in concepts[b].within}
                       for idx, bodies in self._subjects.items()}
        """Per entry about organisations (its aliases name them): those and the ones they
        are part of (``within:`` in the thesaurus)."""
        self._places = frozenset(CONCEPT_MARK + cid for cid, c in self.thesaurus.concepts.items()
                                 if c.kind == "country")
        self._asking_marks = frozenset(CONCEPT_MARK + cid
                                       for cid, c in self.thesaurus.concepts.items()
                                       if c.kind == "aspect")
        """How a thing is asked ("how much", «куда»): a side of the question, none of its
        subject (``kind: aspect`` in the thesaurus)."""
        self._named_places = frozenset().union(*(f.places for f in self._facts)) - {HOME}
        """The foreign countries some entry names: one none names (Tajikistan, the
        Philippines) is a country the documents never speak of (``PlacesAsked``)."""
        self._owner = self._sole_owners(titled)
        """The one entry that owns a fact of a conflict (``Conflict.asked``), by fact."""
        self._numbers = [self._own_years(idx, found) for idx, found in enumerate(self._numbers)]
        self._passing_acts = {idx: others for idx, found in enumerate(self._numbers)
                              if (others := self._passing(idx, found))}
        """Per entry about an act of its own: the numbers of the acts it names only in
        passing, each another entry's own (``_passing``)."""

    def _questions_split(self, relay: Relay) -> None:
        """Starts reading the build's split of the questions for what entries leave out
        (what they name, the numbers their titles name, whether they ask a quantity): for a
        large base in the forked child that split half the texts, while the build goes on
        (``bot.bothcores``); else here, when asked."""
        assert self._questions is not None
        questions, self._questions = self._questions, None  # the build's split, dropped here
        self._questions_read = relay.then(questions)

    def _phrase_book(self) -> PhraseBook:
        """The phrase lists to read with: the reader's, or in the build's child (which has
        no reader yet) a reader made once without the vocabulary: the lists it reads with
        do not depend on it (the build takes that reader and gives it the vocabulary:
        ``_reader_ahead``)."""
        book = getattr(self, "reader", None) or getattr(self, "_book", None)
        if book is None:
            book = self._book = Reader(self.kb.phrases, self.stopwords, frozenset(),
                                       self.thesaurus)
        return book

    def _read_ahead(self, entries: list[Entry]) -> tuple[Ahead, object]:
        """What the child reads ahead (``BuiltIndex._read_ahead``), and the reader it made
        for it (none when the build was given one), for the build to read with: made here
        it costs the build ~0.2 s, unpickled ~0.03 s. Sent without the thesaurus (the
        build has it)."""
        ahead, labels = super()._read_ahead(entries)
        book = self._phrase_book()
        if book is getattr(self, "reader", None):
            return ahead, (labels, None)
        sent = copy.copy(book)
        sent._thesaurus = None
        return ahead, (labels, sent)

    def _reader_ahead(self, vocabulary: Set[str]) -> Reader | None:
        """The reader the build's child made (``_read_ahead``), given ``vocabulary`` and
        the thesaurus, or None (no child, or it failed: the caller makes one)."""
        got = self._answers_read
        if not isinstance(got, tuple) or not isinstance(got[1], Reader):
            return None
        reader = got[1]
        reader._thesaurus = self.thesaurus
        reader.know(vocabulary)
        return reader

    def _read_answers_ahead(self, entries: Iterable[Entry],
                            phrases: PhraseBook | None = None) -> AnswersRead:
        """Per distinct tuple of answers (copies give the same): its labels (``_labels_in``),
        each text read once; ahead, in the build's child (``BuiltIndex._read_ahead``), or
        here (``phrases``: the reader)."""
        if phrases is None:  # (in the child: its new word folds are not the build's)
            phrases, fold = self._phrase_book(), self._fold_aside()
        else:
            fold = self._fold
        known: dict[str, tuple[set[str], set[str], set[str]]] = {}
        labels: AnswersRead = {}
        for entry in entries:
            texts = tuple(entry.answer.values())
            if texts not in labels:
                labels[texts] = self._labels_in(entry, known, phrases, fold)
        return labels

    def _read_questions(self, questions: Questions) -> QuestionsRead:
        """What entries leave out, read of the questions (``_questions_split``)."""
        phrases = self._phrase_book()
        return (named_pairs(questions, phrases, self.thesaurus, self.stopwords,
                            self._fold_plain),
                self._titles_numbers(questions, phrases),
                self._asking_amounts(questions, phrases))

    def _own_years(self, idx: int, found: Numbers) -> Numbers:
        """The numbers of an entry about a numbered act less the years that only date
        another entry's act: the answer on decree UP-5785 (2019) names "PP-4829 of 15
        September 2020" in passing, and "the 2020 decree" asks PP-4829, not UP-5785. An
        entry about no act of its own keeps every year ("the 2017 reforms" and UP-4947)."""
        owned = [(self._owner.get(str(n)) == idx, year) for n, year in found.acts]
        mine = {year for own, year in owned if own}
        gone = ({year for own, year in owned if not own} - mine) if mine else set()
        return replace(found, years=found.years - gone) if gone & found.years else found

    def _passing(self, idx: int, found: Numbers) -> frozenset[int]:
        """The numbers of the acts an entry about a numbered act of its own names only in
        passing, another entry's own: the answer on decree UP-5785 names "PP-4829" beside
        it, and "указ 4829 про что", "decree 4829", 'farmon 4829' ask PP-4829, however the
        act's kind is called (blind29). None for an entry about no act of its own (the
        legal acts that regulate migration keep every act's number)."""
        owners = {n: self._owner.get(str(n)) for n, _year in found.acts}
        if idx not in owners.values():
            return frozenset()
        return frozenset(n for n, owner in owners.items() if owner is not None and owner != idx)

    def _sole_owners(self, titled: list[tuple[int, list[int]]]) -> dict[str, int]:
        """Per organisation (marked), act, article or goal number: the one entry about it,
        whose aliases name the organisation or whose first questions name the number ("What
        is Presidential Decree UP-4947 about?", "What does Article 23 ... say?"); a fact
        several entries own has none (``titled``: ``_titles_numbers``)."""
        owners: dict[str, set[int]] = {}
        for idx, bodies in self._subjects.items():
            for body in bodies:
                owners.setdefault(CONCEPT_MARK + body, set()).add(idx)
        for idx, numbers in titled:
            for n in numbers:
                owners.setdefault(str(n), set()).add(idx)
        return {item: min(found) for item, found in owners.items() if len(found) == 1}

    def _titles_numbers(self, questions: Questions, phrases: PhraseBook
                        ) -> list[tuple[int, list[int]]]:
        """The act, article and goal numbers each title names, with its entry (only the
        titles that may name one are read: ``questions`` as split by the index build)."""
        titled = []
        for idx, title in self._may_name_acts(questions):
            read = read_numbers(self._fold(title).split(), phrases.number_words)
            # an act's number, or an article's or goal's ("What does Article 23 of the
            # Constitution say"): «23-modda va UP-5785» asks of two entries
            titled.append((idx, list({n for n, _year in read.acts} | read.labels)))
        return titled

    def _may_name_acts(self, questions: Questions) -> list[tuple[int, str]]:
        """The titles (each entry's first question in a language) holding a word whose folded
        words include one that may be an act's number (four to six digits) or an article's
        or goal's (up to three), never a year, with their entries: folding works inside a
        word, so no other title names one. Each distinct word of the titles is folded once."""
        (names, per_text, flat), _asked, _of_question, (rows, texts, of_title) = questions
        words = ragged.gather(per_text, flat, rows)
        used = np.flatnonzero(np.bincount(words, minlength=len(names)))
        may = np.zeros(len(names), dtype=bool)
        may[used] = np.fromiter((any(t.isdigit() and len(t) <= 6 and int(t) not in YEARS
                                     for t in self._fold(names[w]).split())
                                 for w in used.tolist()), bool, len(used))
        owner = ragged.owners(ragged.offsets(np.diff(per_text)[rows]))
        named = np.flatnonzero(np.bincount(owner[may[words]], minlength=len(rows)))
        return [(idx, texts[k]) for idx, k in zip(of_title[named].tolist(), named.tolist(),
                                                    strict=True)]

    def _asking_amounts(self, questions: Questions, phrases: PhraseBook) -> np.ndarray:
        """The entries one of whose questions asks a quantity (``quantity``'s "asks"), all
        questions read at once (as split by the index build)."""
        written, asked, of_question, _titles = questions
        # ``fold`` as the build remembers it (every word of the questions folded already):
        # not through ``fold``'s own memory of people's words, which it would flood.
        names, toks, offsets = fold_split(written, self._fold_plain, asked)
        quantity = phrases.quantity
        starts, rows = quantity.find_many(names, toks, offsets)
        asks = np.fromiter((quantity.label(r) == "asks" for r in rows.tolist()), bool, len(rows))
        return np.unique(of_question[np.searchsorted(offsets, starts[asks], side="right") - 1])

    def _undated(self, idx: int, asked: Facts) -> bool:
        """Whether a date asked of foreign countries or organisations (``asked``: "which year
        was the Turkey agreement signed") is none that entry ``idx`` gives: no sentence of
        its text names one of them beside a year (``_dated``: its 2024 is Germany's)."""
        named = (asked.places - {HOME}) | asked.bodies
        return bool(named) and not named & self._dated[idx]

    def _counts_asked(self, idx: int, toks: tuple[str, ...]) -> bool:
        """Whether entry ``idx`` gives the count a "how many" asks: a figure, and when the
        question counts people ("how many *women*", «сколько *узбеков*»: ``counted:`` in
        ``knowledge/phrases.yaml``), a figure of its text that counts them ("400,000
        *citizens*"), not an article's number or a sum of money."""
        if not self._counts[idx]:
            return False
        counted = self.reader.counted_asked(toks)
        return counted is None or counted in self._counted[idx]

    def _dated_facts(self, entry: Entry) -> frozenset[str]:
        """The places (but home) and bodies of the sentences of ``entry``'s answers that
        hold a year (``_dated``)."""
        found: set[str] = set()
        for text in entry.answer.values():
            for sentence in SENTENCE_END.split(text):
                if not _YEARLIKE.search(sentence):
                    continue
                toks = self._fold(sentence).split()
                if any(t.isdigit() and int(t) in YEARS for t in toks):
                    facts = self.thesaurus.facts(toks)
                    found |= facts.places | facts.bodies
        return frozenset(found - {HOME})

    def _numbers_of(self, entry: Entry, read: dict[str, Numbers]) -> Numbers:
        """The numbers of an entry's answers by kind (``read``: those of each text read
        so far); "%" reads as "percent"."""
        found = []
        for text in entry.answer.values():
            if text not in read:
                read[text] = read_numbers(self._fold(text.replace("%", " percent ")).split(),
                                          self.reader.number_words)
            found.append(read[text])

        def union(kind: str) -> frozenset:
            return frozenset().union(*(getattr(f, kind) for f in found))

        return Numbers(*map(union, ("years", "labels", "figures", "bare", "acts")),
                       dates=union("dates"))

    @staticmethod
    def _labels_in(entry: Entry, known: dict[str, tuple[set[str], set[str], set[str]]],
                   phrases: PhraseBook, fold: Callable[[str], str]
                   ) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The ``practical`` and ``details`` labels in an entry's answers, and the
        ``practical`` ones in sentences that say the documents leave them out (``known``:
        those of each text read so far, as an answer given by several entries is read once;
        aliases: ``alias_labels``)."""
        found: tuple[set[str], set[str], set[str]] = (set(), set(), set())
        for text in entry.answer.values():
            if text not in known:
                # "The article does not say where the training takes place, nor what it
                # costs": a sentence that says what the documents leave out gives none of
                # its details, practical ones included.
                said: list[str] = []
                denied: list[str] = []
                for sentence in _SENTENCE.split(text):
                    words = fold(sentence).split()
                    (denied if phrases.negation & set(words) else said).extend(words)
                known[text] = (phrases.practical_in(said), phrases.details.labels(said),
                               phrases.practical_in(denied))
            for mine, read in zip(found, known[text], strict=True):
                mine |= read
        return frozenset(found[0]), frozenset(found[1]), frozenset(found[2])


def _written(questions: Mapping[str, Texts]) -> list[Texts]:
    """An entry's questions of each language, without those of a generated language not
    made yet (uz-Cyrl folds as its Uzbek source: making them would only cost time)."""
    made_by = getattr(questions, "made_by", None)
    return [questions[lang] for lang in questions if made_by is None or made_by(lang) is None]


def _numbers_give(found: Numbers) -> set[str]:
    """The ``details:`` kinds an answer gives by its numbers (``found``): a date by a year
    (``DATED``; since when, ``SINCE``, only beside a numbered act: the year of a report is
    no start), its month and day by a whole date (``DAY``), which article by an article's
    or a goal's own number (``ARTICLE``), which act by an act's number (``ACT``)."""
    since = {SINCE} if found.years and found.acts else set()
    return since | ({DATED} if found.years else set()) | ({DAY} if found.dates else set()) | (
        {ARTICLE} if any(n < PART_NUMBERS for n in found.labels) else set()) | (
        {ACT} if found.acts else set())
