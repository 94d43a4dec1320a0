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
CACHE_MAX = 200_000
"""Tokens whose phrase rows are remembered (users can type any word: memory stays bounded)."""


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
    """Labelled phrases, looked up by their first folded word.

    A phrase is tried at a token only if its first word matches the token: the same word,
    or (five letters or more) a stem of it. Those phrases are found with a few dictionary
    lookups per token instead of by scanning every phrase that shares three letters, which
    kept the index build slow (every phrasing and answer is scanned for concepts).
    """

    def __init__(self, labelled: Iterable[tuple[str, str]]) -> None:
        """Args: (label, phrase as written) pairs; empty phrases are ignored."""
        rows = []
        for label, phrase in labelled:
            words = tuple(fold(phrase).split())
            if words:
                rows.append((words, label, phrase))
        # Longest, most specific phrases first: "russian federation" before "russian".
        rows.sort(key=lambda r: (-len(r[0]), -sum(map(len, r[0]))))
        self._exact: dict[str, list[int]] = defaultdict(list)  # first word -> row numbers
        self._stems: dict[str, list[int]] = defaultdict(list)  # first word, if a stem
        for k, (words, _, _) in enumerate(rows):
            self._exact[words[0]].append(k)
            if len(words[0]) >= STEM_MIN:
                self._stems[words[0]].append(k)
        self._rows = rows
        self._cache: dict[str, list[int]] = {}

    def __bool__(self) -> bool:
        return bool(self._rows)

    def _starting(self, tok: str) -> list[int]:
        """The rows whose first word matches ``tok``, best first (cached per token)."""
        found = self._cache.get(tok)
        if found is None:
            found = list(self._exact.get(tok, ()))
            for k in range(max(STEM_MIN, len(tok) - STEM_SLACK), len(tok)):
                found += self._stems.get(tok[:k], ())
            found.sort()
            if len(self._cache) < CACHE_MAX:
                self._cache[tok] = found
        return found

    def _at(self, toks: Sequence[str], i: int, rows: list[int],
            gap: int) -> tuple[int, str, str] | None:
        for k in rows:
            words, label, phrase = self._rows[k]
            end = _rest_at(words, toks, i + 1, gap)
            if end is not None:
                return end, label, phrase
        return None

    def find(self, toks: Sequence[str], gap: int = 0) -> list[Hit]:
        """Every phrase in ``toks``, left to right, longest first, never overlapping.

        Args:
            toks: folded tokens.
            gap: how many other words may stand between two words of a phrase
                ("pasportimni ish beruvchi olib qoʻydi" has "pasportimni olib" with a
                gap of two); a hit then spans the words between.
        """
        hits: list[Hit] = []
        cache = self._cache
        starting = [cache[t] if t in cache else self._starting(t) for t in toks]
        end = 0
        for i in [i for i, rows in enumerate(starting) if rows]:
            if i < end:
                continue  # inside the phrase found last
            found = self._at(toks, i, starting[i], gap)
            if found is not None:
                end, label, phrase = found
                hits.append(Hit(label, i, end, phrase))
        return hits

    def labels(self, toks: Sequence[str]) -> set[str]:
        """The labels of every phrase found in ``toks``."""
        return {h.label for h in self.find(toks)}


def _rest_at(words: tuple[str, ...], toks: Sequence[str], j: int, gap: int) -> int | None:
    """Where ``words[1:]`` end when found in order from ``toks[j]``, each at most ``gap``
    words after the one before; None when they are not."""
    for w in words[1:]:
        for k in range(j, min(j + gap + 1, len(toks))):
            if word_matches(w, toks[k]):
                j = k + 1
                break
        else:
            return None
    return j
