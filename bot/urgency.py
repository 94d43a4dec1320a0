"""Whether a message says someone is in danger: the urgent triggers of
``knowledge/phrases.yaml`` (``urgent``, ``urgent_silence``, ``urgent_pleas``), read in a
message's folded words.

Pure after loading. A trigger may have words between its words, or (two content words) come
the other way round; a long word one letter off a trigger's word is that word; the short
triggers and those common words fold to are matched as spelt.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.langguess import script_of
from bot.phrasebook import TYPO_MIN, spelt_so
from bot.phrases import Hit, bare, phrase_words, word_matches
from bot.text import fold
from bot.urgentfires import Fires, clause_of

_WORD = re.compile(r"\w+")
URGENT_GAP = 3
"""Words that may stand between the words of an urgent trigger: "паспортимни иш берувчи олиб
қўйди" is "pasportimni olib" with the employer in between."""
PLEA_GAP = 1
"""... and of a call for help: "Нужна срочная помощь", "I need your help", "Yordam juda
kerak"; but "davlat yordam beradi javob bering" (the state helps ... please answer) is no
"yordam bering"."""


READERS = ("ingni", "ingizni")
"""Uzbek endings of the reader's thing ("pasportingni", your passport): a danger said to
the writer, never one the writer does."""
NOT_GAP = 1
"""Words that may stand between the words of an ``urgent_not`` phrase: «я сам забрал»; not
«я не знаю, кто забрал» (three)."""


QUOTE_NEAR = 2
"""Words at most between a phrase of ``urgent_not`` and the speech verb or «твой» that
quotes it («бригадир сказал я забрал твой паспорт»)."""


PLEA_ASKED = 4
"""Words at most between the start of a clause that asks ("does", "who", ``plea_askers``)
and a call for help that is then its question ("does the state help me", "how can the agency
help me find work")."""


PARENT_NEAR = 2
"""Words at most between a parent and the trip they hold back ("my parents are not
letting me go", 'ota-onam Koreyaga ketishimga ruxsat bermayapti')."""


STEM_LOOK = 64
"""Words of the same stem looked at, at most, for one of the knowledge base's own."""


def _stem(tok: str) -> str:
    """The stem a long folded word shares with its inflections ("insured": "insu")."""
    return tok[:max(TYPO_MIN - 2, len(tok) - 3)]


