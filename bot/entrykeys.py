"""Each entry's keys kept as word numbers, and joined as text only when asked (pure).

The index build (``bot.indexbuild``) reads every phrasing as word numbers (``bot.phrasings``).
An entry keeps each distinct key once, found by hashing the rows of word numbers; and the
keys and folded texts that scoring compares as strings (``Index._scores``) are joined for an
entry when a question first shortlists it. At 50,000 entries (1.1 million phrasings) making
every string at build was a tenth of the build, and a question's shortlist needs a few dozen
entries.
"""

from __future__ import annotations

import numpy as np

from bot import ragged
from bot.vocab import Numbering


def _row_hashes(offsets: np.ndarray, toks: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each row of a ragged array of word numbers: its length and each
    word times a fixed odd number of its place, summed (wrapping)."""
    lengths = np.diff(offsets)
    longest = int(lengths.max()) if len(lengths) else 0
    factors = np.random.default_rng(0x5EED).integers(0, 1 << 63, longest, np.uint64)
    factors = factors * np.uint64(2) + np.uint64(1)
    place = np.arange(len(toks)) - np.repeat(offsets[:-1], lengths)
    hashes = lengths.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    filled = np.flatnonzero(lengths)
    if len(filled):
        hashes[filled] += np.add.reduceat(toks.astype(np.uint64) * factors[place],
                                          offsets[filled])
    return hashes


def first_of_each(offsets: np.ndarray, toks: np.ndarray, owners: np.ndarray) -> np.ndarray:
    """The first of each (owner, key) pair's places, ascending; the keys are the rows of
    the ragged array ``(offsets, toks)`` of word numbers.

    Pairs are told apart by the rows' hashes (no string per key, no dictionary of a million
    of them); pairs whose hashes meet are compared word by word, and if any differ, the
    keys are numbered as tuples.
    """
    hashes = _row_hashes(offsets, toks)
    hashes ^= owners.astype(np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F)
    _, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
    same = first[inverse]
    met = np.flatnonzero(same != np.arange(len(hashes)))
    lengths = np.diff(offsets)
    alike = bool(np.array_equal(owners[met], owners[same[met]])
                 and np.array_equal(lengths[met], lengths[same[met]])
                 and np.array_equal(ragged.gather(offsets, toks, met),
                                    ragged.gather(offsets, toks, same[met])))
    if not alike:
        numbers = Numbering()
        rows = np.split(toks, offsets[1:-1])
        numbered = np.fromiter((numbers[tuple(r.tolist())] for r in rows), np.int64,
                               len(hashes))
        first = np.unique(numbered * (int(owners.max()) + 1) + owners, return_index=True)[1]
    return np.sort(first)


BEGINNING = 4
"""How many first letters of a word ``EntryKeys.beginnings`` keeps: a key and a question
whose words begin alike share a word, or a form of one ("migrant", "migrantlar")."""


class EntryKeys:
    """Per entry, its kept phrasings' keys and folded texts (two lists of strings), joined
    from their word numbers when first asked and remembered: a question's shortlist asks a
    few dozen entries, and joining every phrasing at build was a tenth of the build at
    50,000 entries. Thread-safe (two threads joining the same entry get equal lists)."""

    def __init__(self, names: list[str], keys: tuple[np.ndarray, np.ndarray],
                 full: tuple[np.ndarray, np.ndarray], starts: np.ndarray) -> None:
        """``keys``, ``full``: the kept phrasings' keys and folded texts (offsets, word
        numbers); ``starts``: where each entry's phrasings start (and, last, where they
        end)."""
        self._names = names
        self._keys = keys
        self._full = full
        self._starts = starts.tolist()
        self._joined: dict[int, tuple[list[str], list[str]]] = {}
        self._beginnings: dict[int, dict[str, int]] = {}

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, idx: int) -> tuple[list[str], list[str]]:
        got = self._joined.get(idx)
        if got is None:
            lo, hi = self._starts[idx], self._starts[idx + 1]
            got = self._joined[idx] = (self._join(self._keys, lo, hi),
                                       self._join(self._full, lo, hi))
        return got

    def beginnings(self, idx: int) -> dict[str, int]:
        """The beginnings (``BEGINNING`` letters) of the words of entry ``idx``'s keys, each
        with the keys that hold it as bits (bit k: the entry's k-th key); remembered as
        the joined keys are."""
        got = self._beginnings.get(idx)
        if got is None:
            got = {}
            for k, key in enumerate(self[idx][0]):
                for word in key.split():
                    got[word[:BEGINNING]] = got.get(word[:BEGINNING], 0) | 1 << k
            self._beginnings[idx] = got
        return got

    def _join(self, rows: tuple[np.ndarray, np.ndarray], lo: int, hi: int) -> list[str]:
        offsets, toks = rows
        bounds = offsets[lo:hi + 1].tolist()
        words = list(map(self._names.__getitem__, toks[bounds[0]:bounds[-1]].tolist()))
        base = bounds[0]
        return [" ".join(words[a - base:b - base])
                for a, b in zip(bounds[:-1], bounds[1:], strict=True)]

    def all(self) -> None:
        """Join every entry's keys, and map their beginnings, now (a small base: its first
        questions then pay nothing)."""
        for idx in range(len(self)):
            self.beginnings(idx)
