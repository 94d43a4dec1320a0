"""Display transliteration of Uzbek: Latin <-> Cyrillic by the official correspondence.

Pure functions, no state. This is the text a user reads (``to_cyrillic`` for the generated
Uzbek Cyrillic, ``to_latin`` for reading Cyrillic input); matching keys are built from it
in ``bot.text``.
"""

from __future__ import annotations

import re

# Every character people use for the Uzbek oʻ/gʻ mark and the separation mark.
APOSTROPHES = "ʻʼ'‘’`´ʹʽ′‛ˈ"
OKINA = "ʻ"  # U+02BB, the official mark in oʻ and gʻ
TUTUQ = "ʼ"  # U+02BC, the official separation mark (Cyrillic ъ)

_VOWELS_LAT = set("aeiouAEIOU")
_VOWELS_CYR = set("аеёиоуэюяўАЕЁИОУЭЮЯЎ")

# ---------------------------------------------------------------- Latin -> Cyrillic

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
_LATIN_WORD = re.compile(r"[A-Za-zʻʼ]+")
_KEEP = re.compile(r"(\{[^{}]*\}|<[^<>]*>|&#?\w+;|\S*\w[./@:]\w\S*|(?<!\w)/[A-Za-z_]+"
                   r"|\b[IVXLC]+\b"  # ... Roman numerals ("VI bob")
                   r"|\b[A-Z]*(?:W|C(?!H))[A-Z]*\b)")  # ... acronyms Uzbek can't spell (SWOT)


def normalise_uz_marks(text: str) -> str:
    """Turn every apostrophe variant after o/g into ʻ and any other into ʼ."""

    def mark(m: re.Match[str]) -> str:
        return m.group(1) + (OKINA if m.group(1) in "oOgG" else TUTUQ)

    text = re.sub(rf"([A-Za-z])[{APOSTROPHES}]", mark, text)
    # The newer letters some writers use.
    return (
        text.replace("ó", "oʻ").replace("Ó", "Oʻ").replace("ǵ", "gʻ").replace("Ǵ", "Gʻ")
        .replace("ş", "sh").replace("Ş", "Sh").replace("ç", "ch").replace("Ç", "Ch")
    )


def _word_to_cyrillic(word: str) -> str:
    out: list[str] = []
    lower = word.lower()
    i = 0
    while i < len(word):
        pair = lower[i : i + 2]
        # "yoʻq" is y + oʻ, not yo + ʻ.
        if pair in _LAT2CYR_DIGRAPHS and not (pair[1] in "og" and lower[i + 2 : i + 3] == OKINA):
            cyr = _LAT2CYR_DIGRAPHS[pair]
            step = 2
        else:
            ch = lower[i]
            if ch == "e":
                # Word-initial e and e after a vowel are э; elsewhere е.
                cyr = "э" if i == 0 or lower[i - 1] in _VOWELS_LAT else "е"
            else:
                cyr = _LAT2CYR.get(ch, word[i])
            step = 1
        if word[i].isupper():
            # "Sh" -> "Ш", "SHAHAR" -> "ШАҲАР"
            cyr = cyr.upper()
        out.append(cyr)
        i += step
    return "".join(out)


def to_cyrillic(text: str) -> str:
    """Transliterate Uzbek Latin text to Uzbek Cyrillic by the official correspondence.

    Args:
        text: Uzbek in Latin script; any apostrophe variant is accepted.

    Returns:
        The same text in Cyrillic. Digits, punctuation and URLs-like tokens containing
        a dot or slash are left as they are.
    """
    text = normalise_uz_marks(text)
    # Placeholders {name}, HTML tags and entities, and web/e-mail addresses stay as they are.
    parts = _KEEP.split(text)
    for k, part in enumerate(parts):
        if k % 2 == 0:
            parts[k] = _LATIN_WORD.sub(lambda m: _word_to_cyrillic(m.group(0)), part)
    return "".join(parts)


# ---------------------------------------------------------------- Cyrillic -> Latin

_CYR2LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ё": "yo", "ж": "j", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "x", "ч": "ch", "ш": "sh", "ъ": TUTUQ, "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "ў": "o" + OKINA, "қ": "q", "ғ": "g" + OKINA, "ҳ": "h",
    # Russian letters Uzbek does not use, for matching Russian text.
    "ы": "y", "щ": "sh",
}


def to_latin(text: str) -> str:
    """Transliterate Cyrillic (Uzbek or Russian) text to Uzbek Latin.

    Follows the official rules: е is ye at the start of a word and after a vowel or ъ,
    else e; ц is s at the start of a word and after a consonant, else ts.

    Args:
        text: any text; non-Cyrillic characters pass through unchanged.

    Returns:
        The text in Latin script.
    """
    out: list[str] = []
    prev = ""
    for ch in text:
        low = ch.lower()
        if low == "е":
            lat = "ye" if (not prev.isalpha() or prev in _VOWELS_CYR or prev in "ъь") else "e"
        elif low == "ц":
            lat = "ts" if prev in _VOWELS_CYR else "s"
        else:
            lat = _CYR2LAT.get(low)
            if lat is None:
                out.append(ch)
                prev = low
                continue
        if ch != low and lat:
            lat = lat[0].upper() + lat[1:]
        out.append(lat)
        prev = low
    return "".join(out)
