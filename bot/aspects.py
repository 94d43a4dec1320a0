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

import numpy as np

from bot.thesaurus import CONCEPT_MARK


@dataclass(frozen=True)
class Aspects:
    """Per group of opposite aspects, each side's concept tokens (``~id``)."""

    groups: tuple[tuple[frozenset[str], ...], ...] = ()
    asked_only: frozenset[str] = frozenset()
    """The tokens of ``unscored`` concepts ("what is it called"): they name a side when a
    question asks, and make no entry stand for one (an entry that has "What is it called
    when people leave home ..." among its phrasings gives no name of every subject)."""

    @classmethod
    def of(cls, raw: Mapping[str, Any]) -> Aspects:
        """The aspects of checked thesaurus data (``KnowledgeBase.thesaurus``); none when it
        has no ``aspects:``."""
        return cls(tuple(tuple(frozenset(CONCEPT_MARK + str(c) for c in side) for side in group)
                         for group in raw.get("aspects") or ()),
                   frozenset(CONCEPT_MARK + str(c) for c in raw.get("unscored") or ()))

    def framed(self, concepts: Iterable[str]) -> frozenset[int]:
        """The groups whose side a question names by an ``asked_only`` token: a frame that
        weighs nothing, so the entries close on the subject choose by it."""
        return frozenset(self.named(c for c in concepts if c in self.asked_only))

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

    @staticmethod
    def fit(stance: Mapping[int, int], asked: Mapping[int, int]) -> int:
        """How many of the sides a question names (``asked``, group -> side) an entry that
        stands for ``stance`` stands for."""
        return sum(stance.get(g) == s for g, s in asked.items())

    @staticmethod
    def fits_better(stance: Mapping[int, int], other: Mapping[int, int],
                    asked: Mapping[int, int]) -> bool:
        """Whether an entry that stands for ``stance`` fits a question naming ``asked``
        better than one that stands for ``other``: it stands for more of the sides asked."""
        return Aspects.fit(stance, asked) > Aspects.fit(other, asked)

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
                for g, side in self.named(c for c in concepts
                                          if c not in self.asked_only).items():
                    counts.setdefault(g, [0] * len(self.groups[g]))[side] += 1
            stance = {g: max(range(len(n)), key=n.__getitem__) for g, n in counts.items()
                      if 2 * max(n) > sum(n)}
            if stance:
                found[idx] = stance
        return found

    def stances_of_hits(self, tokens: Sequence[str], hit_token: np.ndarray,
                        hit_text: np.ndarray, entry: np.ndarray, asked: np.ndarray
                        ) -> dict[int, dict[int, int]]:
        """``stances`` of concept hits found for many texts at once (the index build's):
        the same stances as every question's concept tokens read one by one.

        Args:
            tokens: the tokens ``hit_token`` numbers (a concept's is ``~id``).
            hit_token, hit_text: per concept hit, its token's number and its text's.
            entry: per text, its entry's index.
            asked: per text, how many of its entry's questions it stands for (0: none, an
                alias; 2: a question and another that reads alike).
        """
        # Each (group, side) of a group of G with at most S sides as one number g * S + s.
        n_groups, n_sides = len(self.groups), max(map(len, self.groups), default=0)
        named_by = {tok: [g * n_sides + s for g, group in enumerate(self.groups)
                          for s, side in enumerate(group) if tok in side]
                    for tok in self.tokens - self.asked_only}
        sides_of = {k: named_by[t] for k, t in enumerate(tokens) if t in named_by}
        aspect = np.flatnonzero(np.isin(hit_token, list(sides_of)) & (asked[hit_text] > 0))
        pairs = [(t, side) for t, k in zip(hit_text[aspect].tolist(),
                                          hit_token[aspect].tolist(), strict=True)
                 for side in sides_of[k]]
        if not pairs:
            return {}
        # Each text's sides named, once each ...
        per_text = n_groups * n_sides
        text, side = np.divmod(np.unique(np.fromiter((t * per_text + s for t, s in pairs),
                                                     np.int64, len(pairs))), per_text)
        # ... of which a text names those alone in their group: a text names a side of a
        # group only when it names no other side of it.
        _, first, count = np.unique(text * n_groups + side // n_sides, return_index=True,
                                    return_counts=True)
        text, side = text[first[count == 1]], side[first[count == 1]]
        # Per entry and side, how many of its questions name it, against the group's all.
        voted, at = np.unique(entry[text].astype(np.int64) * per_text + side,
                              return_inverse=True)
        votes = np.bincount(at, weights=asked[text], minlength=len(voted))
        _, at_group = np.unique(voted // n_sides, return_inverse=True)
        total = np.bincount(at_group, weights=votes)
        found: dict[int, dict[int, int]] = {}
        for key in voted[2 * votes > total[at_group]].tolist():
            idx, side_of = divmod(key, per_text)
            found.setdefault(idx, {})[side_of // n_sides] = side_of % n_sides
        return found
