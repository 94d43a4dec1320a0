"""Text normalisation: apostrophes, Uzbek Cyrillic <-> Latin, matching keys, language guess.

Pure functions, no state. Two kinds of output:

* *display* text (``to_cyrillic``, ``to_latin``) follows the official Uzbek orthography
  and is what a user reads;
* *keys* (``fold``) are lowercase, Latin, punctuation-free strings used only for fuzzy
  matching. A key deliberately forgets differences people make when typing on a phone
  (apostrophe or none, x/h/kh, ё/е, ц/ts/s, q/k ...), and it applies the same rules to
  every language, so a Russian question typed in Latin letters meets the Cyrillic one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

LANGS = ("en", "ru", "uz", "uz-Cyrl")
"""Reply languages: Uzbek Cyrillic is generated from the Uzbek Latin text."""

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


def _normalise_uz_marks(text: str) -> str:
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
    text = _normalise_uz_marks(text)
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


# ---------------------------------------------------------------- matching keys

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_UZ_CYR_ONLY = re.compile(r"[ўқғҳЎҚҒҲ]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_REPEATS = re.compile(r"([a-z])\1+")
# Applied in order to a lowercase Latin string with apostrophes removed.
_FOLDS = (
    ("shch", "sh"), ("sch", "sh"), ("kh", "h"), ("x", "h"), ("zh", "j"), ("ts", "s"),
    ("ch", "\x01"), ("c", "s"), ("\x01", "ch"), ("q", "k"), ("w", "v"),
    ("yo", "e"), ("ye", "e"), ("y", "i"), ("ie", "e"),
)


def clean(text: str) -> str:
    """Drop control characters and collapse white space; keep everything else.

    Args:
        text: raw user input.

    Returns:
        A printable single-spaced string (possibly empty).
    """
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
        Space-separated key tokens; empty when nothing letter- or digit-like remains.
    """
    text = to_latin(_normalise_uz_marks(unicodedata.normalize("NFC", text))).lower()
    text = re.sub(f"[{APOSTROPHES}]", "", text)
    # Strip accents (é -> e) after the Uzbek letters above have been handled.
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _NON_WORD.sub(" ", text)
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = _REPEATS.sub(r"\1", text)
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    """Split text into folded matching tokens."""
    return fold(text).split()


# ---------------------------------------------------------------- language guess


def script_of(text: str) -> str | None:
    """Say which script dominates: ``"Cyrl"``, ``"Latn"`` or None when there are no letters."""
    cyr = len(_CYRILLIC.findall(text))
    lat = len(_LATIN.findall(text))
    if not cyr and not lat:
        return None
    return "Cyrl" if cyr >= lat else "Latn"


def _weight(words: Mapping[str, float] | Iterable[str], tok: str) -> float:
    if isinstance(words, Mapping):
        return float(words.get(tok, 0.0))
    return 1.0 if tok in words else 0.0


def guess_language(text: str,
                   lexicon: Mapping[str, Mapping[str, float] | Iterable[str]]) -> str | None:
    """Guess the language and script of a message.

    Args:
        text: the user's message.
        lexicon: folded words per language ("en", "ru", "uz"), as sets or as mappings
            word -> how surely it belongs to that language; a word shared by several
            languages is split between them by those weights.

    Returns:
        "en", "ru", "uz" or "uz-Cyrl", or None when the text gives no clue.
    """
    script = script_of(text)
    if script is None:
        return None
    if script == "Cyrl" and _UZ_CYR_ONLY.search(text):
        return "uz-Cyrl"
    # Dict order breaks ties: Latin script is most often Uzbek, Cyrillic most often Russian.
    scores = dict.fromkeys(("ru", "uz") if script == "Cyrl" else ("uz", "en", "ru"), 0.0)
    # Cyrillic without ў, қ, ғ or ҳ is more likely Russian: Uzbek evidence counts half.
    damp = {"uz": 0.5} if script == "Cyrl" else {}
    for tok in tokens(text):
        weights = {lang: _weight(lexicon.get(lang, ()), tok) * damp.get(lang, 1.0)
                   for lang in scores}
        total = sum(weights.values())
        for lang, weight in weights.items():
            if total:
                scores[lang] += weight / total
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        if script == "Cyrl":
            return "ru"
        return None
    if script == "Cyrl":
        return "uz-Cyrl" if best == "uz" else "ru"
    return best
