"""Text normalisation: matching keys.

Pure functions, no state. Display transliteration (what a user reads) lives in
``bot.translit``, the language guess in ``bot.langguess``. This module builds *keys*:
``fold`` gives lowercase, Latin, punctuation-free strings used only for fuzzy matching. A key
deliberately forgets differences people make when typing on a phone (apostrophe or none,
x/h/kh, ё/е, ц/ts/s, q/k ...), and it applies the same rules to every language, so a Russian
question typed in Latin letters meets the Cyrillic one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection
from pathlib import Path

from bot.langs import LANGS as LANGS  # re-exported: the reply languages
from bot.latin import to_latin
from bot.numerals import Numerals
from bot.translit import APOSTROPHES, normalise_uz_marks
from bot.yamlread import read_yaml

# ---------------------------------------------------------------- matching keys

_NON_WORD = re.compile(r"[^0-9a-z]+")
# "в 24м", "2024yil", "pf5785": a number written against letters is a word of its own.
_DIGIT_EDGE = re.compile(r"(?<=[0-9])(?=[a-z])|(?<=[a-z])(?=[0-9])")
NUMERALS_FILE = Path(__file__).resolve().parent / "data" / "numerals.yaml"
FOLDS_APART_FILE = Path(__file__).resolve().parent / "data" / "folds_apart.yaml"
_REPEATS = re.compile(r"([a-z])\1+")
FOLDED_CACHED = 50_000
"""Distinct words whose folded form is remembered."""
FOLDED_LETTERS = 40
"""Longer words are folded every time (the memory stays bounded)."""
# Applied in order to a lowercase Latin string with apostrophes removed.
_FOLDS = (
    ("shch", "sh"), ("sch", "sh"), ("kh", "h"), ("x", "h"), ("zh", "j"), ("ts", "s"),
    ("ch", "\x01"), ("c", "s"), ("\x01", "ch"), ("q", "k"), ("w", "v"),
    ("yo", "e"), ("ye", "e"), ("y", "i"), ("ie", "e"),
)


# Typed on a Russian keyboard, Uzbek ў becomes у: "ўтказган" arrives as "утказган".
_OKINA_O = re.compile(r"[oO][ʻʼ'‘’`´]")


def keyboard_variant(text: str) -> str:
    """``text`` as it reads typed on a Russian keyboard (oʻ/ў written as u/у)."""
    return _OKINA_O.sub("u", text).replace("ў", "у").replace("Ў", "У")


_LISTED = re.compile(r"(?:^|(?<=\s))\d{1,2}\)\s+")
_LINE_START = re.compile(r"^\d{1,2}[.)]\s+")
_ENDS = tuple(".!?;,…")


def break_lines(text: str, openers: Collection[str] = ()) -> str:
    """``text`` with a list marker ("1)", "2."), and a line break before a line that opens
    with a question word of ``openers`` (folded), as a sentence break (";"): "сколько денег
    перевели мигранты в 2024 году⏎что за соглашение с Германией" is two questions. Another
    line break is a space: a sentence wrapped by hand ("Germaniya bilan⏎kelishuv nima
    haqida") stays one. A line that ends in a mark ends its sentence already."""
    if "\n" not in text and ")" not in text:
        return text
    joined, asked = "", False
    for raw in filter(None, (line.strip() for line in text.splitlines())):
        line = _LINE_START.sub("", raw)
        words = fold(line).split()
        # A new question: a list marker, a question word first, or a capital after a line
        # that asked ("…qancha pul yuborgan⏎Germaniya bilan kelishuv nima").
        opens = line != raw or bool(words) and (words[0] in openers
                                                 or asked and line[:1].isupper())
        joined += ("" if not joined else " " if joined.endswith(_ENDS) or not opens
                   else "; ") + line
        asked = any(w in openers for w in words)
    return _LISTED.sub("; ", joined)


_ARITHMETIC = re.compile(r"\d+(?:\s*[*×÷+=^]\s*\d+)+(?:\s*=\s*\??)?")
"""A sum ("17*23=?", «2+2»): no number in it is an article's, a year or a figure."""


def drop_arithmetic(text: str) -> str:
    """``text`` without its sums (blind11a: "17*23=?" was a near miss of Article 23)."""
    return _ARITHMETIC.sub(" ", text) if any(op in text for op in "*×÷+=^") else text


def clean(text: str) -> str:
    """Drop control characters and collapse white space; keep everything else.

    Args:
        text: raw user input.

    Returns:
        A printable single-spaced string (possibly empty).
    """
    if text.replace("\n", " ").isprintable():
        # No character of the categories below (printable: none of C*, nor of Z* but the
        # space; a newline is one that becomes a space), so nothing to drop or replace: most
        # messages, without a look-up per character.
        return " ".join(text.split())
    return _clean_each(text)


def _clean_each(text: str) -> str:
    """``clean``, character by character."""
    kept = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in text
        if unicodedata.category(ch) not in ("Cf", "Cs", "Co", "Cn")
    )
    return " ".join(kept.split())


