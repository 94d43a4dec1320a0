"""Display transliteration of Uzbek: Latin <-> Cyrillic by the official correspondence.

Pure functions (``to_cyrillic`` remembers recent results, no other state). This is the text
a user reads (``to_cyrillic`` for the generated Uzbek Cyrillic; ``bot.latin.to_latin`` for
reading Cyrillic input); matching keys are built from it in ``bot.text``.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from bot.yamlread import read_yaml

# Every character people use for the Uzbek oʻ/gʻ mark and the separation mark.
APOSTROPHES = "ʻʼ'‘’`´ʹʽ′‛ˈ"
OKINA = "ʻ"  # U+02BB, the official mark in oʻ and gʻ
TUTUQ = "ʼ"  # U+02BC, the official separation mark (Cyrillic ъ)

_VOWELS_LAT = set("aeiouAEIOU")

# ---------------------------------------------------------------- Latin -> Cyrillic

WORDS_CACHED = 50_000
"""Distinct words whose Cyrillic is remembered (memory stays bounded whatever is typed)."""
TEXTS_CACHED = 8_192
"""Recent whole texts remembered: interface strings rendered for every message, and texts
that repeat in a knowledge base (a synthetic base repeats its entries' answers)."""

EXCEPTIONS = Path(__file__).resolve().parent / "data" / "cyrillic_exceptions.yaml"

_LAT2CYR_DIGRAPHS = {
    "oʻ": "ў", "gʻ": "ғ", "sh": "ш", "ch": "ч", "yo": "ё", "yu": "ю", "ya": "я", "ye": "е",
    "ts": "ц",
}
_LAT2CYR = {
    "a": "а", "b": "б", "d": "д", "f": "ф", "g": "г", "h": "ҳ", "i": "и", "j": "ж", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
    "u": "у", "v": "в", "x": "х", "y": "й", "z": "з", "c": "ц", "w": "в",
    TUTUQ: "ъ",
}
# The Uzbek Cyrillic alphabet in its order, for list labels: "C)" is the third label, "В)".
_CYR_ALPHABET = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЪЬЭЮЯЎҚҒҲ"
_LATIN_WORD = re.compile(r"[A-Za-zʻʼ]+")
_MARKED = (
    r"\{[^{}]*\}|<[^<>]*>|&#?\w+;"  # placeholders {name}, HTML tags and entities
    r"|\S*\w\w[./@:]\w\S*|\S*\w[./@:]\w\w\S*"  # web and e-mail addresses (not "A.T.")
    r"|(?<!\w)/lang [a-z]{2}(?:-[A-Za-z]{4})?\b"  # a command with its language code ("/lang ru")
    r"|(?<!\w)/[A-Za-z_]+"  # commands
)
_LANG_ARGUMENT = re.compile(r"(?<!\w)/lang [a-z]")
"""A text with "/lang ru" is not converted word by word: its code stays as written."""
_SPELLING = (
    r"\b(?![IVXLC]\.\s+[A-Z])[IVXLC]+\b(?!\))"  # Roman numerals ("VI bob"; not "I. Karimov", "C)")
    r"|\b[A-Z]*(?:W|C(?!H))[A-Z]*\b"  # acronyms Uzbek can't spell (SWOT)
    # Words Uzbek Latin cannot spell (c, w; y between consonants): foreign names and titles.
    r"|\b[A-Za-z]*(?:[cC](?![hH])|[wW]|[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ][yY](?![aeiouAEIOU]))"
    r"[A-Za-z]*\b"
)
_KEEP = re.compile(f"({_MARKED}|{_SPELLING})")
# Each of _MARKED's forms needs one of these characters. A text without any is split by the
# other forms alone, with the same result, three times faster (\S* tries every place).
_MARKS = re.compile(r"[{<&./@:]")
_KEEP_UNMARKED = re.compile(f"({_SPELLING})")
_LABEL = re.compile(r"(?<![\w.])([A-H])(?=\))|(?<=\()([A-H])-([A-H])(?=\))")
# Uzbek suffixes that may follow a loanword stem from the exception list.
_SUFFIXES = re.compile(
    r"(?:lar|ning|ni|ga|ka|qa|da|dan|dagi|gacha|cha|dek|day|lik|li|siz|chi|dir|mi|gi|ki"
    r"|lash|lashtir|ish|gan|i|si|im|ing|imiz|ingiz|miz|ngiz|m|ng)*"
)
# t + s across a suffix boundary is тс, not ц: ruxsat-siz, ket-sam.
_TS_SUFFIX = re.compile(r"s(?:iz|in|inlar|a|am|ang|ak|angiz|alar)(?:lik|lar|ni|ga|da|dir)*")


def normalise_uz_marks(text: str) -> str:
    """Turn every apostrophe variant after o/g into ʻ and any other into ʼ."""

    def mark(m: re.Match[str]) -> str:
        return m.group(1) + (OKINA if m.group(1) in "oOgG" else TUTUQ)

    if not _TO_NORMALISE.search(text):
        return text  # most texts: nothing below would change them
    text = _LETTER_MARK.sub(mark, text)
    # The newer letters some writers use.
    return (
        text.replace("ó", "oʻ").replace("Ó", "Oʻ").replace("ǵ", "gʻ").replace("Ǵ", "Gʻ")
        .replace("ş", "sh").replace("Ş", "Sh").replace("ç", "ch").replace("Ç", "Ch")
    )


_LETTER_MARK = re.compile(rf"([A-Za-z])[{APOSTROPHES}]")
_TO_NORMALISE = re.compile(rf"[{APOSTROPHES}óÓǵǴşŞçÇ]")


@cache
def _exceptions() -> dict[str, str]:
    data = read_yaml(EXCEPTIONS)
    return {**data["library"], **data["ours"]}


def keep_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """Compile the terms that stay as written (foreign names, titles, Latin acronyms).

    Args:
        terms: words and phrases, matched case-sensitively as whole words. A kept name
            also keeps the initials before it ("S. Castles"); Uzbek suffixes after a
            kept term are transliterated ("ILOning" -> "ILOнинг").

    Returns:
        A pattern for ``to_cyrillic(keep=...)``, or None when there are no terms.
    """
    terms = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in terms)
    pattern = re.compile(rf"(?<![\w.])(?:[A-Z]\.\s?)*(?:{alternatives})"
                         rf"(?={_SUFFIXES.pattern}(?![A-Za-z0-9]))")
    spanning = [t for t in terms if re.search(r"\s", t)]
    conv = _conversion(pattern)
    conv.spanning = re.compile("|".join(map(re.escape, spanning))) if spanning else None
    conv.known = True
    return pattern


