"""Concepts across languages (``knowledge/thesaurus.yaml``) and the facts they name.

Pure after loading. Two jobs:

* **concepts for matching**: ``concept_tokens`` turns a folded question into its words with
  each concept phrase replaced by one token (``~germany``), so "Deutschland" and "Olmoniya"
  meet the entry that says "Germany";
* **facts for near misses**: the numbers, places, peoples and bodies a text names
  (``facts``); ``bot.facts`` makes an entry's facts of them and tells when a question's
  contradict an entry's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.apartphrases import GAP, ApartPhrases
from bot.facts import CONCEPT_MARK, HOME, Facts
from bot.knowledge.concepts import read_concepts
from bot.knowledge.records import KnowledgeError, Problem
from bot.langguess import script_of
from bot.paths import SHIPPED_KNOWLEDGE
from bot.phrases import CACHE_MAX, Hit, PhraseIndex
from bot.text import fold, keyboard_variant

PEOPLE = "people:"
DECISIVE_NUMBER = 10
"""Numbers below this ("5 years", "2 children") never make a near miss."""
_DIGITS = re.compile(r"\d+")
_OBJECT_ENDINGS = ("ga", "ka", "qa", "ni", "da", "dan")
LOCATIVE = ("da", "dagi", "de", "degi")
"""Uzbek endings of where someone is ("Rossiyada", "Rossiyadagi"), folded."""
GOING = ("ga", "ka", "qa", "ge", "ke", "dan", "den")
"""Uzbek endings of where someone goes or comes from ("Rossiyaga", "Rossiyadan"), folded."""
_PLACE_BEFORE = frozenset({"in", "v", "vo", "to", "from", "iz", "na"})
"""Words before a country's name for where someone is, goes or comes from, folded."""
_AT_BEFORE = frozenset({"in", "v", "vo"})
"""Words before a country's name for where someone is ("in", «в»), folded."""
RELATIONS = "relations"
"""The concept of relations between states (``_relations_owners``)."""
_OWNER_APART = 3
"""At most so many words from an Uzbek owner in "-ning" to its relations ('Rossiyaning
Qozogʻiston bilan munosabatlari')."""
WRITER_BEFORE = 3
"""How many words before a country's name a word of the writer ("I work in", «я работаю в»,
"men") makes it where the writer is."""
"""Uzbek case endings of a noun that is not what a country's name before it owns
("migrantlarga", "migrantlarni"), folded."""


_BECAUSE_OF = frozenset(tuple(fold(p).split())
                        for p in ("because of", "due to", "owing to", "из-за"))
"""Words before a country's name that make it a cause ("because of Ukraine", «из-за
Украины»): what happened there is told, not whose people or facts are asked of."""
_BECAUSE_AFTER = frozenset(fold(w) for w in ("sababli", "tufaili"))
"""Words after it for the same ('Ukraina sababli')."""


def because_of(toks: Sequence[str], hit: Hit) -> bool:
    """Whether a country's name ``hit`` in folded ``toks`` is told as a cause ("because of
    Ukraine migrants earn less?", «санкции из-за Украины», 'Ukraina sababli'; blind31d)."""
    return (hit.start > 1 and tuple(toks[hit.start - 2:hit.start]) in _BECAUSE_OF
            or hit.end < len(toks) and toks[hit.end] in _BECAUSE_AFTER)


@dataclass(frozen=True)
class Concept:
    id: str
    kind: str | None
    name: Mapping[str, str]
    words: tuple[str, ...]
    people: tuple[str, ...] = ()
    as_written: tuple[str, ...] = ()
    """Abbreviations matched as written (in any case), never folded: folded, "ЕС" is
    "yes" and "ООН" is "он". ``Thesaurus.spell_out`` writes them out before folding."""
    whole: tuple[str, ...] = ()
    """Words matched only whole, never as the stem of a longer word: folded, "Sweden" is
    "sveden", the start of the Russian "сведения" (information)."""
    apart: tuple[str, ...] = ()
    """Phrases whose last word may stand a few words after the others
    (``bot.apartphrases``): "joʻnatadigan davlat" in "joʻnatadigan rivojlanayotgan
    davlatlar"."""
    apart_gap: int = GAP
    """How many other words may stand between two words of an ``apart`` phrase: a why
    and its verb of leaving ("why do so many uzbeks leave", 'nega shuncha oʻzbek
    Rossiyaga ishlagani ketadi') stand further apart than a participle and its noun."""
    within: tuple[str, ...] = ()
    """(bodies) The organisations it is part of: the ILO is a UN organisation, so "which UN
    body reviewed Uzbekistan's policy" may be about the ILO's entry; (places) the country a
    region is part of: Uzbekistan's regions (``in_home``)."""


