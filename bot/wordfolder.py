"""The index build's folding of texts, every distinct word folded once, and its stop words
(pure).

``bot.indexbuild`` folds every phrasing, alias and answer it reads with these: a text's fold
is its words' folds joined (``WordFolder``), so each distinct word is folded once however
many texts hold it; the build's child keeps the folds it makes apart (``FolderAside``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.phrasings import KEYBOARD_LANGS
from bot.text import fold, fold_letters, in_digits, keyboard_variant
from bot.yamlread import read_yaml

STOPWORDS = Path(__file__).resolve().parent / "data" / "stopwords.yaml"


class WordFolder(dict):
    """``fold`` of whole texts, computed word by word with every distinct word folded once.

    ``fold`` works inside white-space-separated words (nothing in it reaches across a
    space but its last step, numbers said in words: ``bot.text.in_digits``), so folding
    each word and joining, then that step, gives the same key; a test checks that on every
    text of the knowledge base and on generated text.
    """

    def __missing__(self, word: str) -> str:
        # Not through fold's own memory of people's words: the build has its own.
        folded = self[word] = fold_letters(word)
        return folded

    def __call__(self, text: str) -> str:
        words = text.split()
        return in_digits(" ".join(filter(None, map(self.__getitem__, words))), len(words))


class FolderAside(WordFolder):
    """A ``WordFolder`` that takes the folds its ``base`` has and keeps the new ones to
    itself (work done ahead in the build's child, whose folds of the words it meets the
    build is not sent)."""

    def __init__(self, base: WordFolder) -> None:
        super().__init__()
        self._base = base

    def __missing__(self, word: str) -> str:
        base = self._base
        folded = self[word] = base[word] if word in base else fold_letters(word)
        return folded


class SpelledFolder:
    """The index's folding of a text: its abbreviations spelled out (``spell``), then folded
    word by word (``folder``). An object rather than a closure, so that a built index can be
    pickled (the test session keeps the shipped one between sessions: ``tests/conftest.py``)."""

    __slots__ = ("folder", "spell")

    def __init__(self, folder: WordFolder, spell: Callable[[str], str]) -> None:
        self.folder, self.spell = folder, spell

    def __call__(self, text: str) -> str:
        return self.folder(self.spell(text))


def load_stopwords() -> set[str]:
    raw = read_yaml(STOPWORDS)
    # Uzbek stop words also as typed on a Russian keyboard ("boʻladi", «булади»), as the
    # entries' own Uzbek words are (``_words``).
    return {tok for lang, words in raw.items()
            for text in ({words, keyboard_variant(words)} if lang in KEYBOARD_LANGS else {words})
            for tok in fold(text).split()}
