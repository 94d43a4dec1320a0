"""Read a message's sentences one by one (pure after loading; out of ``bot.reading``).

``SentenceReader.split_sentences`` splits a message at its sentence marks; ``_read_sentence`` reads
one sentence into ``Sentences``: the phrases it sets aside (greetings, thanks, an
introduction), whether it asks, what it names, and the years told of the writer beside a
question. ``bot.reading.Reader`` reads the whole message from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.asking import INSTRUMENTAL, RUNON_MIN, Part, clauses_of
from bot.numbers import DATE_ENDINGS, YEARS
from bot.phrases import Hit
from bot.smalltalk import SmallTalk
from bot.text import fold, spell

# A sentence ends at ! ? ; … or at a full stop before a capital letter or the end, so
# "14.8", "Art. 23" and "ст. 23" stay whole; a full stop after a word of four letters or
# more also ends one before a number ("Akam Rossiyada ishlaydi. 2024 yilda ..."), an
# apostrophe among them ("2023 yil og'ir bo'ldi. 2024 yilda ..."), and after a word of
# three letters before a year ("2023 yil qiyin edi. 2024 yilda ...": not "ст. 23", "art. 5").
_BREAK = re.compile(r"([!?;…]+|\.+(?=\s+[A-ZА-ЯЁЎҚҒҲ]|\s*$)|(?<=[\w'’‘`]{4})\.+(?=\s+\d)"
                    r"|(?<=\w{3})\.+(?=\s+(?:19|20)\d\d\b))")
_STOP_LOWER = re.compile(r"(?<=\w\w)\.+\s+(?=([^\W\d_]+))")
"""A full stop after a word, before a word in lower case: a sentence ends there when that
word is a question word ("нам задали про оон, мот и мом. что такое мот?"), or one of the
QUESTION_WITHIN words from it, or a question start opens it and it is no small talk ("he
earns less. is that happening to all migrants": blind33a, read whole its "to all" was whom
a greeting is for; "... is that true?" still asks the sentence before it), as before a
capital; "т.е. что", "e.g. what" stay whole (a letter and a stop before the stop)."""
QUESTION_WITHIN = 3
"""A question word this many words after a full stop in lower case or fewer ends the sentence
before the stop ("... диссертация ёзяпман. ўзбекистонлик олимлардан кимга таянсам": the
thesis was read as asked; blindfix19)."""

INDEFINITE = re.compile(r"[а-яё]+-(?:то|нибудь|либо)\b")
"""A Russian question word made indefinite by a hyphened particle («какое-то», «что-нибудь»,
«кто-либо»): it asks nothing («слышал про какое-то новое соглашение» tells; blindfix26,
blind26 A3)."""

CLOSING = frozenset({"thanks", "farewell", "wishes", "comment"})
"""Kinds of set-aside phrase that make a sentence asking nothing carry no question either,
whatever topic it names: "thanks for the remittances answer", "ясно про шенген, пока"."""
TELLING = frozenset({"introduction", "name", "address", "announce", "unwilling"})
"""... and these kinds too, when no sentence of the message asks ("hi, I am a student of
international relations"); else its sentence is context for the question ("Пишу курсовую
про опыт Канады и Германии. Что об этом пишут?")."""
UNSEEN = frozenset({"unwilling"})
"""... but these set nothing aside: a message that only tells what the writer does not want
("i dont want to live in russia", «не хочу работать в россии») is a statement, met as one
(the documents do not cover it), never greeted."""

PERSONAL_MAX = 15
"""Words a sentence about the writer may have and still only tell: a longer one carries a
question even without its mark ("hello yes my brother lives in kazakhstan ... can he freely
go abroad again whenever he wants is that his right")."""
SUBJECT_MAX = 5
"""Words a sentence beside a greeting may have to name a subject ("salom, diaspora"): its
entry is offered with the greeting."""
SAYS_MIN = 5
"""Words from which a sentence that asks nothing, beside thanks or a goodbye, states
something rather than names a subject ("Спасибо. Теперь про шенген" still asks for it)."""
QUESTION_AFTER = 3
"""Words (stop and question words aside) after the first asking word of a sentence without
commas from which it asks a whole question of its own after a practical detail told ("had
my medical test last week what does the law say about migrants rights"): fewer, the detail
is what is asked ('Rossiyada patent narxi 2025 yilda qancha', 'chet elda oʻqish uchun grant
qayerdan topsa boʻladi', "tb test koreyaga kerakmi")."""
GREETS = TELLING | {"greeting"}
"""Kinds of set-aside phrase beside which a sentence about the writer ("personal:" in
phrases.yaml) tells, when nothing is asked."""


def _closes(hit: Hit, length: int) -> bool:
    """Whether a set-aside phrase closes a sentence of ``length`` words (``CLOSING``). A
    one-word farewell closes only at its end: "Пока не пришли деньги" (пока: "not yet")
    asks about money; "ясно про шенген, пока" says goodbye."""
    return hit.label in CLOSING and (hit.label != "farewell" or hit.end == length
                                     or hit.end - hit.start > 1)


def years_in(toks: tuple[str, ...] | list[str]) -> set[str]:
    """The years among folded tokens, but those that date a thing ("2019 yilgi")."""
    return {t for k, t in enumerate(toks) if t.isdigit() and int(t) in YEARS and not (
        k + 1 < len(toks) and toks[k + 1].endswith(DATE_ENDINGS))}


@dataclass
class Sentences:
    """What ``bot.reading.Reader.read`` gathers sentence by sentence."""

    parts: list[Part] = field(default_factory=list)
    clauses: list[Part] = field(default_factory=list)
    told: list[int] = field(default_factory=list)  # parts that only introduce the writer
    personal: list[int] = field(default_factory=list)  # ... or speak of the writer
    stated: list[int] = field(default_factory=list)  # ... or state something
    topical: list[int] = field(default_factory=list)  # ... and of those, the ones naming a topic
    own_numbers: set[str] = field(default_factory=set)  # told beside a question
    asked_numbers: set[str] = field(default_factory=set)  # ... and named where one asks
    practical_told: frozenset[str] = frozenset()  # practical phrases told before a question
    set_aside: bool = False
    thanked: bool = False
    farewell: bool = False
    greeted: bool = False
    closed: bool = False

    def set_told_aside(self) -> list[Part]:
        """When nothing is asked, set aside the sentences that only tell; return those of
        them that name a topic (offered with a greeting)."""
        if not ((self.told or self.greeted or self.closed and (self.personal or self.stated))
                and not any(p.asks for p in self.parts)):
            return []
        # A sentence about the writer tells only beside a greeting or an introduction:
        # "My brother works in Turkey" alone is matched, and so is "Мне не ясно про
        # шенгенские визы" (not understood: a question). Beside thanks or a goodbye,
        # any statement tells ("Rahmat. Germaniya haqidagi maʼlumot koʻp yordam berdi").
        told = self.told + (self.personal if self.greeted or self.closed else []) + (
            self.stated if self.closed else [])
        told += list(range(len(self.parts))) if self.greeted else []
        kept = [p for k, p in enumerate(self.parts) if k in told and k in self.topical]
        self.parts = [p for k, p in enumerate(self.parts) if k not in told]
        return kept


class SentenceReader(SmallTalk):
    """Reads a message sentence by sentence with the phrase lists (``PhraseBook``)."""

    def split_sentences(self, text: str) -> list[tuple[str, str]]:
        """``text``'s sentences, each with the marks that end it: at ``_BREAK``, and at a
        full stop before a question word in lower case (``_STOP_LOWER``)."""
        pieces = _BREAK.split(text) + [""]
        found = []
        for sentence, end in zip(pieces[::2], pieces[1::2], strict=False):
            start = 0
            if "." in sentence:
                for m in _STOP_LOWER.finditer(sentence):
                    after = sentence[m.end():].split(maxsplit=QUESTION_WITHIN)[:QUESTION_WITHIN]
                    folded = fold(" ".join(after)).split()
                    if not self.question_words.isdisjoint(folded) or any(
                            h.start == 0 for h in self.question_starts.find(folded[:2])
                    ) and self._small_talk(fold(sentence[m.end():]).split()) is None:
                        found.append((sentence[start:m.start()], "."))
                        start = m.end()
            found.append((sentence[start:], end))
        return found

    def _read_sentence(self, sentence: str, end: str, toks: list[str],
                       acc: Sentences) -> None:
        """Read one sentence (``end``: the marks that end it) into ``acc``."""
        hits = self._said_by(sentence, self._clause_end_help(sentence, self.aside.find(toks))
                            ) + self._introduced(sentence)
        acc.set_aside = acc.set_aside or any(h.label not in UNSEEN for h in hits)
        acc.thanked = acc.thanked or any(h.label == "thanks" for h in hits)
        acc.greeted = acc.greeted or any(h.label in GREETS for h in hits)
        acc.closed = acc.closed or any(_closes(h, len(toks)) for h in hits)
        acc.farewell = acc.farewell or any(h.label == "farewell" for h in hits)
        # "меня зовут Анвар": a name follows, set aside with its phrase.
        drop = {k for h in hits for k in range(h.start, h.end + (h.label == "name"))}
        rest = tuple(t for k, t in enumerate(toks) if k not in drop)
        asked = self._announced(toks, hits, drop)
        # The words before a question announced ("Konstitutsiyaning 25-moddasi haqida savol:
        # u nimani kafolatlaydi") are what it asks of, as a sentence before it would be;
        # not a story of the writer's («пишу из москвы, третий год тут работаю, мой вопрос»).
        context = tuple(t for k, t in enumerate(toks) if k not in drop and k < max(
            h.end for h in hits if h.label == "asking")) if asked and not self._personal(
            tuple(toks)) else ()
        rest = asked or rest
        if hits and all(t in self.stopwords for t in rest):
            return  # "Здравствуйте!", "Заранее спасибо", "я студентка, пишу курсовую"
        instrumental = {fold(w) for w in INSTRUMENTAL.findall(sentence.lower())}
        requests = self.requests.find(toks)
        requested = bool(requests)
        # "?" after small talk that ends the sentence is its own ("..., can you help?")
        marked = "?" in end and not any(h.label in ("small_talk", "help")
                                        and h.end == len(toks) for h in hits)
        indefinite = {tuple(fold(w).split()) for w in INDEFINITE.findall(sentence.lower())}
        asks = (marked or self._has_question_word(_definite(rest, indefinite), instrumental)
                or any(h.start == 0 for h in self.question_starts.find(rest[:2]))
                or requested or self._clause_starts_asking(sentence)
                or bool(self.question_inversions.find(rest)))
        opener = not asks and any(h.label == "asking" for h in hits) and any(
            t in self._known and t not in self.stopwords for t in rest)
        asks = asks or opener
        needs = (not asks and bool(self.wants.find(toks)) and self.asks_for(sentence)
                 and not self._urgent_hits(toks))
        asks = asks or needs
        closing = [h for h in hits if _closes(h, len(toks))]
        turned = self.turned_to(toks, closing) if (closing or acc.closed) and not asks else ()
        if turned:
            rest, asks = turned, True  # "rahmat. endi Shengen haqida": thanks, then a subject
        elif not asks and closing:
            return  # "Shengen haqidagi javob uchun rahmat": thanks for an answer
        if not asks:
            self._note_telling(toks, hits, rest, acc)
        if requested:
            # "mahalla haqida gapirib bering": the request's words ask, they name nothing
            said = drop | {k for h in requests for k in range(h.start, h.end)}
            named = self._announced(toks, hits, said) or tuple(
                t for k, t in enumerate(toks) if k not in said)
            if any(t not in self.stopwords for t in named):
                rest = named
        halves = self._joined_questions(sentence) if asks else []
        acc.parts.append(Part(rest, asks, tuple(
            Part(self._aside_dropped(fold(h).split()), True) for h in halves), requested,
            needs=needs, opener=opener, context=context))
        # "X, Y haqida maqolada nima deyilgan": what the documents say is asked of the whole
        # sentence, not of its last clause (a request set aside as politeness too)
        of_whole = requested and all(any(h.label == "politeness" and h.start <= r.start
                                         and r.end <= h.end for h in hits) for r in requests)
        if asks and "," in sentence and not of_whole:
            clauses, telling = self._asking_clauses(sentence)
            acc.clauses += clauses
            acc.practical_told |= self._practical_told(sentence, rest, telling, clauses)[0]
            told, named = self._told_numbers(sentence)
            acc.own_numbers |= told
            acc.asked_numbers |= named
        elif asks:
            acc.asked_numbers |= years_in(toks)
            if len(rest) >= RUNON_MIN:
                acc.clauses += self._runon_clause(rest, instrumental)
            if "," not in sentence:
                practical, after = self._practical_told(sentence, rest, [], [])
                if after is not None and practical:
                    acc.practical_told |= practical
                    acc.clauses.append(after)

    def _own_numbers(self, acc: Sentences) -> frozenset[str]:
        """The years told of the writer and asked nowhere, unless a question asks of "that
        year" («в тот год», "oʻsha yili": ``back`` of ``number_words``)."""
        own = acc.own_numbers - acc.asked_numbers
        if own and any(h.label == "back" for p in acc.parts if p.asks
                       for h in self.number_words.find(p.toks)):
            return frozenset()
        return frozenset(own)

    def _told_numbers(self, sentence: str) -> tuple[set[str], set[str]]:
        """The years of an asking sentence's comma clauses that speak of the writer and
        neither ask nor name a topic ("мен 2018 йилдан бери Туркияда ишлайман, ... буладими"),
        and those its other clauses name ("в 2024 году, сколько …?" asks about 2024; a year
        told in one sentence and asked in another is asked: ``Reader.read`` subtracts
        these of every sentence). Years that date a thing ("2019 yilgi hisobotini
        topolmayapman") are in neither. A clause that asks with its own year wins over
        the years of the clauses that neither ask nor name a topic ("2023 was hard, how much
        did migrants send in 2024": told; near17, review s16 finding 13)."""
        told: set[str] = set()
        named: set[str] = set()
        stated: set[str] = set()  # years of clauses that neither ask nor name a topic
        asked_own = False  # ... and whether a clause that asks names its own
        instrumental = {fold(w) for w in INSTRUMENTAL.findall(sentence.lower())}
        for clause in clauses_of(sentence):
            toks = tuple(fold(clause).split())
            years = years_in(toks)
            if not years:
                continue
            asks = self._has_question_word(toks, instrumental) or bool(self.requests.find(toks))
            if not asks and not self.told_topic.find(toks):
                (told if self._personal(toks) else stated).update(years)
            else:
                named |= years
                asked_own = asked_own or asks
        return told | (stated - named if asked_own else set()), named | (
            set() if asked_own else stated)

    def _note_telling(self, toks: list[str], hits: list[Hit], rest: tuple[str, ...],
                      acc: Sentences) -> None:
        """For a sentence that asks nothing (the next of ``acc.parts``): whether it
        introduces the writer, speaks of them, states something, or names a topic."""
        here = len(acc.parts)
        if any(h.label in TELLING for h in hits) or any(
                h.label == "greeting" and h.start > 0 and h.end == len(toks) for h in hits):
            # ... and a greeting that ends a sentence, after those it greets
            # ("Barcha vatandoshlarga salom!", "Всем соотечественникам привет!")
            acc.told.append(here)
        elif len(rest) <= PERSONAL_MAX and self._personal(rest):
            acc.personal.append(here)
        elif SAYS_MIN <= len(rest) <= PERSONAL_MAX:
            acc.stated.append(here)
        if not any(h.label in ("address", "announce") for h in hits) and (
                self.told_topic.find(toks) or len(rest) <= SUBJECT_MAX and not (
                    acc.told and acc.told[-1] == here
                    or acc.personal and acc.personal[-1] == here or self._personal(rest))):
            acc.topical.append(here)  # ... or a subject alone ("salom, diaspora")

    def _announced(self, toks: list[str], hits: list[Hit], drop: set[int]) -> tuple[str, ...]:
        """The words after a question announced in a sentence ("hello i am writing from
        seoul ... my question is does uzbekistan have an agreement with korea", «вопрос
        такой: ...», "savolim ..."), when they name something the knowledge base knows: they
        are what is asked, and the story before them is not; else none."""
        after = max((h.end for h in hits if h.label == "asking"), default=None)
        if after is None:
            return ()
        asked = tuple(t for k, t in enumerate(toks) if k >= after and k not in drop)
        if any(t in self._known and t not in self.stopwords for t in asked):
            return asked
        return ()

    def _practical_told(self, sentence: str, toks: tuple[str, ...], telling: list[list[str]],
                        asking: list[Part]) -> tuple[frozenset[str], Part | None]:
        """The practical details (``practical:``) an asking sentence only tells before its
        question ("I had my medical test last week, what does the law say about migrants'
        rights?", 'taksida ishlayman 2024 yilda migrantlar qancha pul yubordi'): those of
        its comma clauses that tell (``telling``, ``_tells``) and that its asking clauses
        (``asking``) do not ask; in a sentence without them, those that end before its first
        asking word, in words that tell, with the words after them as the clause that asks
        (else None). Told, they sink no answer to the question after them (near18)."""
        def spelt() -> list[str]:
            return spell(sentence).split()

        if telling:
            told = {h.phrase for t in telling if (hits := self.practical_asked(t, spelt))
                    and self._tells(t, hits) for h in hits}
            asked = {h.phrase for p in asking for h in self.practical_asked(p.toks, spelt)}
            return frozenset(told - asked), None
        hits = self.practical_asked(toks, spelt)
        first = self._question_opens(toks)
        if not hits or first is None:
            return frozenset(), None
        before = [h for h in hits if h.end <= first]
        end = max((h.end for h in before), default=0)
        if (not before or end >= len(toks) or any(h.start < end for h in hits if h.end > first)
                or not self._tells(toks[:first], before)
                or len([t for t in toks[first + 1:] if t not in self.stopwords
                        and t not in self.question_words]) < QUESTION_AFTER):
            return frozenset(), None
        asked = {h.phrase for h in hits if h.start >= end}
        return frozenset({h.phrase for h in before} - asked), Part(toks[end:], True)

    def _tells(self, toks: Sequence[str], hits: list[Hit]) -> bool:
        """Whether words that name a practical detail (``hits``) tell something of it: they
        speak of the writer ("taksida ishlayman"), tell a need («продлить паспорт надо») or
        have a word besides it, a stop word, a place and a number («прошёл медосмотр», "I
        opened a sberbank card"), not only name it ("medical test in korea, what does the
        agreement say": asked of the agreement)."""
        named = {k for h in hits for k in range(h.start, h.end)} | set(self._facts_at(toks))
        return self._personal(tuple(toks)) or bool(self.wants.find(list(toks))) or any(
            k not in named and t not in self.stopwords and not t.isdigit()
            for k, t in enumerate(toks))


def _definite(toks: tuple[str, ...], indefinite: set[tuple[str, ...]]) -> tuple[str, ...]:
    """Folded tokens without the indefinite pronouns of ``INDEFINITE`` (each as its folded
    words: «какое-то» is 'kakoe', 'to'), which ask nothing."""
    if not indefinite:
        return toks
    drop: set[int] = set()
    for pair in indefinite:
        n = len(pair)
        drop |= {j for k in range(len(toks) - n + 1) if toks[k:k + n] == pair
                 for j in range(k, k + n)}
    return tuple(t for k, t in enumerate(toks) if k not in drop)
