"""The urgent lists of ``knowledge/phrases.yaml``, built once: dangers, silences, calls
for help, what tells them from a question or an everyday matter, and the words never taken
for a typo of a trigger's (pure after loading; ``bot.urgency`` reads a message with them)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Set

from bot.langguess import script_of
from bot.phraselists import (
    TYPO_MIN,
    by_language,
    content_pair,
    index,
    phrases,
    spellings,
    strings,
    words,
)
from bot.phrases import PREFIX, bare, phrase_words
from bot.text import fold, keyboard_variant
from bot.translit import APOSTROPHES
from bot.triggerforms import (
    SLOTS,
    SOMEONE,
    SOMEONE_LISTS,
    with_other_forms,
    with_slots,
    with_someone,
)

SELF_HARM = "urgent_self_harm"
"""The list of ``knowledge/phrases.yaml`` whose dangers are to the writer's own life."""


def _written(items: object, *, wish: bool = True) -> re.Pattern[str] | None:
    """One pattern of the ``_written_stem`` of each of ``items`` (a list of
    ``knowledge/phrases.yaml``), at a word's start; a ``wish`` not followed by 'emas'."""
    stems = [_written_stem(str(w)) for w in items or ()]  # type: ignore[attr-defined]
    tail = r"\w*+(?!\s*(?:emas|эмас))" if wish else ""
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(stems)}){tail}") if stems else None


def _written_stem(phrase: str) -> str:
    """A pattern of ``urgent_self_harm_written``'s ``phrase``: its words as written (any
    apostrophe for ʻ), spaces between, the last a stem; of a phrase of two words or more,
    not one negated right after it ('oʻlgim kelmaydi', I do not want to die)."""
    words = [re.escape(w).replace("ʻ", f"[{APOSTROPHES}]") for w in phrase.lower().split()]
    return r"\s+".join(words) + (r"(?!ma|ма)" if len(words) > 1 else "")


