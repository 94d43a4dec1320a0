"""``phrases.yaml`` read from the knowledge folder and checked as the FAQ is: every problem
with its line.

Unknown sections and kinds (with a "did you mean"), wrong types, empty phrases, phrases that
fold to nothing, languages the registry does not write, and ``asks_topic:`` topics and
``asks_group:`` and ``protection:`` entries that do not exist. Its data goes into the
``KnowledgeBase``; ``bot.phrasebook`` builds it into the phrase indexes that read a message.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, Strict, ValidationError

from bot.knowledge import models as m
from bot.knowledge.checks import FileChecker
from bot.knowledge.records import Entry, Place, Problem, Topic
from bot.knowledge.yamlfile import YamlFile
from bot.langs import REGISTRY
from bot.text import fold
from bot.translit import APOSTROPHES
from bot.triggerforms import SLOT_LISTS, SLOTS, SOMEONE, SOMEONE_LISTS

PHRASES_FILE = "phrases.yaml"
NO_LANGUAGE = "any"
"""The key of phrases of no language in a per-language list."""
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
"""Every apostrophe a phrase may be written with: one kind when phrases are compared as
written (a phrase listed twice)."""

Phrases = list[m.Text]
PerLanguage = dict[str, Phrases]
"""Phrases per language (``uz`` for both scripts, ``any`` for words of no language)."""
ByKind = dict[m.Text, Phrases]
"""Phrases per kind of one's own naming (``practical:``, ``details:``)."""
Count = Annotated[int, Strict()]


class SetAside(m._Model):
    """The kinds set aside before matching; each one the reading names in code."""

    greeting: PerLanguage = Field(default_factory=dict)
    farewell: PerLanguage = Field(default_factory=dict)
    wishes: PerLanguage = Field(default_factory=dict)
    comment: PerLanguage = Field(default_factory=dict)
    thanks: PerLanguage = Field(default_factory=dict)
    small_talk: PerLanguage = Field(default_factory=dict)
    help: PerLanguage = Field(default_factory=dict)
    politeness: PerLanguage = Field(default_factory=dict)
    filler: PerLanguage = Field(default_factory=dict)
    address: PerLanguage = Field(default_factory=dict)
    announce: PerLanguage = Field(default_factory=dict)
    asking: PerLanguage = Field(default_factory=dict)
    introduction: PerLanguage = Field(default_factory=dict)
    unwilling: PerLanguage = Field(default_factory=dict)
    name: PerLanguage = Field(default_factory=dict)
    language: PerLanguage = Field(default_factory=dict)


class ReactionEmoji(m._Model):
    thanks: m.Text | None = None
    greeting: m.Text | None = None


class QuestionSuffix(m._Model):
    ending: m.Text
    min_length: Count


class PersonalSuffix(m._Model):
    endings: Phrases
    min_length: Count


class ObliqueCase(m._Model):
    """``ellipsis_oblique``: prepositions and Uzbek case endings of a follow-up's word."""

    words: Phrases = Field(default_factory=list)
    endings: Phrases = Field(default_factory=list)
    min_length: Count = 0


class NumberWords(m._Model):
    label: Phrases = Field(default_factory=list)
    percent: Phrases = Field(default_factory=list)
    amount: Phrases = Field(default_factory=list)
    year: Phrases = Field(default_factory=list)
    age: Phrases = Field(default_factory=list)
    age_before: Phrases = Field(default_factory=list)
    year_before: Phrases = Field(default_factory=list)
    duration: Phrases = Field(default_factory=list)
    span_before: Phrases = Field(default_factory=list)
    span_after: Phrases = Field(default_factory=list)
    back: Phrases = Field(default_factory=list)
    month: Phrases = Field(default_factory=list)


class Quantity(m._Model):
    asks: Phrases = Field(default_factory=list)
    kinds: Phrases = Field(default_factory=list)
    label: Phrases = Field(default_factory=list)


class Group(m._Model):
    """Entries asked for together by a plural ("which decrees"): ``asks_group:``."""

    entries: list[m.Ident]
    phrases: Phrases
    alone: Phrases = Field(default_factory=list)
    """Words that ask for the group when a message names nothing else ("strategy")."""


