"""Phrases found with words between their words (``PhraseIndex.find`` with a gap) are those
a plain search finds: at each token left to right, the longest phrase first whose first
word matches the token and each next word one of the ``gap + 1`` tokens after the last."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.phrases import Hit, PhraseIndex, phrase_words, word_matches
from bot.text import fold


def plain_find(labelled: list[tuple[str, str]], toks: list[str], gap: int) -> list[Hit]:
    """``find`` the plain way: every phrase tried at every token, every word compared."""
    rows = [(words, label, phrase) for label, phrase in labelled
            if (words := phrase_words(phrase))]
    rows.sort(key=lambda r: (-len(r[0]), -sum(map(len, r[0]))))
    hits: list[Hit] = []
    end = 0
    for i, tok in enumerate(toks):
        if i < end:
            continue
        for words, label, phrase in rows:
            if not word_matches(words[0], tok):
                continue
            j = i + 1
            for w in words[1:]:
                j = next((k + 1 for k in range(j, min(j + gap + 1, len(toks)))
                          if word_matches(w, toks[k])), -1)
                if j < 0:
                    break
            if j >= 0:
                hits.append(Hit(label, i, j, phrase))
                end = j
                break
    return hits


LISTS = [("pasport", "pasportimni olib qoʻydi"), ("pasport", "olib qoʻy*"),
         ("passport", "забрали паспорт"), ("passport", "паспорт забрал*"),
         ("passport", "паспортимни олиб"), ("passport", "took my passport"),
         ("help", "need help="), ("money", "pul oʻtkazma*"), ("money", "pul yubor*")]


@pytest.mark.parametrize(("text", "gap", "labels"), [
    ("pasportimni ish beruvchi olib qoʻydi", 2, ["pasport"]),  # uz: two words between
    ("pasportimni ish beruvchi olib qoʻydi", 1, ["pasport"]),  # ... "olib qoʻy*" alone
    ("паспортимни иш берувчи олиб қўйди", 2, ["pasport"]),  # uz-Cyrl: folds as uz
    ("паспортимни иш берувчи олиб куйди", 2, ["passport"]),  # Russian keyboard: "олиб"
    ("у меня забрали мой паспорт", 1, ["passport"]),  # ru
    ("u menya zabrali moi pasport", 1, ["passport"]),  # Russian in Latin letters
    ("they took my old passport", 1, ["passport"]),  # en
    ("they took my old passport", 0, []),
    ("i need some help", 1, ["help"]),  # one word between
    ("i need some helpful advice", 1, []),  # "help=" matches only itself
    ("pul oʻtkazmalari va pul yuborish", 1, ["money", "money"]),
    ("pul şu oʻtkazmasi", 1, ["money"]),  # the new alphabet's ş between
])
def test_a_search_with_a_gap_finds_what_the_plain_search_finds(text, gap, labels):
    toks = fold(text).split()
    found = PhraseIndex(LISTS).find(toks, gap)
    assert found == plain_find(LISTS, toks, gap)
    assert [h.label for h in found] == labels


SHORT = [("sum", "pul a*"), ("job", "ish joylash"), ("help", "yordam kerak="),
         ("help", "помощь нужна")]


@pytest.mark.parametrize(("text", "gap", "labels"), [
    ("pul abc", 0, ["sum"]),  # a later word of one letter, a prefix: its head is "a"
    ("pul ab", 1, ["sum"]),
    ("pul bor", 0, []),
    ("ish joylashtirish", 0, ["job"]),  # a stem: the token starts with its two letters
    ("ish joy", 0, []),  # "joy" starts as "joylash" does, but is no form of it
    ("yordam juda kerak", 1, ["help"]),  # uz: "kerak=" matches only itself
    ("yordam juda keraklik", 1, []),
    ("помощь очень нужна", 1, ["help"]),  # ru
    ("pomoshch ochen nuzhna", 1, ["help"]),  # Russian in Latin letters
])
def test_a_phrase_whose_later_words_no_token_starts_as_is_not_found(text, gap, labels):
    """A phrase is tried at a token only when every later word's first letters (two, or
    one of a one-letter word) start some token of the message (``PhraseIndex._needs``):
    what is found is what the plain search finds."""
    toks = fold(text).split()
    found = PhraseIndex(SHORT).find(toks, gap)
    assert found == plain_find(SHORT, toks, gap)
    assert [h.label for h in found] == labels


WORDS = ["pasportimni", "pasport", "olib", "qoʻy*", "ish", "pul", "yubor*", "help=", "abcde",
         "ab"]


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"),
                          st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)
                          .map(" ".join)), max_size=8),
       st.lists(st.sampled_from(["pasportimni", "pasport", "olib", "qoydi", "qoyib", "ish",
                                 "pul", "yuborish", "help", "helps", "abcdefg", "ab", "x"]),
                max_size=15),
       st.integers(min_value=0, max_value=3))
def test_any_search_with_a_gap_finds_what_the_plain_search_finds(labelled, toks, gap):
    assert PhraseIndex(labelled).find(toks, gap) == plain_find(labelled, toks, gap)