def fold(text: str) -> str:
    """Reduce text to a matching key: Latin, lowercase, no apostrophes or punctuation.

    Args:
        text: text in any of the supported languages and scripts.

    Returns:
        Space-separated key tokens, numbers said in words as digits ("twenty-five" is
        "25"); empty when nothing letter- or digit-like remains.
    """
    # Folding works inside white-space-separated words (nothing in it reaches across a
    # space but numbers said in words, read last; tests/test_index.py checks it), so each
    # word is folded on its own and people's words, which repeat, are folded once: a
    # message is folded two or three times
    # (sentences, language guess), and folding was ~0.3 of the ~1.5 ms a question cost.
    words = text.split()
    return in_digits(" ".join(filter(None, map(_fold_word, words))), len(words))


def _fold_word(word: str) -> str:
    return _fold_remembered(word) if len(word) <= FOLDED_LETTERS else fold_letters(word)


def fold_whole(text: str) -> str:
    """``fold`` of the whole text at once, every word folded again (for tests and tools)."""
    return in_digits(fold_letters(text), len(text.split()))


def in_digits(folded: str, words: int) -> str:
    """Folded text with its numbers said in words as digits ("tventi five" is "25":
    ``bot.numerals``); the last step of ``fold``, which reaches across words. A text of
    one word (``words``: how many it has as written) is left as it is ("twenty-five"), so
    that folding a text word by word and then reading its numbers (``bot.phrasings``)
    gives what folding it whole gives."""
    toks = folded.split()
    if words < 2 or NUMERALS.every.isdisjoint(toks):
        return folded
    return " ".join(NUMERALS.in_digits(toks))


def fold_letters(text: str) -> str:
    """``fold`` but for numbers said in words: each word folded on its own (what a fold
    of single words may remember)."""
    text = _written(text)
    if not _APART.keys().isdisjoint(words := text.split()):
        text = " ".join(_APART.get(w, w) for w in words)
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = _REPEATS.sub(r"\1", text)
    return " ".join(text.split())


def spell(text: str) -> str:
    """``fold`` without its spelling folds (c/s, x/h, y/i, doubled letters ...): the words as
    written, in lowercase Latin letters, split into the same tokens as ``fold``'s. Words that
    fold alike stay apart: "costs" and «соц» fold to "sos", and spell "costs", "sots"."""
    words = text.split()
    spelt = " ".join(filter(None, map(_spell_remembered, words)))
    folded = " ".join(filter(None, map(_fold_word, words))).split()
    if len(words) < 2 or NUMERALS.every.isdisjoint(folded):
        return spelt
    return " ".join(NUMERALS.in_digits(folded, spelt.split()))


def _spell_word(word: str) -> str:
    if not word.isascii():
        # Russian writes ё as е at will: «бьёт» is spelt as «бьет» (as fold reads both).
        word = word.replace("ё", "е").replace("Ё", "Е")
    return " ".join(_written(word).split())


def _written(text: str) -> str:
    """``text`` in lowercase Latin letters, each run of other characters a space (and a
    digit's edge with a letter): the words as written, before any spelling fold."""
    text = _ascii_lower(text) if text.isascii() else _latin_lower(text)
    return _DIGIT_EDGE.sub(" ", _NON_WORD.sub(" ", text))


def _latin_lower(text: str) -> str:
    """Text in Latin letters, lowercase, without apostrophes or accents."""
    text = to_latin(normalise_uz_marks(unicodedata.normalize("NFC", text))).lower()
    # A Turkish keyboard's dotless ı has no decomposition: "qalaysız" is "qalaysiz".
    text = text.replace("ı", "i")
    text = _APOSTROPHES.sub("", text)
    if text.isascii():
        return text  # Cyrillic transliterated: no accent to strip (~1.4 us a new word)
    # Strip accents (é -> e) after the Uzbek letters above have been handled.
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _ascii_lower(text: str) -> str:
    """``_latin_lower`` of ASCII text: its steps for other letters change nothing, and the
    marks after o and g only become other apostrophes, which go (tests/test_text.py)."""
    return _ASCII_APOSTROPHES.sub("", text.lower())


_APOSTROPHES = re.compile(f"[{APOSTROPHES}]")
_ASCII_APOSTROPHES = re.compile(f"[{''.join(c for c in APOSTROPHES if c.isascii())}]")
_APART: dict[str, str] = {str(k): str(v)
                          for k, v in (read_yaml(FOLDS_APART_FILE) or {}).items()}
"""Words folded as listed (``bot/data/folds_apart.yaml``): "good" is not «год»."""
_fold_remembered = functools.lru_cache(maxsize=FOLDED_CACHED)(fold_letters)
NUMERALS = Numerals.load(read_yaml(NUMERALS_FILE) or {}, fold_letters)
"""The number words ``fold`` reads as digits (``bot/data/numerals.yaml``)."""
_spell_remembered = functools.lru_cache(maxsize=FOLDED_CACHED)(_spell_word)


def forget_words() -> None:
    """Empty the process-wide word caches (folded and spelt words, Uzbek Cyrillic of Latin
    words), as a freshly started process has them: ``bench --e2e`` runs the same messages in
    every pair, and its later bursts must not find their words already folded."""
    from bot import translit  # (translit imports this module)
    _fold_remembered.cache_clear()
    _spell_remembered.cache_clear()
    translit.forget_words()


def tokens(text: str) -> list[str]:
    """Split text into folded matching tokens."""
    return fold(text).split()