class Broad(m._Model):
    """A broad subject no entry owns: when its phrase is all a question names (beside the
    home country and ``beside`` words), its entries are offered, not an answer:
    ``asks_broad:``."""

    entries: list[m.Ident]
    phrases: Phrases
    beside: Phrases = Field(default_factory=list)
    """Words that may stand beside a phrase ("state", "in general")."""


class PhrasesFile(m._Model):
    """Every section ``bot.phrasebook`` reads (see the comments in ``phrases.yaml``)."""

    set_aside: SetAside = Field(default_factory=SetAside)
    reaction_emoji: ReactionEmoji = Field(default_factory=ReactionEmoji)
    question_words: Phrases = Field(default_factory=list)
    question_particles: Phrases = Field(default_factory=list)
    question_negators: Phrases = Field(default_factory=list)
    question_ends: Phrases = Field(default_factory=list)
    question_suffix: QuestionSuffix | None = None
    question_suffix_inside: Phrases = Field(default_factory=list)
    question_after: Phrases = Field(default_factory=list)
    question_starts: Phrases = Field(default_factory=list)
    question_inversions: Phrases = Field(default_factory=list)
    requests: Phrases = Field(default_factory=list)
    not_requests: Phrases = Field(default_factory=list)
    wants: Phrases = Field(default_factory=list)
    wants_met: Phrases = Field(default_factory=list)
    reported_speech: Phrases = Field(default_factory=list)
    next_topic: Phrases = Field(default_factory=list)
    naming_asked: Phrases = Field(default_factory=list)
    condition_openers: Phrases = Field(default_factory=list)
    condition_suffix: QuestionSuffix | None = None
    condition_referred: Phrases = Field(default_factory=list)
    relative_openers: Phrases = Field(default_factory=list)
    number_words: NumberWords = Field(default_factory=NumberWords)
    joining: Phrases = Field(default_factory=list)
    refer_back: Phrases = Field(default_factory=list)
    refer_back_people: list[m.Ident] = Field(default_factory=list)
    refer_back_bodies: list[m.Ident] = Field(default_factory=list)
    refer_back_one: Phrases = Field(default_factory=list)
    owner_back: Phrases = Field(default_factory=list)
    refer_back_things: Phrases = Field(default_factory=list)
    points_back: Phrases = Field(default_factory=list)
    points_back_asks: Phrases = Field(default_factory=list)
    defining: Phrases = Field(default_factory=list)
    defining_last: Phrases = Field(default_factory=list)
    defining_not: Phrases = Field(default_factory=list)
    personal: PerLanguage = Field(default_factory=dict)
    personal_suffix: PersonalSuffix | None = None
    introducing: Phrases = Field(default_factory=list)
    introducing_suffix: PersonalSuffix | None = None
    introducing_verbs: ObliqueCase | None = None
    about_bot: Phrases = Field(default_factory=list)
    language_ask_words: Phrases = Field(default_factory=list)
    told_topic: PerLanguage = Field(default_factory=dict)
    urgent: Phrases = Field(default_factory=list)
    urgent_self_harm: Phrases = Field(default_factory=list)
    urgent_silence: Phrases = Field(default_factory=list)
    urgent_persons: Phrases = Field(default_factory=list)
    urgent_silent_things: Phrases = Field(default_factory=list)
    urgent_general: PerLanguage = Field(default_factory=dict)
    urgent_subjects: Phrases = Field(default_factory=list)
    action_asked: Phrases = Field(default_factory=list)
    escape_asked: Phrases = Field(default_factory=list)
    urgent_pleas: Phrases = Field(default_factory=list)
    urgent_someone: Phrases = Field(default_factory=list)
    urgent_fire: PerLanguage = Field(default_factory=dict)
    urgent_fire_places: PerLanguage = Field(default_factory=dict)
    urgent_held: PerLanguage = Field(default_factory=dict)
    urgent_released: PerLanguage = Field(default_factory=dict)
    urgent_close: PerLanguage = Field(default_factory=dict)
    urgent_news: Phrases = Field(default_factory=list)
    urgent_fire_wild: Phrases = Field(default_factory=list)
    urgent_happened: Phrases = Field(default_factory=list)
    urgent_hurt: Phrases = Field(default_factory=list)
    urgent_excusable: Phrases = Field(default_factory=list)
    urgent_excuses: Phrases = Field(default_factory=list)
    urgent_family_trips: Phrases = Field(default_factory=list)
    urgent_parents: Phrases = Field(default_factory=list)
    urgent_holders: Phrases = Field(default_factory=list)
    plea_askers: Phrases = Field(default_factory=list)
    plea_writer: Phrases = Field(default_factory=list)
    plea_conditions: Phrases = Field(default_factory=list)
    urgent_alone: Phrases = Field(default_factory=list)
    urgent_spelt: Phrases = Field(default_factory=list)
    urgent_self_harm_written: Phrases = Field(default_factory=list)
    urgent_self_harm_if_distress: Phrases = Field(default_factory=list)
    urgent_distress: Phrases = Field(default_factory=list)
    urgent_not: Phrases = Field(default_factory=list)
    urgent_quoted: Phrases = Field(default_factory=list)
    not_typos: Phrases = Field(default_factory=list)
    plea_tasks: Phrases = Field(default_factory=list)
    acknowledgements: Phrases = Field(default_factory=list)
    farewells_alone: Phrases = Field(default_factory=list)
    language_asks: Phrases = Field(default_factory=list)
    follow_ups: Phrases = Field(default_factory=list)
    what_now: Phrases = Field(default_factory=list)
    follow_up_openers: Phrases = Field(default_factory=list)
    ellipsis: Phrases = Field(default_factory=list)
    ellipsis_last: Phrases = Field(default_factory=list)
    ellipsis_oblique: ObliqueCase | None = None
    vague_alone: Phrases = Field(default_factory=list)
    state_laws: Phrases = Field(default_factory=list)
    practical: ByKind = Field(default_factory=dict)
    practical_spelt: Phrases = Field(default_factory=list)
    practical_not: Phrases = Field(default_factory=list)
    quantity: Quantity = Field(default_factory=Quantity)
    counted: ByKind = Field(default_factory=dict)
    asks_topic: ByKind = Field(default_factory=dict)
    asks_group: dict[m.Text, Group] = Field(default_factory=dict)
    asks_broad: dict[m.Text, Broad] = Field(default_factory=dict)
    details: ByKind = Field(default_factory=dict)
    negation: Phrases = Field(default_factory=list)
    protection: list[m.Ident] = Field(default_factory=list)
    side_pairs: list[list[m.Ident]] = Field(default_factory=list)
    rights_asked: PerLanguage = Field(default_factory=dict)
    comparing: PerLanguage = Field(default_factory=dict)
    both_sides: Phrases = Field(default_factory=list)
    frames: Phrases = Field(default_factory=list)
    about_sources: Phrases = Field(default_factory=list)
    about_topic: Phrases = Field(default_factory=list)
    about_author: Phrases = Field(default_factory=list)
    author_nouns: Phrases = Field(default_factory=list)
    author_says: Phrases = Field(default_factory=list)
    own_people: Phrases = Field(default_factory=list)
    home_state: Phrases = Field(default_factory=list)
    home_words: Phrases = Field(default_factory=list)
    alone_words: Phrases = Field(default_factory=list)
    our_people_words: Phrases = Field(default_factory=list)
    example_words: Phrases = Field(default_factory=list)
    act_doers: Phrases = Field(default_factory=list)
    acts_named: Phrases = Field(default_factory=list)
    document_words: Phrases = Field(default_factory=list)
    document_before: Phrases = Field(default_factory=list)
    document_after: Phrases = Field(default_factory=list)
    document_title_words: Phrases = Field(default_factory=list)


