"""Find known phrases in folded text: greetings, urgent triggers, concepts, details.

Pure. Phrases are folded like questions (``bot.text.fold``), so one list covers every
script and spelling. A phrase word of five letters or more also matches the longer words
that start with it ("rossiy" finds "Rossiyada", "России"), so YAML lists can give stems
instead of every inflected form.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.text import fold

STEM_MIN = 5
"""A phrase word this long or longer also matches words that extend it."""
STEM_SLACK = 6
"""... by at most this many letters (an inflection, not another word)."""


@dataclass(frozen=True)
class Hit:
    """One phrase found in a token list: ``tokens[start:end]`` is ``label``'s phrase."""

    label: str
    start: int
    end: int
    phrase: str


def word_matches(pattern: str, tok: str) -> bool:
    """Whether a query token is the phrase word ``pattern`` or an inflection of it."""
    if tok == pattern:
        return True
    return (len(pattern) >= STEM_MIN and tok.startswith(pattern)
            and len(tok) - len(pattern) <= STEM_SLACK)


class PhraseIndex:
    """Labelled phrases, looked up by the first folded word's first three letters."""

    def __init__(self, labelled: Iterable[tuple[str, str]]) -> None:
        """Args: (label, phrase as written) pairs; empty phrases are ignored."""
        self._by_head: dict[str, list[tuple[tuple[str, ...], str, str]]] = defaultdict(list)
        for label, phrase in labelled:
            words = tuple(fold(phrase).split())
            if words:
                self._by_head[words[0][:3]].append((words, label, phrase))
        for rows in self._by_head.values():
            # Longest, most specific phrases first: "russian federation" before "russian".
            rows.sort(key=lambda r: (-len(r[0]), -sum(map(len, r[0]))))

    def __bool__(self) -> bool:
        return bool(self._by_head)

    def _at(self, toks: Sequence[str], i: int) -> tuple[tuple[str, ...], str, str] | None:
        for words, label, phrase in self._by_head.get(toks[i][:3], ()):
            if i + len(words) <= len(toks) and all(
                    word_matches(w, t) for w, t in zip(words, toks[i:i + len(words)],
                                                       strict=True)):
                return words, label, phrase
        return None

    def find(self, toks: Sequence[str]) -> list[Hit]:
        """Every phrase in ``toks``, left to right, longest first, never overlapping."""
        hits: list[Hit] = []
        i = 0
        while i < len(toks):
            found = self._at(toks, i)
            if found is None:
                i += 1
                continue
            words, label, phrase = found
            hits.append(Hit(label, i, i + len(words), phrase))
            i += len(words)
        return hits

    def labels(self, toks: Sequence[str]) -> set[str]:
        """The labels of every phrase found in ``toks``."""
        return {h.label for h in self.find(toks)}
