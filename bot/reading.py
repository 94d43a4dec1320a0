"""Read a message before matching it (lists in ``knowledge/phrases.yaml``).

Pure after loading. People write "Добрый день, я студентка, пишу курсовую. Скажите, какие
... ? Спасибо!": the greeting, the introduction and the thanks carry no question. A reading
sets them aside, splits the message into sentences, keeps the ones that ask something, and
notes whether the message is only a greeting, is urgent (someone is in danger) or asks about
the documents themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Set
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.phrases import Hit, PhraseIndex, word_matches
from bot.text import fold, keyboard_variant
from bot.thesaurus import KNOWLEDGE
from bot.yamlread import read_yaml

PHRASES = KNOWLEDGE / "phrases.yaml"
# A sentence ends at ! ? ; … or at a full stop before a capital letter or the end, so
# "14.8", "Art. 23" and "ст. 23" stay whole; a full stop after a word of four letters or
# more also ends one before a number ("Akam Rossiyada ishlaydi. 2024 yilda ...").
_BREAK = re.compile(r"([!?;…]+|\.+(?=\s+[A-ZА-ЯЁЎҚҒҲ]|\s*$)|(?<=\w{4})\.+(?=\s+\d))")
# Russian plural instrumentals ("с переводами", "с документами") end like an Uzbek question
# written onto its word ("-mi"): such a word does not make a question.
_INSTRUMENTAL = re.compile(r"[а-яё]+[ая]ми\b")
CLOSING = frozenset({"thanks", "farewell", "wishes", "comment"})
"""Kinds of set-aside phrase that make a sentence asking nothing carry no question either,
whatever topic it names: "thanks for the remittances answer", "ясно про шенген, пока"."""
TELLING = frozenset({"introduction", "name", "address", "announce"})
"""... and these kinds too, when no sentence of the message asks ("hi, I am a student of
international relations"); else its sentence is context for the question ("Пишу курсовую
про опыт Канады и Германии. Что об этом пишут?")."""

RUNON_MIN = 16
"""Words from which a sentence without commas is a run-on, read also around its question."""
RUNON_BACK, RUNON_AHEAD = 9, 12
"""The words before and after a run-on's last asking word that make its question."""
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
GREETS = TELLING | {"greeting"}
JOINS_MAX = 4
"""A sentence with more joining words ("и", "va", "and") is not split into questions: each
try reads both sides again, so "что и что и ..." over 4,096 characters cost ~10 s."""
"""Kinds of set-aside phrase beside which a sentence about the writer ("personal:" in
phrases.yaml) tells, when nothing is asked."""


@dataclass(frozen=True)
class Part:
    """One sentence of a message, without the words set aside."""

    toks: tuple[str, ...]
    """Folded tokens that remain."""
    asks: bool
    """Whether it has a question mark or a question word."""
    halves: tuple[Part, ...] = ()
    """Two questions (or more) joined in it by "and", "и", "va" ...: each, when both ask and
    name something ("сколько перевели в 2024 году и что за соглашение с Германией?")."""


@dataclass(frozen=True)
class Reading:
    parts: tuple[Part, ...]
    """Sentences with something left to match, in order."""
    set_aside: bool
    """Whether a greeting, thanks, politeness, filler or introduction was found."""
    urgent: bool
    about_sources: bool
    clauses: tuple[Part, ...] = ()
    """The asking clause of a sentence that also tells something ("Ukam Turkiyada ishlaydi,
    oilasiga davlat qanday yordam beradi?"): answered when no whole sentence is."""
    thanked: bool = False
    """Whether the message thanks ("rahmat", "спасибо, всё понятно"): a message that only
    thanks is answered "you are welcome", not "hello"."""
    farewell: bool = False
    """Whether the message says goodbye ("xayr", "пока"): answered "goodbye", not "hello"."""
    subject: tuple[str, ...] = ()
    """For a message about the documents: the folded words that name its subject."""
    danger: frozenset[str] = frozenset()
    """For an urgent message: the words of its triggers, left out when it is matched (the
    answer after the protection block is for what the message asks, not for "passport")."""
    small_talk: str | None = None
    """"acknowledgement" ("ok", "понятно") or "follow_up" ("batafsil", "why?") when that is
    the whole message (``acknowledgements`` and ``follow_ups`` in phrases.yaml)."""
    rights: bool = False
    """The message says a migrant's rights are violated, or asks where to turn
    (``rights_asked`` in phrases.yaml)."""
    told: tuple[Part, ...] = ()
    """For a message that asks nothing: the sentences that tell something of the writer
    ("I am a nurse and want to work in Germany"), set aside with its greetings. Their best
    entry may be offered as a button with the greeting."""

    @property
    def greeting_only(self) -> bool:
        """Only greetings, thanks and the like: nothing to match."""
        return self.set_aside and not self.parts

    @property
    def question_parts(self) -> tuple[Part, ...]:
        """The sentences to match: those that ask, or all when none does."""
        asking = tuple(p for p in self.parts if p.asks)
        return asking or self.parts


URGENT_GAP = 3
"""Words that may stand between the words of an urgent trigger: "паспортимни иш берувчи олиб
қўйди" is "pasportimni olib" with the employer in between."""
TYPO_MIN = 7
"""A word this long that is one letter off an urgent trigger's word counts as that word
("пастпорт" is "паспорт"), unless it is a word of the knowledge base itself."""
SMALL_TALK_MAX = 6
"""Words a message of small talk ("ok", "подробнее, пожалуйста") has at most."""
ABOUT_SLACK = 1
"""Words besides the phrase that a question about the documents may have without naming one
("who wrote it", "кто автор этих")."""


def _closes(hit: Hit, length: int) -> bool:
    """Whether a set-aside phrase closes a sentence of ``length`` words (``CLOSING``). A
    one-word farewell closes only at its end: "Пока не пришли деньги" (пока: "not yet")
    asks about money; "ясно про шенген, пока" says goodbye."""
    return hit.label in CLOSING and (hit.label != "farewell" or hit.end == length
                                     or hit.end - hit.start > 1)


def _phrases(rows: object) -> list[str]:
    """A list of phrases, or phrases per language, as one list."""
    return [p for phrases in _by_language(rows).values() for p in phrases]


def _index(pairs: list[tuple[str, str]]) -> PhraseIndex:
    # Uzbek phrases also match as typed on a Russian keyboard.
    more = [(label, keyboard_variant(p)) for label, p in pairs if keyboard_variant(p) != p]
    return PhraseIndex(pairs + more)


def _by_language(rows: object) -> dict[str, list[str]]:
    """A ``set_aside`` kind: phrases per language, or one plain list (no language)."""
    if isinstance(rows, dict):
        return {str(lang): [str(p) for p in phrases or ()] for lang, phrases in rows.items()}
    return {"any": [str(p) for p in rows or ()]}  # type: ignore[attr-defined]


class Reader:
    """The phrase lists, built once; ``read`` is pure and cheap."""

    def __init__(self, raw: dict[str, object], stopwords: Set[str] = frozenset(),
                 vocabulary: Set[str] = frozenset()) -> None:
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
        self.question_words = frozenset(
            w for p in raw.get("question_words") or () for w in fold(str(p)).split())  # type: ignore[attr-defined]
        self.question_particles = frozenset(
            w for p in raw.get("question_particles") or () for w in fold(str(p)).split())  # type: ignore[attr-defined]
        suffix = raw.get("question_suffix") or {}
        assert isinstance(suffix, dict)
        self.question_suffix = (fold(str(suffix.get("ending", ""))),
                                int(suffix.get("min_length", 0)))
        self.question_ends = frozenset(
            w for p in raw.get("question_ends") or () for w in fold(str(p)).split())  # type: ignore[attr-defined]
        self.question_starts = _index([("ask", str(p)) for p in raw.get("question_starts") or ()])  # type: ignore[attr-defined]
        self.requests = _index([("ask", str(p)) for p in raw.get("requests") or ()])  # type: ignore[attr-defined]
        joining = sorted((str(w) for w in raw.get("joining") or ()), key=len, reverse=True)  # type: ignore[attr-defined]
        self._joining = (re.compile(r"\s+(?:" + "|".join(map(re.escape, joining)) + r")\s+",
                                    re.IGNORECASE) if joining else None)
        """Where a sentence may hold two questions ("... и что ...")."""
        number_words = raw.get("number_words") or {}
        assert isinstance(number_words, dict)
        self.number_words = _index([(str(kind), str(p)) for kind, rows in number_words.items()
                                    for p in rows or ()])
        """The word next to a number that tells its kind: label, percent, amount, year."""
        self.personal = _index([("personal", str(p)) for p in _phrases(raw.get("personal"))])
        """Words of a sentence about the writer or their family ("my brother works in ...")."""
        suffix = raw.get("personal_suffix") or {}
        assert isinstance(suffix, dict)
        self.personal_suffix = (tuple(fold(str(e)) for e in suffix.get("endings") or ()),
                                int(suffix.get("min_length", 0)))
        self.told_topic = _index([("topic", str(p)) for p in _phrases(raw.get("told_topic"))])
        """Words that make a told sentence name a topic ("want to", "haqida")."""
        danger = [str(p) for p in raw.get("urgent") or ()]  # type: ignore[attr-defined]
        pleas = [str(p) for p in raw.get("urgent_pleas") or ()]  # type: ignore[attr-defined]
        triggers = danger + pleas
        self.urgent = _index([("urgent", p) for p in danger] + [("plea", p) for p in pleas])
        """Danger ("urgent") and calls for help ("plea"): see ``is_urgent``."""
        self.plea_tasks = _index([("task", str(p)) for p in raw.get("plea_tasks") or ()])  # type: ignore[attr-defined]
        """What turns a call for help into a request ("помогите найти информацию")."""
        urgent_words = {w for p in triggers for v in {p, keyboard_variant(p)}
                        for w in fold(v).split()}
        self._urgent_words = sorted(w for w in urgent_words if len(w) >= TYPO_MIN - 1)
        self._known = frozenset(vocabulary) | urgent_words
        self._known_sorted = sorted(self._known)
        self._typos: dict[str, str] = {}
        details = raw.get("details") or {}
        assert isinstance(details, dict)
        self.details = _index([(kind, str(p)) for kind, rows in details.items()
                               for p in rows or ()])
        """Details an entry leaves out unless its text gives them (how to apply ...)."""
        self.negation = frozenset(
            w for p in raw.get("negation") or () for w in fold(str(p)).split())  # type: ignore[attr-defined]
        """Words that say a sentence denies ("does not say"): see ``details``."""
        quantity = raw.get("quantity") or {}
        assert isinstance(quantity, dict)
        self.quantity = _index([(kind, str(p)) for kind, rows in quantity.items()
                                for p in rows or ()])
        """How many / how much ("asks"), and counts of kinds that are not ("kinds")."""
        asks_topic = raw.get("asks_topic") or {}
        assert isinstance(asks_topic, dict)
        self.asks_topic = _index([(str(topic), str(p)) for topic, rows in asks_topic.items()
                                  for p in rows or ()])
        """Which topic a question asks a thing of ("which decree": decrees)."""
        self.about = _index([("about", str(p)) for p in raw.get("about_sources") or ()])  # type: ignore[attr-defined]
        rights = raw.get("rights_asked") or {}
        self.rights = _index([("rights", p) for rows in _by_language(rights).values()
                              for p in rows])
        """A migrant's rights violated, or where to turn."""
        self.whole = {" ".join(fold(v).split()): kind
                      for kind, key in (("acknowledgement", "acknowledgements"),
                                        ("follow_up", "follow_ups"))
                      for p in raw.get(key) or () for v in {str(p), keyboard_variant(str(p))}}  # type: ignore[attr-defined]
        """Whole messages of small talk, folded: "acknowledgement" or "follow_up"."""
        self.about_author = _index([("author", str(p)) for p in raw.get("about_author") or ()])  # type: ignore[attr-defined]
        """What a question asks of an author it names ("кто по профессии", "qachon chiqqan")."""
        practical = raw.get("practical") or {}
        assert isinstance(practical, dict)
        self.practical = _index([(kind, str(p)) for kind, rows in practical.items()
                                 for p in rows or ()])
        """Practical details the documents never give (phone, price, rate, loan, procedure)."""
        self.own_people = _index([("own", str(p)) for p in raw.get("own_people") or ()])  # type: ignore[attr-defined]
        """A foreign country's own people ("its citizens", "своих"): see ``own_people``."""
        self.home_state = _index([("home", str(p)) for p in raw.get("home_state") or ()])  # type: ignore[attr-defined]
        self.home_words = frozenset(
            w for p in raw.get("home_words") or () for v in {str(p), keyboard_variant(str(p))}
            for w in fold(v).split())  # type: ignore[attr-defined]
        """Words that name the writer's home country ("send home", "uyga")."""
        self.document_words = frozenset(
            w for p in raw.get("document_words") or () for w in fold(str(p)).split())  # type: ignore[attr-defined]
        self.stopwords = stopwords
        self.protection = tuple(map(str, raw.get("protection") or ()))  # type: ignore[call-overload]
        """Entry ids the urgent reply offers, in order."""

    @classmethod
    def load(cls, path: Path = PHRASES, stopwords: Set[str] = frozenset(),
             vocabulary: Set[str] = frozenset()) -> Reader:
        """The lists in ``path``; ``vocabulary``: the knowledge base's own words, never
        taken for a typo of an urgent trigger."""
        raw = read_yaml(path) if path.exists() else {}
        return cls(raw or {}, stopwords, vocabulary)

    def _untypo(self, tok: str) -> str:
        """The urgent trigger word ``tok`` is one letter off, else ``tok`` itself."""
        if len(tok) < TYPO_MIN or tok in self._known:
            return tok
        # A word that shares its stem with a known word is that word's inflection:
        # "insured" is not "injured" when the documents speak of insurance.
        stem = tok[:max(TYPO_MIN - 2, len(tok) - 3)]
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

    def _has_question_word(self, toks: tuple[str, ...] | list[str],
                           not_asking: Set[str] = frozenset()) -> bool:
        """A question word anywhere, a question particle after the first word, or one of
        ``question_ends`` (alone or written onto it: "yogʻadimi") last, unless that last
        word is one of ``not_asking`` (Russian instrumentals)."""
        if not toks:
            return False
        return (any(t in self.question_words for t in toks)
                or any(t in self.question_particles for t in toks[1:])
                or len(toks) > 1 and toks[-1] in self.question_ends
                or toks[-1] not in not_asking and self._asks_by_suffix(toks[-1]))

    def _asks_by_suffix(self, tok: str) -> bool:
        ending, length = self.question_suffix
        return bool(ending) and len(tok) >= length and tok.endswith(ending)

    def asks_quantity(self, toks: tuple[str, ...] | list[str]) -> str | None:
        """The "how many" phrase of folded tokens, unless it counts kinds; else None."""
        return next((h.phrase for h in self.quantity.find(toks) if h.label == "asks"), None)

    def asked_topic(self, toks: tuple[str, ...] | list[str]) -> str | None:
        """The topic whose kind of thing folded tokens ask for ("qaysi farmon"), or None."""
        return next((h.label for h in self.asks_topic.find(toks)), None)

    def is_urgent(self, toks: list[str]) -> bool:
        """Whether folded tokens say someone is in danger (triggers in any order of words
        between them, a typo allowed in a long word)."""
        hits = self.urgent.find([self._untypo(t) for t in toks], URGENT_GAP)
        # "помогите" alone is a call for help; "помогите найти информацию про диаспору" is a
        # student's request, unless the message also names a danger.
        return any(h.label == "urgent" for h in hits) or bool(
            hits and not self.plea_tasks.find(toks))

    def danger_words(self, toks: list[str]) -> frozenset[str]:
        """The words of the urgent triggers in folded tokens ("pasportim", "yoʻq" of
        "pasportim yoʻq qoldi"): they say the danger, not what is asked."""
        untypoed = [self._untypo(t) for t in toks]
        return frozenset(
            toks[k] for h in self.urgent.find(untypoed, URGENT_GAP) if h.label == "urgent"
            for k in range(h.start, h.end)
            if any(word_matches(w, untypoed[k]) for w in fold(h.phrase).split()))

    def _about_sources(self, toks: list[str]) -> tuple[str, ...] | None:
        """None unless the message asks about the documents themselves; then the words
        left of its subject ("who wrote the article about Schengen": "schengen")."""
        hits = self.about.find(toks)
        if not hits:
            return None
        inside = {k for h in hits for k in range(h.start, h.end)}
        rest = [t for k, t in enumerate(toks) if k not in inside and t not in self.stopwords]
        subject = tuple(t for t in rest if t not in self.document_words)
        if len(subject) < len(rest) or len(rest) <= ABOUT_SLACK:
            return subject
        return None

    def read(self, text: str) -> Reading:
        """Read one cleaned message.

        Args:
            text: the message after ``bot.text.clean``.

        Returns:
            Its question-bearing parts and what else it says.
        """
        parts: list[Part] = []
        clauses: list[Part] = []
        told: list[int] = []  # parts that only introduce the writer
        personal: list[int] = []  # ... or speak of the writer, beside a greeting
        stated: list[int] = []  # ... or state something, beside thanks or a goodbye
        topical: list[int] = []  # ... and of those, the ones that name a topic
        set_aside = thanked = farewell = greeted = closed = False
        pieces = _BREAK.split(text) + [""]
        all_toks: list[str] = []  # fold works word by word: the same as folding the text
        for sentence, end in zip(pieces[::2], pieces[1::2], strict=False):
            toks = fold(sentence).split()
            all_toks += toks
            if not toks:
                continue
            hits = self.aside.find(toks)
            set_aside = set_aside or bool(hits)
            thanked = thanked or any(h.label == "thanks" for h in hits)
            greeted = greeted or any(h.label in GREETS for h in hits)
            closed = closed or any(_closes(h, len(toks)) for h in hits)
            farewell = farewell or any(h.label == "farewell" for h in hits)
            # "меня зовут Анвар": a name follows, set aside with its phrase.
            drop = {k for h in hits for k in range(h.start, h.end + (h.label == "name"))}
            rest = tuple(t for k, t in enumerate(toks) if k not in drop)
            if hits and all(t in self.stopwords for t in rest):
                continue  # "Здравствуйте!", "Заранее спасибо", "я студентка, пишу курсовую"
            instrumental = {fold(w) for w in _INSTRUMENTAL.findall(sentence.lower())}
            asks = ("?" in end or self._has_question_word(rest, instrumental)
                    or any(h.start == 0 for h in self.question_starts.find(rest[:2]))
                    or bool(self.requests.find(toks)) or self._clause_starts_asking(sentence)
                    or any(h.label == "asking" for h in hits) and any(
                        t in self._known and t not in self.stopwords for t in rest))
            if not asks and any(_closes(h, len(toks)) for h in hits):
                continue  # "Shengen haqidagi javob uchun rahmat": thanks for an answer
            if not asks and (any(h.label in TELLING for h in hits) or any(
                    h.label == "greeting" and h.start > 0 and h.end == len(toks)
                    for h in hits)):
                # ... and a greeting that ends a sentence, after those it greets
                # ("Barcha vatandoshlarga salom!", "Всем соотечественникам привет!")
                told.append(len(parts))
            elif not asks and len(rest) <= PERSONAL_MAX and self._personal(rest):
                personal.append(len(parts))
            elif not asks and SAYS_MIN <= len(rest) <= PERSONAL_MAX:
                stated.append(len(parts))
            if not asks and not any(h.label in ("address", "announce") for h in hits) and (
                    self.told_topic.find(toks) or len(rest) <= SUBJECT_MAX and not (
                        told and told[-1] == len(parts) or personal and personal[-1] == len(parts)
                        or self._personal(rest))):
                topical.append(len(parts))  # ... or a subject alone ("salom, diaspora")
            halves = self._joined_questions(sentence) if asks else []
            parts.append(Part(rest, asks, tuple(
                Part(self._aside_dropped(fold(h).split()), True) for h in halves)))
            if asks and "," in sentence:
                clauses += self._asking_clauses(sentence)
            elif asks and len(rest) >= RUNON_MIN:
                clauses += self._runon_clause(rest, instrumental)
        kept: list[Part] = []
        if (told or greeted or closed and (personal or stated)) and not any(
                p.asks for p in parts):
            # A sentence about the writer tells only beside a greeting or an introduction:
            # "My brother works in Turkey" alone is matched, and so is "Мне не ясно про
            # шенгенские визы" (not understood: a question). Beside thanks or a goodbye,
            # any statement tells ("Rahmat. Germaniya haqidagi maʼlumot koʻp yordam berdi").
            told += (personal if greeted or closed else []) + (stated if closed else [])
            told += list(range(len(parts))) if greeted else []
            kept = [p for k, p in enumerate(parts) if k in told and k in topical]
            parts = [p for k, p in enumerate(parts) if k not in told]
        if not all_toks and any(ch in self.emoji for ch in text):
            # Only emoji, one of them a reaction ("👍", "👋"): thanks or a greeting.
            set_aside = True
            thanked = any(self.emoji.get(ch) == "thanks" for ch in text)
        urgent = self.is_urgent(all_toks)
        subject = self._about_sources(all_toks)
        return Reading(tuple(parts), set_aside, urgent, subject is not None,
                       tuple(clauses), thanked, farewell=farewell, subject=subject or (),
                       small_talk=self._small_talk(all_toks),
                       rights=bool(self.rights.find(all_toks)),
                       danger=self.danger_words(all_toks) if urgent else frozenset(),
                       told=tuple(kept) if not parts else ())

    def _small_talk(self, toks: list[str]) -> str | None:
        """The kind of small talk a whole message is, politeness and fillers aside."""
        if not toks or len(toks) > SMALL_TALK_MAX:
            return None
        polite = {k for h in self.aside.find(toks) if h.label in ("politeness", "filler")
                  for k in range(h.start, h.end)}
        core = " ".join(t for k, t in enumerate(toks) if k not in polite)
        return self.whole.get(" ".join(toks)) or self.whole.get(core)

    def _joined_questions(self, sentence: str) -> list[str]:
        """The sides of a sentence where ``joining`` words join two questions, each side
        asking and naming something ("How much was remitted in 2024 and what is the Germany
        agreement?"); else none."""
        joins = list(self._joining.finditer(sentence)) if self._joining else []
        if len(joins) > JOINS_MAX:
            return []  # a run-on of many "and"s; each side would be read again at each one
        for found in joins:
            left, right = sentence[:found.start()], sentence[found.end():]
            if self._names_a_question(left) and self._names_a_question(right):
                return [left, *(self._joined_questions(right) or [right])]
        return []

    def _names_a_question(self, text: str) -> bool:
        """Whether a side of a joined sentence asks (a question word, start or request)
        and names two words or more besides."""
        toks = self._aside_dropped(fold(text).split())
        asking = {k for index in (self.requests, self.question_starts)
                  for h in index.find(toks) for k in range(h.start, h.end)}
        if not (asking and min(asking) == 0 or self.requests.find(toks)
                or self._has_question_word(toks)):
            return False
        if toks and (toks[-1] in self.question_ends or self._asks_by_suffix(toks[-1])):
            asking.add(len(toks) - 1)  # "yordam beradimi" names one thing only
        named = [t for k, t in enumerate(toks) if k not in asking and t not in self.stopwords
                 and t not in self.question_words]
        return len(named) >= 2

    def _personal(self, toks: tuple[str, ...]) -> bool:
        """Whether folded tokens speak of the writer or their family (``personal:``)."""
        endings, length = self.personal_suffix
        return bool(self.personal.find(toks)) or bool(endings) and any(
            len(t) >= length and t.endswith(endings) for t in toks)

    def _runon_clause(self, toks: tuple[str, ...], not_asking: Set[str]) -> list[Part]:
        """For a long sentence without commas (a voice message typed out, "... shu pul
        oʻtkazmalari soʻm kursini tushib ketishdan saqlaydimi deb qiziqib qoldim"): the
        words around its last asking word, where its question is."""
        last = max((k for k, tok in enumerate(toks)
                    if tok in self.question_words or k and tok in self.question_particles
                    or tok not in not_asking and self._asks_by_suffix(tok)
                    or tok in self.question_ends), default=None)
        found = [h.start for index in (self.requests, self.question_starts)
                 for h in index.find(toks)]
        last = max([k for k in (last, *found) if k is not None], default=None)
        if last is None or last <= RUNON_BACK:
            return []  # the question opens the sentence: "why do people pack up and move ..."
        return [Part(toks[last - RUNON_BACK: last + RUNON_AHEAD + 1], True)]

    def _aside_dropped(self, toks: list[str]) -> tuple[str, ...]:
        """``toks`` without their greetings, thanks and the like."""
        drop = {k for h in self.aside.find(toks) for k in range(h.start, h.end)}
        return tuple(t for k, t in enumerate(toks) if k not in drop)

    def _clause_starts_asking(self, sentence: str) -> bool:
        """Whether a comma clause after the first starts like a question ("if I go abroad,
        does the state plan anything"), its greetings and thanks set aside ("до свидания"
        folds to "do ...")."""
        for clause in sentence.split(",")[1:]:
            rest = self._aside_dropped(fold(clause).split())
            if any(h.start == 0 for h in self.question_starts.find(rest[:2])):
                return True
        return False

    def _asking_clauses(self, sentence: str) -> list[Part]:
        """The comma clauses of a sentence that hold a question word, when some do not."""
        found = []
        pieces = [fold(c).split() for c in sentence.split(",")]
        instrumental = {fold(w) for w in _INSTRUMENTAL.findall(sentence.lower())}
        for toks in pieces:
            if toks and self._has_question_word(toks, instrumental):
                found.append(Part(self._aside_dropped(toks), True))
        return found if len(found) < len([p for p in pieces if p]) else []
