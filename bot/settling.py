"""The decision for an analysed message (``Settling.settle``): each sentence that asks, its
joined questions and its clauses through the one rule (``bot.decision``), the first asked
answered and another answered part offered as a button, a contradicted answer made a near
miss, a greeting told from a question (pure and cheap: calibration calls ``settle`` for
every setting it tries). ``bot.matcher`` reads and scores the message first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.decision import Thresholds, decide
from bot.facts import Conflict
from bot.naming import Naming
from bot.nearmiss import NearMisses, Scored
from bot.numbers import read_numbers
from bot.phrases import bare
from bot.reading import Part, Reading
from bot.siblings import ASPECT_RANKS
from bot.text import fold
from bot.verdict import Analysis, Candidate, Match

_RANK = {"answer": 2, "clarify": 1, "abstain": 0}
PUNCTUATION = ".,;:!?…«»“”\"'()"
"""What ``_written`` strips from the ends of the words it quotes."""
GREETING_SLACK = 1
"""Words a greeting may carry that match nothing, and still be a greeting."""
SUBJECT_ENTRIES = 10
"""At most this many entries use a word that names an entry's subject (``_of_subject``):
"Schengen" (1), remittances (10); not "orqali" (15) nor "migrants"."""

ABSTAINING = frozenset({"follow_up", "what_now", "language", "about_bot"})
"""Small talk that gets no entry: an abstention with its own note (``bot.answers``)."""

Judged = tuple[str, tuple[Candidate, ...], Conflict | None]
"""One part through the rule: the verdict, its entries, and the near miss if it is one."""


class Settling(Naming, NearMisses):
    """The index and near misses plus the decision of ``settle`` (``Matcher`` reads and
    scores what it decides on)."""

    def settle(self, a: Analysis, t: Thresholds) -> Match:
        """The decision for an analysed message under thresholds ``t`` (pure and cheap:
        calibration calls it for every setting it tries).

        Each sentence that asks goes through the one rule (``bot.decision.decide``); an
        answer whose entry contradicts the question (another year, article, country, or a
        detail the entry does not cover) becomes a "did you mean" of that entry alone. The
        first part asked wins; another answered part is offered as a button. When several
        sentences are read, the last scored part is the whole message, used only if no
        sentence alone is answered.
        """
        flags = {"urgent": a.reading.urgent, "self_harm": a.reading.self_harm,
                 "about_sources": a.reading.about_sources,
                 "small_talk": a.reading.small_talk, "rights": a.reading.rights,
                 "defined": a.reading.defined,
                 "asks": any(p.asks for p in a.reading.parts) and not a.reading.action_only}
        if (a.reading.small_talk in ABSTAINING or a.reading.rights_only) and not a.reading.urgent:
            return Match(a.query, "abstain", (), a.lang, **flags)
        if a.reading.greeting_only:
            return Match(a.query, "greeting", self._told_entry(a, t), a.lang,
                         thanked=a.reading.thanked, farewell=a.reading.farewell, **flags)
        results = []
        pointing = self.reader.refers_back(p.toks for p in a.reading.question_parts)
        for k, part in enumerate(a.sentences):
            whole = self._judge(part, t)
            if len(a.sentences) > 1 and whole[0] == "abstain" and not pointing:
                # An asking sentence that abstains on a practical detail no entry gives
                # ("Where do I get a patent? Another question: ..."): not given, said in
                # the answer to another (``_not_given``), as of a joined question.
                whole = self._not_given(whole, a.reading.question_parts[k], a.query)
            parts = a.halves[k] if k < len(a.halves) else ()
            halves = self._each_documented(parts, t, a.reading.question_parts[k].halves,
                                           a.query)
            results += _one_entry_missed(halves) if self._documented(
                halves, whole, parts, a.reading.question_parts[k].halves) and not (
                    _split_miss(halves, whole)) else [whole]
        # "Работаю в Москве. Что такое трудовая миграция?": the one sentence that asks, asking
        # only what a thing is, which no entry defines, is not answered by the message read
        # whole or by a clause (their other words would pick an entry that only mentions the
        # thing); not "What is a migrant? What rights does he have?", where another asks.
        undefined = len(a.sentences) == 1 and a.sentences[0].undefined and (
            a.sentences[0].miss is None)
        if not any(r[0] == "answer" for r in results) and a.whole is not None and not undefined:
            # Scored only now: no sentence alone is answered.
            results.append(self._judge(a.whole, t))
        if not any(r[0] == "answer" for r in results) and not undefined:
            # "Ukam Turkiyada ishlaydi, oilasiga davlat qanday yordam beradi?": the clause
            # that asks, when the whole sentence is not answered.
            # A clause that would be answered but for a near miss is offered as one.
            # One that leaves out the example its sentence brings in ('Migratsiya
            # joʻnatuvchi davlatlarga qanday taʼsir qiladi, Filippin misolida?') is not
            # answered with the entry the sentence offers as that example's near miss.
            missed = self._example_missed(a, results)
            results += [_detail_kept(r, results)
                        for r, part in zip((self._judge(c, t) for c in a.clauses),
                                           a.reading.clauses, strict=True)
                        if r[0] == "answer" and not (r[1][0].entry_id in missed
                                                     and self._leaves_example(part.toks))
                        or r[0] == "clarify" and r[2] is not None]
        if not results:
            return Match(a.query, "abstain", (), a.lang, **flags)
        # The first question asked, not the best scored ("who are the migrant diplomats
        # ... and is that the same as the diaspora"): the others are offered as buttons.
        order = sorted(range(len(results)), key=lambda k: (-_RANK[results[k][0]], k))
        decision, cands, miss = results[order[0]]
        if a.reading.set_aside and not a.reading.rights and (
                decision == "abstain" and self._little(a.reading)
                and not self._requests_subject(a.reading)
                or self._says_where(a.reading)):
            # "Salom doʻstim!": a greeting with a word or two we cannot place; "Salom
            # Koreyadan!": a greeting that only says where it comes from; not "thanks! who
            # do I call?" (where to turn: the rights reply), nor a request of a subject
            # the documents do not speak of ("what do the documents say about police").
            return Match(a.query, "greeting", (), a.lang, **flags)
        if decision == "clarify" and miss is None and (a.reading.rights or a.reading.defined):
            # "the foreman insults me because I am Uzbek": where to turn (the rights reply),
            # not three entries that share a word with it
            return Match(a.query, "abstain", (), a.lang, **flags)
        also = next((results[k][1][0] for k in order[1:] if results[k][0] == "answer"
                     and results[k][1][0].entry_id != cands[0].entry_id), None)
        if also is None and decision == "answer" and a.reading.both_sides:
            # "pros and cons of migration": the other side of the answer's pair, as a button
            if subject := self._subject_side(a, cands[0]):
                # "the positive and negative consequences of migration for receiving
                # states": both sides asked of the host countries, whose own pair's entry
                # answers (the home countries' as its button; blind29)
                cands = (subject, *(c for c in cands if c.entry_id != subject.entry_id))
            other = self.reader.other_side.get(cands[0].entry_id)
            also = Candidate(other, 0.0) if other else None
            # ... and the pair's first side answered when the answer is its second and the
            # first scores close ('ijobiy va salbiy oqibatlari', "the positive and negative
            # consequences": the positive, the negative as its button; blind29), as a "did
            # you mean" orders the pair below
            first = next((c for c in cands[1:] if c.entry_id == other), None)
            if (first is not None and other in self.reader.side_first
                    and cands[0].score - first.score <= self.settings.first_side_window):
                cands, also = (first, *(c for c in cands if c.entry_id != other)), cands[0]
        elif decision == "clarify" and miss is None and a.reading.both_sides and (
                other := self.reader.other_side.get(cands[0].entry_id)):
            # the same asked of a "did you mean" (its best's lead too short): both sides
            # are its first two choices, in the pair's order whichever scored higher
            # ('afzalliklari va kamchiliklari': the advantages, then the drawbacks)
            scores = {c.entry_id: c.score for c in cands}
            pair = (cands[0], Candidate(other, scores.get(other, 0.0)))
            if other in self.reader.side_first:
                pair = pair[::-1]
            cands = (*pair, *(c for c in cands[1:] if c.entry_id != other)
                     )[: self.settings.max_candidates]
        if decision == "answer":
            # "How much was sent in 2024? And in 2023?": another part asks the answer's
            # entry of what it does not give; the answer says so.
            # Not when it asks another entry answered ("What is the ILO? And what is the
            # IOM?": the IOM is offered, not "not given for the IOM": tester s12 finding 40).
            # So does a joined question's practical detail that no entry gives ("how do I
            # extend my registration, and ...": ``_each_documented``).
            missed = next(((v, m) for v, c, m in map(results.__getitem__, order[1:])
                           if m is not None and (c[0].entry_id == cands[0].entry_id if c
                                                 else v == "abstain")), None)
            miss = missed[1] if missed else (self._asked_again(a.reading, cands[0])
                                             if also is None else None)
            if missed and missed[0] == "clarify" and missed[1].detail:
                # "What is the Agency, and how many branches does it have?": one question
                # answered, another a near miss of the same entry. Its answer would seem to
                # give what the other asks: the message is that entry's near miss
                # (nearfix28b; "How much in 2024? And in 2023?" keeps its answer and note).
                decision, cands = "clarify", cands[:1]
        return Match(a.query, decision, cands, a.lang, near_miss=miss, also=also,
                     vague=decision == "abstain" and self._only_vague(a, t), **flags)

    def _subject_side(self, a: Analysis, best: Candidate) -> Candidate | None:
        """For both sides of a pair asked and answered with one of them: the entry of another
        pair (``side_pairs``) among a part's ``ASPECT_RANKS`` best that stands for the side of
        an aspect the message names alone, where its pair's other entry stands for the
        other side ("the positive and negative consequences for receiving states": the host
        countries' effects, not the negative effects), with the best's score; else None."""
        other = self.reader.other_side
        if best.entry_id not in other:
            return None
        toks = tuple(t for p in a.reading.parts for t in p.toks)
        named = self._aspects.named(self.thesaurus.concept_tokens(toks, self.thesaurus.hits(toks)))
        if not named:
            return None
        stances = self._stances
        pair = {best.entry_id, other[best.entry_id]}
        for part in a.parts:
            for eid, _sc in part.ranked[:ASPECT_RANKS]:
                if eid in pair or eid not in other:
                    continue
                own = stances.get(self._index_of[eid], {})
                mate = stances.get(self._index_of[other[eid]], {})
                if any(own.get(g) == s and mate.get(g, s) != s for g, s in named.items()):
                    return Candidate(eid, best.score)
        return None

    def _example_missed(self, a: Analysis, results: list[Judged]) -> frozenset[str]:
        """The entries a message's sentences offer as near misses, when it brings in an
        example ("for example", 'masalan', 'misolida': ``example_words``); else none."""
        if self.reader.example_words.isdisjoint(t for p in a.reading.parts for t in p.toks):
            return frozenset()
        return frozenset(c[0].entry_id for v, c, m in results
                         if v == "clarify" and m is not None and c)

    def _leaves_example(self, toks: tuple[str, ...]) -> bool:
        """Whether a clause leaves out the example its sentence brings in."""
        return self.reader.example_words.isdisjoint(toks)

    def _asked_again(self, reading: Reading, best: Candidate) -> Conflict | None:
        """What an elliptical sentence ("… in 2024? And in 2023?": ``Part.again``) asks of
        the answered entry that the entry does not give, if anything."""
        idx = self._index_of[best.entry_id]
        for p in reading.question_parts:
            if p.again:
                asked = self.thesaurus.asked_facts(p.toks, self.thesaurus.hits(p.toks))
                found = self._conflict(asked, idx, frozenset(),
                                       read_numbers(p.toks, self.reader.number_words))
                if found is not None:
                    return found
        return None

    def _only_vague(self, a: Analysis, t: Thresholds) -> bool:
        """Whether an abstention is only for vagueness: one part, one vague word, that the
        rule would otherwise answer or offer ("pul", "law"; not "xyz")."""
        part = a.sentences[0] if len(a.sentences) == 1 and a.score_whole is None else None
        return (part is not None and part.vague
                and decide(part.ranked, t, self.settings.max_candidates)[0] != "abstain")

    def _each_documented(self, parts: Sequence[Scored], t: Thresholds,
                         said: Sequence[Part], query: str) -> list[Judged]:
        """A sentence's joined questions judged, if there are two or more and each is
        documented (as ``_documented`` asks); else none. They are judged in order, and
        scored only when judged (``Analysis.halves``): one that is not documented leaves
        the rest unread, as the sentence is read whole.

        One that abstains asking only a practical detail (``said``: their words; "how do I
        extend my registration here, and does Uzbekistan have agreements with Russia") is
        documented as not given, as one that asks what no entry defines is: the other is
        answered, not the sentence read whole, whose detail no entry gives, and the answer
        says the documents do not give it, in the message's words (``query``). Not when one
        points back ("... jamiyati nima va ular qanday paydo boʻlgan": "they" are the
        first's, which a false practical word, "telefonda gapiryapman", only seems to ask)."""
        judged: list[Judged] = []
        for part, words in zip(parts, said, strict=True) if len(parts) > 1 else ():
            found = self._judge(part, t)
            if found[0] == "abstain" and not self.reader.refers_back(w.toks for w in said):
                found = self._not_given(found, words, query)
            if not _documented_alone(found, part):
                return []
            judged.append(found)
        answered = [c[0] for v, c, _m in judged if v == "answer"]
        for k, (v, c, m) in enumerate(judged):
            if v == "abstain" and not c and m is not None:
                # "что такое денежные переводы и какая комиссия за перевод": the fee of
                # the answered entry's own subject, not of a patent or a registration
                # (or "*its* phone number": a possessive of the answered one's; nearans32)
                owned = len(answered) == 1 and not self.reader.owner_back.isdisjoint(
                    said[k].toks)
                of = answered[0] if owned else next(
                    (b for b in answered if self._of_subject(said[k].toks, b.entry_id)), None)
                if of is not None:
                    judged[k] = ("clarify", (of,), m)
        return judged

    def _of_subject(self, toks: tuple[str, ...], entry_id: str) -> bool:
        """Whether words that ask a practical detail (``toks``) name, besides the detail,
        something entry ``entry_id`` is about: a word or concept it uses that few entries
        use (``SUBJECT_ENTRIES``: "шенгенская виза", «за перевод», not "migrants" nor a
        place), so the detail is asked of that entry's subject (nearfix28b)."""
        # (the detail's own words too: «лимит перевода», "the remittance fee": what the
        # fee is of; nearfix29)
        rest = self._content_words(self.thesaurus.concept_tokens(list(toks)))
        idx = self._index_of[entry_id]
        for similar in self._similar_words(rest):
            for word in similar:
                entries, _credits = self._vocab.postings(word)
                if len(entries) <= SUBJECT_ENTRIES and idx in entries:
                    return True
        return False

    def _not_given(self, found: Judged, words: Part, query: str) -> Judged:
        """An abstention (``found``) on ``words`` that ask a practical detail no entry gives:
        a near miss of no entry that names the detail in the message's words (``query``)."""
        given = self.reader.practical.find(words.toks)
        if not given:
            return found
        hit = given[0]
        return ("abstain", (), Conflict((), detail=_written(
            query, words.toks[hit.start:hit.end]) or bare(hit.phrase)))

    def _documented(self, halves: list[Judged], whole: Judged, parts: tuple[Scored, ...],
                    said: Sequence[Part] = ()) -> bool:
        """Whether the joined questions of a sentence are each documented (answered, or a
        near miss of one entry, and one at least answered) and the sentence read whole is
        not answered otherwise: then each is a question of its own ("сколько перевели в 2024
        году и что за соглашение с Германией?" is a near miss whole). Else the sentence is
        read whole ("могу ли я уехать из страны и вернуться обратно, когда хочу").

        A side that asks only what a thing is, which no entry defines, is documented too,
        as not defined: the sentence is its other sides, whatever it scores whole ("what is
        labour migration and why do people leave": the causes, not the entry that only
        mentions labour migration; define18). Nor when the sentence whole is a near miss of
        an answered one's entry for a detail another asks of it (``_detail_of_answered``)."""
        if len(halves) < 2:
            return False  # (none: one was not documented, ``_each_documented``)
        answered = {c[0].entry_id for v, c, _m in halves if v == "answer"}
        pairs = list(zip(halves, parts, strict=True))
        return (bool(answered) and all(_documented_alone(h, p) for h, p in pairs)
                and (whole[0] != "answer" or whole[1][0].entry_id in answered
                     or any(_undefined(h, p) for h, p in pairs))
                and not _detail_of_answered(halves, whole, [
                    bool(said) and self.reader.refers_back([w.toks]) for w in said]
                    if len(said) == len(halves) else [False] * len(halves),
                    [w.toks for w in said] if len(said) == len(halves) else []))

    def _told_entry(self, a: Analysis, t: Thresholds) -> tuple[Candidate, ...]:
        """For a greeting that tells a topic ("I am a nurse and want to work in Germany"):
        the one entry its told sentences would be answered with, offered as a button; else
        none ("hello, I am from Samarkand")."""
        answered = [cands[0] for verdict, cands, miss in (self._judge(p, t) for p in a.told)
                    if verdict == "answer" and miss is None]
        return (max(answered, key=lambda c: c.score),) if answered else ()

    def _judge(self, part: Scored, t: Thresholds) -> Judged:
        """One part through the rule: a contradicted answer becomes a near miss, a vague
        part or a practical detail the entry lacks an abstention."""
        if part.plain is not None and (plain := self._judge(part.plain, t))[0] == "abstain":
            return plain
        verdict, top = decide(part.ranked, t, self.settings.max_candidates)
        cands = tuple(Candidate(eid, sc) for eid, sc in top)
        if verdict == "abstain" and part.pinned and part.miss is not None and cands:
            return "clarify", cands[:1], part.miss
        if verdict == "abstain":
            return verdict, cands, None
        if part.vague or part.detail or part.off_topic or part.undefined and part.miss is None:
            return "abstain", cands, None
        if part.miss is not None and (verdict == "answer" or part.pinned
                                      or decide(part.ranked, replace(t, close=0.0))[0] == "answer"):
            # about that entry: its near miss alone (also when only the lead a middling
            # score needs made it a "did you mean": a near miss answers nothing)
            return "clarify", cands[:1], part.miss
        if verdict != "abstain" and part.miss is None and part.broad:
            # "what is Uzbekistan's migration policy": a broad subject alone, which no entry
            # owns; the group's entries are offered, whichever entry is best (nor is a narrow
            # one whose phrasing holds the words, the World Bank's, answered or offered).
            return "clarify", self._group_offered(part), None
        if (verdict == "answer" and part.miss is None and cands[0].entry_id in part.group
                and not self._answers_group(part, cands[0])):
            return "clarify", self._group_offered(part, cands[0]), None
        # "Did you mean" choices whose first contradicts the question keep all their
        # choices, with the note on what the first one gives instead.
        return verdict, cands, part.miss

    def _answers_group(self, part: Scored, best: Candidate) -> bool:
        """Whether the best entry answers a group's plural itself: it is about several of
        them (the World Bank and the IMF: "which international organisations support
        Uzbekistan's migration policy") and leads the group's next entry by
        ``MatcherSettings.group_lead``."""
        if len(self._subjects.get(self._index_of[best.entry_id], ())) < 2:
            return False
        nxt = max((sc for eid, sc in part.ranked if eid in part.group and eid != best.entry_id),
                  default=0.0)
        return best.score - nxt >= self.settings.group_lead

    def _group_offered(self, part: Scored, best: Candidate | None = None
                       ) -> tuple[Candidate, ...]:
        """For a plural that asks for a group ("which decrees protect migrants": every
        decree's entry, ``Scored.group``) answered with one of them: the best, then the
        group's other entries, those ranked first (their scores), then as listed (scored
        0: no entry that gives them all, so the reply offers each). A broad subject's group
        (``Scored.broad``, no ``best``) is offered in the same order."""
        scores = dict(part.ranked)
        others = sorted((eid for eid in part.group if best is None or eid != best.entry_id),
                        key=lambda eid: (eid not in scores, -scores.get(eid, 0.0),
                                         part.group.index(eid)))
        return ((best,) if best else ()) + tuple(
            Candidate(eid, scores.get(eid, 0.0)) for eid in others
        )[: self.settings.max_candidates - (best is not None)]

    def _requests_subject(self, reading: Reading) -> bool:
        """Whether a request names a subject besides its own words ("what do the documents
        say about police"; not «Привет, подскажи»): it asks, though nothing answers it."""
        for part in reading.parts:
            if part.requested:
                said = {k for h in self.reader.requests.find(list(part.toks))
                        for k in range(h.start, h.end)}
                if any(k not in said and t not in self.stopwords
                       for k, t in enumerate(part.toks)):
                    return True
        return False

    def _little(self, reading: Reading) -> bool:
        """At most GREETING_SLACK content words besides what was set aside; when nothing
        is asked, words the knowledge base does not know (a name, a home town: "Men Sardor,
        Namangandanman") do not count."""
        content = [t for p in reading.parts for t in p.toks
                   if t not in self.stopwords and not t.isdigit()]
        if content and not any(p.asks for p in reading.parts):
            content = [t for t, similar in zip(content, self._similar_words(content),
                                               strict=True) if similar]
        return len(content) <= GREETING_SLACK

    def _says_where(self, reading: Reading) -> bool:
        """Whether a message asks nothing and names only places besides its stop words."""
        if any(p.asks for p in reading.parts):
            return False
        toks = [t for p in reading.parts for t in p.toks]
        concepts = self.thesaurus.concept_tokens(toks)
        return all(t in self.stopwords or t in self._places for t in concepts)


def _written(query: str, toks: Sequence[str]) -> str | None:
    """The words of ``query`` that fold to ``toks`` (a phrase found in it), as it writes
    them ("регистрацию", not the list's "регистрац*"), if it writes them so."""
    words = query.split()
    folded = [fold(w).split() for w in words]
    for i in range(len(words)):
        got, j = [], i
        while j < len(words) and len(got) < len(toks):
            got += folded[j]
            j += 1
        if got == list(toks):
            return " ".join(words[i:j]).strip(PUNCTUATION)
    return None


def _detail_kept(clause: Judged, results: list[Judged]) -> Judged:
    """A clause answered with the entry a sentence is a near miss of for a detail it leaves
    out (``results``: the sentences judged): that near miss. The clause is the sentence
    less the words that ask the detail ("How much money does the project … give each
    person": "money does the project …"; '400 ming kishini yuborish rejasi …, har yili
    nechtadan'), not another question (nearfix27b)."""
    if clause[0] != "answer":
        return clause
    best = clause[1][0].entry_id
    miss = next((m for v, c, m in results if v == "clarify" and c and c[0].entry_id == best
                 and m is not None and m.detail and not m.asked), None)
    return clause if miss is None else ("clarify", clause[1][:1], miss)


def _one_entry_missed(halves: list[Judged]) -> list[Judged]:
    """A sentence's joined questions, one answered and another a near miss of the same entry
    for a place or a figure of its own ("What is environmental migration and how many people
    in Karakalpakstan had to move", «какую роль играют диаспоры … и сколько узбеков живёт в
    диаспоре в США»): that entry's near miss alone, whose answer would seem to give both;
    else the questions as they are (nearfix29; a detail's near miss is ``settle``'s)."""
    answered = {c[0].entry_id for v, c, _m in halves if v == "answer"}
    missed = next((h for h in halves if h[0] == "clarify" and h[2] is not None and h[1]
                   and h[1][0].entry_id in answered and not h[2].detail), None)
    return halves if missed is None else [("clarify", missed[1][:1], missed[2])]


def _split_miss(halves: list[Judged], whole: Judged) -> bool:
    """Whether a sentence's joined questions are one entry answered and that entry's near
    miss while the sentence read whole is that entry's answer, with no near miss: the split
    cut a count from what it counts ("… uchun nechta va qanday tavsiya beradi": how many
    proposals, which the entry gives), so the sentence is read whole (nearfix28b)."""
    if whole[0] != "answer" or whole[2] is not None:
        return False
    best = whole[1][0].entry_id
    return any(v == "clarify" and m is not None and c and c[0].entry_id == best
               for v, c, m in halves) and any(v == "answer" and c[0].entry_id == best
                                              for v, c, _m in halves)


def _detail_of_answered(halves: list[Judged], whole: Judged, pointing: list[bool],
                        toks: Sequence[tuple[str, ...]] = ()) -> bool:
    """Whether a sentence read whole is a near miss of an entry one joined question answers,
    for a detail another asks of no subject of its own: that one is a near miss of some
    other entry for the same detail, its few words' best ("SWOT tahlilini kim va qaysi yili
    tuzgan": when the analysis was made; «Зачем сотрудничать … и сколько стран подписали
    такие договоры»), or answered with another entry while it points back (``pointing``,
    per joined question: "who wrote the SWOT analysis and in what year was *it* made").
    The detail is asked of the answered entry, which does not give it (nearfix27b). (A near
    miss of the answered entry itself is said with its answer.)

    So is a number only another, unanswered, joined question names (``toks``, per joined
    question: "how much did migrants send home in 2024 and how much was it back in 2019":
    the 2019 figure is asked of the 2024 total, whose entry does not give it; nearans33)."""
    verdict, cands, miss = whole
    if (verdict == "clarify" and cands and miss is not None and not miss.detail
            and len(toks) == len(halves)):
        return _number_of_another(halves, cands[0].entry_id, miss.asked, toks)
    if verdict != "clarify" or not cands or miss is None or not miss.detail or miss.asked:
        return False
    best = cands[0].entry_id
    answered = {c[0].entry_id for v, c, _m in halves if v == "answer"}
    return best in answered and any(
        c and c[0].entry_id != best and (
            v != "answer" and m is not None and m.detail == miss.detail
            or v == "answer" and points)
        for (v, c, m), points in zip(halves, pointing, strict=True))


def _number_of_another(halves: list[Judged], best: str, asked: tuple[str, ...],
                       toks: Sequence[tuple[str, ...]]) -> bool:
    """Whether the numbers a sentence read whole contradicts entry ``best`` with
    (``asked``: numbers alone) are named only by joined questions not answered, while
    another is answered with ``best``: they are asked of it (``_detail_of_answered``)."""
    numbers = set(asked)
    if not numbers or not all(n.isdigit() for n in numbers):
        return False
    named = [numbers <= set(t) for t in toks]
    return (any(v == "answer" and c and c[0].entry_id == best and not n
                for (v, c, _m), n in zip(halves, named, strict=True))
            and any(v != "answer" and n for (v, _c, _m), n in zip(halves, named, strict=True)))


def _undefined(judged: Judged, part: Scored) -> bool:
    """Whether a joined question abstains only for asking what a thing is that no entry
    defines (``Scored.undefined``, no near miss)."""
    return judged[0] == "abstain" and part.undefined and part.miss is None


def _documented_alone(judged: Judged, part: Scored) -> bool:
    """Whether one joined question is documented: answered, a near miss of one entry, not
    defined (``_undefined``), or a practical detail that no entry gives (an abstention
    with a near miss of no entry: ``Settling._each_documented``)."""
    v, c, m = judged
    return (v == "answer" or v == "clarify" and m is not None or _undefined(judged, part)
            or v == "abstain" and not c and m is not None)
