"""Opposite aspects of one subject (``aspects:`` in ``knowledge/thesaurus.yaml``): what a
question asks of a subject, its opportunities or its obstacles, the country that sends
migrants or the one that takes them in (pure, no state but the data).

Two entries on one subject ("the challenges of harmonising immigration policies" and "its
opportunities") share nearly every word but the one that says which side is asked, and the
other side's entry may score best ("what chances does coordinating immigration laws
offer" and the challenges, whose answer speaks of coordination). An entry *stands for* a
side when its phrasings name that side's concepts and no other side's; a question *names* a
side when its concepts (after what it sets aside: "despite the difficulties") are of that
side alone. ``bot.siblings`` puts a close entry that stands for the asked side in the place
of a best one that stands for another.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.thesaurus import CONCEPT_MARK


@dataclass(frozen=True)
class Aspects:
    """Per group of opposite aspects, each side's concept tokens (``~id``)."""

    groups: tuple[tuple[frozenset[str], ...], ...] = ()

    @classmethod
    def of(cls, raw: Mapping[str, Any]) -> Aspects:
        """The aspects of checked thesaurus data (``KnowledgeBase.thesaurus``); none when it
        has no ``aspects:``."""
        return cls(tuple(tuple(frozenset(CONCEPT_MARK + str(c) for c in side) for side in group)
                         for group in raw.get("aspects") or ()))

    @property
    def tokens(self) -> frozenset[str]:
        """Every aspect concept's token."""
        return frozenset(t for group in self.groups for side in group for t in side)

    def named(self, concepts: Iterable[str]) -> dict[int, int]:
        """Per group that a question's concept tokens name one side of: that side."""
        found: dict[int, set[int]] = {}
        for tok in concepts:
            if tok[:1] != CONCEPT_MARK:
                continue
            for g, group in enumerate(self.groups):
                for s, side in enumerate(group):
                    if tok in side:
                        found.setdefault(g, set()).add(s)
        return {g: next(iter(sides)) for g, sides in found.items() if len(sides) == 1}

    def stances(self, phrasings: Mapping[int, Iterable[Sequence[str]]]
                ) -> dict[int, dict[int, int]]:
        """Per entry of ``phrasings`` (entry index -> its phrasings' concept tokens), the side
        of each group that it stands for: the side that more of its phrasings name than
        name every other side together ("milliy manfaatlar", national interests, is one
        phrasing of the obstacles' entry among nine that name obstacles). An answer's words
        count for nothing: the opportunities' answer says "despite the obstacles"."""
        found = {}
        for idx, texts in phrasings.items():
            counts: dict[int, list[int]] = {}
            for concepts in texts:
                for g, side in self.named(concepts).items():
                    counts.setdefault(g, [0] * len(self.groups[g]))[side] += 1
            stance = {g: max(range(len(n)), key=n.__getitem__) for g, n in counts.items()
                      if 2 * max(n) > sum(n)}
            if stance:
                found[idx] = stance
        return found