def read_phrases(root: Path, errors: list[Problem], rel: Callable[[Path], str],
                 topics: Mapping[str, Topic] | None = None,
                 entries: Mapping[str, Entry] | None = None,
                 warnings: list[tuple[Place, str]] | None = None) -> dict[str, Any]:
    """Read ``root``'s phrases file, reporting every problem in ``errors``.

    Args:
        root: the knowledge folder.
        errors: where each problem goes, with its file and line.
        rel: a path as the problems name it.
        topics, entries: the knowledge base's, which ``asks_topic:``, ``asks_group:`` and
            ``protection:`` must name (not checked when None).
        warnings: where a phrase listed twice in one list goes (dropped when None): it
            matches nothing more, and two maintainers' lists landing side by side are how
            it happens.

    Returns:
        Its data (``KnowledgeBase.phrases``); empty when the file does not exist (the bot
        then reads no message as a greeting, thanks or urgent).
    """
    path = root / PHRASES_FILE
    if not path.exists():
        return {}
    doc = YamlFile(path, rel(path), errors, fast=False)
    if doc.data is None:
        return {}
    chk = FileChecker(doc, errors, [] if warnings is None else warnings, REGISTRY)
    found = len(errors)
    top = _validate(chk, doc.data)
    if top is None:
        return {}
    languages = (NO_LANGUAGE, *REGISTRY.written)
    for where, per_language in _per_language(top):
        for lang in per_language:
            if lang not in languages:
                chk.error((*where, lang), f"{PHRASES_FILE} ({' > '.join(where)}) lists "
                          f"phrases of '{lang}', which is no language; "
                          f"{_advice(lang, languages)}")
    for where, phrase in _phrases(top):
        if not fold(phrase).strip():
            chk.error(where, f"the phrase “{phrase}” of '{where[0]}' in {PHRASES_FILE} has no "
                      "letters or digits, so it matches nothing; write it in words or remove it")
        _check_someone(chk, where, phrase, bool(top.urgent_someone),
                       {slot: bool(getattr(top, key)) for slot, key in SLOTS.items()})
    _check_repeats(chk, _phrases(top))
    if topics is not None:
        for topic in top.asks_topic:
            if topic not in topics:
                chk.error(("asks_topic", topic), f"'asks_topic' of {PHRASES_FILE} names the "
                          f"topic '{topic}', which no faq file has; "
                          f"{_advice(topic, list(topics))}")
    if entries is not None:
        for section, groups in (("asks_group", top.asks_group),
                                ("asks_broad", top.asks_broad)):
            for name, group in groups.items():
                for k, eid in enumerate(group.entries):
                    if eid not in entries:
                        chk.error((section, name, "entries", k),
                                  f"'{section}' ({name}) of {PHRASES_FILE} names the entry "
                                  f"'{eid}', which does not exist; "
                                  f"{_advice(eid, list(entries))}")
        for k, eid in enumerate(top.protection):
            if eid not in entries:
                chk.error(("protection", k), f"'protection' of {PHRASES_FILE} names the entry "
                          f"'{eid}', which does not exist; {_advice(eid, list(entries))}")
        for k, pair in enumerate(top.side_pairs):
            for eid in pair:
                if eid not in entries:
                    chk.error(("side_pairs", k), f"'side_pairs' of {PHRASES_FILE} names the "
                              f"entry '{eid}', which does not exist; "
                              f"{_advice(eid, list(entries))}")
    return doc.data if len(errors) == found else {}