class UrgentLists:
    """The urgent lists (a part of ``bot.phrasebook.PhraseBook``)."""

    stopwords: Set[str]

    def _read_urgent(self, raw: Mapping[str, object], vocabulary: Set[str]) -> None:
        """Dangers, calls for help, rights violated, and what the urgent reply offers."""
        triggers = self._read_triggers(raw)
        self._read_danger_context(raw)
        self._read_typos(raw, triggers, vocabulary)
        rights = raw.get("rights_asked") or {}
        self.rights = index([("rights", p) for rows in by_language(rights).values()
                              for p in rows])
        """A migrant's rights violated, or where to turn."""
        self.protection = tuple(map(str, raw.get("protection") or ()))  # type: ignore[call-overload]
        """Entry ids the urgent reply offers, in order."""

    def _read_triggers(self, raw: Mapping[str, object]) -> list[str]:
        """The triggers themselves (dangers, silences, calls for help, cries), and the
        phrases in which a danger's words say none; returns every trigger as matched."""
        # Each trigger also said of someone else and, in Uzbek, by one or by many
        # (``bot.triggerforms``).
        someone = [str(w) for w in raw.get("urgent_someone") or ()]  # type: ignore[attr-defined]
        slots = {slot: by_language(raw.get(key) or {}) for slot, key in SLOTS.items()}
        written = {key: with_other_forms(with_slots(  # type: ignore[attr-defined]
            (str(p) for p in raw.get(key) or ()), slots)) for key in SOMEONE_LISTS}
        own = with_other_forms(str(p) for p in raw.get(SELF_HARM) or ())  # type: ignore[attr-defined]
        written["urgent"] = [*written["urgent"], *own]
        said = {*own, *(" ".join(reversed(p.split())) for p in own if content_pair(p))}
        self.self_harm = frozenset(said | {keyboard_variant(p) for p in said})
        """The triggers of ``urgent_self_harm`` (the writer's own life: "I want to die",
        «жить надоело», "oʻzimni osmoqchiman"), as the urgent hits name them (Uzbek also as
        typed on a Russian keyboard): dangers like the others, and the protection block
        opens with one human line (``Urgency.self_harm``)."""
        danger, silence, pleas = (with_someone(written[key], someone) for key in written)
        triggers = danger + silence + pleas
        labelled = [("urgent", p) for p in danger] + [("silence", p) for p in silence]
        self.cyrillic_triggers = frozenset(phrase_words(p) for p in danger + silence
                                           if script_of(p) == "Cyrl")
        """The dangers' triggers written in Cyrillic, as folded words: a danger found by a
        Latin one folded alike («депорт», "deport") is no sign of Uzbek."""
        self.urgent = index(labelled)
        """Danger ("urgent") and silence ("silence"), words between allowed: see
        ``Reader.is_urgent`` and ``Reader.heard``."""
        self.urgent_reversed = index([
            (label, " ".join(reversed(p.split())))
            for label, key in (("urgent", "urgent"), ("silence", "urgent_silence"))
            for p in written[key] if content_pair(p) and SOMEONE not in p.split()])
        """The two-word triggers of content words, the other way round: Russian puts the
        subject on either side ("забрал бригадир", "бригадир забрал")."""
        self.pleas = index([("plea", p) for p in pleas])
        """Calls for help ("plea"), at most a word between their words
        (``bot.urgency.PLEA_GAP``)."""
        self.urgent_not = index([("not", p) for p in phrases(raw.get("urgent_not"))])
        """Phrases in which a danger's words say no danger: the writer takes ("я забрал",
        "olib ketdim"), or another sense ("koʻzim qamashdi"): ``Urgency.urgent_hits``."""
        self.fire_words = frozenset(bare(w) for p in strings(raw.get("urgent_fire"))
                                    for w in phrase_words(p))
        """The folded fire words (``urgent_fire``): a trigger with one tells a fire."""
        self.fires = index([("fire", p) for p in strings(raw.get("urgent_fire"))])
        """The fire words themselves, found in a message (``Urgency._fires_hurting``)."""
        self.fire_wild = index([("wild", p) for p in phrases(raw.get("urgent_fire_wild"))])
        """Words that make a fire one of the wild («лесной», "forest", 'oʻrmon'): news
        unless it befalls the writer or someone close (``Urgency._news``)."""
        self.news = index([("news", p) for p in phrases(raw.get("urgent_news"))])
        """Words that date what a clause tells in the past ("last year", «в прошлом году»,
        'oʻtgan yili'): a fire so dated is news, no danger now (``Urgency._news``)."""
        self.happened = index([("happened", p) for p in phrases(raw.get("urgent_happened"))])
        """Words that tell a thing happened ('boʻldi', «был»): a fire word alone so told
        is news (``Urgency._news``)."""
        self.hurt = index([("hurt", p) for p in phrases(raw.get("urgent_hurt"))])
        """Words that tell someone was hurt ('kasalxonada', «обгорел», "burned"): a fire
        told as happened beside them is a danger, not news (``Urgency._news``)."""
        self.excusable = index([("excusable", p) for p in phrases(raw.get("urgent_excusable"))])
        """What in a trigger may have a harmless reason ("cannot leave", 'chiqolmay*')."""
        self.excuses = index([("excuse", p) for p in phrases(raw.get("urgent_excuses"))])
        """Harmless reasons (snow, illness, a quarantine): ``Urgency._excused``."""
        self.family_trips = index([("trip", p) for p in phrases(raw.get("urgent_family_trips"))])
        """What in a trigger tells a trip held back ("not letting me go", «не отпускают»)."""
        self.parents = index([("parent", p) for p in phrases(raw.get("urgent_parents"))])
        """Parents who may hold a trip back ("my parents", «родители», 'onam'):
        ``Urgency._parent_held``."""
        self.holders = index([("holder", p) for p in phrases(raw.get("urgent_holders"))])
        """Who holds someone back in danger (a boss, an employer, the police): named, a trip
        held back stays a danger."""
        self.urgent_quoted = words(raw.get("urgent_quoted"))
        """Words that make a danger said otherwise a threat told or quoted ("dedi",
        «сказал», «твой»): the danger stays (``Urgency.urgent_hits``)."""
        self.cries = frozenset(
            w for p in raw.get("urgent_alone") or () for v in {str(p), keyboard_variant(str(p))}
            for w in fold(v).split())  # type: ignore[attr-defined]
        """Words that cry for help when they are all a message says and are shouted
        ("HELP", "Help!!!"): ``Urgency.cries_alone``."""
        self.spelt = spellings(triggers, [str(w) for w in raw.get("urgent_spelt") or ()])  # type: ignore[attr-defined]
        """Folded trigger words matched only as spelt (``spelt_out``), with their spellings."""
        self.dying_written = _written(raw.get("urgent_self_harm_written"))
        """Wanting to die in words that fold like everyday ones, as written
        (``Urgency.dies_written``)."""
        self.dying_if_distress = _written(raw.get("urgent_self_harm_if_distress"))
        """The same words written without their apostrophe ('olgim keladi': to die, or to
        take): a wish to die only beside distress told (``distress``)."""
        self.distress = _written(raw.get("urgent_distress"), wish=False)
        """Distress told ('charchadim', 'hayotim ogʻir'): ``Urgency.dies_written``."""
        return triggers

    def _read_danger_context(self, raw: Mapping[str, object]) -> None:
        """What tells a trigger's danger from a question or an everyday matter: who may be
        silent and what, people in general, asking what to do, asking for help."""
        self.plea_askers = words(raw.get("plea_askers"))
        """Words that, starting a clause, make a call for help in it a question ("does the
        state help me", "who can help me get a job"): ``Urgency.is_urgent``."""
        self.conditions = words(raw.get("plea_conditions"))
        """Words that open a condition ("if I go back home"): an asker after one still
        makes the call for help its question ("... will the state help me")."""
        self.plea_writer = words(raw.get("plea_writer"))
        """The writer as a clause's subject ("i", "we"): a call for help ending that clause
        is a cry after the writer's question ("how do i get help help me")."""
        self.plea_tasks = index([("task", p) for p in phrases(raw.get("plea_tasks"))])
        """What turns a call for help into a request ("помогите найти информацию")."""
        self.silent_persons = index(
            [("person", str(p)) for p in raw.get("urgent_persons") or ()])  # type: ignore[attr-defined]
        """Who may be silent ("akam", «сын», "my brother"): one named anywhere in the
        message makes a silence a danger."""
        self.silent_things = index(
            [("thing", str(p)) for p in raw.get("urgent_silent_things") or ()])  # type: ignore[attr-defined]
        """What may be silent and is no danger ("bank", "agentlik", "internet")."""
        self.general = index([("general", p) for p in phrases(raw.get("urgent_general"))])
        """People in general and counting them ("victims", «сколько», "migrantlar"): a danger
        asked about as a subject (``Urgency.asked_about``)."""
        self.subjects = index([("subject", p) for p in phrases(raw.get("urgent_subjects"))])
        """Dangers that can be a subject ("victims", «депортированных»): the others are told."""
        self.action_asked = index([("action", p) for p in phrases(raw.get("action_asked"))])
        """What asks what to do («что делать», "nima qilish kerak"): someone is in trouble."""
        self.escape_asked = index([("escape", p) for p in phrases(raw.get("escape_asked"))])
        """The writer asking their way out ("how do I get out", 'qanday qutulaman')."""

    def _read_typos(self, raw: Mapping[str, object], triggers: list[str],
                    vocabulary: Set[str]) -> None:
        """The trigger words a long word may be one letter off, and the words that are
        never taken for such a typo (``Urgency._untypo``)."""
        urgent_words = {w for p in triggers for v in {p, keyboard_variant(p)}
                        for w in fold(v).split()}
        self._urgent_words = sorted(w for w in urgent_words if len(w) >= TYPO_MIN - 1)
        self._urgent_set = frozenset(urgent_words)
        self.know(vocabulary)
        lists = strings(raw) + phrases(raw.get("not_typos"))
        self._everyday = frozenset(self.stopwords) | frozenset(
            w.removesuffix(PREFIX) for p in lists
            for v in {p, keyboard_variant(p)} for w in fold(v).split())
        """Words of the language the bot knows from its own lists (stop words, greetings,
        question words, everyday things ..., and ``not_typos``): a real word typed is no
        typo of a trigger's ("слушай" is not «случай», "ничего" not «нечего»)."""

    def know(self, vocabulary: Set[str]) -> None:
        """The words that are never taken for a typo of a trigger's: the knowledge base's
        (``vocabulary``) and the triggers' own. Given again to lists made before the
        vocabulary was known (the index build's child makes the reader so: ``bot.leftout``)."""
        self._known = frozenset(vocabulary) | self._urgent_set
        self._urgent_only = self._urgent_set - frozenset(vocabulary)
        self._known_sorted = sorted(self._known)
        self._typos: dict[str, str] = {}
