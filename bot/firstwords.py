"""Numbers looked up by the first word of a phrase, the way phrase words match tokens.

Pure. A phrase word of ``STEM_MIN`` letters or more also matches the longer words that
start with it, and one written with a trailing ``PREFIX`` is a prefix however short it
folds (``bot.phrases``). A ``PhraseIndex`` finds the rows a token may start with one
``FirstWords``; a ``PhraseTable`` finds those of many lists with one.
"""

from __future__ import annotations

from collections import defaultdict

STEM_MIN = 5
"""A phrase word this long or longer also matches words that extend it."""
STEM_SLACK = 6
"""... by at most this many letters (an inflection, not another word)."""
PREFIX = "*"
"""Ends a phrase word (as written and in ``phrase_words``) that is a prefix of any length."""
WHOLE = "="
"""Ends a phrase word (in ``phrase_words``) that matches only itself, never a longer word:
a form made from a trigger ("urgan" of "urdi") is no stem ("Urganch", Urgench)."""
PREFIX_SLACK = 9
"""... of words at most this many letters longer (Uzbek verbs: "ishlat*" finds
"ishlatishyapti")."""


class FirstWords:
    """Numbers looked up by the first word of a phrase: the same word, a word it is a
    stem of (five letters or more, unless written with ``WHOLE``), or one it is a prefix
    of (a word written with ``*``)."""

    def __init__(self) -> None:
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.stems: dict[str, list[int]] = defaultdict(list)  # first word, if a stem
        self.prefixes: dict[str, list[int]] = defaultdict(list)  # first word, if PREFIX
        self._stem_heads: frozenset[str] = frozenset()
        self._prefix_min = 0
        self._prefix_heads: frozenset[str] = frozenset()

    def add(self, first: str, number: int, whole: bool = False) -> None:
        """``number`` under a phrase's first folded word (``whole``: it matches only
        itself, never a longer word)."""
        if first.endswith(PREFIX):
            self.prefixes[first[:-1]].append(number)
            return
        if first.endswith(WHOLE):
            first, whole = first[:-1], True
        self.exact[first].append(number)
        if len(first) >= STEM_MIN and not whole:
            self.stems[first].append(number)

    def seal(self) -> None:
        """Ready to look up, once every number is added."""
        # A token's first STEM_MIN letters (a stem) or first few (a prefix) that start no
        # key: most tokens are told so by one set lookup, not a lookup per length.
        self._stem_heads = frozenset(w[:STEM_MIN] for w in self.stems)
        self._prefix_min = min(map(len, self.prefixes), default=0)
        self._prefix_heads = frozenset(w[: self._prefix_min] for w in self.prefixes)

    def rows(self, tok: str) -> list[int]:
        """The numbers whose first word matches ``tok``, ascending."""
        found = list(self.exact.get(tok, ()))
        if tok[:STEM_MIN] in self._stem_heads:
            for k in range(max(STEM_MIN, len(tok) - STEM_SLACK), len(tok)):
                found += self.stems.get(tok[:k], ())
        if tok[: self._prefix_min] in self._prefix_heads:
            for k in range(max(1, len(tok) - PREFIX_SLACK), len(tok) + 1):
                found += self.prefixes.get(tok[:k], ())
        found.sort()
        return found