def _check_repeats(chk: FileChecker,
                   phrases: Iterable[tuple[tuple[str | int, ...], str]]) -> None:
    """Warn of a phrase that its list already has, written the same way (letter case,
    spaces and the apostrophe aside); a spelling variant (ё, another script) is no repeat."""
    first: dict[tuple[tuple[str | int, ...], str], tuple[str | int, ...]] = {}
    for where, phrase in phrases:
        written = _APOSTROPHE.sub("'", " ".join(phrase.casefold().split()))
        seen = first.setdefault((where[:-1], written), where)
        if seen != where:
            chk.warn(where, f"the phrase “{phrase}” of '{' > '.join(map(str, where[:-1]))}' in "
                     f"{PHRASES_FILE} is listed already (line {chk.doc.line(*seen)}); "
                     "remove one")


def _check_someone(chk: FileChecker, where: tuple[str | int, ...], phrase: str,
                   someone: bool, slots: dict[str, bool]) -> None:
    """Report a placeholder the phrase lists would drop in silence: ``<someone>`` outside
    the urgent triggers or with ``urgent_someone`` empty, one of ``SLOTS`` ("<fire>")
    outside ``urgent`` or with its list empty, any other ``<...>`` (review s10: a misspelt
    one loses every trigger written with it)."""
    for word in phrase.split():
        if not (word.startswith("<") or word.endswith(">")):
            continue
        if word in slots:
            if where[0] not in SLOT_LISTS:
                chk.error(where, f"the phrase “{phrase}” of '{where[0]}' in {PHRASES_FILE} "
                          f"writes {word}, which stands for words only in "
                          f"{', '.join(SLOT_LISTS)}; write the words")
            elif not slots[word]:
                chk.error(where, f"the phrase “{phrase}” of '{where[0]}' in {PHRASES_FILE} "
                          f"writes {word}, but '{SLOTS[word]}' lists no words, so it matches "
                          f"nothing; list them in '{SLOTS[word]}'")
            continue
        if word != SOMEONE:
            chk.error(where, f"the phrase “{phrase}” of '{where[0]}' in {PHRASES_FILE} writes "
                      f"{word}; the placeholders are {', '.join([SOMEONE, *slots])}")
        elif where[0] not in SOMEONE_LISTS:
            chk.error(where, f"the phrase “{phrase}” of '{where[0]}' in {PHRASES_FILE} writes "
                      f"{SOMEONE}, which stands for someone only in "
                      f"{', '.join(SOMEONE_LISTS)}; write the person's word")
        elif not someone:
            chk.error(where, f"the phrase “{phrase}” of '{where[0]}' in {PHRASES_FILE} writes "
                      f"{SOMEONE}, but 'urgent_someone' lists nobody, so it matches nothing; "
                      "list the persons (me, him, her, my brother ...) in 'urgent_someone'")


