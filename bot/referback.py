"""A pronoun of a question that points back to people told of in a sentence before it
(pure): "I work in Korea, my wife and kids are at home. Does the government help them?"
asks of the wife and kids, not of the state's help for citizens abroad (tester19). The
question is read with the pronoun in place of the words that named them.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import replace

from bot.readout import Part, Reading
from bot.thesaurus import Thesaurus


def people_referred(parts: Sequence[Part], thesaurus: Thesaurus, refer_back: Set[str],
                    people: Set[str]) -> dict[int, tuple[str, ...]]:
    """Per asking part (its place in ``parts``) that refers back by a pronoun
    (``refer_back``) and names none of ``people`` (concept ids: family, children) itself,
    its words with the pronoun replaced by the words of those concepts named in the
    sentences before it that do not ask, back to the last that asks; parts not so are
    left out."""
    found: dict[int, tuple[str, ...]] = {}
    named: list[str] = []
    for k, part in enumerate(parts):
        hits = [h for h in thesaurus.hits(part.toks) if h.label in people]
        if not part.asks:
            named += [t for h in hits for t in part.toks[h.start:h.end]]
            continue
        at = next((j for j, t in enumerate(part.toks) if t in refer_back), None)
        if named and at is not None and not hits:
            found[k] = (*part.toks[:at], *dict.fromkeys(named), *part.toks[at + 1:])
        named = []
    return found


def read_referred(reading: Reading, thesaurus: Thesaurus, refer_back: Set[str],
                  people: Set[str]) -> Reading:
    """``reading`` with its asking parts' pronouns read as the people they point back to
    (``people_referred``)."""
    found = people_referred(reading.parts, thesaurus, refer_back, people) if people else {}
    if not found:
        return reading
    return replace(reading, parts=tuple(replace(p, toks=found[k]) if k in found else p
                                        for k, p in enumerate(reading.parts)))
