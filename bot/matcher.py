"""Decide what to do with a message: answer, "did you mean", abstain, or greet.

Pure: no telegram import, no I/O after construction. Built once per knowledge base.

A message is first *read* (``bot.reading``: greetings and thanks set aside, sentences,
urgent, about the documents), then each asking sentence is scored by the index
(``bot.index``), then ``settle`` (``bot.settling``) applies the one decision rule
(``bot.decision``) and turns
an answer that contradicts the question (another year, article, country, or a detail the
entry does not cover) into a "did you mean". Thresholds are calibrated on
``tests/data/tune.yaml`` with ``python -m bot eval --calibrate``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from bot import collector
from bot.context import unnamed
from bot.documents import DocumentFinder
from bot.excluding import Excluding
from bot.facts import CONCEPT_MARK, HOME, Conflict, Facts
from bot.index import WARM_WORDS
from bot.keyboardlang import uzbek_on_russian_keyboard
from bot.keyboardspelling import spelling_of
from bot.knowledge import KnowledgeBase
from bot.langguess import guess_language, script_of
from bot.langs import REGISTRY
from bot.matchersettings import MatcherSettings
from bot.nearmiss import Scored
from bot.numbers import read_numbers
from bot.phrases import Hit, PhraseIndex
from bot.phrasetable import PhraseTable
from bot.readas import ReadAs
from bot.reading import Part, Reader, Reading, for_language_guess
from bot.referback import Pointers, read_referred
from bot.sentenceasks import SentenceAsks
from bot.settling import Settling
from bot.text import break_lines, clean, drop_arithmetic, spell
from bot.thesaurus import WRITER_BEFORE, Thesaurus
from bot.verdict import Analysis, Candidate, Lazy, Match

__all__ = ["Analysis", "Candidate", "Match", "Matcher", "MatcherSettings", "Scored"]

class Matcher(SentenceAsks, Settling):
    """The index plus the reading and the decision; ``match`` is cheap and thread-safe."""

    @collector.paused_during  # the whole build: it makes millions of objects, no cycles
    def __init__(self, kb: KnowledgeBase, settings: MatcherSettings | None = None,
                 thesaurus: Thesaurus | None = None, reader: Reader | None = None) -> None:
        if reader is not None:  # (the questions' reading, during the build, reads with it)
            self.reader = reader
        super().__init__(kb, settings, thesaurus)
        words = {w for lex in self.lexicon.values() for w in lex}
        # (made ahead by the build's child for a large base: only the vocabulary is given)
        self.reader = (reader if reader is not None else self._reader_ahead(words)
                       or Reader(kb.phrases, self.stopwords, words, self.thesaurus))
        self._documents = DocumentFinder(kb, self.stopwords)
        self._excluding = Excluding.load()
        self._read_as = ReadAs.load()
        r = self.reader
        self._pointers = Pointers(r.refer_back_named, r.refer_back_people, r.refer_back_bodies,
                                  self.stopwords | r.question_words,
                                  r.refer_back_things)  # read_referred
        for lang, aside in self.reader.language_words.items():
            # "rahmat" alone is Uzbek, "спасибо" Russian: greetings tell the language too.
            lex = self.lexicon.get(lang)
            if lex is not None:
                for w in sorted(aside):  # the lexicon in one order whatever the hash seed
                    lex[w] = lex.get(w, 0.0) + 1.0
        self._known_words = frozenset(w for lex in self.lexicon.values() for w in lex)
        self.keyboard = spelling_of(kb, self._fold_plain, self._known_words, self.stopwords)
        self._know_what_entries_leave_out()
        # A message's new tokens looked up once for every list, not once per list.
        PhraseTable(self._phrase_indexes())

    def remember_vocabulary(self, most: int = WARM_WORDS) -> int:
        """The index's similar words (``Index.remember_vocabulary``), and which phrases of
        every phrase list the message reader searches each known word starts (at most
        ``most`` words, the commonest): 63% of those look-ups in ``bench --e2e``'s burst
        were of known words, ~22 lists each. Returns the index's count of words."""
        done = super().remember_vocabulary(most)
        counts: dict[str, float] = {}
        for lex in self.lexicon.values():
            for word, count in lex.items():
                counts[word] = counts.get(word, 0.0) + count
        words = sorted(counts, key=lambda w: (-counts[w], w))[:most]
        for index in self._phrase_indexes():
            index.remember(words)
        return done

    def _phrase_indexes(self) -> list[PhraseIndex]:
        """The phrase lists searched for every message, then the entries' own lists of
        what they leave out (``not_covered``; entries with the same phrases share one):
        the near-miss check searches the best entry's with the message's tokens, which
        the table has then looked up already for the others."""
        owners = (self.reader, self.thesaurus, self._documents)
        return [*(v for owner in owners for v in vars(owner).values()
                  if isinstance(v, PhraseIndex)),
                *{id(v): v for v in self._not_covered}.values()]

    def match(self, text: str) -> Match:
        """Decide what to do with one message.

        Args:
            text: the user's message, in any supported language or script.

        Returns:
            A Match with the decision ("answer", "clarify", "abstain" or "greeting"), the
            candidates (best first, up to ``max_candidates``), the detected language, and
            what else the message says (urgent, a near miss, a second question).
        """
        a = self.analyse(text)
        found = self.settle(a, self.settings.thresholds)
        if written := self._written_by(a):
            return replace(found, about_sources=True, authors=written)
        if a.reading.compares and len(compared := self._compared(a)) > 1:
            return replace(found, decision="clarify", candidates=compared, near_miss=None,
                           also=None)
        if (a.reading.compares or a.reading.both_sides) and (
                sides := self._sides_offered(a, found)):
            return replace(found, decision="clarify", candidates=sides, near_miss=None,
                           also=None)
        if a.reading.subject:
            about = self.match(" ".join(a.reading.subject))
            if about.decision == "answer" and not about.about_sources:
                found = replace(found, subject=about.best)
        return found

    def _names_subject(self, word: str) -> bool:
        """Whether some entries, not many, are about ``word`` ("Schengen", "remittances"),
        which is no side of a subject ("the opportunities", "the obstacles": of what was
        asked before): a follow-up naming it asks about it (review s14 finding 5)."""
        if not self._aspect_tokens.isdisjoint(self.thesaurus.concept_tokens((word,))):
            return False
        return self._definitions.names_some(word, self._similar_words)

    def _typed_uzbek(self, query: str) -> bool:
        """Whether Cyrillic read as Russian is Uzbek typed on a Russian keyboard."""
        return uzbek_on_russian_keyboard(query, self.lexicon, self.keyboard.restore_word)

    def analyse(self, text: str) -> Analysis:
        """Everything about a message that does not depend on the thresholds."""
        cap = self.settings.max_query_chars
        # clean reads every character: cut first; a line break ends a sentence
        query = clean(drop_arithmetic(break_lines(text[: 2 * cap],
                                                  self.reader.question_words)))[:cap]
        spelled = self.thesaurus.spell_out(query)  # "ЕС" is the EU, "ес" is not
        lang = guess_language(for_language_guess(spelled), self.lexicon)
        keyboard_checked = lang == "ru"
        if keyboard_checked and self._typed_uzbek(query):
            lang = "uz-Cyrl"
        if lang == "uz-Cyrl" and "ў" not in spelled.lower():
            # typed on a Russian keyboard: «курсатинг» is read as «кўрсатинг»
            spelled = self.keyboard.restore(spelled)
        # A percent sign claims a figure in percent ("30% ВВП"), as "30 percent" does:
        # the question's only (an entry's "15%" is read so by ``bot.leftout``).
        reading = self.reader.read(spelled.replace("%", " percent ") if "%" in spelled
                                   else spelled)
        if reading.follows and self._names_subject(reading.follows[0]):
            reading = replace(reading, small_talk=None, follows=())  # "ok, and Schengen?"
        reading = read_referred(reading, self.thesaurus, self._pointers)  # "help them?"
        every = tuple(t for p in reading.parts for t in p.toks)
        mine = self._places_told(spelled)
        named_once = self._told_once(spelled, mine)
        # A detail asked in any asking sentence ("My family needs money. Can I get a
        # loan?") is asked of every sentence's answer; one in a sentence that only tells
        # is not asked ("My phone broke. What is the Schengen Agreement?").
        asking = every if len(reading.parts) < 2 else tuple(
            t for p in reading.question_parts for t in p.toks)
        asked = [(h.label, h.phrase) for h in self.reader.practical_asked(
            asking, lambda: spell(query).split())]
        own = bool(self.reader.own_people.find(every)) and not self.reader.home_state.find(every)
        # ... but a detail that only another asking sentence asks is not asked of one that
        # asks by a question of another subject ("Where do I get a patent? Another question:
        # what is the Global Compact?"), unless a sentence points back to another ("... is
        # it in the law?").
        asking_parts = [p.toks for p in reading.question_parts]
        pointing = self.reader.refers_back(asking_parts)
        sentences = tuple(self._requested(self._score_part(
            self._safe(p.toks, reading),
            self._asked_of(asked, asking_parts, k)
            if not pointing and self._apart_from(reading.question_parts, k) else asked,
            own=own, mine=mine, told=named_once, context=self._safe(p.context, reading)), p)
            for k, p in enumerate(reading.question_parts))
        score_whole = (partial(self._score_part, every, asked, own=own, mine=mine,
                               told=named_once)
                       if len(reading.parts) > 1 else None)
        best_lang = next((p.lang for p in sentences if p.lang), None)
        if lang is None and best_lang is None and score_whole is not None:
            whole = score_whole()  # the whole message's language, scored once
            best_lang, score_whole = whole.lang, lambda: whole
        if lang is None and best_lang is not None:
            lang = REGISTRY.in_script(best_lang, script_of(query))
        if lang == "ru" and not keyboard_checked and self._typed_uzbek(query):
            lang = "uz-Cyrl"  # (guessed from the sentences' scores, not checked above)
        if lang == "ru" and reading.danger_uzbek and script_of(query) == "Cyrl":
            lang = "uz-Cyrl"  # "укамни урибди": a danger told in Uzbek words alone
        told = tuple(self._score_part(p.toks) for p in reading.told)
        halves = tuple(Lazy(partial(self._score_half, p.halves, asked, own, mine, named_once,
                                    self._safe(p.context, reading)), len(p.halves))
                       for p in reading.question_parts)
        # A practical detail told in a clause before the question ("I had my medical test
        # last week, what does the law say …") is not asked of the clause that asks.
        of_clauses = [(label, p) for label, p in asked if p not in reading.practical_told]
        score_clauses = (partial(self._score_clauses, reading, every, of_clauses, own, mine,
                                 named_once)
                         if reading.clauses else None)
        return Analysis(query, lang, reading, sentences, told, halves, score_whole,
                        score_clauses)

    def _score_half(self, halves: tuple[Part, ...], asked: list[tuple[str, str]], own: bool,
                    mine: frozenset[str], told: frozenset[str], context: tuple[str, ...],
                    k: int) -> Scored:
        """``Analysis.halves``: a sentence's ``k``-th joined question, scored, with the
        facts of the sentences its sentence asks of (``context``: «Слышал про соглашение с
        Германией. Что это за соглашение и когда его подписали?» asks of Germany's). A
        practical detail that only another of them asks is not asked of it ("how do I
        extend my registration, and does Uzbekistan have agreements with Russia": not the
        agreements' detail)."""
        return self._score_part(halves[k].toks, self._asked_of(asked, [h.toks for h in halves], k),
                                own=own, mine=mine, told=told, context=context)

    def _score_clauses(self, reading: Reading, every: tuple[str, ...],
                       asked: list[tuple[str, str]], own: bool,
                       mine: frozenset[str], told: frozenset[str] = frozenset()
                       ) -> tuple[Scored, ...]:
        """``Analysis.clauses``: the asking clauses of the message's sentences (``every``:
        all its words), each scored."""
        # A clause is checked against the facts of the whole message: "when was it
        # adopted, in 2016?" asks about 2016 though its asking clause does not say so.
        # (Given its hits, a message's facts are not kept in the entries' cache.)
        whole = self.thesaurus.asked_facts(every, self.thesaurus.hits(every))
        if mine:
            whole = replace(whole, places=whole.places - mine)
        if whole.numbers:  # ... but not the writer's age, nor the numbers told beside it
            ages = read_numbers(every, self.reader.number_words).ages | {
                int(n) for n in reading.own_numbers}
            whole = replace(whole, numbers=whole.numbers - ages) if ages else whole
        return tuple(self._bare(p.toks, self._score_part(p.toks, asked, whole, own, mine,
                                                         told=told))
                     for p in reading.clauses)

    def _score_part(self, toks: tuple[str, ...], asked: list[tuple[str, str]] | None = None,
                    facts: Facts | None = None, own: bool = False,
                    mine: frozenset[str] = frozenset(), *, told: frozenset[str] = frozenset(),
                    context: tuple[str, ...] = ()) -> Scored:
        """Rank the entries for one sentence and note the best one's conflict, if any
        (``facts``: what the question names, when more than ``toks`` say it; ``own``: the
        message speaks of a foreign country's own people, "its citizens"; ``mine``: the
        countries where the writer is, which it does not ask of; ``told``: those of them
        named once in the message, whose name is not scored; ``context``: the words of
        the sentences it asks of, ``Part.context``, whose countries, numbers and bodies are
        the question's facts too, while ``toks`` alone choose the entry). A word the
        sentence says it does not ask ("hajmi emas", "apart from the economy") is left out."""
        toks = self._document_named(self._read_as.read(self._excluding.kept(toks, self.stopwords)))
        hits = self.thesaurus.asked_hits(toks)
        if told and (named := [h for h in hits if h.label in told and h.start <= WRITER_BEFORE
                               and not self.reader.question_words.isdisjoint(toks[h.end:])]
                     ) and len(named) < len(toks):
            # Where the writer is, told first and named nowhere else (``told``), is not
            # what they ask ("i work in russia, what are remittances": not the entry on
            # depending on Russia): its name is not scored, when a question word follows it.
            # (Told later, "at one point I worked in Russia", or before a question with no
            # question word, "I live in Korea, is it legal?", the rest is too little to
            # score alone.)
            gone = {k for h in named for k in range(h.start, h.end)}
            toks = tuple(t for k, t in enumerate(toks) if k not in gone)
            hits = self.thesaurus.asked_hits(toks)
        if (asked_of := self._bodies_asked(toks, hits)) is not None:
            toks, hits = asked_of, self.thesaurus.asked_hits(asked_of)
        concepts = self.thesaurus.concept_tokens(toks, hits)
        weighed, whits = self.thesaurus.scored(toks, hits)  # "what is it called" weighs nothing
        combined, best_lang = self._scores(" ".join(weighed), None if whits is not hits
                                           else concepts, whits)
        if framed := self.reader.framed(weighed):
            combined = self._subject_first(combined, weighed, framed)
        topic = self.reader.asked_topic(toks) if self.settings.asked_topic_bonus else None
        if topic is not None:
            combined = {i: sc + self.settings.asked_topic_bonus * (self._topics[i] == topic)
                        for i, sc in combined.items()}
        around = self._around(toks, hits, context) if context and facts is None else None
        ftoks, fhits = around or (toks, hits)
        asked_facts = facts if facts is not None else self.thesaurus.asked_facts(ftoks, fhits)
        if mine and asked_facts.places & mine:
            asked_facts = replace(asked_facts, places=asked_facts.places - mine)
        if asked_facts.peoples:
            asked_facts = self._dealt_with(ftoks, fhits, asked_facts)
        args = (toks, hits, concepts, best_lang, asked, asked_facts, own, around)

        group = self._group_asked(toks)  # "which decrees": a choice of them all
        joined = self._bodies_joined(toks, hits) & asked_facts.bodies  # "the UN and the ILO"

        broad = () if group else self._broad_asked(toks, hits)

        def rank(scores: dict[int, float]) -> Scored:
            found = self._joined_tied(
                self._rank(self._separate(scores, weighed, concepts), *args), joined)
            if broad:
                return replace(found, group=broad, broad=True)
            return replace(found, group=group) if group else found

        # An organisation named is what the question is about, unless the question asks
        # for another one ("which organisation of the UN system deals with labour").
        # A body asked beside one it is part of is that one's ("организация труда при ООН",
        # "BMT huzuridagi mehnat tashkiloti": the ILO, not the UN).
        bodies = self.thesaurus.innermost(asked_facts.bodies) | joined
        if self.settings.subject_bonus and bodies and topic is None and any(
                bodies & self._subjects.get(i, frozenset()) for i in combined):
            # ... and an entry about a body that the one named is part of ("what does the
            # ILO do for migrants": not the UN's entry, whose phrasing differs by one word)
            # loses as much.
            containing = frozenset(o for b in bodies if b in self.thesaurus.concepts
                                   for o in self.thesaurus.concepts[b].within
                                   ) - asked_facts.bodies  # not one named ("the UN and the ILO")
            bonused = {i: sc + self.settings.subject_bonus * (
                1 if bodies & (subjects := self._subjects.get(i, frozenset()))
                else -1 if subjects & containing else 0)
                for i, sc in combined.items()}
            found, plain = rank(bonused), rank(combined)
            return self._said_by(found, plain, bodies) or replace(found, plain=plain)
        return rank(combined)

    def _said_by(self, found: Scored, plain: Scored, bodies: frozenset[str]) -> Scored | None:
        """What an organisation says of another entry's subject ("What does the World Bank
        say about why migration is growing?", 'uygʻunlashtirishdagi qiyinchiliklar boʻyicha
        Jahon banki qanday tavsiya bergan?'): when only the bonus for the ``bodies`` named
        puts an entry about them first (``found``), and the entry first without it
        (``plain``) is about no organisation and names none of them, the documents give
        that subject from others: its near miss, "not for the World Bank" (nearfix28c).
        Only when the bonus lifts that entry to an answer's score, above every other: a
        body told beside a question of another subject ("I'm queuing at the Agency's
        branch, what do diasporas do", put first only as the body named) is no view
        asked. Else None."""
        if (not found.ranked or not plain.ranked or plain.miss is not None
                or found.ranked[0][1] < max(self.settings.answer_threshold,
                                            *(sc for _eid, sc in found.ranked))):
            return None
        # (the plain ranking puts an entry that speaks of the body first, its score kept)
        ranked = tuple(sorted(plain.ranked, key=lambda kv: -kv[1]))
        best, first = self._index_of[found.ranked[0][0]], self._index_of[ranked[0][0]]
        if (best == first or not bodies & self._subjects.get(best, frozenset())
                or self._subjects.get(first) or bodies & self._facts[first].bodies):
            return None
        return replace(plain, ranked=ranked,
                       miss=Conflict(tuple(CONCEPT_MARK + b for b in sorted(bodies))))

    def _around(self, toks: tuple[str, ...], hits: list[Hit], context: tuple[str, ...]
                ) -> tuple[tuple[str, ...], list[Hit]] | None:
        """A sentence's words after those of the sentences it asks of (``Part.context``)
        and their concept hits, when those name a fact (a country, a people, a number, a
        body); else None (the sentence is read alone)."""
        before = unnamed(self._excluding.kept(context, self.stopwords), toks,
                         self.thesaurus.asked_facts(toks, hits), self.thesaurus,
                         self.reader.number_words)  # the question's own facts win
        if self.thesaurus.asked_facts(before, self.thesaurus.asked_hits(before)) == Facts():
            return None
        whole = before + toks
        return whole, self.thesaurus.asked_hits(whole)

    def _subject_first(self, combined: dict[int, float], toks: tuple[str, ...],
                       framed: frozenset[int]) -> dict[int, float]:
        """``combined`` with the entry the sentence asks about first when it names the field
        it asks in ("role of diaspora in international relations": the diaspora's role, not
        migration in international relations): the sentence without the field's words
        answers, by ``MatcherSettings.frame_lead`` points, an entry among its
        ``MatcherSettings.frame_ranks`` best that is not the best. Else ``combined`` itself."""
        rest = tuple(t for k, t in enumerate(toks) if k not in framed)
        if not rest or len(combined) < 2:
            return combined
        hits = self.thesaurus.asked_hits(rest)
        alone, _ = self._scores(" ".join(rest), self.thesaurus.concept_tokens(rest, hits), hits)
        if not alone:
            return combined
        ranked = sorted(alone.values(), reverse=True)
        subject = max(alone, key=lambda i: (alone[i], i))
        ranks = self.settings.frame_ranks
        order = sorted(combined, key=lambda i: (-combined[i], self.entry_ids[i]))[:ranks]
        if (subject not in order[1:] or ranked[0] < self.settings.answer_threshold
                or len(ranked) > 1 and ranked[0] - ranked[1] < self.settings.frame_lead):
            return combined
        best = order[0]
        swapped = dict(combined)
        swapped[subject], swapped[best] = combined[best], combined[subject]
        return swapped

    def _broad_asked(self, toks: tuple[str, ...], hits: list[Hit]) -> tuple[str, ...]:
        """The entries of a broad subject that is all a sentence names besides the home
        country and question words (``AskedGroups.broad_group``); else none."""
        home = {k for h in hits if h.label == HOME or self.thesaurus.in_home(h.label)
                for k in range(h.start, h.end)}
        words = [t for k, t in enumerate(toks) if k not in home and t not in self.stopwords
                 and t not in self.reader.question_words]
        return self.reader.broad_group(words) if words else ()

    def _group_asked(self, toks: tuple[str, ...]) -> tuple[str, ...]:
        """The entries of a group the plural asks for ("which decrees", ``asks_group:``),
        unless a year asked is the year of one of them alone ("which decrees were adopted
        in 2019": UP-5785's question, answered, not a choice of all three)."""
        group = self.reader.asked_group(toks)
        if not group:
            return group
        wanted = read_numbers(toks, self.reader.number_words).years
        if not wanted:
            return group

        def own(eid: str) -> set[int]:
            # the years of its text that are an act's year, not every year it names
            # (UP-4947's "Action Strategy for 2017-2021" is no decree of 2021)
            found = self._numbers[self._index_of[eid]]
            return {y for _, y in found.acts} & found.years

        giving = [eid for eid in group if wanted & own(eid)]
        return () if len(giving) == 1 else group
