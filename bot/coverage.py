"""A question's coverage summed in plain Python when its words reach few entries (pure).

``bot.vocab.Coverage`` sums over arrays as long as the knowledge base, in about twenty
NumPy calls per question. On the shipped base (62 entries) a question's words reach a few
dozen postings in all, and those calls' fixed cost is most of the work: ``FewCoverage``
adds the same postings one by one instead, in the same order, so that its sums, shares and
tie order are exactly ``Coverage``'s (the same floating-point operations on the same
numbers). ``bot.index`` picks it for a question whose words have at most ``FEW_POSTINGS``
postings in all, and ``Coverage`` for the others (a large base's common words).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.vocab import Vocab

FEW_POSTINGS = 1_000
"""The most postings (entries per similar word, over all a question's words) that
``FewCoverage`` sums; above, NumPy's whole-array sums are cheaper."""


FEW_BASE = 100_000
"""The most postings a vocabulary may have in all for ``Postings`` to hold them as Python
numbers (the shipped base: ~15,000; a base of thousands of entries is left to NumPy)."""
REACH_CACHED = 10_000
"""Question words whose reach ``Postings.reach`` remembers (memory stays bounded)."""


class Postings:
    """A small vocabulary's postings as Python numbers, and per question word the entries
    its similar words reach (remembered: people's words repeat from question to question)."""

    def __init__(self, vocab: Vocab) -> None:
        self._ids = vocab.ids
        self._offsets: list[int] = vocab._offsets.tolist()
        self._entries: list[int] = vocab._entries.tolist()
        self._credits: list[float] = vocab._credits.tolist()
        self._reach: dict[tuple[tuple[str, float], ...], list[tuple[int, float, int]]] = {}

    def count(self, words: Sequence[tuple[float, dict[str, float]]]) -> int:
        """How many postings the similar words of ``words`` have in all."""
        offsets, ids = self._offsets, self._ids
        total = 0
        for _weight, similar in words:
            for word in similar:
                k = ids[word]
                total += offsets[k + 1] - offsets[k]
        return total

    def reach(self, similar: dict[str, float]) -> list[tuple[int, float, int]]:
        """Per entry that one question word's ``similar`` words reach: its best
        ``similarity * credit`` and the first of those words (by position) that reaches
        it. Remembered (a question's words repeat in its sentences, and across questions)."""
        key = tuple(similar.items())
        got = self._reach.get(key)
        if got is None:
            best: dict[int, float] = {}
            step: dict[int, int] = {}
            offsets, entries, credits = self._offsets, self._entries, self._credits
            for j, (word, sim) in enumerate(key):
                k = self._ids[word]
                for at in range(offsets[k], offsets[k + 1]):
                    entry, value = entries[at], sim * credits[at]
                    if value > best.get(entry, 0.0):
                        best[entry] = value
                    step.setdefault(entry, j)
            got = [(entry, best.get(entry, 0.0), j) for entry, j in step.items()]
            if len(self._reach) < REACH_CACHED:
                self._reach[key] = got
        return got


class FewCoverage:
    """``bot.vocab.Coverage``'s ``add_all`` and ``top``, summed entry by entry in Python."""

    def __init__(self, postings: Postings) -> None:
        self.postings = postings
        self.sums: dict[int, float] = {}
        """Per entry reached, its weighted sum (an entry never reached sums to 0)."""
        self.first: dict[int, int] = {}
        """Per entry reached, the step (similar word, in order) that first reached it."""
        self.total = 0.0
        self._step = 0

    def add_all(self, words: Sequence[tuple[float, dict[str, float]]]) -> None:
        """As ``Coverage.add_all``: per question word, each entry's best ``similarity *
        credit`` over its similar words, times its weight, added to the entry's sum in the
        words' order (NumPy's running sum adds 0.0 for an entry a word does not reach,
        which leaves a sum as it is)."""
        sums, first, reach = self.sums, self.first, self.postings.reach
        step = self._step
        for weight, similar in words:
            for entry, value, j in reach(similar):
                sums[entry] = sums.get(entry, 0.0) + weight * value
                if entry not in first:
                    first[entry] = step + j
            step += len(similar)
            self.total += weight
        self._step = step

    def top(self, k: int) -> dict[int, float]:
        """As ``Coverage.top``: the ``k`` entries with the most coverage (0-1), best first;
        ties in the order a word first reached them (then by entry, as its steps count)."""
        total, first = self.total, self.first
        ranked = sorted([(-(value / total), first[entry], entry)
                         for entry, value in self.sums.items() if value > 0])[:k]
        return {entry: -share for share, _step, entry in ranked}