def _validate(chk: FileChecker, data: Any) -> PhrasesFile | None:
    """``data`` as ``PhrasesFile``, or None after reporting each shape error with its line,
    naming the sections above the key it is about ("phrases.yaml (set_aside > thanks)")."""
    if not isinstance(data, dict):
        chk.error((), f"{PHRASES_FILE} must be a mapping of sections (name: phrases), found "
                  f"{'a list' if isinstance(data, list) else 'text'}")
        return None
    try:
        return PhrasesFile.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            keys = [step for step in err["loc"] if isinstance(step, str)]
            what = PHRASES_FILE + (f" ({' > '.join(keys[:-1])})" if len(keys) > 1 else "")
            message = m.describe(err, PhrasesFile, what)
            if isinstance(err.get("input"), bool):
                message += ("; put it in quotes (\"no\"): YAML reads no, yes, on and off "
                            "as true/false")
            line = chk.doc.line(*err["loc"], key=err["type"] == "extra_forbidden")
            chk.errors.append(Problem(chk.doc.rel, line, message))
        return None


def _advice(name: str, known: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else "use one of: " + ", ".join(known)


def _per_language(top: PhrasesFile) -> Iterator[tuple[tuple[str, ...], PerLanguage]]:
    for kind in SetAside.model_fields:
        yield ("set_aside", kind), getattr(top.set_aside, kind)
    for name in ("personal", "told_topic", "rights_asked", "comparing"):
        yield (name,), getattr(top, name)


def _phrases(top: PhrasesFile) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every phrase that is folded to match, with its path (not the emoji, matched as
    written, nor the entry ids of ``protection`` and ``side_pairs``)."""
    for name, value in top:
        if name in ("reaction_emoji", "protection", "side_pairs"):
            continue
        yield from _walk((name,), value.model_dump() if isinstance(value, m._Model) else value)


def _walk(path: tuple[str | int, ...], value: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for k, item in enumerate(value):
            yield from _walk((*path, k), item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("min_length", "entries"):  # (a group's entries are ids)
                yield from _walk((*path, key), item)
