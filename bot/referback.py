"""A pronoun of a question that points back to people or a body told of in a sentence
before it (pure): "I work in Korea, my wife and kids are at home. Does the government help
them?" asks of the wife and kids, not of the state's help for citizens abroad (tester19);
"I want to use the ILO report in my thesis. What does it look at?" asks of the ILO (blind25).
The question is read with the pronoun in place of the words that named them.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass, replace

from bot.phrases import PhraseIndex
from bot.readout import Part, Reading
from bot.thesaurus import Thesaurus


@dataclass(frozen=True)
class Pointers:
    """What a pronoun of a question may point back to, from the phrase lists."""

    pronouns: Set[str]
    """The pronouns (folded): ``refer_back`` and ``refer_back_one``."""
    people: Set[str]
    """Concept ids of people (``refer_back_people``: family, children)."""
    bodies: Set[str] = frozenset()
    """Concept ids of bodies (``refer_back_bodies``: the ILO, the World Bank): pointed back
    to only by a question that asks more than the pronoun ("what does it look at"; not
    "what is it", which asks of the sentence before as a whole: "some UN document ...,
    global compact or smth. what is it" is the compact, not the UN)."""
    plain: Set[str] = frozenset()
    """Words that ask nothing of their own (stop and question words)."""
    things: PhraseIndex | None = None
    """The documents (``refer_back_things``: the Constitution, the Global Compact), pointed
    back to by any question, and before the bodies named with them ("... the UN's Global
    Compact. What is it?")."""


def people_referred(parts: Sequence[Part], thesaurus: Thesaurus,
                    pointers: Pointers) -> dict[int, tuple[str, ...]]:
    """Per asking part (its place in ``parts``) that refers back by a pronoun and names none
    of the people or bodies itself, its words with the pronoun replaced by the words of
    those named in the sentences before it that do not ask, back to the last that asks;
    parts not so are left out."""
    found: dict[int, tuple[str, ...]] = {}
    kinds = pointers.people | pointers.bodies
    named: list[tuple[str, bool]] = []
    things: list[str] = []
    for k, part in enumerate(parts):
        hits = [h for h in thesaurus.hits(part.toks) if h.label in kinds]
        documents = pointers.things.find(part.toks) if pointers.things else []
        if not part.asks:
            named += [(t, h.label in pointers.bodies) for h in hits
                      for t in part.toks[h.start:h.end]]
            things += [t for h in documents for t in part.toks[h.start:h.end]]
            continue
        at = next((j for j, t in enumerate(part.toks) if t in pointers.pronouns), None)
        if things and at is not None and not documents:
            found[k] = (*part.toks[:at], *dict.fromkeys(things), *part.toks[at + 1:])
        elif named and at is not None and not hits:
            more = any(t not in pointers.plain for j, t in enumerate(part.toks) if j != at)
            words = [t for t, body in named if more or not body]
            if words:
                found[k] = (*part.toks[:at], *dict.fromkeys(words), *part.toks[at + 1:])
        named, things = [], []
    return found


def read_referred(reading: Reading, thesaurus: Thesaurus, pointers: Pointers) -> Reading:
    """``reading`` with its asking parts' pronouns read as the people or bodies they point
    back to (``people_referred``)."""
    found = people_referred(reading.parts, thesaurus, pointers) if (
        pointers.people or pointers.bodies or pointers.things) else {}
    if not found:
        return reading
    return replace(reading, parts=tuple(replace(p, toks=found[k]) if k in found else p
                                        for k, p in enumerate(reading.parts)))
