"""Uzbek typed on a Russian keyboard read as written with ў (pure after building).

A Russian keyboard has no ў, and people type у: «курсатинг» is «кўрсатинг», «булади» is
«бўлади», «урганган» is «ўрганган» (studied). Folded, у is "u" and ў is "o" (as oʻ is), so
such a word is not the word the knowledge base, its stop words and its phrase lists know,
and some meet another word ("urgangan" begins as "urgan", beaten). Before a message read as
Uzbek Cyrillic without any ў is read, each of its words with у that nobody writes so, and
that one of its words with ў would be (``restore``), is written with ў. Only the places an
Uzbek word of the bot's own texts has oʻ are tried, so a Russian or an Uzbek word spelt
with у ("учун", "кун", «думаю») stays as typed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from itertools import combinations

from bot.knowledge import KnowledgeBase
from bot.text import fold, keyboard_variant
from bot.wordfolder import STOPWORDS
from bot.yamlread import read_yaml

_OKINA = re.compile(r"[oO][ʻʼ'‘’`´]")
"""oʻ in an Uzbek Latin word (any mark after o)."""
_ABBREVIATION = re.compile(r"[A-Z]{2,5}s?")
"""A Latin abbreviation of the thesaurus ("UN", "UNs", "IOM")."""
_CYRILLIC_U = re.compile(r"[а-яёқғҳ]*у[а-яёқғҳ]*", re.IGNORECASE)
MOST_U = 3
"""Words with more у than this are left as typed (each у is tried as ў and as у)."""
STEM_FROM = 7
"""A word this long (folded) may be a known word's inflection: its stem (all but its last
``STEM_CUT`` letters, at least ``STEM_MIN``) starts a known word ("organiapti": "organish");
shorter words must be known words."""
STEM_CUT = 4
STEM_MIN = 5
PLAIN_CUT = 3
"""... and a word typed is a known plain word's inflection by a stem one letter longer."""
WORDS_CACHED = 20_000
ENDINGS = re.compile(r"(?:lar|ning|ni|ga|ka|da|dan|dagi|gacha|dek|lik|li|siz|i|si|im|imiz|ing"
                     r"|ingiz|mi)+")
"""A noun's endings (folded): "somning" is "soʻm" + "ning"."""
BASE_MIN = 3
"""Letters of a known word before its endings, at least."""


class KeyboardSpelling:
    """The Uzbek words with oʻ the bot knows, to read у typed for ў."""

    def __init__(self, okina: Iterable[str], plain: Iterable[str],
                 lexicon: Iterable[str] = ()) -> None:
        """Args: ``okina``, Uzbek Latin words written with oʻ; ``plain``, folded words of
        any language written as they are (a word typed so is left as it is); ``lexicon``,
        folded words the index knows, some of them only as typed on a Russian keyboard
        (the keyboard forms of ``okina``'s words are left out of them)."""
        okina = set(okina)
        self._okina = frozenset(t for w in okina for t in fold(w).split() if "o" in t)
        self._okina_sorted = sorted(self._okina)
        typed = {t for w in okina for t in fold(keyboard_variant(w)).split()}
        self._plain = frozenset(plain) | (frozenset(lexicon) - typed)
        self._plain_sorted = sorted(self._plain)
        self.restore_word = lru_cache(maxsize=WORDS_CACHED)(self._restore_word)

    @classmethod
    def of(cls, texts: Iterable[str], plain: Iterable[str],
           lexicon: Iterable[str] = ()) -> KeyboardSpelling:
        """From Uzbek Latin ``texts`` (phrase lists, words): their words with oʻ."""
        words = set(" ".join(set(texts)).split())
        return cls([w for w in words if _OKINA.search(w)], plain, lexicon)

    def _starts(self, words: list[str], stem: str) -> bool:
        k = bisect_left(words, stem)
        return k < len(words) and words[k].startswith(stem)

    def _exactly(self, tok: str, words: frozenset[str]) -> bool:
        """Whether ``tok`` is one of ``words``, or one with a noun's endings ("somning")."""
        return tok in words or any(tok[:k] in words and ENDINGS.fullmatch(tok, k)
                                   for k in range(BASE_MIN, len(tok) - 1))

    def _stem_of(self, tok: str, sorted_words: list[str], cut: int) -> bool:
        """Whether ``tok`` may be an inflection of one of ``sorted_words``."""
        return len(tok) >= STEM_FROM and self._starts(
            sorted_words, tok[:max(STEM_MIN, len(tok) - cut)])

    def _restore_word(self, word: str) -> str:
        """``word`` with ў for the у a known Uzbek word has as oʻ, else as it is: a word
        known as typed stays; else one known with ў (as it is, or with a noun's endings)
        is read so; else a word that may inflect one known as typed stays; else one that
        may inflect one known with ў is read so."""
        places = [k for k, ch in enumerate(word) if ch in "уУ"]
        if not places or len(places) > MOST_U:
            return word
        tok = fold(word)
        if " " in tok or tok in self._plain:
            return word
        candidates = []
        for n in range(1, len(places) + 1):  # fewest changes first
            for chosen in combinations(places, n):
                letters = list(word)
                for k in chosen:
                    letters[k] = "ў" if word[k] == "у" else "Ў"
                candidates.append(("".join(letters), fold("".join(letters))))
        for candidate, folded in candidates:
            if self._exactly(folded, self._okina):
                return candidate
        if self._exactly(tok, self._plain) or self._stem_of(tok, self._plain_sorted, PLAIN_CUT):
            return word
        for candidate, folded in candidates:
            if self._stem_of(folded, self._okina_sorted, STEM_CUT):
                return candidate
        return word

    def restore(self, text: str) -> str:
        """``text`` (Uzbek Cyrillic typed without ў) with each word restored
        (``restore_word``)."""
        return _CYRILLIC_U.sub(lambda m: self.restore_word(m.group(0)), text)


def _strings(data: object) -> Iterable[str]:
    """Every string in nested YAML data (phrase lists, the thesaurus)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(data, (list, tuple)):
        for value in data:
            yield from _strings(value)


def spelling_of(kb: KnowledgeBase, written: Iterable[str], known: Iterable[str],
                stopwords: Iterable[str]) -> KeyboardSpelling:
    """The keyboard spelling of a knowledge base: the oʻ words of its texts (``written``:
    every distinct word of its questions, aliases and answers as written, which the index
    build has folded), of its phrase lists and thesaurus and of the Uzbek stop words
    (``bot/data/stopwords.yaml``); every word of the phrase lists is known as typed, and
    so is every word of ``known`` (the lexicon), ``stopwords`` and the thesaurus but their
    keyboard forms."""
    phrases, thesaurus = list(_strings(kb.phrases)), list(_strings(kb.thesaurus))
    texts = [str(read_yaml(STOPWORDS).get("uz", "")), *phrases, *thesaurus]
    plain = {t for text in set(phrases) for t in fold(text).split()}
    # The thesaurus writes a word as typed beside it ("Uzbekiston", «Узбекистон») to meet
    # its concept: such words are keyboard forms, and the others are known as written.
    written_too = {t for text in set(thesaurus) for t in fold(text).split()}
    # ... but a Latin abbreviation is nobody's Cyrillic word: «ун» folds as "UN" does, and
    # typed on a Russian keyboard it is 'oʻn' (ten: «охирги ун йилда»), not the UN.
    latin_only = {fold(w) for w in thesaurus if _ABBREVIATION.fullmatch(w)}
    return KeyboardSpelling.of([*texts, *(w for w in written if _OKINA.search(w))],
                               plain - latin_only,
                               {*known, *stopwords, *written_too} - latin_only)
