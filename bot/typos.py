"""The typo search: vocabulary words within ``fuzz.ratio`` reach of a question's token (pure).

``fuzz.ratio`` of two texts is ``100 * (1 - d / (n + m))``, ``d`` being the Indel distance
(the characters to delete and insert) and ``n``, ``m`` their lengths. ``d`` is at least the
difference of their character counts, ``sum over c of |count_a(c) - count_b(c)|``, and at
least ``|n - m|``. Each word's counts are kept as a 64-bit mask (a character present, a
letter present twice or more): the bits two masks differ in are a lower bound of that sum,
so one XOR and one popcount per word rule out nearly the whole vocabulary (about 4 words
of ~2,100 of the right lengths are left per token on the shipped base), and rapidfuzz scores
only those. Scoring every token against every word was ~0.45 of the ~1.6 ms a question
cost in ``bench --e2e``, most of it rapidfuzz reading the 4,900 words in each call. The
words found and their scores are exactly those of the whole-vocabulary ``cdist``.
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

_TWICE = 37
"""The bit of a letter present twice or more is its own bit plus this."""
_BIT = np.full(128, 36, dtype=np.uint64)
"""Per ASCII code, its presence bit: a-z 0-25, 0-9 26-35, anything else 36 (together)."""
_BIT[np.frombuffer(b"abcdefghijklmnopqrstuvwxyz", np.uint8)] = np.arange(26, dtype=np.uint64)
_BIT[np.frombuffer(b"0123456789", np.uint8)] = np.arange(26, 36, dtype=np.uint64)
SLACK = 1e-6
"""Rounding room in the bound (it may only keep more words for rapidfuzz to score)."""


def masks(texts: list[str]) -> np.ndarray:
    """Per text, the mask of its characters (one bit each: present; a-z also: present twice
    or more). Two texts' masks differ in at most ``sum over c of |count_a(c) -
    count_b(c)|`` bits: characters sharing bit 36 only lower the count."""
    lengths = np.fromiter(map(len, texts), np.int64, len(texts))
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)
    bits = _BIT[np.minimum(codes, 127)]
    owner = np.repeat(np.arange(len(texts), dtype=np.uint64), lengths)
    # One number per (text, bit); sorted, a repeat is a character present twice or more.
    key = np.sort(owner << np.uint64(6) | bits)
    again = np.zeros(len(key), dtype=bool)
    np.equal(key[1:], key[:-1], out=again[1:])
    key = np.concatenate([key[~again], key[again & ((key & np.uint64(63)) < 26)]
                          + np.uint64(_TWICE)])
    out = np.zeros(len(texts), dtype=np.uint64)
    np.bitwise_or.at(out, (key >> np.uint64(6)).astype(np.intp),
                     np.left_shift(np.uint64(1), key & np.uint64(63)))
    return out


def _mask(text: str) -> int:
    """``masks`` of one text, in Python (for a few short tokens, quicker than NumPy)."""
    mask = 0
    for ch in set(text):
        bit = int(_BIT[min(ord(ch), 127)])
        mask |= 1 << bit
        if bit < 26 and text.count(ch) > 1:
            mask |= 1 << (bit + _TWICE)
    return mask


class TypoSearch:
    """Which of ``words`` each token may be a typo of, and their ``fuzz.ratio``."""

    def __init__(self, words: list[str], cutoff: float, max_gap: int) -> None:
        """``cutoff``: the least ``fuzz.ratio`` of a typo; ``max_gap``: the most letters a
        typo's word may have more or fewer than the token."""
        self.words = words
        self.cutoff = cutoff
        self.max_gap = max_gap
        self._masks = masks(words)
        self._lengths = np.fromiter(map(len, words), np.int64, len(words))
        self._limits: dict[int, np.ndarray] = {}
        self._longest = int(self._lengths.max()) if len(words) else 0
        self._never = np.zeros(len(words), np.uint8)
        """The limits of a token longer than any word by more than ``max_gap``: kept once,
        not per length (a junk message's long tokens would fill the cache)."""

    def _limit(self, n: int) -> np.ndarray:
        """Per word, one more than the most bits its mask may differ in from the mask of a
        token of ``n`` letters (0: never a typo of such a token: too long or too short)."""
        if n > self._longest + self.max_gap:
            return self._never
        limit = self._limits.get(n)
        if limit is None:
            m = self._lengths
            # fuzz.ratio >= cutoff needs d <= (100 - cutoff) * (n + m) / 100, and d >= |n - m|.
            most = np.floor((100 - self.cutoff + SLACK) * (m + n) / 100).astype(np.int64)
            gap = np.abs(m - n)
            most[(gap > self.max_gap) | (gap > most)] = -1
            limit = self._limits[n] = np.clip(most + 1, 0, 255).astype(np.uint8)
        return limit

    def find(self, toks: list[str]) -> dict[str, list[tuple[str, float]]]:
        """Per token, the words with ``fuzz.ratio`` at least ``cutoff`` and at most
        ``max_gap`` letters longer or shorter, in the order of ``words``, each with its
        ratio (a whole number, as ``cdist`` gives it in ``uint8``)."""
        found = {}
        for tok in toks:
            apart = np.bitwise_count(self._masks ^ np.uint64(_mask(tok)))
            rows = np.flatnonzero(apart < self._limit(len(tok))).tolist()
            if not rows:
                found[tok] = []
                continue
            choices = [self.words[k] for k in rows]
            scores = process.cdist([tok], choices, scorer=fuzz.ratio, dtype=np.uint8,
                                   score_cutoff=self.cutoff)[0]
            found[tok] = [(choices[j], float(scores[j])) for j in np.flatnonzero(scores).tolist()]
        return found