def _exception(word: str) -> str | None:
    """The Cyrillic of a word from the exception list (stem + Uzbek suffixes), if any."""
    lower = word.lower()
    table = _exceptions()
    for end in range(len(lower), 2, -1):
        stem = table.get(lower[:end])
        if stem is None:
            continue
        rest = lower[end:]
        if not _SUFFIXES.fullmatch(rest):
            return None
        if rest and stem.endswith("ь"):
            stem = stem[:-1]
        cyr = stem + _word_to_cyrillic(rest, initial=False) if rest else stem
        if word.isupper() and len(word) > 1:
            return cyr.upper()
        return cyr[0].upper() + cyr[1:] if word[0].isupper() else cyr
    return None


def _word_to_cyrillic(word: str, initial: bool = True) -> str:
    out: list[str] = []
    lower = word.lower()
    i = 0
    while i < len(word):
        pair = lower[i : i + 2]
        if pair == "ts" and i > 0 and _TS_SUFFIX.fullmatch(lower, i + 1):
            pair = "t"
        # "yoʻq" is y + oʻ, not yo + ʻ.
        if pair in _LAT2CYR_DIGRAPHS and not (pair[1] in "og" and lower[i + 2 : i + 3] == OKINA):
            cyr = _LAT2CYR_DIGRAPHS[pair]
            step = 2
        else:
            ch = lower[i]
            if ch == "e":
                # Word-initial e and e after a vowel are э; elsewhere е.
                at_start = i == 0 and initial
                cyr = "э" if at_start or (i and lower[i - 1] in _VOWELS_LAT) else "е"
            else:
                cyr = _LAT2CYR.get(ch, word[i])
            step = 1
        if word[i].isupper():
            # "Sh" -> "Ш", "SHAHAR" -> "ШАҲАР"
            cyr = cyr.upper()
        out.append(cyr)
        i += step
    return "".join(out)


