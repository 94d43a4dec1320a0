"""What a question says it does not ask ("not their volume", «кроме экономики», "hajmi
emas", "qiyinchiliklarga qaramay"): the word it sets aside is dropped before the sentence is
scored, so it no longer pulls the answer towards the entry that word names (pure).

The lists are in ``bot/data/excluding.yaml``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from bot.text import fold
from bot.yamlread import read_yaml

EXCLUDING_FILE = Path(__file__).resolve().parent / "data" / "excluding.yaml"
CONTRAST_MIN = 1
"""Words (no stop words) after "emas", "qaramay" or "tashqari" for it to set a word aside."""


@dataclass(frozen=True)
class Excluding:
    """The words that set aside their neighbour, folded."""

    before: frozenset[str]
    """One word after the word set aside ("emas")."""
    after: dict[str, tuple[tuple[str, ...], ...]]
    """Phrases before the word set aside ("apart from"), by first word, longest first."""
    not_only: frozenset[str]
    """Words before the word set aside that make "not only" of it ("faqat"): kept."""
    pointing: frozenset[str] = frozenset()
    """Words that point back or ask ("that", «того», "bundan", "what"): where the word set
    aside would be one of them, nothing is set aside ("Besides that, what does the IOM do?")."""

    @classmethod
    def load(cls, path: Path = EXCLUDING_FILE) -> Excluding:
        raw = read_yaml(path)
        words = {key: [fold(str(p)) for p in raw.get(key) or ()]  # type: ignore[union-attr]
                 for key in ("before", "after", "not_only", "pointing")}
        after: dict[str, list[tuple[str, ...]]] = {}
        # (a phrase that folds to no word, "—", sets nothing aside)
        for phrase in sorted({tuple(p.split()) for p in words["after"] if p.split()}, key=len,
                             reverse=True):
            after.setdefault(phrase[0], []).append(phrase)
        return cls(frozenset(words["before"]),
                   {head: tuple(phrases) for head, phrases in after.items()},
                   frozenset(t for p in words["not_only"] for t in p.split()[-1:]),
                   frozenset(words["pointing"]))

    def kept(self, toks: tuple[str, ...], stopwords: Collection[str]) -> tuple[str, ...]:
        """``toks`` (a folded sentence) without the words it sets aside; ``toks`` itself
        when it sets none aside."""
        gone = set()
        for k, tok in enumerate(toks):
            if tok in self.before and self._contrasted(toks, k, stopwords):
                j = k - 1
                while j >= 0 and toks[j] in stopwords and toks[j] not in self.pointing:
                    j -= 1
                if j >= 0 and toks[j] not in self.before and toks[j] not in self.pointing and (
                        j == 0 or toks[j - 1] not in self.not_only):
                    gone.add(j)
            for phrase in self.after.get(tok, ()):
                if toks[k:k + len(phrase)] == phrase:
                    j = k + len(phrase)
                    while j < len(toks) and toks[j] in stopwords and toks[j] not in self.pointing:
                        j += 1
                    if j < len(toks) and toks[j] not in self.pointing:
                        gone.add(j)
                    break
        return tuple(t for k, t in enumerate(toks) if k not in gone) if gone else toks

    @staticmethod
    def _contrasted(toks: tuple[str, ...], k: int, stopwords: Collection[str]) -> bool:
        """Whether the question goes on after ``toks[k]`` ("hajmi emas, nimaga sarflanishi
        qiziq"): at the end, or before a lone question word, "emas" only negates what the
        sentence says ("Pul oʻtkazmalari foydali emas, nega?")."""
        return sum(t not in stopwords for t in toks[k + 1:]) >= CONTRAST_MIN
