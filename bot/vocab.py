"""The index's vocabulary: per folded word, the entries that use it, as flat arrays (pure).

Built once per knowledge base by ``bot.indexbuild``. A word's postings are one slice of two
NumPy arrays (entry numbers in ascending order and a flag for "in a phrasing" against "only
in an answer"), found through an offset array (the CSR layout of a sparse matrix). So the
build collects plain integers and sorts them once, and a question's coverage is summed over
whole slices in C instead of entry by entry in Python: matching stays fast at 50,000
entries, where a common word is in most of them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

NEVER = np.iinfo(np.int64).max
"""``Coverage.first`` of an entry no word of the question reached."""


class Numbering(dict):
    """Text -> number, a new number for each new text (in the order first seen)."""

    def __missing__(self, word: str) -> int:
        number = self[word] = len(self)
        return number


class VocabBuilder:
    """Collects which entries use which words: entry by entry, or many pairs at once."""

    def __init__(self) -> None:
        self._ids = Numbering()
        self._entries: list[np.ndarray] = []
        self._words: list[np.ndarray] = []
        self._strong: list[np.ndarray] = []
        self._n = 0

    def numbers(self, words: Iterable[str]) -> np.ndarray:
        """The builder's number of each word (for ``add_numbered``)."""
        return np.fromiter(map(self._ids.__getitem__, words), dtype=np.int64)

    def names(self, numbers: np.ndarray) -> list[str]:
        """The words of the builder's ``numbers`` (before ``build``)."""
        words = list(self._ids)
        return [words[k] for k in numbers.tolist()]

    def add_entry(self, strong: Iterable[str], weak: Iterable[str]) -> None:
        """The next entry: words of its phrasings (``strong``) and of its answers (``weak``;
        a word in both counts as strong)."""
        n = self._n
        for words, flag in ((weak, False), (strong, True)):
            ids = self.numbers(words)
            self.add_numbered(np.full(len(ids), n, dtype=np.int64), ids, flag)
        self._n = n + 1

    def add_numbered(self, entries: np.ndarray, numbers: np.ndarray, strong: bool) -> None:
        """Many (entry, word) pairs at once, repeats allowed, each word given by its
        ``numbers`` number; ``strong``: the words are of phrasings, not of answers."""
        self._entries.append(np.asarray(entries, dtype=np.int32))
        self._words.append(np.asarray(numbers, dtype=np.int32))
        self._strong.append(np.full(len(numbers), strong))
        if len(entries):
            self._n = max(self._n, int(self._entries[-1].max()) + 1)

    def add_pairs(self, entries: np.ndarray, words: np.ndarray, names: Sequence[str],
                  strong: bool) -> None:
        """As ``add_numbered``, with ``words`` numbering ``names`` (only the words used
        become words of the vocabulary)."""
        used = np.flatnonzero(np.bincount(words, minlength=len(names)))
        numbers = np.zeros(len(names), dtype=np.int64)
        numbers[used] = self.numbers(names[k] for k in used.tolist())
        self.add_numbered(entries, numbers[words], strong)

    def build(self, answer_credit: float, n_entries: int | None = None) -> Vocab:
        """The vocabulary of every entry added (``answer_credit``: what a word found only in
        an entry's answer counts for, against 1 for a word of its phrasings; ``n_entries``:
        how many entries there are, when more than were given words)."""
        n = max(self._n, n_entries or 0)
        first_seen = list(self._ids)
        order = sorted(range(len(first_seen)), key=first_seen.__getitem__)
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        # One sort of one number per (word, entry, weak) gives each (word, entry) once, in
        # that order, with a strong occurrence before a weak one. Sorted as 32-bit numbers
        # when they fit (10,000 entries: 29 bits), three times faster than 64-bit ones.
        bits = max(n, 1).bit_length()
        kind = np.uint32 if len(order).bit_length() + bits + 1 <= 32 else np.uint64
        key = rank.astype(kind)[np.concatenate([np.zeros(0, np.int32), *self._words])]
        key <<= kind(bits)
        key |= np.concatenate([np.zeros(0, np.int32), *self._entries]).astype(kind)
        key <<= kind(1)
        key |= ~np.concatenate([np.zeros(0, bool), *self._strong])
        self._words, self._entries, self._strong = [], [], []  # memory: the pairs are in key
        key.sort()
        first = np.ones(len(key), dtype=bool)
        np.not_equal(key[1:] >> kind(1), key[:-1] >> kind(1), out=first[1:])
        key = key[first]
        strong = (key & kind(1)) == 0
        key >>= kind(1)
        words, entries = (key >> kind(bits)).astype(np.int64), key & kind((1 << bits) - 1)
        counts = np.bincount(words, minlength=len(order))
        offsets = np.zeros(len(order) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        strong_df = np.bincount(words[strong], minlength=len(order))
        return Vocab([first_seen[k] for k in order], offsets, entries.astype(np.int32),
                     np.where(strong, 1.0, answer_credit), strong_df, counts, n)


class Vocab:
    """Folded words of all entries and, per word, which entries use it and how."""

    def __init__(self, words: list[str], offsets: np.ndarray, entries: np.ndarray,
                 credits: np.ndarray, strong_df: np.ndarray, df: np.ndarray,
                 n_entries: int) -> None:
        self.sorted_words = words
        self.ids = dict(zip(words, range(len(words)), strict=True))
        self._offsets = offsets
        self._entries = entries
        self._credits = credits
        self.n_entries = n_entries
        # A word's rarity counts the entries whose phrasings use it, else those whose
        # answers do.
        # (Each distinct count's logarithm once: most words share a count.)
        counts, of_word = np.unique(np.where(strong_df > 0, strong_df, df), return_inverse=True)
        logs = np.array([math.log((n_entries + 1) / (d + 0.5)) for d in counts.tolist()])
        self.idf = dict(zip(words, logs[of_word].tolist(), strict=True))
        self.unknown_idf = math.log((n_entries + 1) / 0.5)
        used = np.flatnonzero(strong_df)
        self.owners = dict(zip([words[k] for k in used.tolist()], strong_df[used].tolist(),
                               strict=True))
        """Per word of a phrasing, how many entries' phrasings use it."""

    def __contains__(self, word: str) -> bool:
        return word in self.ids

    def postings(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        """The entries that use ``word`` (ascending) and what it counts for in each."""
        k = self.ids[word]
        lo, hi = self._offsets[k], self._offsets[k + 1]
        return self._entries[lo:hi], self._credits[lo:hi]


class Coverage:
    """One question's coverage sums over every entry, added word by word."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        n = vocab.n_entries
        self.sums = np.zeros(n)
        self.first = np.full(n, NEVER, dtype=np.int64)
        """Per entry, when a word first reached it: ties are broken in that order."""
        self.total = 0.0
        self._step = 0

    def best(self, similar: dict[str, float]) -> np.ndarray:
        """Per entry, the best ``similarity * credit`` of the words ``similar`` maps to
        their similarity (0 for an entry none of them reaches)."""
        n = self.vocab.n_entries
        best = np.zeros(n)
        if not similar:
            return best
        found = [self.vocab.postings(word) for word in similar]
        if len(found) == 1:
            entries, credits = found[0]
            best[entries] = next(iter(similar.values())) * credits
            steps = entries + self._step * n
            self.first[entries] = np.minimum(self.first[entries], steps)
        else:
            entries = np.concatenate([e for e, _ in found])
            sizes = [len(e) for e, _ in found]
            np.maximum.at(best, entries, np.concatenate(
                [sim * c for sim, (_, c) in zip(similar.values(), found, strict=True)]))
            steps = entries + np.repeat(np.arange(self._step, self._step + len(found)) * n,
                                        sizes)
            np.minimum.at(self.first, entries, steps)
        self._step += len(found)
        return best

    def add(self, weight: float, best: np.ndarray) -> None:
        """Count one question word of ``weight`` whose per-entry credit is ``best``."""
        self.total += weight
        self.sums += weight * best

    def add_all(self, words: Sequence[tuple[float, dict[str, float]]]) -> None:
        """``add(weight, best(similar))`` for each ``(weight, similar)`` in turn, the same
        sums and tie order, with the postings of all their words gathered at once (a
        dozen NumPy calls per question instead of a dozen per question word)."""
        vocab = self.vocab
        n = vocab.n_entries
        numbers = np.fromiter((vocab.ids[w] for _, similar in words for w in similar),
                              np.int64)
        lo = vocab._offsets[numbers]
        sizes = vocab._offsets[numbers + 1] - lo
        # Each word's postings, one after the other: a position per posting.
        at = np.repeat(lo - np.cumsum(sizes) + sizes, sizes) + np.arange(sizes.sum())
        entries = vocab._entries[at]
        values = np.repeat(np.fromiter(
            (sim for _, similar in words for sim in similar.values()), float), sizes)
        values *= vocab._credits[at]
        steps = np.repeat(np.arange(self._step, self._step + len(numbers)) * n, sizes)
        np.minimum.at(self.first, entries, entries + steps)
        self._step += len(numbers)
        # Per question word, its best credit in each entry (``best``), as rows of one array.
        rows = np.repeat(np.repeat(np.arange(len(words)), [len(s) for _, s in words]), sizes)
        best = np.zeros((len(words), n))
        np.maximum.at(best.reshape(-1), rows * n + entries, values)
        # ``add`` of each row in turn, as one running sum down the rows (the same sums,
        # added in the same order, without two NumPy calls per question word).
        weighted = np.empty((len(words) + 1, n))
        weighted[0] = self.sums
        weights = [weight for weight, _ in words]
        np.multiply(np.array(weights)[:, None], best, out=weighted[1:])  # each row's weight
        for weight in weights:
            self.total += weight
        self.sums = np.cumsum(weighted, axis=0)[-1]

    def top(self, k: int) -> dict[int, float]:
        """The ``k`` entries with the most coverage (0-1), best first; ties in the order a
        word first reached them."""
        reached = np.flatnonzero(self.sums > 0)  # every word weighs more than 0
        if not len(reached):
            return {}
        shares = self.sums[reached] / self.total
        if len(reached) > k:
            # Every entry tied with the k-th best stays in, for the tie order below.
            kth = np.partition(shares, len(shares) - k)[len(shares) - k]
            keep = shares >= kth
            reached, shares = reached[keep], shares[keep]
        order = np.lexsort((self.first[reached], -shares))[:k]
        return dict(zip(reached[order].tolist(), shares[order].tolist(), strict=True))
