"""The facts a text names (numbers, places, peoples, bodies) and when a question's facts
contradict an entry's own (pure).

An entry's facts come from its answer and aliases (or its ``facts:`` override,
``entry_facts``); a question that names another year, article, country, people or
organisation than the entry's own is a near miss (``conflict``). The thesaurus
(``bot.thesaurus``) finds the places, peoples and bodies a text names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.phrases import Hit

if TYPE_CHECKING:
    from bot.thesaurus import Thesaurus

CONCEPT_MARK = "~"
"""Starts a concept's token (``~germany``) and a concept item of a Conflict."""


@dataclass(frozen=True)
class Facts:
    """What a text names: decisive numbers and concept ids by kind."""

    numbers: frozenset[int] = frozenset()
    places: frozenset[str] = frozenset()
    peoples: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Conflict:
    """Why a question is a near miss of an entry: what it asks, what the entry gives."""

    asked: tuple[str, ...]
    known: tuple[str, ...] = ()
    detail: str | None = None
    """A ``not_covered`` phrase of the entry that the question asks for."""


HOME = "uzbekistan"
"""Every entry is about Uzbekistan's migrants unless its facts say otherwise."""


def text_facts(thesaurus: Thesaurus, toks: Sequence[str],
               hits: Sequence[Hit] | None = None) -> Facts:
    """What one of an entry's texts (folded tokens) gives: every number up to six digits,
    and the places, peoples and bodies it names (``hits``: its thesaurus hits, if known)."""
    f = thesaurus.facts(toks, hits)
    return Facts(frozenset(int(t) for t in toks if t.isdigit() and len(t) <= 6), f.places,
                 f.peoples, f.bodies)


def entry_facts(thesaurus: Thesaurus, texts: Iterable[Sequence[str]],
                override: Mapping[str, Iterable[object]] | None = None,
                read: Iterable[Facts] = ()) -> Facts:
    """An entry's facts from the folded tokens of its answers and aliases.

    Args:
        thesaurus: names countries, peoples and organisations.
        texts: folded token lists (answers in every language, aliases).
        override: the entry's ``facts:`` field; each key given replaces the derived set.
        read: the ``text_facts`` of more of its texts, read already.
    """
    numbers: set[int] = set()
    places, peoples, bodies = {HOME}, {HOME}, set()
    for f in (*read, *(text_facts(thesaurus, toks) for toks in texts)):
        numbers |= f.numbers
        places |= f.places
        peoples |= f.peoples
        bodies |= f.bodies
    got = Facts(frozenset(numbers), frozenset(places), frozenset(peoples), frozenset(bodies))
    if override:
        # A kind the field gives replaces the derived set; an empty or missing one keeps it.
        got = Facts(
            frozenset(int(n) for n in override.get("numbers") or () if str(n).isdigit())
            or got.numbers,
            frozenset(map(thesaurus.resolve, override.get("places") or ())) | {HOME}
            if override.get("places") else got.places,
            got.peoples,
            frozenset(map(thesaurus.resolve, override.get("bodies") or ())) or got.bodies)
    return got


def _number_known(n: int, numbers: frozenset[int]) -> bool:
    # "в 24 году" is 2024; "14,8" folds to 14 and 8, both in the entry.
    return n in numbers or (n < 100 and 2000 + n in numbers)


def conflict(asked: Facts, entry: Facts) -> Conflict | None:
    """What the question names that contradicts the entry's own facts, if anything.

    A foreign country only contradicts an entry that is about named foreign countries (one
    that speaks of Uzbekistan's migrants in general covers a brother in Turkey); another
    people's migrants contradict any entry about Uzbekistan's; an organisation only
    contradicts an entry about named organisations.

    Returns:
        None, or a Conflict whose items are numbers as digits and concepts as ``~id``
        (``Thesaurus.describe`` names them in a language).
    """
    bad: list[str] = []
    known: list[str] = []
    for n in sorted(asked.numbers):
        if not _number_known(n, entry.numbers):
            bad.append(str(n))
            years = sorted(k for k in entry.numbers if 1900 <= k <= 2100)
            # Offer what the entry has of the same kind: a year for a year, an article
            # number of as many digits for an article number.
            near = years if 1900 <= n <= 2100 else sorted(
                k for k in entry.numbers if len(str(k)) == len(str(n))
                and not 1900 <= k <= 2100)
            known += [str(k) for k in near[:3]]
    foreign = entry.places - {HOME}
    if foreign:
        bad += [CONCEPT_MARK + p for p in sorted(asked.places - entry.places)]
        if asked.places - entry.places:
            known += [CONCEPT_MARK + k for k in sorted(foreign)[:3]]
    if asked.peoples - entry.peoples:
        bad += [CONCEPT_MARK + p for p in sorted(asked.peoples - entry.peoples)]
        known.append(CONCEPT_MARK + HOME)
    if entry.bodies and asked.bodies - entry.bodies:
        bad += [CONCEPT_MARK + b for b in sorted(asked.bodies - entry.bodies)]
        known += [CONCEPT_MARK + k for k in sorted(entry.bodies)[:3]]
    if not bad:
        return None
    return Conflict(tuple(dict.fromkeys(bad)), tuple(dict.fromkeys(known)))
