"""Which entries define what a short "what is X" asks (pure, built once).

The documents define some things (remittances, environmental migration, the Schengen
Agreement, the IOM) and only mention others (GDP, xenophobia, asylum, globalisation). A
question that asks only what a thing is ("what is GDP", «что такое ксенофобия», "YaIM
nima") is answered by an entry only when the entry is about that thing: the thing is named
in the entry's first question in some language, or in one of its questions that itself
asks what something is ("What is climate migration?"). Words and concepts that many
entries' such questions name ("migration") tell no entry apart and do not count. Else the
documents do not define it, and the entry that merely mentions it is not an answer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set

from bot.phrasebook import PhraseBook
from bot.text import clean, fold
from bot.thesaurus import Thesaurus

SHARED_SHARE = 0.13
"""A word or concept named by the defining questions of more than this share of the entries
defines none of them: more than 8 of the shipped 62 ("migration"), more than 1,300 of
10,000 (review s10: an absolute count would make every word of a large base defining)."""
SHARED_MIN = 8
"""... and never fewer than this many: in a small base, a word of a few entries still
tells them apart."""
TERM_WORDS = 2
"""A question that asks what a thing is names it in at most this many words or concepts."""

Similar = Callable[[list[str]], list[dict[str, float]]]
"""``Index._similar_words``: each token's similar words of the vocabulary."""


class Definitions:
    """Per entry, the words and concepts of what it is about (``defines``)."""

    def __init__(self, questions: Iterable[Iterable[Sequence[str]]], phrases: PhraseBook,
                 thesaurus: Thesaurus, stopwords: Set[str]) -> None:
        """``questions``: per entry (in index order), its questions of each language."""
        self._phrases = phrases
        self._thesaurus = thesaurus
        self._stopwords = stopwords
        named: list[set[str]] = []
        for languages in questions:
            found: set[str] = set()
            for texts in languages:
                for k, text in enumerate(texts):
                    toks = fold(clean(text)).split()
                    if k == 0 or phrases.meaning_asked(toks) is not None:
                        found |= self._content(toks)
            named.append(found)
        self._keep(named)

    @classmethod
    def of_named(cls, named: list[set[str]], phrases: PhraseBook, thesaurus: Thesaurus,
                 stopwords: Set[str]) -> Definitions:
        """The same from what each entry's questions name, read already (the index build
        reads them all at once: ``bot.definitionwords``)."""
        self = cls.__new__(cls)
        self._phrases, self._thesaurus, self._stopwords = phrases, thesaurus, stopwords
        self._keep(named)
        return self

    def _keep(self, named: list[set[str]]) -> None:
        counts = Counter(w for found in named for w in found)
        limit = max(SHARED_MIN, SHARED_SHARE * len(named))
        self._shared = frozenset(w for w, n in counts.items() if n > limit)
        self._defines = [frozenset(found - self._shared) for found in named]
        self._forms: dict[int, set[str]] = {}
        """Per entry asked so far, its words' similar words (``_forms``)."""

    def _content(self, toks: Iterable[str], words: bool = True) -> set[str]:
        """Folded tokens' words (unless not ``words``) and concepts, stop words and numbers
        left out."""
        toks = tuple(toks)
        return {t for t in (*(toks if words else ()), *self._thesaurus.concept_tokens(toks))
                if t not in self._stopwords and len(t) > 1 and not t.isdigit()}

    def undefined(self, toks: tuple[str, ...], idx: int, similar: Similar) -> bool:
        """Whether folded tokens ask only what a thing is, and entry ``idx`` does not define
        it (``similar``: how the index finds a word's forms, "klimaticheskie" for
        "klimaticheskaia")."""
        asked = self._phrases.meaning_asked(toks)
        if asked is None:
            return False
        if not 1 <= len(self._content(asked, words=False)) <= TERM_WORDS:
            return False
        # What the question names, in the forms the index finds: a word any of whose
        # forms many entries name ("миграции") tells none apart; a thing named only so
        # ("labour migration") is no entry's own subject.
        term = [forms for forms in (_forms([w], similar) for w in self._content(asked))
                if not forms & self._shared]
        if not term:
            return True
        own = self._forms.get(idx)
        if own is None:
            own = self._forms[idx] = _forms(self._defines[idx], similar)
        return not any(forms & own for forms in term)


    def names_some(self, word: str, similar: Similar) -> bool:
        """Whether some entries, not many, are about ``word`` (a folded word, in the forms
        the index finds): "Schengen" of "and Schengen?" is an entry's own subject, and
        "remittances" a few entries'; "opportunities" is none's, and "migration" too many
        entries'."""
        forms = _forms([word], similar)
        return not forms & self._shared and any(forms & d for d in self._defines)


def _forms(words: Iterable[str], similar: Similar) -> set[str]:
    """Words with their similar words (concepts as they are)."""
    words = sorted(words)
    found = set(words)
    for forms in similar(words):
        found |= forms.keys()
    return found
