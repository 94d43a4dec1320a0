"""The phrase lists of ``knowledge/phrases.yaml``, built once into phrase indexes.

Pure after loading. ``bot.asking`` reads whether words ask with them, and ``bot.reading``
reads a whole message. The urgent lists are read by ``bot.urgentlists``, the groups asked
in the plural by ``bot.askedgroups``, and what a "how many" counts by ``bot.countedwords``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Set
from pathlib import Path
from typing import Self

from bot.countedwords import CountedWords
from bot.knowledge.phrasecheck import read_phrases
from bot.knowledge.records import KnowledgeError, Problem
from bot.paths import SHIPPED_KNOWLEDGE
from bot.phraselists import SPELT_MAX, TYPO_MIN, Requests, spelt_so  # noqa: F401 (read from here)
from bot.phraselists import by_language as _by_language
from bot.phraselists import endings as _endings
from bot.phraselists import index as _index
from bot.phraselists import phrases as _phrases
from bot.phraselists import spellings as _spellings
from bot.phraselists import typed_words as _typed_words
from bot.phraselists import words as _words
from bot.phrases import Hit, bare, phrase_words
from bot.text import fold, keyboard_variant


class PhraseBook(CountedWords):
    """The phrase lists, built once; what uses them is in ``bot.asking`` and ``bot.reading``."""

    def __init__(self, raw: Mapping[str, object], stopwords: Set[str] = frozenset(),
                 vocabulary: Set[str] = frozenset()) -> None:
        self.stopwords = stopwords
        self._read_aside(raw)
        self._read_asking(raw)
        self._read_personal(raw)
        self._read_urgent(raw, vocabulary)
        self._read_details(raw)
        self._read_documents(raw)

    def _read_aside(self, raw: Mapping[str, object]) -> None:
        """Greetings, thanks and the like (``set_aside``), reaction emoji, small talk."""
        aside = raw.get("set_aside") or {}
        assert isinstance(aside, dict)
        kinds = {kind: _by_language(rows) for kind, rows in aside.items()}
        self.aside = _index([(kind, p) for kind, langs in kinds.items()
                             for phrases in langs.values() for p in phrases])
        words: dict[str, set[str]] = {}
        for langs in kinds.values():
            for lang, phrases in langs.items():
                if lang != "any":
                    words.setdefault(lang, set()).update(
                        w for p in phrases for v in {p, keyboard_variant(p)}
                        for w in fold(v).split())
        self.language_words = {lang: frozenset(ws) for lang, ws in words.items()}
        """Per language ("uz" for both scripts), the words of its set-aside phrases: they
        tell the language of a message made only of them ("rahmat", "спасибо")."""
        emoji = raw.get("reaction_emoji") or {}
        assert isinstance(emoji, dict)
        self.emoji = {ch: str(kind) for kind, chars in emoji.items() for ch in str(chars)}
        """Emoji that thank ("👍") or greet ("👋"), each with its kind."""
        self.whole = {" ".join(fold(v).split()): kind
                      for kind, key in (("acknowledgement", "acknowledgements"),
                                        ("follow_up", "follow_ups"),
                                        ("what_now", "what_now"),
                                        ("farewell", "farewells_alone"),
                                        ("language", "language_asks"))
                      for p in raw.get(key) or () for v in {str(p), keyboard_variant(str(p))}}  # type: ignore[attr-defined]
        """Whole messages of small talk, folded: "acknowledgement", "follow_up", "what_now",
        "farewell" or "language" (a reply in another language asked for)."""
        self.about_bot = _index([("bot", p) for p in _phrases(raw.get("about_bot"))])
        """What asks about the bot itself ("are you a bot", 'rasmiy botmi')."""
        self.language_ask_words = _words(raw.get("language_ask_words"))
        """Words beside a language asked for in a message that asks only for it."""
        self.follow_up_openers = _words(raw.get("follow_up_openers"))
        """Words that may open question words alone ("а когда?", "and where?")."""
        self.ellipsis = _index([("ellipsis", p) for p in _phrases(raw.get("ellipsis"))])
        """What opens an elliptical sentence ("and in", «а в»): ``Elliptic.elliptical``."""
        self.ellipsis_last = _words(raw.get("ellipsis_last"))
        self.vague_alone = _words(raw.get("vague_alone"))
        """Words that alone (beside numbers) pick no entry ('visa', 'pasport', "test")."""
        self.state_laws = _words(raw.get("state_laws"))
        """Words for a state's laws ("laws", «закон», 'qonun'): asked beside another
        country than Uzbekistan, that country's own (``NearMisses._foreign_laws``)."""
        oblique = raw.get("ellipsis_oblique") or {}
        assert isinstance(oblique, dict)
        self.oblique_words = _words(oblique.get("words"))
        """Prepositions before a follow-up's word ("and for the families?", «а для семей?»)."""
        self.oblique_endings = _endings(oblique)
        """Uzbek case endings of a word before "-chi" ('oilalarga-chi?': to the families),
        with the shortest word they are read on."""

    def _read_asking(self, raw: Mapping[str, object]) -> None:
        """What makes words ask, join two questions, compare, and number words' kinds."""
        self.question_words = _words(raw.get("question_words"))
        self.question_particles = _words(raw.get("question_particles"))
        self.question_negators = _words(raw.get("question_negators"))
        suffix = raw.get("question_suffix") or {}
        assert isinstance(suffix, dict)
        self.question_suffix = (fold(str(suffix.get("ending", ""))),
                                int(suffix.get("min_length", 0)))
        self.question_inside = tuple(
            fold(str(p)) for p in raw.get("question_suffix_inside") or ())  # type: ignore[attr-defined]
        """Endings of "-mi" that ask on a word that is not last ("bormi", "beradimi")."""
        self.question_ends = _words(raw.get("question_ends"))
        self.question_after = _words(raw.get("question_after"))
        """What may close a question in "-mi" after its word ("migratsiya foydalimi biz
        uchun")."""
        self.question_starts = _index([("ask", p) for p in _phrases(raw.get("question_starts"))])
        self.question_inversions = _index(
            [("ask", p) for p in _phrases(raw.get("question_inversions"))])
        """An English auxiliary before its subject, asking anywhere in a sentence ("... does
        the state help"): ``SentenceReader._read_sentence``."""
        self.requests = _index([("ask", p) for p in _phrases(raw.get("requests"))]
                               + [("no", p) for p in _phrases(raw.get("not_requests"))], Requests)
        self.wants = _index([("want", p) for p in _phrases(raw.get("wants"))])
        """A request or need that asks with its object beside it (``Asking.asks_for``)."""
        self.saying = _index([("said", p) for p in _phrases(raw.get("reported_speech"))])
        """What reports what someone said: ``SmallTalk._said_by``."""
        self.wants_met = _index([("met", p) for p in _phrases(raw.get("wants_met"))])
        """A need that was met ("kerak boʻldi"): it tells, in thanks."""
        self.naming_asked = _index([("naming", p) for p in _phrases(raw.get("naming_asked"))])
        """What asks only what a thing is called, or who calls it so ("what do scholars call
        that", «как это называют учёные»): ``Asking._names_something``."""
        self.condition_openers = _words(raw.get("condition_openers"))
        """What opens a comma clause that only tells the condition of the question after it."""
        cond = raw.get("condition_suffix") or {}
        assert isinstance(cond, dict)
        self.condition_suffix = (fold(str(cond.get("ending", ""))), int(cond.get("min_length", 0)))
        """The ending, and the least length, of a last word that makes a comma clause a
        condition ('… tayanib qolsa, …')."""
        self.condition_referred = _words(raw.get("condition_referred"))
        """Words by which a clause that asks points back to the condition before it."""
        self.relative_openers = _words(raw.get("relative_openers"))
        """What opens a comma clause that tells of a word of the clause before it."""
        self.next_topic = _index([("next", p) for p in _phrases(raw.get("next_topic"))])
        """What turns from thanks to the next subject ("endi", «а теперь», "one more"):
        ``Asking.turned_to``."""
        joining = sorted((str(w) for w in raw.get("joining") or ()), key=len, reverse=True)  # type: ignore[attr-defined]
        self._joining = (re.compile(r"\s+(?:" + "|".join(map(re.escape, joining)) + r")\s+",
                                    re.IGNORECASE) if joining else None)
        """Where a sentence may hold two questions ("... и что ...")."""
        self.joining_words = frozenset(fold(j) for j in joining if len(fold(j).split()) == 1)
        """The joining words of one word, folded ("va", "и")."""
        self.refer_back = _words(raw.get("refer_back"))
        """Words by which a second joined question refers to the first's subject ("их")."""
        self.refer_back_people = frozenset(str(c) for c in raw.get("refer_back_people") or ())  # type: ignore[attr-defined]
        """The concepts a pronoun of a question may stand for, named in a sentence before."""
        self.refer_back_bodies = frozenset(str(c) for c in raw.get("refer_back_bodies") or ())  # type: ignore[attr-defined]
        self.refer_back_things = _index([("thing", p)
                                         for p in _phrases(raw.get("refer_back_things"))])
        """The documents a pronoun of a question may stand for (the Constitution, the Global
        Compact), named in a sentence before: before any body named with them."""
        self.refer_back_named = self.refer_back | _words(raw.get("refer_back_one"))
        """``refer_back`` and the pronouns of one (``refer_back_one``: "u", «он»), read back
        to the people and bodies a sentence before named (``bot.referback``)."""
        self.owner_back = _words(raw.get("owner_back"))
        """Possessives by which a joined question asks a detail of the first's subject ("its
        phone number", 'uning manzili'): ``Settling._each_documented``."""
        self.points_back = _index([("back", p) for p in _phrases(raw.get("points_back"))])
        self.points_back_asks = _typed_words(raw.get("points_back_asks"))
        """A pointer to the sentence before, and the words beside it of a question that asks
        only of that sentence (``SmallTalk.points_back_only``)."""
        number_words = raw.get("number_words") or {}
        assert isinstance(number_words, dict)
        self.number_words = _index([(str(kind), str(p)) for kind, rows in number_words.items()
                                    for p in rows or ()])
        """The word next to a number that tells its kind: label, percent, amount, year."""
        self.defining = _index([("meaning", p) for p in _phrases(raw.get("defining"))])
        """What asks what a word means ("что такое", "what does … mean", "nima degani")."""
        self.defining_not = _index([("judged", p) for p in _phrases(raw.get("defining_not"))])
        """What makes a defining phrase ask for a judgement, not a meaning ("whats bad
        about migration", «что плохого в миграции»): ``meaning_asked``."""
        self._defining_last = frozenset(
            fold(str(p)) for p in raw.get("defining_last") or ())  # type: ignore[attr-defined]
        """Words that ask what the words before them mean when last ("deportatsiya nima")."""
        self.comparing = _index([("compare", p) for p in _phrases(raw.get("comparing"))])
        """Words that compare two things ("difference between", «чем отличается»)."""
        self.both_sides = _index([("both", p) for p in _phrases(raw.get("both_sides"))])
        """What asks both sides of a subject ("pros and cons", "ijobiy va salbiy")."""
        self.other_side = {str(one): str(other)
                           for pair in raw.get("side_pairs") or () if len(pair) == 2  # type: ignore[attr-defined]
                           for one, other in (pair, pair[::-1])}
        """Per entry of a pair of opposite sides (``side_pairs``), the other side's entry."""
        self.side_first = frozenset(str(pair[0]) for pair in raw.get("side_pairs") or ()  # type: ignore[attr-defined]
                                    if len(pair) == 2)
        """The entries a pair of opposite sides lists first (the opportunities before the
        obstacles, as "pros and cons" asks them)."""
        self.frames = _index([("frame", p) for p in _phrases(raw.get("frames"))])
        """The field a subject is asked in ("in international relations": ``frames``)."""

    def _read_personal(self, raw: Mapping[str, object]) -> None:
        """What tells of the writer and the topic a told sentence names."""
        self.personal = _index([("personal", str(p)) for p in _phrases(raw.get("personal"))])
        """Words of a sentence about the writer or their family ("my brother works in ...")."""
        self.personal_suffix = _endings(raw.get("personal_suffix"))
        self.introducing = _words(raw.get("introducing"))
        """'men' of 'men onasiman': with a word of ``introducing_suffix`` after it, an
        introduction."""
        self.introducing_suffix = _endings(raw.get("introducing_suffix"))
        """The endings (and shortest word) of the word after ``introducing``: 'onaman',
        'Samarqanddan'."""
        verbs = raw.get("introducing_verbs") or {}
        assert isinstance(verbs, Mapping)
        self.introducing_verbs = (_words(verbs.get("words")), _endings(verbs)[0])
        """Words ('qaytaman') and endings ('ketyapman') of the word after ``introducing``
        that make it a verb, no introduction: 'men qaytaman' tells what the writer does."""
        self.told_topic = _index([("topic", str(p)) for p in _phrases(raw.get("told_topic"))])
        """Words that make a told sentence name a topic ("want to", "haqida")."""

    def _read_details(self, raw: Mapping[str, object]) -> None:
        """What a question asks of an entry that its text may leave out."""
        details = raw.get("details") or {}
        assert isinstance(details, dict)
        self.details = _index([(kind, str(p)) for kind, rows in details.items()
                               for p in rows or ()])
        """Details an entry leaves out unless its text gives them (how to apply ...)."""
        self.negation = _words(raw.get("negation"))
        """Words that say a sentence denies ("does not say"): see ``details``."""
        quantity = raw.get("quantity") or {}
        assert isinstance(quantity, dict)
        self.quantity = _index([(kind, str(p)) for kind, rows in quantity.items()
                                for p in rows or ()])
        """How many / how much ("asks"), and counts of kinds and numbers of acts that are
        not ("kinds", "label")."""
        counted = raw.get("counted") or {}
        assert isinstance(counted, dict)
        self.counted = _index([(str(kind), str(p)) for kind, rows in counted.items()
                               for p in rows or ()])
        """What a count counts: the words that ask one ("asks": "how many", «сколько»),
        and the people it counts by label ("people", "women" ...)."""
        asks_topic = raw.get("asks_topic") or {}
        assert isinstance(asks_topic, dict)
        self.asks_topic = _index([(str(topic), str(p)) for topic, rows in asks_topic.items()
                                  for p in rows or ()])
        """Which topic a question asks a thing of ("which decree": decrees)."""
        self._read_groups(raw)
        practical = raw.get("practical") or {}
        assert isinstance(practical, dict)
        self.practical = _index([(kind, str(p)) for kind, rows in practical.items()
                                 for p in rows or ()])
        """Practical details the documents never give (phone, price, rate, loan, procedure)."""
        self._practical_spelt = _spellings(
            [str(p) for rows in practical.values() for p in rows or ()],
            [str(w) for w in raw.get("practical_spelt") or ()])  # type: ignore[attr-defined]
        """Folded ``practical`` words matched only as spelt ("costs", not «соц»)."""
        self._practical_not = _index([("not", p) for p in _phrases(raw.get("practical_not"))])
        """Phrases in which a practical word asks nothing practical ("costs and benefits")."""
        self.own_people = _index([("own", p) for p in _phrases(raw.get("own_people"))])
        """A foreign country's own people ("its citizens", "своих"): see ``own_people``."""
        self.home_state = _index([("home", p) for p in _phrases(raw.get("home_state"))])
        self.home_words = _typed_words(raw.get("home_words"))
        """Words that name the writer's home country ("send home", "uyga")."""
        self.alone_words = _typed_words(raw.get("alone_words"))
        """Words that single out one country's part of a figure ("in Russia alone")."""
        self.our_people_words = _typed_words(raw.get("our_people_words"))
        """Words for the writer's people, not the writer ("our migrants", «наших»)."""
        self.example_words = _typed_words(raw.get("example_words"))
        """Words that bring in an example of what is asked ('masalan Koreyaga')."""
        self._act_doers = _index([("doer", p) for p in _phrases(raw.get("act_doers"))])
        self._acts_named = _index([("act", p) for p in _phrases(raw.get("acts_named"))])

    def _read_documents(self, raw: Mapping[str, object]) -> None:
        """Questions about the documents and their authors."""
        self.about = _index([("about", str(p)) for p in raw.get("about_sources") or ()]  # type: ignore[attr-defined]
                            + [("topic", str(p)) for p in raw.get("about_topic") or ()])  # type: ignore[attr-defined]
        """Questions about the documents: "about", or "topic" when a subject of any length
        follows ("who wrote about remittances and their uses")."""
        self.about_author = _index([("author", p) for p in _phrases(raw.get("about_author"))])
        """What a question asks of an author it names ("кто по профессии", "qachon chiqqan")."""
        self.document_words = _words(raw.get("document_words"))
        self.documents_named = _index(
            [("before", p) for p in _phrases(raw.get("document_before"))]
            + [("after", p) for p in _phrases(raw.get("document_after"))])
        """A document named by what it is about: its title's words follow ("before") or
        come before ("after") the phrase (``Naming._document_named``)."""
        self.document_title_words = _words(raw.get("document_title_words"))
        self._author_nouns = frozenset(" ".join(fold(str(p)).split())
                                       for p in _phrases(raw.get("author_nouns")))
        self._author_says = _index([("says", p) for p in _phrases(raw.get("author_says"))])

    def about_hits(self, toks: list[str]) -> list[Hit]:
        """The ``about`` hits of folded tokens, without an author named only by the noun
        when the message says what the author says, proposes or thinks ("what does the
        author propose to improve cooperation", «по мнению автора», 'muallif ... taklif
        qiladi'): a question of the documents' content (``author_nouns``, ``author_says``)."""
        hits = self.about.find(toks)
        if hits and self._author_nouns and self._author_says.find(toks):
            hits = [h for h in hits if " ".join(toks[h.start:h.end]) not in self._author_nouns]
        return hits

    @classmethod
    def load(cls, folder: Path = SHIPPED_KNOWLEDGE, stopwords: Set[str] = frozenset(),
             vocabulary: Set[str] = frozenset()) -> Self:
        """The lists of a knowledge folder's ``phrases.yaml``, read and checked as
        ``knowledge.load`` does (raising ``KnowledgeError`` if broken); the shipped one by
        default. ``vocabulary``: the knowledge base's own words, never taken for a typo of an
        urgent trigger. The bot builds the lists its knowledge base holds instead
        (``KnowledgeBase.phrases``)."""
        errors: list[Problem] = []
        raw = read_phrases(folder, errors, str)
        if errors:
            raise KnowledgeError(errors)
        return cls(raw, stopwords, vocabulary)

    def asks_meaning_of(self, toks: tuple[str, ...] | list[str], words: Set[str]) -> bool:
        """Whether folded tokens ask what one of ``words`` means: a defining phrase that
        starts with a question word just before it ("что такое депортация", "what does
        deportation mean"), another just after it ("deportatsiya nima", "deportation
        meaning"); not «Паспорт забрали, что значит» (what does it mean that they took it)."""
        at = {k for k, t in enumerate(toks) if t in words}
        if len(toks) > 1 and toks[-1] in self._defining_last and len(toks) - 2 in at:
            return True
        for h in self.defining.find(toks):
            if fold(h.phrase).split()[0] in self.question_words:
                if at & {h.end, h.end + 1}:
                    return True
            elif at & {h.start - 1, h.start - 2}:
                return True
        return False

    def meaning_asked(self, toks: tuple[str, ...] | list[str]) -> tuple[str, ...] | None:
        """The words whose meaning folded tokens ask, the defining phrases left out ("what
        is GDP", «что такое ксенофобия», "YaIM nima"), or None when no defining phrase is
        there or one of ``defining_not`` makes it ask for a judgement ("whats bad about")."""
        hits = self.defining.find(toks)
        last = len(toks) > 1 and toks[-1] in self._defining_last
        if not hits and not last or self.defining_not.find(toks):
            return None
        used = {k for h in hits for k in range(h.start, h.end)} | ({len(toks) - 1} if last
                                                                   else set())
        return tuple(t for k, t in enumerate(toks) if k not in used)

    def practical_asked(self, toks: tuple[str, ...] | list[str],
                        spelt: Callable[[], list[str]]) -> list[Hit]:
        """The ``practical`` details folded tokens ask: not a word matched only as spelt
        that the message (``spelt``: its words spelt, ``bot.text.spell``, made on need)
        does not spell so, nor one inside a phrase of ``practical_not``."""
        hits = self.practical.find(toks)
        if not hits:
            return hits
        if any(bare(w) in self._practical_spelt
               for h in hits for w in phrase_words(h.phrase)):
            words = spelt()
            hits = [h for h in hits if spelt_so(h.phrase, self._practical_spelt, words)]
        return self._outside_practical_not(toks, hits)

    def practical_in(self, toks: list[str]) -> set[str]:
        """The ``practical`` labels an entry's text gives: those of its phrases found in
        ``toks``, none inside a phrase of ``practical_not`` ("адресная помощь", targeted
        help, gives no address)."""
        hits = self.practical.find(toks)
        return {h.label for h in self._outside_practical_not(toks, hits)} if hits else set()

    def _outside_practical_not(self, toks: tuple[str, ...] | list[str],
                               hits: list[Hit]) -> list[Hit]:
        """``hits`` but those inside a phrase of ``practical_not`` found in ``toks``."""
        inside = {k for h in self._practical_not.find(toks) for k in range(h.start, h.end)}
        return [h for h in hits if not inside.intersection(range(h.start, h.end))]

    def doers_unasked(self, toks: tuple[str, ...]) -> set[int]:
        """Where folded tokens ask who is responsible (``act_doers``) when they name no act
        (``acts_named``): "who is responsible for protecting migrants abroad" asks who
        protects them, not who carries out a decree, so those words are no decree's detail
        left out (its ``not_covered``); they are still scored (review18 finding 2)."""
        hits = self._act_doers.find(toks)
        if not hits or self._acts_named.find(toks):
            return set()
        return {k for h in hits for k in range(h.start, h.end)}

    def framed(self, toks: tuple[str, ...] | list[str]) -> frozenset[int]:
        """The positions of folded tokens that name the field a subject is asked in
        ("role of diaspora *in international relations*", ``frames``)."""
        return frozenset(k for h in self.frames.find(toks) for k in range(h.start, h.end))

    def asked_topic(self, toks: tuple[str, ...] | list[str]) -> str | None:
        """The topic whose kind of thing folded tokens ask for ("qaysi farmon"), or None."""
        return next((h.label for h in self.asks_topic.find(toks)), None)