@lru_cache(maxsize=WORDS_CACHED)
def _word_cyrillic(word: str) -> str:
    # A word's Cyrillic depends on the word alone: each distinct word is converted once.
    return _exception(word) or _word_to_cyrillic(word)


def forget_words() -> None:
    """Empty the cache of words' Cyrillic (``bot.text.forget_words``)."""
    _word_cyrillic.cache_clear()


def _convert_word(m: re.Match[str]) -> str:
    return _word_cyrillic(m.group(0))


def _label(m: re.Match[str]) -> str:
    if m.group(1):
        return _CYR_ALPHABET[ord(m.group(1)) - ord("A")]
    first, last = (_CYR_ALPHABET[ord(g) - ord("A")] for g in m.group(2, 3))
    return f"{first}-{last}"


def _plain_to_cyrillic(text: str) -> str:
    text = _LABEL.sub(_label, text)
    parts = (_KEEP if _MARKS.search(text) else _KEEP_UNMARKED).split(text)
    for k, part in enumerate(parts):
        if k % 2 == 0:
            parts[k] = _LATIN_WORD.sub(_convert_word, part)
    return "".join(parts)


class _Conversion:
    """What ``to_cyrillic`` remembers for one ``keep`` pattern."""

    def __init__(self, keep: re.Pattern[str] | None) -> None:
        self.plain = keep is None
        self.keep = weakref.ref(keep) if keep is not None else None
        """The pattern, not kept alive: its conversion goes when it goes (a reload)."""
        self.spanning: re.Pattern[str] | None = None
        """Its terms of several words (set by ``keep_pattern``)."""
        self.known = keep is None
        """Whether its terms are known (not when the pattern was made elsewhere)."""
        self.words: dict[str, str] = {}
        """Words as written and their Cyrillic (at most WORDS_CACHED)."""
        self.texts: dict[str, str] = {}
        """Recent whole texts (at most TEXTS_CACHED)."""


_CONVERSIONS: dict[int, _Conversion] = {}
"""Per ``keep`` pattern, by identity: a compiled pattern hashes its whole program, which
cost more than converting a short text. Each knowledge load makes a new pattern; an entry
goes when its pattern does."""
_ACROSS = re.compile(r"[A-Z]\.\s")
"""Initials before a kept name, a Roman numeral before a name ("I. Karimov"): they reach
across a space in ``to_cyrillic``, as may a placeholder or HTML tag ("{" or "<")."""


def _conversion(keep: re.Pattern[str] | None) -> _Conversion:
    found = _CONVERSIONS.get(id(keep))
    if found is None or (found.plain if keep is None else
                         found.keep is None or found.keep() is not keep):
        found = _CONVERSIONS[id(keep)] = _Conversion(keep)
        if keep is not None:
            found.known = False
            weakref.finalize(keep, _CONVERSIONS.pop, id(keep), None)
    return found


def by_word(text: str, keep: re.Pattern[str] | None = None) -> bool:
    """Whether ``to_cyrillic(text, keep)`` is each of the text's space-separated words
    transliterated alone, in turn: nothing in the text reaches across a space (a kept term
    of several words, initials, a placeholder or tag, a Roman numeral before a name)."""
    return _by_word(text, _conversion(keep))


def _by_word(text: str, conv: _Conversion) -> bool:
    if ("{" in text or "<" in text or ("." in text and _ACROSS.search(text))
            or "/" in text and _LANG_ARGUMENT.search(text)):
        return False
    if conv.plain:
        return True
    return conv.known and (conv.spanning is None or not conv.spanning.search(text))


