"""Text normalisation: matching keys and language guess.

Pure functions, no state. Display transliteration (what a user reads) lives in
``bot.translit``. This module builds *keys*: ``fold`` gives lowercase, Latin,
punctuation-free strings used only for fuzzy matching. A key deliberately forgets
differences people make when typing on a phone (apostrophe or none, x/h/kh, ё/е, ц/ts/s,
q/k ...), and it applies the same rules to every language, so a Russian question typed in
Latin letters meets the Cyrillic one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from bot.langs import LANGS as LANGS  # re-exported: the reply languages
from bot.langs import REGISTRY
from bot.latin import to_latin
from bot.translit import APOSTROPHES, normalise_uz_marks
from bot.yamlread import read_yaml

# ---------------------------------------------------------------- matching keys

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
# Letters of languages the bot does not speak (Tajik ҷ, Kazakh ә), and the reply language
# their users read (the registry's fallback): "Муҳоҷират чист?" is not Uzbek Cyrillic.
_FOREIGN = [(re.compile(f"[{re.escape(letters)}]"), REGISTRY.fallback[code])
            for code, letters in REGISTRY.letters_of.items()]
_UZBEK_ONLY = re.compile("[ўЎ]")
"""The one letter of Uzbek Cyrillic no Tajik or Kazakh word has (қ, ғ, ҳ they share): beside
it a foreign letter is an Uzbek typed on such a keyboard."""
# Letters that give a language away in its script (uz-Cyrl: ў қ ғ ҳ), from the registry.
_GIVEAWAY = [(lang.script, re.compile(f"[{re.escape(lang.letters)}]"), lang.code)
             for lang in REGISTRY.languages if lang.letters]
_NON_WORD = re.compile(r"[^0-9a-z]+")
# "в 24м", "2024yil", "pf5785": a number written against letters is a word of its own.
_DIGIT_EDGE = re.compile(r"(?<=[0-9])(?=[a-z])|(?<=[a-z])(?=[0-9])")
_WORD = re.compile(r"[^\W\d_]+")
ENDINGS_FILE = Path(__file__).resolve().parent / "data" / "word_endings.yaml"
WORDS_FILE = Path(__file__).resolve().parent / "data" / "language_words.yaml"
ENDING_WEIGHT = 0.5
"""What a telling word ending counts for, against 1 for a known word."""
ENDING_SLACK = 3
"""A word must be this many letters longer than an ending for the ending to count."""
NAME_AMONG = 3
"""Words without ў қ ғ ҳ beside the one word with them, from which that word may be a name or
a term and the words decide the language (by NAME_AMONG - 1 words' evidence or more)."""
_ACT_LABEL = re.compile(r"\b([^\W\d_]{1,3})\s?[-‑–]\s?(?=\d{3,})"
                        r"|\b([A-ZА-ЯЁЎҚҒҲ]{2,3})\s?(?=\d{3,})")
"""The letters of an act's number ("UP-5785", "PF 4947", "ПП-4829"): a label, not a word of
any language ("up" is English)."""
_UZBEK_LATIN = re.compile(r"[og][ʻʼ'‘’`´](?!(?:s|t|d|m|ll|re|ve)\b)[a-z]|q(?=[a-tv-z])")
"""Spellings only Uzbek Latin has: oʻ and gʻ before a letter, q before a letter but u
("qoldim", "yoʻqoldi"; Russian in Latin letters writes no q, English "qu"). English
contractions and possessives ("who's", "ILO's") and a word's last q ("Iraq") say nothing."""
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
        Space-separated key tokens; empty when nothing letter- or digit-like remains.
    """
    # Folding works inside white-space-separated words (nothing in it reaches across a
    # space; tests/test_index.py checks it), so each word is folded on its own and people's
    # words, which repeat, are folded once: a message is folded two or three times
    # (sentences, language guess), and folding was ~0.3 of the ~1.5 ms a question cost.
    return " ".join(filter(None, map(_fold_word, text.split())))


def _fold_word(word: str) -> str:
    return _fold_remembered(word) if len(word) <= FOLDED_LETTERS else fold_whole(word)


def fold_whole(text: str) -> str:
    """``fold`` of the whole text at once, every word folded again (for tests and tools)."""
    text = _written(text)
    for old, new in _FOLDS:
        text = text.replace(old, new)
    text = _REPEATS.sub(r"\1", text)
    return " ".join(text.split())


def spell(text: str) -> str:
    """``fold`` without its spelling folds (c/s, x/h, y/i, doubled letters ...): the words as
    written, in lowercase Latin letters, split into the same tokens as ``fold``'s. Words that
    fold alike stay apart: "costs" and «соц» fold to "sos", and spell "costs", "sots"."""
    return " ".join(filter(None, map(_spell_remembered, text.split())))


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
    # Strip accents (é -> e) after the Uzbek letters above have been handled.
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _ascii_lower(text: str) -> str:
    """``_latin_lower`` of ASCII text: its steps for other letters change nothing, and the
    marks after o and g only become other apostrophes, which go (tests/test_text.py)."""
    return _ASCII_APOSTROPHES.sub("", text.lower())


_APOSTROPHES = re.compile(f"[{APOSTROPHES}]")
_ASCII_APOSTROPHES = re.compile(f"[{''.join(c for c in APOSTROPHES if c.isascii())}]")
_fold_remembered = functools.lru_cache(maxsize=FOLDED_CACHED)(fold_whole)
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


# ---------------------------------------------------------------- language guess


def script_of(text: str) -> str | None:
    """Say which script dominates: ``"Cyrl"``, ``"Latn"`` or None when there are no letters."""
    cyr = len(_CYRILLIC.findall(text))
    lat = len(_LATIN.findall(text))
    if not cyr and not lat:
        return None
    return "Cyrl" if cyr >= lat else "Latn"


def _load_endings() -> dict[str, tuple[str, ...]]:
    raw = read_yaml(ENDINGS_FILE) or {}
    # Longest first, so "ларни" is tried before "ни".
    return {lang: tuple(sorted(map(str, ends), key=len, reverse=True))
            for lang, ends in raw.items()}


_ENDINGS = _load_endings()


@functools.cache
def _endings_up_to(lang: str, longest: int) -> tuple[str, ...]:
    """``lang``'s endings of at most ``longest`` letters (one C ``endswith`` tries them)."""
    return tuple(e for e in _ENDINGS[lang] if len(e) <= longest)


def ending_evidence(text: str) -> dict[str, float]:
    """Per language, how many words of ``text`` end the way that language's words do."""
    found = dict.fromkeys(_ENDINGS, 0.0)
    for word in _WORD.findall(text.lower()):
        for lang in _ENDINGS:
            if word.endswith(_endings_up_to(lang, len(word) - ENDING_SLACK)):
                found[lang] += 1.0
    return found


def _load_words() -> dict[str, dict[str, str]]:
    """Per script, folded telling word -> its written language ("uz" for uz-Cyrl); a word
    counts in the script it is written in (Russian typed in Latin letters: "zabral")."""
    raw = read_yaml(WORDS_FILE) or {}
    found: dict[str, dict[str, str]] = {}
    for code, words in raw.items():
        lang = REGISTRY.get(str(code))
        written = lang.generated_from or lang.code
        for word in words or ():
            script = script_of(str(word)) or lang.script
            for tok in fold(str(word)).split():
                found.setdefault(script, {})[tok] = written
    return found


_TELLING = _load_words()


def uzbek_spelt(text: str) -> bool:
    """Whether a word of ``text`` is spelt as only Uzbek Latin spells (oʻ, gʻ, q before a
    letter but u: "qoldim")."""
    return any(_UZBEK_LATIN.search(w) for w in text.lower().split())


def telling_language(tok: str, script: str) -> str | None:
    """The written language ("uz" for Uzbek Cyrillic) a folded word wholly tells in
    ``script`` (bot/data/language_words.yaml), else None."""
    return _TELLING.get(script, {}).get(tok)


def _weight(words: Mapping[str, float] | Iterable[str], tok: str) -> float:
    if isinstance(words, Mapping):
        return float(words.get(tok, 0.0))
    return 1.0 if tok in words else 0.0


FEW_WORDS = 2
"""A message of this many words or fewer says little about its language ("Россия", "ok")."""


def says_little_of_language(text: str) -> bool:
    """Whether ``text`` is too short to tell its language: a word or two, and no letter that
    only one language uses (ў, қ, ғ, ҳ)."""
    if any(letters.search(text) for _script, letters, _code in _GIVEAWAY) or _CHI.search(text):
        return False  # ... nor Uzbek's "-chi?" ("шенген-чи?")
    return len(_WORD.findall(text)) <= FEW_WORDS


def foreign_language(text: str) -> str | None:
    """The reply language (Russian) for a message in a language the bot does not speak,
    told by its letters (``letters_of`` in ``bot/data/languages.yaml``: Tajik "Муҳоҷират
    чист?", Kazakh «Көші-қон деген не?»), else None; with a ў it is Uzbek typed on such a
    keyboard."""
    if _UZBEK_ONLY.search(text):
        return None
    return next((code for letters, code in _FOREIGN if letters.search(text)), None)


_CHI = re.compile(r"(?<=\w)(?:[-‐–]|\s)(?:chi|чи)\b|(?<=[a-z]{3})chi\b"
                  r"|(?<=[а-яё]{2}[бвгджзйклмнпрстфхцшщ])чи\b|(?<=[а-яё][иеоа]я)чи\b",
                  re.IGNORECASE)
"""Uzbek's "-chi?" ("and ...?"): after a word, hyphened or apart ("Koreya-chi?", «Корея-чи?»,
"2023 chi?"), or written onto a word ("Germaniyachi?", «Шенгенчи?», «Германиячи?»: after a
consonant or «-ия», never a Russian plural's vowel, «врачи», «задачи»); «чи» apart is no
Russian «чьи», which folds alike (fix13, tester s12 finding 44, review s13 finding 7)."""


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
    foreign = foreign_language(text)
    if foreign is not None:
        return foreign
    chi = len(_CHI.findall(text))
    if chi:
        text = _CHI.sub(lambda m: m.group() if m.group()[0].isalpha() else " ", text)
    words = text.split()
    named = None  # one word with them among many without: perhaps a name or a term
    for letters_script, letters, code in _GIVEAWAY:
        if script == letters_script and letters.search(text):
            marked = sum(bool(letters.search(w)) for w in words)
            if marked > 1 or len(words) - marked < NAME_AMONG:
                return code
            named = code
    # The registry's order breaks ties (Latin is most often Uzbek, Cyrillic most often
    # Russian) and its weights damp weak evidence (Uzbek words in Cyrillic count half).
    damp = REGISTRY.guess.get(script, {})
    scores = dict.fromkeys(damp, 0.0)
    telling = _TELLING.get(script, {})
    toks = tokens(text)
    labels = {fold(a or b) for a, b in _ACT_LABEL.findall(text)}
    if not any(t.isalpha() and t not in labels for t in toks):
        labels = set()  # "ПП-4829" alone: its letters are all there is to go by
    if script == "Latn" and "uz" in scores and not _CYRILLIC.search(text):
        # (beside Russian words, a mixed message is weighed by its words alone)
        scores["uz"] += damp["uz"] * sum(bool(_UZBEK_LATIN.search(w))
                                         for w in text.lower().split())
    for tok in toks:
        if tok in labels:
            continue
        if tok in telling:  # bot/data/language_words.yaml: wholly its language's
            scores[telling[tok]] += damp[telling[tok]]
            continue
        if len(tok) == 1 and script == "Latn" and _weight(lexicon.get("ru", ()), tok):
            # A Russian one-letter word folds alike from both alphabets: English "I" is
            # Russian "и", Uzbek "u" (he) is Russian "у"; in Latin letters it tells nothing.
            continue
        weights = {lang: _weight(lexicon.get(lang, ()), tok) * damp[lang] for lang in scores}
        total = sum(weights.values())
        for lang, weight in weights.items():
            if total:
                scores[lang] += weight / total
    if chi and "uz" in scores:
        scores["uz"] += damp["uz"] * chi
    # Word endings are weaker evidence than known words: they break ties and speak when
    # no word is known ("бизни мажбурлаб ишлатяпти" is Uzbek on a Russian keyboard).
    for lang, n in ending_evidence(text).items():
        if lang in scores:
            scores[lang] += ENDING_WEIGHT * n * damp[lang]
    best = max(scores, key=lambda lang: scores[lang])
    if named is not None and (scores[best] - min(scores.values()) < NAME_AMONG - 1
                              or REGISTRY.in_script(best, script) == named):
        # ... a name or a term in a Russian question («Где опубликована статья
        # Жўрақуловой?») only when the other words say Russian clearly
        return named
    if scores[best] == 0:
        # No known word: in a script that only one hand-written language uses, that one.
        own = [lang.code for lang in REGISTRY.languages
               if lang.script == script and lang.generated_from is None]
        return own[0] if len(own) == 1 else None
    return REGISTRY.in_script(best, script)