def _abbreviation(word: str) -> bool:
    """An abbreviation of three or four Latin capitals ("BMT", "IOM", "YaIM"): Uzbek writes
    its case endings against it ("BMTning"), and it is too short to match longer words as a
    stem. One that folds to fewer letters ("OSCE" to "ose") is left out: with an ending it
    folds like other words ("OSCEda" like "Osiyoda")."""
    return (3 <= len(word) <= 4 and word.isascii() and word.isalpha()
            and sum(map(str.isupper, word)) >= 3 and len(fold(word)) == len(word))


def _spelled_as(abbreviation: str, words: Sequence[str]) -> str:
    """The word of ``words`` an abbreviation is spelled out as: the first of its script
    whose folded form is longer and starts as the abbreviation's does ('ozb': 'Oʻzbekiston',
    not the English 'Uzbekistan' given first), else the first of its script, else itself."""
    same = [w for w in words if script_of(w) == script_of(abbreviation)]
    short = fold(abbreviation)
    return next((w for w in same
                 if short and len(fold(w)) > len(short) and fold(w).startswith(short)),
                same[0] if same else abbreviation)


@dataclass
class Thesaurus:
    concepts: dict[str, Concept] = field(default_factory=dict)
    endings: tuple[str, ...] = ()
    """Uzbek case endings written against an abbreviation ("BMTning", "IOMga"): each
    abbreviation of a concept also matches with them."""
    asks_countries_phrases: tuple[str, ...] = ()
    """Phrases that ask for a list of countries ("which states", «список стран»)."""
    people_nouns: tuple[str, ...] = ()
    """Words that make a country named just before them its people ("Tajikistan migrants",
    "Тожикистон мигрантлари"): a people, as "Tajik migrants" is."""
    plurals_apart: tuple[str, ...] = ()
    """People noun endings that do not own the country named right after them
    ("skilled workers Germany"; ``people_plurals_apart``)."""
    state_things: tuple[str, ...] = ()
    """A state's own acts, bodies and currency: a foreign country named right beside one
    asks that country's own (``owners``)."""
    missions: tuple[str, ...] = ()
    """A state's consulates and embassies: one told where it is asks of that one
    (``_missions_there``)."""
    flows: frozenset[str] = frozenset()
    """Concepts of money sent between countries (remittances): a country they go to or
    come from is the country asked of ("Qirgʻizistonga pul oʻtkazmalari 2024",
    "remittances from Russia"), not where someone goes."""
    unscored: frozenset[str] = frozenset()
    """Concepts of how a thing is asked, not of what ("what is it called", «как
    называется»): they tell an aspect, and weigh nothing toward an entry (``scored``)."""
    someone_there: tuple[str, ...] = ()
    """Words that say someone works or lives somewhere ("working", «работающих»,
    'ishlaydiganlar'): a country named in the same question is where they are
    (``names_someone``)."""

    def __post_init__(self) -> None:
        self._facts: dict[tuple[str, ...], Facts] = {}
        # Each such abbreviation becomes the concept's first word of its script that starts
        # as it does, else its first word of that script ("EU" -> "Europe", "ЕС" ->
        # "Европа", "ozb" -> "Oʻzbekiston", "uzb" -> "Uzbekistan"), so the reply's language
        # guess is unchanged and the name is the one that language's phrasings use.
        self._spelled = {a.casefold(): _spelled_as(a, c.words)
                         for c in self.concepts.values() for a in c.as_written}
        # In any case, but Latin capitals of three or more only as capitals: in small
        # letters they are English words ("MOM", the IOM in Russian typed in Latin, "mom").
        abbreviations = sorted({a for c in self.concepts.values() for a in c.as_written},
                               key=len, reverse=True)
        self._as_written = re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(a) if len(a) > 2 and a.isupper() and a.isascii()
            else f"(?i:{re.escape(a)})" for a in abbreviations) + r")(?!\w)"
        ) if abbreviations else None
        # Every word also as typed on a Russian keyboard ("oʻzbek" as "узбек"; fold keeps
        # the other Uzbek letters apart from nothing: қ/к, ғ/г, ҳ/х fold alike).
        self._bases = {cid: sorted({w.split()[-1] for w in (fold(x) for x in c.words) if w},
                                   key=len)
                       for cid, c in self.concepts.items() if c.kind == "country"}
        """Per country: its one-word names and the last words of its longer ones, folded,
        shortest first (``ending``: «в Латинской Америке» ends its name, not in the Uzbek
        "-ke" of going)."""
        self._people_nouns = PhraseIndex([("noun", w) for w in self.people_nouns])
        self._someone_there = PhraseIndex([("there", w) for w in self.someone_there])
        self._state_things = PhraseIndex([("state", w) for w in self.state_things])
        self._missions = PhraseIndex([("mission", w) for w in self.missions])
        self.asks_countries = PhraseIndex([("countries", w) for w in self.asks_countries_phrases])
        self.index = PhraseIndex(
            [(c.id, v) for c in self.concepts.values() for w in c.words
             for v in {w, keyboard_variant(w)}]
            + [(c.id, w + e) for c in self.concepts.values() for w in c.words
               if _abbreviation(w) for e in self.endings]
            + [(PEOPLE + c.id, v) for c in self.concepts.values() for w in c.people
               for v in {w, keyboard_variant(w)}]
            + [(c.id, w) for c in self.concepts.values() for w in c.whole],
            whole=[w for c in self.concepts.values() for w in c.whole])
        # One search per distinct gap (the shipped thesaurus has two).
        self._apart = [ApartPhrases(((c.id, v) for c in self.concepts.values()
                                     if c.apart_gap == gap for w in c.apart
                                     for v in {w, keyboard_variant(w)}), gap)
                       for gap in sorted({c.apart_gap for c in self.concepts.values()
                                          if c.apart})]

    @classmethod
    def load(cls, folder: Path = SHIPPED_KNOWLEDGE) -> Thesaurus:
        """The thesaurus of a knowledge folder, read and checked as ``knowledge.load`` does
        (raising ``KnowledgeError`` if broken); the shipped one by default. The bot builds
        the one its knowledge base holds instead (``of``)."""
        errors: list[Problem] = []
        data = read_concepts(folder, errors, str)
        if errors:
            raise KnowledgeError(errors)
        return cls.of(data)

    @classmethod
    def of(cls, raw: Mapping[str, Any]) -> Thesaurus:
        """The thesaurus of checked data (``KnowledgeBase.thesaurus``: a thesaurus file's
        data, the countries' concepts after its own); empty data gives an empty one."""
        concepts = {}
        for row in raw.get("concepts", ()):
            if row["id"] in concepts:
                raise ValueError(f"the concept {row['id']!r} is given twice")
            concepts[row["id"]] = Concept(row["id"], row.get("kind"), row.get("name") or {},
                                          tuple(map(str, row.get("words", ()))),
                                          tuple(map(str, row.get("people", ()))),
                                          tuple(map(str, row.get("as_written", ()))),
                                          tuple(map(str, row.get("whole", ()))),
                                          tuple(map(str, row.get("apart", ()))),
                                          row.get("apart_gap") or GAP,
                                          tuple(map(str, row.get("within", ()))))
        return cls(concepts, tuple(map(str, raw.get("abbreviation_endings", ()))),
                   tuple(map(str, raw.get("asks_countries", ()))),
                   tuple(map(str, raw.get("people_nouns", ()))),
                   tuple(map(str, raw.get("people_plurals_apart", ()))),
                   state_things=tuple(map(str, raw.get("state_things", ()))),
                   missions=tuple(map(str, raw.get("missions", ()))),
                   flows=frozenset(map(str, raw.get("flows", ()))),
                   unscored=frozenset(map(str, raw.get("unscored", ()))),
                   someone_there=tuple(map(str, raw.get("someone_there", ()))))

    def spell_out(self, text: str) -> str:
        """``text`` with each abbreviation of ``Concept.as_written`` spelled out before it
        ("ЕС" or "ес", not "yes"): "МОМ" as «Международная организация по миграции МОМ»."""
        if self._as_written is None:
            return text
        return self._as_written.sub(lambda m: f"{self._spelled[m[0].casefold()]} {m[0]}", text)

    def hits(self, toks: Sequence[str]) -> list[Hit]:
        return self.index.find(toks) if self.index else []

    def asked_hits(self, toks: Sequence[str]) -> list[Hit]:
        """``hits`` of a question, with the ``apart`` phrases whose words stand apart in it
        ("migrant joʻnatadigan rivojlanayotgan davlatlar"). The entries' texts are read
        with their phrases whole (``hits``), as the index build reads them all at once."""
        found = self.hits(toks)
        for apart in self._apart:
            found = apart.find(toks, found)
        return found

    def scored(self, toks: tuple[str, ...], hits: list[Hit]
               ) -> tuple[tuple[str, ...], list[Hit]]:
        """A question's folded tokens and hits without the phrases of ``unscored`` concepts:
        what weighs toward an entry. "What is it called when people are sold" is scored as
        "when people are sold": an entry that has the frame in a phrasing ("What is it
        called when people leave home ...") gains nothing by it."""
        gone = {k for h in hits if h.label in self.unscored for k in range(h.start, h.end)}
        if not gone:
            return toks, hits
        rest = tuple(t for k, t in enumerate(toks) if k not in gone)
        return rest, self.asked_hits(rest)

    def concept_tokens(self, toks: Sequence[str],
                       hits: Sequence[Hit] | None = None) -> list[str]:
        """``toks`` with every concept phrase replaced by its concept token (``hits``:
        ``self.hits(toks)`` when the caller has them already)."""
        out: list[str] = []
        i = 0
        for hit in self.hits(toks) if hits is None else hits:
            out += toks[i:hit.start]
            out.append(CONCEPT_MARK + hit.label.removeprefix(PEOPLE))
            i = hit.end
        out += toks[i:]
        return out

    def facts(self, toks: Sequence[str], hits: Sequence[Hit] | None = None) -> Facts:
        """The decisive numbers, places, peoples and bodies named in folded tokens."""
        if hits is None:
            # Entries' texts: an answer given by several entries is read once.
            key = tuple(toks)
            found = self._facts.get(key)
            if found is None:
                found = self._find_facts(toks, self.hits(toks))
                if len(self._facts) < CACHE_MAX:
                    self._facts[key] = found
            return found
        return self._find_facts(toks, hits)

    def _find_facts(self, toks: Sequence[str], hits: Sequence[Hit]) -> Facts:
        numbers = {int(t) for t in toks if t.isdigit() and len(t) <= 6}
        found: dict[str, set[str]] = {"places": set(), "peoples": set(), "bodies": set()}
        for hit in hits:
            fact = self.fact_of(hit.label)
            if fact is not None:
                found[fact[0]].add(fact[1])
        return Facts(frozenset(n for n in numbers if n >= DECISIVE_NUMBER),
                     frozenset(found["places"]), frozenset(found["peoples"]),
                     frozenset(found["bodies"]))

    def asked_facts(self, toks: Sequence[str], hits: Sequence[Hit]) -> Facts:
        """``facts`` of a question (``hits``: its thesaurus hits), where a country named
        next to a people noun is also a people named ("Tajikistan migrants")."""
        found = self._find_facts(toks, hits)
        # (a region's people are the home country's: "Xorazmdan koʻp yoshlar" are Uzbeks)
        peoples = {fact[1] for hit in hits if (fact := self.fact_of(hit.label)) is not None
                   and fact[0] == "places" and not self.in_home(fact[1])
                   and self._names_people(toks, hit) and not because_of(toks, hit)}
        return replace(found, peoples=found.peoples | peoples) if peoples else found

    def writers_places(self, toks: Sequence[str], hits: Sequence[Hit],
                       personal: Callable[[Sequence[str]], bool],
                       asks: Callable[[Sequence[str], Sequence[str]], bool] = lambda *_: False
                       ) -> frozenset[str]:
        """The countries a question names for where the writer is, not for what it asks:
        a name for where one is ("in Poland", «в Польше», "Polshada"; not where one goes)
        with a word of the writer (``personal``) just before it ("I work in Poland", «Я
        работаю в Польше», "Men Polshada") or a first-person verb right after it
        ("Polshada ishlayman"), or a name that carries the first person itself
        ("Polshadaman"); not one before a people noun ("Men Rossiyadagi migrantlar"), nor
        one the writer asks about (``asks``: a question word or start in the words just
        before it, "can I work in Korea", «сколько наших в Казахстане»; a "-mi" in the two
        after it, 'Koreyada ishlashim mumkinmi')."""
        found = set()
        for hit in hits:
            fact = self.fact_of(hit.label)
            if fact is None or fact[0] != "places" or hit.label == HOME:
                continue
            last = toks[hit.end - 1]
            on_it = self.ending(hit.label, last)[:-3].endswith(LOCATIVE) and personal((last,))
            before = toks[max(0, hit.start - WRITER_BEFORE):hit.start]
            if self._before_people(toks, hit):
                continue  # where people are: "Men Rossiyadagi migrantlar haqida soʻrayman"
            if asks(toks[max(0, hit.start - WRITER_BEFORE - 2):hit.start],
                    toks[hit.end:hit.end + 2]):
                continue  # where the writer asks to be: "can I work in Korea on a visa"
            if on_it or self.located(toks, hit, going=False) and (
                    personal(before) and not self._people_nouns.find(before)
                    or hit.end < len(toks) and personal(toks[hit.end:hit.end + 1])
                    and not self._people_nouns.find(toks[hit.end:hit.end + 1])):
                found.add(hit.label)
        return frozenset(found)

    def owners(self, toks: Sequence[str], hits: Sequence[Hit]) -> frozenset[str]:
        """The foreign countries a question names as the owner of a state's own act, body
        or currency (``state_things``): right before it ("Kazakhstan's constitution",
        "Kazakh decree", 'Rossiya tashqi ishlar vazirligi', "tenge exchange rate"), or right
        after it («МИД России», «курс тенге»); not one named where someone is or goes
        ('Rossiyada', «в России») nor the partner dealt with ("with", 'bilan')."""
        things = self._state_things.find(toks)
        if not things:
            return frozenset(self._relations_owners(toks, hits)
                             | self._missions_there(toks, hits))
        starts, ends = {h.start for h in things}, {h.end for h in things}
        found = set()
        for hit, cid in self.foreign_hits(hits):
            if not (hit.end in starts or hit.start in ends) or self.located(toks, hit):
                continue
            if hit.end not in starts and any(h.start == hit.end for h in hits
                                             if h.label != hit.label):
                continue  # the first of a list of partners after it ("multi-vector policy
                # Russia China EU"), not the owner («МИД России»)
            if toks[hit.end:hit.end + 1] == ("bilan",) or (
                    hit.start and toks[hit.start - 1] in ("with", "vith", "s", "so")):
                continue
            found.add(cid)
        return frozenset(found | self._relations_owners(toks, hits)
                         | self._missions_there(toks, hits))

    def foreign_hits(self, hits: Sequence[Hit]) -> Iterator[tuple[Hit, str]]:
        """Each hit of a foreign country (a country concept other than Uzbekistan, its
        people's words included), with the country's concept id."""
        for hit in hits:
            cid = hit.label.removeprefix(PEOPLE)
            concept = self.concepts.get(cid)
            if concept is not None and concept.kind == "country" and cid != HOME:
                yield hit, cid

    def _relations_owners(self, toks: Sequence[str], hits: Sequence[Hit]) -> set[str]:
        """The foreign countries whose own relations a question asks of, Uzbekistan named
        nowhere in it: in the possessive right before them ("Russia's relations with
        Kazakhstan", 'Rossiyaning Qozogʻiston bilan munosabatlari') or right after them
        («в отношениях России с Казахстаном»), not the first of two joined ("отношения
        России и Казахстана": both the parties). The documents speak of Uzbekistan's
        relations and of states' in general (nearfix28c)."""
        rel = [h for h in hits if h.label == RELATIONS]
        if not rel or any(h.label == HOME for h in hits):
            return set()
        found = set()
        for hit, cid in self.foreign_hits(hits):
            ending = self.ending(cid, toks[hit.end - 1])
            # (a possessive is no place: "in Russia's relations")
            if (ending == "s" and any(r.start == hit.end for r in rel)
                    or ending.endswith("ning") and any(
                        0 < r.start - hit.end <= _OWNER_APART for r in rel)
                    or any(r.end == hit.start for r in rel) and not self.located(toks, hit)
                    and toks[hit.end:hit.end + 1] not in (("i",), ("and",), ("va",))):
                found.add(cid)
        return found

    def _missions_there(self, toks: Sequence[str], hits: Sequence[Hit]) -> set[str]:
        """The foreign countries a question names as where a mission is, right beside it:
        "the consulate in Riyadh", «консульство в Казахстане», 'Qozogʻistondagi
        konsulligi', 'Turkiyadagi elchixonasi'. The documents speak of consulates in
        general, never of one of them (nearfix28c)."""
        missions = self._missions.find(toks)
        if not missions:
            return set()
        found = set()
        for hit, cid in self.foreign_hits(hits):
            if not self.located(toks, hit, going=False):
                continue
            if any(m.start == hit.end or m.end == hit.start - 1 for m in missions):
                found.add(cid)
        return found

    def names_someone(self, toks: Sequence[str]) -> bool:
        """Whether folded tokens hold a people noun ("migrants", «граждане», 'ishchilar') or
        a word of someone working or living somewhere (``someone_there``)."""
        return bool(self._people_nouns.find(toks) or self._someone_there.find(toks))

    def says_someone_there(self, toks: Sequence[str]) -> bool:
        """Whether folded tokens hold a word of someone working or living somewhere, or of
        a relative (``someone_there``), not a people noun alone."""
        return bool(self._someone_there.find(toks))

    def people_there(self, toks: Sequence[str], hit: Hit) -> bool:
        """Whether a country's name ``hit`` says where the people asked about are: a place
        named where someone is, with a people noun right after it ("Rossiyadagi
        migrantlar", «в России мигранты») or just before it ("migrants in Korea",
        «мигранты в России»)."""
        if not self.located(toks, hit, going=False):
            return False
        start = hit.start - (hit.start > 0 and toks[hit.start - 1] in _AT_BEFORE)
        return bool(self._before_people(toks, hit)) or any(
            max(0, start - 2) + h.end == start
            for h in self._people_nouns.find(toks[max(0, start - 2):start]))

    def _names_people(self, toks: Sequence[str], hit: Hit) -> bool:
        """Whether a country's name stands for its people: before a people noun
        ("Tajikistan migrants", "Тожикистон мигрантлари"), or right after one, or after
        one and "of" ("мигранты Таджикистана", "citizens of Kyrgyzstan")."""
        if after := self._before_people(toks, hit):
            # Not where they are ("Qozogʻistonda migrantlar", "Rossiyadagi ishchilar",
            # «в России мигранты»: Uzbekistan's migrants there), nor an Uzbek object
            # ("Germaniya migrantlarga nima taklif qiladi": to them).
            return not (self.located(toks, hit) or
                        toks[hit.end + after.end - 1].endswith(_OBJECT_ENDINGS))
        end = hit.start - (hit.start > 1 and toks[hit.start - 1] == "of")
        if end == hit.start and end and toks[end - 1].endswith(self.plurals_apart):
            return False  # "skilled workers Germany": for Germany, not its workers
        start = max(0, end - 2)
        # Not an Uzbek possessor ("ishchilarning Rossiyaga ketishi": the workers' going).
        return any(start + h.end == end and not toks[end - 1].endswith("ning")
                   for h in self._people_nouns.find(toks[start:end]))

    def acts_on_people(self, toks: Sequence[str], hit: Hit) -> bool:
        """Whether a people's name ``hit`` ("the Germans", «немцы», "nemislar") is the party
        that acts on people named apart, after it ("What do the Germans offer skilled
        migrants", "Nemislar malakali migrantlarga nima taklif qiladi"): its country, not
        its migrants, which a people noun right after it names ("Kazakh migrants")."""
        nouns = self._people_nouns.find(toks[hit.end:])
        return bool(nouns) and nouns[0].start > 0

    def _before_people(self, toks: Sequence[str], hit: Hit) -> Hit | None:
        """The people noun right after a country's name ``hit`` ("Rossiya migrantlari",
        "Rossiyadagi ishchilar"), if one is."""
        after = self._people_nouns.find(toks[hit.end:hit.end + 2])
        return after[0] if after and after[0].start == 0 else None

    def located(self, toks: Sequence[str], hit: Hit, going: bool = True) -> bool:
        """Whether a country's name ``hit`` says where someone is, or (``going``) goes or
        comes from: an Uzbek place ending past its shortest name ("Qozogʻistonda",
        "Rossiyadagi"; "Rossiyaga"), or "in", «в» (or «из», "to") before it."""
        before, ends = (_PLACE_BEFORE, LOCATIVE + GOING) if going else (_AT_BEFORE, LOCATIVE)
        return ((hit.start > 0 and toks[hit.start - 1] in before)
                or self.ending(hit.label, toks[hit.end - 1]).endswith(ends))

    def in_home(self, cid: str) -> bool:
        """Whether place ``cid`` is a region of the home country ("Samarkand region",
        'Qashqadaryo'): no document gives a region's own facts, only the country's."""
        concept = self.concepts.get(cid)
        return concept is not None and HOME in concept.within

    def innermost(self, bodies: frozenset[str]) -> frozenset[str]:
        """``bodies`` less each that another of them is part of (``within``): "the UN's
        labour organisation" names the UN and the ILO, and asks of the ILO."""
        inner = frozenset(b for b in bodies if not any(
            b in self.concepts[o].within for o in bodies if o != b and o in self.concepts))
        return inner or bodies

    def ending(self, cid: str, tok: str) -> str:
        """What follows country ``cid``'s shortest name that starts ``tok`` ("Rossiyada":
        "da", "Kanada": none), folded; all of ``tok`` past its first letters when none
        does."""
        base = next((b for b in self._bases.get(cid, ()) if tok.startswith(b)), None)
        return tok[len(base):] if base is not None else tok[-4:]

    def fact_of(self, label: str) -> tuple[str, str] | None:
        """The kind of fact a hit's label names (the ``Facts`` field: "places", "peoples" or
        "bodies") and its concept id; None when the concept is no fact."""
        cid = label.removeprefix(PEOPLE)
        if label.startswith(PEOPLE):
            return "peoples", cid
        kind = self.concepts[cid].kind
        if kind == "country":
            return "places", cid
        return ("bodies", cid) if kind == "body" else None

    def resolve(self, name: object) -> str:
        """A concept id, given its id or one of its words ("Germany", "Olmoniya")."""
        text = str(name)
        if text in self.concepts:
            return text
        hits = self.hits(fold(text).split())
        return hits[0].label.removeprefix(PEOPLE) if hits else text

    def describe(self, items: Iterable[str], lang: str) -> str:
        """Conflict items (digits, ``~id``) as a comma-separated phrase in ``lang``."""
        return ", ".join(self.name(i[1:], lang) if i.startswith(CONCEPT_MARK) else i
                         for i in items)

    def name(self, cid: str, lang: str) -> str:
        """A concept's name in ``lang`` (English, else its first word, when missing)."""
        c = self.concepts.get(cid)
        if c is None:
            return cid
        return c.name.get(lang) or c.name.get(lang.split("-")[0]) or c.name.get("en") or (
            c.words[0] if c.words else cid)