def to_cyrillic(text: str, keep: re.Pattern[str] | None = None) -> str:
    """Transliterate Uzbek Latin text to Uzbek Cyrillic by the official correspondence.

    Loanwords whose Cyrillic keeps ц, ь, ъ or я come from ``data/cyrillic_exceptions.yaml``.

    Args:
        text: Uzbek in Latin script; any apostrophe variant is accepted.
        keep: terms that stay as written, from ``keep_pattern`` (foreign names, titles).

    Returns:
        The same text in Cyrillic. Placeholders, HTML, addresses, commands, Roman numerals,
        acronyms and words Uzbek Latin cannot spell are left as they are.
    """
    conv = _conversion(keep)
    texts = conv.texts
    cyr = texts.get(text)
    if cyr is not None:
        return cyr
    if len(texts) >= TEXTS_CACHED:
        texts.clear()
    if not _by_word(text, conv):
        cyr = texts[text] = _text_cyrillic(text, keep)
        return cyr
    # Word by word (the same result: tests/test_translit.py), each distinct word converted
    # once: a knowledge base's Uzbek questions share most of their words.
    words = conv.words
    cyr = texts[text] = " ".join([_word_of(words, word, keep) for word in text.split(" ")])
    return cyr


def _word_of(words: dict[str, str], word: str, keep: re.Pattern[str] | None) -> str:
    """One word's Cyrillic, remembered in ``words`` (a conversion's, emptied at
    ``WORDS_CACHED``). Only what it returns is relied on, never what ``words`` still holds:
    another thread (a /reload's build) may empty the same ``words`` meanwhile."""
    found = words.get(word)
    if found is None:
        if len(words) >= WORDS_CACHED:
            words.clear()
        found = words[word] = _text_cyrillic(word, keep)
    return found


def to_cyrillic_all(texts: Iterable[str], keep: re.Pattern[str] | None = None
                    ) -> tuple[str, ...]:
    """``to_cyrillic`` of each text (an entry's questions, each made once: no whole text
    is remembered), joined from its words' Cyrillic in one call where it goes by word."""
    conv = _conversion(keep)
    words = conv.words
    get = words.__getitem__
    out = []
    for text in texts:
        if not _by_word(text, conv):
            out.append(_text_cyrillic(text, keep))
            continue
        parts = text.split(" ")
        try:
            out.append(" ".join(map(get, parts)))
        except KeyError:  # a word not converted yet
            out.append(" ".join([_word_of(words, word, keep) for word in parts]))
    return tuple(out)


class CyrillicMaker:
    """What makes an entry's generated Uzbek Cyrillic questions: ``to_cyrillic_all`` with one
    ``keep`` pattern; and the same conversion word by word: the Cyrillic of a text that
    ``by_word`` holds for is each of its space-separated words' ``word``, in turn (the index
    build reads such questions from their source's words, without making them)."""

    __slots__ = ("keep",)

    def __init__(self, keep: re.Pattern[str] | None = None) -> None:
        self.keep = keep

    def __call__(self, texts: Iterable[str]) -> tuple[str, ...]:
        return to_cyrillic_all(texts, self.keep)

    def by_word(self, text: str) -> bool:
        return by_word(text, self.keep)

    def word(self, word: str) -> str:
        """One word's Cyrillic, as ``to_cyrillic_all`` converts it in a text."""
        return _word_of(_conversion(self.keep).words, word, self.keep)


def _text_cyrillic(text: str, keep: re.Pattern[str] | None = None) -> str:
    """``to_cyrillic`` of the whole text at once."""
    text = normalise_uz_marks(text)
    if keep is None:
        return _plain_to_cyrillic(text)
    out: list[str] = []
    pos = 0
    for m in keep.finditer(text):
        out.append(_plain_to_cyrillic(text[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_plain_to_cyrillic(text[pos:]))
    return "".join(out)
