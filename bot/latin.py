"""Cyrillic (Uzbek or Russian) to Uzbek Latin by the official correspondence (pure): how
Cyrillic input is read (``bot.text``) and reports show it."""

from __future__ import annotations

from bot.translit import OKINA, TUTUQ

_VOWELS_CYR = set("аеёиоуэюяўАЕЁИОУЭЮЯЎ")

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
