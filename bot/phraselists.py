"""How the phrase lists of ``knowledge/phrases.yaml`` are read: a list's phrases and folded
words, a labelled index, the spellings of triggers matched only as spelt (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.phrases import PREFIX, Hit, PhraseIndex, bare, phrase_words
from bot.text import fold, keyboard_variant, spell

TYPO_MIN = 7
"""A word this long that is one letter off an urgent trigger's word counts as that word
("пастпорт" is "паспорт"), unless it is a word of the knowledge base itself."""


def phrases(rows: object) -> list[str]:
    """A list of phrases, or phrases per language, as one list."""
    return [p for phrases in by_language(rows).values() for p in phrases]


def words(rows: object) -> frozenset[str]:
    """The folded words of a list of phrases."""
    return frozenset(w for p in phrases(rows) for w in fold(p).split())


def typed_words(rows: object) -> frozenset[str]:
    """The folded words of a list of phrases, as written and as typed on a Russian keyboard
    ('uyga' and «уйга» alike)."""
    return frozenset(w for p in phrases(rows) for v in {p, keyboard_variant(p)}
                     for w in fold(v).split())


def endings(row: object) -> tuple[tuple[str, ...], int]:
    """A list of word endings and the shortest word they are read on: ``{endings: [...],
    min_length: N}``, folded."""
    row = row or {}
    assert isinstance(row, Mapping)
    return tuple(fold(str(e)) for e in row.get("endings") or ()), int(row.get("min_length", 0))


def strings(rows: object) -> list[str]:
    """Every string inside a phrase list, however nested (kinds, languages)."""
    if isinstance(rows, str):
        return [rows]
    if isinstance(rows, Mapping):
        return [s for v in rows.values() for s in strings(v)]
    if isinstance(rows, Sequence):
        return [s for v in rows for s in strings(v)]
    return []


def index(pairs: list[tuple[str, str]], kind: type[PhraseIndex] = PhraseIndex) -> PhraseIndex:
    # Uzbek phrases also match as typed on a Russian keyboard.
    more = [(label, keyboard_variant(p)) for label, p in pairs if keyboard_variant(p) != p]
    return kind(pairs + more)


class Requests(PhraseIndex):
    """Requests ("give me", «дайте»: label "ask") and the longer phrases that hold one and
    ask nothing (label "no", ``not_requests``: "give me up to another country" is to be
    extradited, not "give me" something). ``find`` returns the requests alone: a longer
    phrase is found first and hides the request inside it."""

    def find(self, toks: Sequence[str], gap: int = 0) -> list[Hit]:
        return [h for h in super().find(toks, gap) if h.label == "ask"]


def by_language(rows: object) -> dict[str, list[str]]:
    """A ``set_aside`` kind: phrases per language, or one plain list (no language)."""
    if isinstance(rows, dict):
        return {str(lang): [str(p) for p in phrases or ()] for lang, phrases in rows.items()}
    return {"any": [str(p) for p in rows or ()]}  # type: ignore[attr-defined]


REVERSIBLE_MIN = 4
"""The shortest folded word of a two-word trigger that also matches the other way round
("паспорт забрали"; not "not paid", "в опасности")."""


def content_pair(phrase: str) -> bool:
    """Whether a trigger is two words of ``REVERSIBLE_MIN`` letters or more."""
    words = phrase_words(phrase)
    return len(words) == 2 and all(len(bare(w)) >= REVERSIBLE_MIN for w in words)


SPELT_MAX = 4
"""A one-word urgent trigger this short (folded) matches only as spelt: many common words
fold to "sos" ("costs", «соц»)."""


def spellings(triggers: list[str], spelt: list[str]) -> dict[str, frozenset[str]]:
    """The folded words of urgent triggers that match only as spelt (``urgent_spelt`` in
    phrases.yaml, and the short one-word triggers), each with the spellings it has in the
    triggers (``bot.text.spell``; Uzbek also as typed on a Russian keyboard)."""
    guarded = {fold(w) for w in spelt} | {
        fold(p) for p in triggers if len(fold(p).split()) == 1 and len(fold(p)) <= SPELT_MAX}
    found: dict[str, set[str]] = {}
    for p in triggers:
        for v in {p, keyboard_variant(p)}:
            for word in v.split():
                key = fold(word.removesuffix(PREFIX))
                if key in guarded:
                    found.setdefault(key, set()).add(spell(word.removesuffix(PREFIX)))
    return {key: frozenset(ways) for key, ways in found.items()}


def spelt_so(phrase: str, spellings: Mapping[str, frozenset[str]],
             words: Sequence[str]) -> bool:
    """Whether each word of ``phrase`` that matches only as spelt (a key of ``spellings``,
    ``_spellings``) is spelt one of its ways among ``words`` (``bot.text.spell``): "costs"
    is, «соц» (which folds alike) is not."""
    return all(any(t.startswith(way) for t in words for way in spellings[key])
               for key in (bare(w) for w in phrase_words(phrase))
               if key in spellings)
