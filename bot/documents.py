"""Which of the five documents a question about the documents names: by its author's name
(a typo allowed: "Жураулова"), or by its title or subject ("In which journal was «The
importance of migration in international relations» published?", "Who wrote the Uzbek
article on international cooperation?").

Pure: built once from ``knowledge/sources.yaml``; lookups work on folded tokens.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

from rapidfuzz.distance import Levenshtein

from bot.knowledge import KnowledgeBase
from bot.phrases import PhraseIndex
from bot.text import fold

NAME_TYPO_MIN = 7
"""A word this long may name an author with a typo or two ("Жураулова")."""
NAME_TYPOS = 2
"""Letters a name may be off by (its inflected ending is not counted)."""
STEM = 6
"""Two words of a title and a question are one when they share this many first letters
("международном", "международное")."""
TITLE_SHARE = 0.6
"""The share of a question's subject words that a document's title or subject must hold."""
TITLE_WORDS_MIN = 2
"""... and at least this many of them."""


def _same(word: str, other: str) -> bool:
    if len(word) >= STEM and len(other) >= STEM:
        return word[:STEM] == other[:STEM]
    return word == other


class DocumentFinder:
    """The documents' authors' names and the words of their titles and subjects."""

    def __init__(self, kb: KnowledgeBase, stopwords: Set[str]) -> None:
        self.written: dict[str, list[str]] = {}
        """Per author's name (``names:`` in sources.yaml), the ids of the documents."""
        for sid, src in kb.sources.items():
            for name in src.names:
                self.written.setdefault(name, []).append(sid)
        self._names = PhraseIndex([(name, name) for name in self.written])
        self._folded = {fold(name): name for name in self.written if len(fold(name).split()) == 1}
        self._words: dict[str, frozenset[str]] = {}
        """Per document, the folded words of its title and subject in every language."""
        for sid, src in kb.sources.items():
            texts = [src.title or "", *_values(src.title_tr), *_values(src.subject)]
            self._words[sid] = frozenset(w for text in texts for w in fold(text).split()
                                         if w not in stopwords and not w.isdigit())
        every = frozenset().union(*self._words.values())
        self._title_words = every | {w[:STEM] for w in every if len(w) >= STEM}
        """Every title's words, and the first ``STEM`` letters of the long ones."""

    def in_title(self, word: str) -> bool:
        """Whether a folded word is a word of some document's title or subject (``_same``)."""
        return word in self._title_words or len(word) >= STEM and word[:STEM] in self._title_words

    def authors(self, toks: Sequence[str], known: Set[str]) -> list[tuple[int, str]]:
        """(position, name) of each author a message names; a word not in ``known`` may be
        a name with a typo or two."""
        found = [(k, h.label) for h in self._names.find(toks) for k in range(h.start, h.end)]
        named = {k for k, _ in found}
        for k, tok in enumerate(toks):
            if k in named or len(tok) < NAME_TYPO_MIN or tok in known:
                continue
            for key, name in self._folded.items():
                if (tok[0] == key[0]
                        and Levenshtein.distance(tok[:len(key)], key) <= NAME_TYPOS):
                    found.append((k, name))
                    break
        return found

    def titled(self, words: Sequence[str]) -> tuple[str, ...]:
        """The one document whose title or subject holds most of ``words`` (the question's
        subject words), or nothing when none stands out."""
        if len(words) < TITLE_WORDS_MIN:
            return ()
        held = sorted(((sum(any(_same(w, t) for t in title) for w in words), sid)
                       for sid, title in self._words.items()), reverse=True)
        (best, sid), (second, _) = held[0], held[1] if len(held) > 1 else (0, "")
        if best >= max(TITLE_WORDS_MIN, TITLE_SHARE * len(words)) and best > second:
            return (sid,)
        return ()


def _values(texts: Mapping[str, str] | None) -> list[str]:
    return list((texts or {}).values())