class Urgency(Fires):
    """The urgent triggers' reading of a message (``bot.reading.Reader`` is one)."""

    def _untypo(self, tok: str) -> str:
        """The urgent trigger word ``tok`` is one letter off, else ``tok`` itself."""
        if len(tok) < TYPO_MIN or tok in self._known or tok in self._everyday:
            return tok
        # A word that shares its stem with a known word is that word's inflection:
        # "insured" is not "injured" when the documents speak of insurance.
        stem = _stem(tok)
        k = bisect_left(self._known_sorted, stem)
        if k < len(self._known_sorted) and self._known_sorted[k].startswith(stem):
            return tok
        found = self._typos.get(tok)
        if found is None:
            # A typo keeps the first letter: "yuryapti" (walks) is not "uryapti" (beats).
            found = next((w for w, _d, _k in process.extract(
                tok, self._urgent_words, scorer=Levenshtein.distance, score_cutoff=1, limit=8)
                if w[0] == tok[0]), tok)
            if len(self._typos) < 100_000:
                self._typos[tok] = found
        return found

    def _urgent_hits(self, untypoed: list[str]) -> list[Hit]:
        """The urgent triggers in folded, untypoed tokens, in the written order or (two content
        words) the other way round: "бригадир забрал документы" is "забрал бригадир"."""
        return (self.urgent.find(untypoed, URGENT_GAP)
                + self.urgent_reversed.find(untypoed, URGENT_GAP)
                + self.pleas.find(untypoed, PLEA_GAP))

    def _spelt_out(self, hits: list[Hit], spelt: Callable[[], list[str]]) -> list[Hit]:
        """``hits`` but those that found a trigger word matched only as spelt (``spelt`` in
        ``PhraseBook``) by its fold alone: "costs" and «соц» fold to "sos", "carried" to
        "scared"; ``spelt``: the message's spelt tokens (``bot.text.spell``), made on need."""
        kept: list[Hit] = []
        words: list[str] | None = None
        for h in hits:
            if any(bare(w) in self.spelt for w in phrase_words(h.phrase)):
                words = spelt() if words is None else words
                if not spelt_so(h.phrase, self.spelt, words[h.start:h.end]):
                    continue
            kept.append(h)
        return kept

    def _quoted(self, toks: list[str], hit: Hit, starts: list[int]) -> bool:
        """Whether a phrase of ``urgent_not`` (``hit``) is quoted: a word of
        ``urgent_quoted`` at most ``QUOTE_NEAR`` words before it or after it in its clause
        («бригадир сказал я забрал твой паспорт», "he said I took your passport"), or
        right after the comma that ends the clause it ends ("bolangni olib ketdim, dedi");
        not one further on, which tells of something else ("I took my kid to school and
        the teacher said he has a fever": review s11 finding 20)."""
        _first, last = clause_of(starts, hit.start, len(toks))
        # after it: within its clause, or past the comma when the phrase ends the clause
        stop = last if hit.end < last else last + QUOTE_NEAR
        near = toks[max(0, hit.start - QUOTE_NEAR):hit.start] + toks[hit.end:min(
            hit.end + QUOTE_NEAR, stop)]
        return bool(self.urgent_quoted.intersection(near))

    def _said_otherwise(self, toks: list[str], hits: list[Hit],
                        clauses: Callable[[], list[int]] = list) -> list[Hit]:
        """``hits`` but the dangers found inside a phrase of ``urgent_not``, where their
        words say no danger: the writer took ("я забрал ребёнка из садика", "bolamni
        bogʻchadan olib ketdim"), or another sense ("koʻzim qamashdi", dazzled); unless the
        phrase is quoted (a threat told: "... dedi", «сказал», «твой»: ``_quoted``;
        ``clauses()``: where the clauses start) or the danger's object is the reader's
        ("pasportingni")."""
        if not any(h.label == "urgent" for h in hits):
            return hits
        nots = self.urgent_not.find(toks, NOT_GAP)
        if nots and self.urgent_quoted.intersection(toks):
            starts = clauses() or [0]
            nots = [h for h in nots if not self._quoted(toks, h, starts)]
        if not nots:
            return hits
        inside = {k for h in nots for k in range(h.start, h.end)}
        return [h for h in hits
                if h.label != "urgent" or not inside.intersection(range(h.start, h.end))
                or any(toks[k].endswith(READERS) for k in range(h.start, h.end))]

    def _excused(self, toks: list[str], hits: list[Hit],
                 clauses: Callable[[], list[int]]) -> list[Hit]:
        """``hits`` but none when every danger is one a harmless reason may explain (a
        phrase of ``excusable`` inside it: "cannot leave", 'uydan chiqolmay*') and the
        message gives such a reason (``excuses``: snow, illness, a quarantine): 'qor koʻp,
        uydan chiqa olmayapman', "i cant leave the house, im sick"; or when every danger is
        a trip a parent holds back (``_parent_held``; ``clauses()``: where the clauses
        start). Another danger beside it ('qulflab qoʻyishdi') keeps them all."""
        dangers = [h for h in hits if h.label == "urgent"]
        if not dangers:
            return hits
        if all(self.excusable.find(toks[h.start:h.end]) for h in dangers) and (
                self.excuses.find(toks)):
            return [h for h in hits if h.label != "urgent"]
        if all(self.family_trips.find(toks[h.start:h.end], URGENT_GAP) for h in dangers) and (
                not self.holders.find(toks)) and self._parent_held(toks, dangers, clauses):
            return [h for h in hits if h.label != "urgent"]
        return hits

    def _parent_held(self, toks: list[str], dangers: list[Hit],
                     clauses: Callable[[], list[int]]) -> bool:
        """Whether a parent (``parents``) holds back each of ``dangers``: named at most
        ``PARENT_NEAR`` words before it, in its clause ("my parents are not letting me go
        to korea", «родители не отпускают», 'ota-onam Koreyaga ketishimga ruxsat
        bermayapti'); not "my father says they are not letting my brother go"."""
        parents = self.parents.find(toks)
        if not parents:
            return False
        starts = clauses() or [0]
        return all(any(clause_of(starts, h.start, len(toks))[0] <= p.start
                       and 0 <= h.start - p.end <= PARENT_NEAR for p in parents)
                   for h in dangers)

    def urgent_hits(self, toks: list[str], spelt: Callable[[], list[str]],
                    clauses: Callable[[], list[int]] = list, asks: bool = False) -> list[Hit]:
        """The urgent triggers of folded tokens (in any order of words between them, a typo
        allowed in a long word), those matched only as spelt checked on ``spelt``, the
        silences kept as dangers or left out (``heard``; ``clauses``: where the clauses of
        the tokens start, made on need; ``asks``: whether the message asks something)."""
        untypoed = [self._untypo(t) for t in toks]
        hits = self._urgent_hits(untypoed)
        if untypoed != toks:
            # ... and as written: "kelmayapti" is one letter off "qilmayapti" of another
            # trigger, and a word of "yashagim kelmay*" itself
            hits += [h for h in self._urgent_hits(toks) if h not in hits]
        hits = self._fires_hurting(toks, hits)
        hits = self._said_otherwise(toks, self._spelt_out(hits, spelt), clauses)
        hits = self._excused(toks, self._news(toks, hits, clauses, asks), clauses)
        starts: list[int] = []
        if any(h.label == "plea" for h in hits) and self.plea_askers:
            starts = clauses() or [0]
            hits = [h for h in hits if not self._plea_asked(toks, h, starts)]
        return self.heard(toks, hits, lambda: starts or clauses(), asks)

    def _plea_asked(self, toks: list[str], hit: Hit, starts: list[int]) -> bool:
        """Whether a call for help ``hit`` is what its clause asks ("does the state help me
        and the kids?", "who can help me get a job abroad"): the clause starts with one of
        ``plea_askers`` at most ``PLEA_ASKED`` words before it, and says no "please" («can
        someone please help me» cries for help). The clause is that of the plea's last word,
        and it holds the whole plea: in "who can help? help me" the plea found across the
        two ("help [help] me") is the cry of the second (review s10). A plea that ends
        its clause after the writer as its subject ("how do i get help help me",
        ``plea_writer``) is a cry, however unpunctuated."""
        if hit.label != "plea":
            return False
        first, last = clause_of(starts, hit.end - 1, len(toks))
        if first > hit.start:
            return False
        if toks[first] not in self.plea_askers or hit.start - first > PLEA_ASKED:
            # ... or an asker nearer the plea after a condition ("if I go back home will
            # the state help me": tester s12 finding 18)
            near = max(first, hit.start - PLEA_ASKED)
            asker = next((k for k in range(near, hit.start) if toks[k] in self.plea_askers
                          and toks[first] in self.conditions), None)
            if asker is None:
                return False
            first = asker
        if hit.end == last and self.plea_writer.intersection(toks[first + 1:hit.start]):
            return False  # "how do i get help help me": the writer asked, then cries
        return not any(h.label == "politeness" for h in self.aside.find(toks[first:hit.end]))

    def heard(self, toks: list[str], hits: list[Hit],
              clauses: Callable[[], list[int]] = list, asks: bool = False) -> list[Hit]:
        """``hits`` with each silence ("и не звонит", "bilan aloqa yoʻq") a danger ("urgent")
        or left out: left out only when the message names no person (``silent_persons``)
        and what is silent is a thing (``silent_things``: "Банк и не звонит"; see
        ``_thing_silent``; ``clauses()``: the tokens where clauses start). When unsure
        ("уехал и не звонит"), it stays a danger: a miss costs more than a false alarm."""
        if all(h.label != "silence" for h in hits):
            return hits
        person = bool(self.silent_persons.find(toks))
        things = {k for h in self.silent_things.find(toks) for k in range(h.start, h.end)}
        starts = clauses() or [0]
        kept: list[Hit] = []
        for h in hits:
            if h.label == "silence":
                if not person and self._thing_silent(toks, h, starts, things, asks):
                    continue
                h = replace(h, label="urgent")
            kept.append(h)
        return kept

    def _thing_silent(self, toks: list[str], hit: Hit, starts: list[int],
                      things: set[int], asks: bool) -> bool:
        """Whether what is silent in the clause of a silence ``hit`` is a thing: every word
        before it in the clause (stopwords aside) names a thing ("Банк и не звонит"), or
        none does and a thing is inside it ("has the UN not called"); or, in a message
        that asks, at most one word before it and a thing right after it that (with at
        most one word more) ends the clause ("Oʻzbekiston bilan aloqa yoʻq davlatlar
        bormi?": the countries with no ties). Anyone else
        before it ("Бабушка в деревне не берет трубку", «Жених не выходит на связь
        компания тоже молчит»), named in ``silent_persons`` or not, keeps it a danger."""
        first, last = clause_of(starts, hit.start, len(toks))
        before = [j for j in range(first, hit.start) if toks[j] not in self.stopwords]
        if asks and len(before) <= 1 and hit.end in things and last - hit.end <= 2:
            return True
        if before:
            return all(j in things for j in before)
        words = phrase_words(hit.phrase)
        return any(j in things and not any(word_matches(w, toks[j]) for w in words)
                   for j in range(hit.start, hit.end))

    def cries_alone(self, toks: list[str], text: str) -> bool:
        """Whether folded tokens, their set-aside phrases (greetings, "please") aside, are
        only words that cry for help (``cries``), shouted in ``text`` (the message): in
        capitals or with "!" ("HELP", "Help!!!", «Помощь!»). A plain "help" asks how to use
        the bot."""
        if not self.cries or not set(toks) & self.cries:
            return False
        inside = {k for h in self.aside.find(toks) for k in range(h.start, h.end)}
        if not all(t in self.cries for k, t in enumerate(toks) if k not in inside):
            return False
        return "!" in text or any(w.isupper() and fold(w) in self.cries
                                  for w in _WORD.findall(text))

    def dies_written(self, text: str) -> bool:
        """Whether ``text`` (the message as written) says the writer wants to die in a word
        that folds like an everyday one ('oʻlmoqchiman', «ўлмоқчиман»: not 'olmoqchiman', to
        take): ``urgent_self_harm_written``; or in those words written without their apostrophe
        beside distress told ('charchadim, olgim keladi': ``urgent_self_harm_if_distress``)."""
        low = text.lower()
        if self.dying_written is not None and self.dying_written.search(low):
            return True
        return (self.dying_if_distress is not None and self.distress is not None
                and bool(self.dying_if_distress.search(low)) and bool(self.distress.search(low)))

    def escapes(self, toks: list[str]) -> bool:
        """Whether the writer asks their way out of a danger that can be a subject ("what is
        trafficking and how do I get out": ``escape_asked`` and ``subjects``), though no
        trigger tells it."""
        return bool(self.escape_asked.find(toks)) and bool(self.subjects.find(toks))

    def told_in_uzbek(self, hits: list[Hit]) -> bool:
        """Whether the dangers of ``urgent_hits`` are all Uzbek triggers: written in Latin
        letters and folded like no trigger written in Cyrillic («депорт» is Russian's too);
        false when there is none."""
        dangers = [h.phrase for h in hits if h.label == "urgent"]
        return bool(dangers) and all(
            script_of(p) == "Latn" and phrase_words(p) not in self.cyrillic_triggers
            for p in dangers)

    def is_urgent(self, toks: list[str], hits: list[Hit]) -> bool:
        """Whether folded tokens with these ``urgent_hits`` say someone is in danger."""
        # "помогите" alone is a call for help; "помогите найти информацию про диаспору" is a
        # student's request, unless the message also names a danger.
        return any(h.label == "urgent" for h in hits) or bool(
            hits and not self.plea_tasks.find(toks))

    def self_harm_said(self, hits: list[Hit]) -> bool:
        """Whether some of these ``urgent_hits`` is a danger to the writer's own life
        (``urgent_self_harm``: "I want to end it all", «жить надоело», "oʻzimni
        osmoqchiman"): the protection block then opens with one human line."""
        return any(h.label == "urgent" and h.phrase in self.self_harm for h in hits)

    def asked_about(self, toks: list[str], hits: list[Hit]) -> bool:
        """Whether folded tokens with these ``urgent_hits`` ask about a danger as a subject
        ("How many people were victims of trafficking?", «кто помогает жертвам торговли
        людьми»): only dangers (no call for help nor silence), each of them one that can be
        a subject (``subjects``: victims, deportation; not «забрали паспорт»), people in
        general named or counted (``general``), no one close (``personal``: "my", "akam";
        nor any of ``silent_persons``: «брат», "she"), and nobody asking what to do
        (``action_asked``: «что делать»). The caller checks that the message asks."""
        if not hits or any(h.label != "urgent" for h in hits) or not self.general.find(toks):
            return False
        subjects = {k for h in self.subjects.find(toks) for k in range(h.start, h.end)}
        return (all(subjects.intersection(range(h.start, h.end)) for h in hits)
                and not self._personal(tuple(toks)) and not self.silent_persons.find(toks)
                and not self.action_asked.find(toks))

    def only_defined(self, toks: list[str], hits: list[Hit]) -> bool:
        """Whether these ``urgent_hits`` are all dangers that can be a subject
        (``subjects``: forced labour, trafficking, deportation) whose meaning the message
        asks ("Majburiy mehnat nima?", «что такое принудительный труд», "what is
        deportation"; ``asks_meaning_of``), no one close named, nobody asking what to do:
        a definition question, not a danger told ("I am forced to work" stays one, and so
        does a message that also tells one)."""
        if not hits or any(h.label != "urgent" or h.phrase in self.self_harm for h in hits):
            return False
        subjects = {k for h in self.subjects.find(toks) for k in range(h.start, h.end)}
        if not all(subjects.intersection(range(h.start, h.end)) for h in hits):
            return False
        return (all(self.asks_meaning_of(toks, set(toks[h.start:h.end])) for h in hits)
                and not self._personal(tuple(toks))
                and not self.silent_persons.find(toks) and not self.action_asked.find(toks))

    def _documents_word(self, tok: str) -> bool:
        """Whether the folded word ``tok``, long, is a form of a word of the knowledge base
        (shares its stem, as ``_untypo`` reads one): "torgovli" of «торговля людьми» is,
        "jertvam" (victims) is not."""
        if tok in self.stopwords:
            return False
        if len(tok) < TYPO_MIN:
            return tok in self._known and tok not in self._urgent_only
        stem = _stem(tok)
        k = bisect_left(self._known_sorted, stem)
        for word in self._known_sorted[k:k + STEM_LOOK]:
            if not word.startswith(stem):
                return False
            if word not in self._urgent_only:
                return True
        return False

    def danger_words(self, toks: list[str], hits: list[Hit]) -> frozenset[str]:
        """The words of the urgent triggers (``urgent_hits``) in folded tokens ("pasportim",
        "yoʻq" of "pasportim yoʻq qoldi"): they say the danger, not what is asked."""
        untypoed = [self._untypo(t) for t in toks]
        return frozenset(
            toks[k] for h in hits if h.label == "urgent"
            for k in range(h.start, h.end)
            if any(word_matches(w, untypoed[k]) or word_matches(w, toks[k])
                   for w in phrase_words(h.phrase)))
