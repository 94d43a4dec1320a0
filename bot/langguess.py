"""Language guess: which of the bot's languages and scripts a message is written in.

Pure functions over the data in ``bot/data/`` (word endings, telling words) and the language
registry (``bot/data/languages.yaml``). The matching keys they compare (``fold``) are
``bot.text``'s.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from bot.langs import REGISTRY
from bot.text import fold, tokens
from bot.yamlread import read_yaml

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_WORD = re.compile(r"[^\W\d_]+")
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
ENDINGS_FILE = Path(__file__).resolve().parent / "data" / "word_endings.yaml"
WORDS_FILE = Path(__file__).resolve().parent / "data" / "language_words.yaml"
ENDING_WEIGHT = 0.5
"""What a telling word ending counts for, against 1 for a known word."""
ENDING_SLACK = 3
"""A word must be this many letters longer than an ending for the ending to count."""
CACHED_WORDS = 50_000
"""Words whose telling endings and lexicon weights are remembered (memory stays bounded)."""
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
        for lang in _ending_languages(word):
            found[lang] += 1.0
    return found


@functools.lru_cache(maxsize=CACHED_WORDS)
def _ending_languages(word: str) -> tuple[str, ...]:
    """The languages whose word endings ``word`` ends with (remembered per word: a message's
    words are mostly words seen before)."""
    return tuple(lang for lang in _ENDINGS
                 if word.endswith(_endings_up_to(lang, len(word) - ENDING_SLACK)))


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


_SHARES: dict[int, tuple[object, dict[tuple[str, str], tuple[tuple[str, float], ...]]]] = {}
"""Per lexicon (by ``id``, kept beside it so the id stays its own): ``_shares`` worked out."""


def _shares(lexicon: Mapping[str, Mapping[str, float] | Iterable[str]], script: str,
            tok: str) -> tuple[tuple[str, float], ...]:
    """How a known word splits between the languages of ``script`` (the registry's damped
    weights, adding up to 1; none for a word of no language), remembered per lexicon: one
    is not changed once asked with (the matcher's is complete when it is built)."""
    mine = _SHARES.get(id(lexicon))
    if mine is None or mine[0] is not lexicon:
        if len(_SHARES) > 8:
            _SHARES.clear()
        mine = _SHARES[id(lexicon)] = (lexicon, {})
    found = mine[1].get((script, tok))
    if found is None:
        damp = REGISTRY.guess.get(script, {})
        weights = {lang: _weight(lexicon.get(lang, ()), tok) * damp[lang] for lang in damp}
        total = sum(weights.values())
        found = tuple((lang, w / total) for lang, w in weights.items() if total and w)
        if len(mine[1]) < CACHED_WORDS:
            mine[1][script, tok] = found
    return found


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
        for lang, share in _shares(lexicon, script, tok):
            scores[lang] += share
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
