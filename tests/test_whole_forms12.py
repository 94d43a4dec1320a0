"""A form made from an urgent trigger matches only itself (fix12, item 9: review s11
findings 4 and 17): "urgan", made of "urdi", is no stem of "Urganch" (Urgench), nor
«не выпускает» of «не выпускается»; a word written as a prefix stays one."""

from __future__ import annotations

import numpy as np
import pytest

from bot.firstwords import WHOLE
from bot.phrases import PhraseIndex, bare, phrase_words, word_matches
from bot.triggerforms import with_other_forms


@pytest.mark.parametrize(("pattern", "tok", "matches"), [
    ("urgan", "urganch", True), ("urgan" + WHOLE, "urganch", False),
    ("urgan" + WHOLE, "urgan", True), ("olib*", "olibdi", True),
    ("vypuskaet" + WHOLE, "vypuskaetsa", False), ("vypuskaet", "vypuskaetsa", True),
])
def test_a_whole_word_matches_only_itself(pattern: str, tok: str, matches: bool) -> None:
    assert word_matches(pattern, tok) is matches


def test_a_whole_word_keeps_its_mark_and_loses_it_bare() -> None:
    assert phrase_words("ukamni urgan=") == ("ukamni", "urgan=")
    assert [bare(w) for w in phrase_words("ukamni* urgan=")] == ["ukamni", "urgan"]


@pytest.mark.parametrize(("toks", "found"), [
    (["ukamni", "urgan"], True), (["ukamni", "urganchga", "yubordim"], False),
    (["urgan", "ukamni"], True), (["urganchda", "ukamni"], False),
])
def test_a_whole_word_is_found_as_itself_first_or_later(toks: list[str], found: bool) -> None:
    index = PhraseIndex([("urgent", "ukamni urgan="), ("urgent", "urgan= ukamni")])
    assert bool(index.find(toks)) is found
    assert bool(index.find(toks, gap=2)) is found
    # ... and so when many token lists are searched at once
    names = sorted(set(toks))
    starts, _rows = index.find_many(names, np.array([names.index(t) for t in toks]),
                                    np.array([0, len(toks)]))
    assert bool(len(starts)) is found


@pytest.mark.parametrize(("phrase", "made"), [
    # every made form is whole but a prefix and a Russian stem in «-л»
    ("ukamni urdi", ["ukamni urishdi=", "ukamni uribdi=", "ukamni urishgan=",
                     "ukamni urishibdi="]),
    ("не выпускают", ["не выпускает="]),
    ("выгнали меня", ["выгнал меня"]),
    ("oylik bermay*", ["oylik berishmay*"]),
    ("telefonim* olib", ["telefoni* olib"]),
])
def test_the_made_forms_are_whole(phrase: str, made: list[str]) -> None:
    assert with_other_forms([phrase]) == [phrase, *made]
