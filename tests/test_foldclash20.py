"""The maintainer's check of words folded into another word (``bot/devtools/foldclash.py``,
fold20): it finds a collision planted in the folds, and leaves one word of two languages
alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot import text
from bot.devtools import foldclash
from bot.matcher import Matcher
from bot.text import fold


@pytest.mark.parametrize(("a", "b", "same"), [
    ("god", "goda", True), ("migrant", "migrantlar", True), ("migration", "migratsiya", True),
    ("pul", "pulni", True), ("good", "god", False), ("site", "cited", False),
    ("kids", "kinds", False), ("school", "scholars", False), ("came", "same", False),
])
def test_forms_of_one_word(a: str, b: str, same: bool) -> None:
    assert foldclash.same_word(a, b) is same
    assert foldclash.same_word(b, a) is same


def _forms(*written: tuple[str, str, str]) -> foldclash.Forms:
    """Forms of (word as written, its language, the entries that have it)."""
    forms = foldclash.Forms()
    for spelt, lang, owners in written:
        forms.owners[fold(spelt)][spelt].update(owners.split())
        forms.langs[spelt].add(lang)
    return forms


@pytest.mark.parametrize(("word", "lang", "form", "written", "another"), [
    # English "state" and Russian «статье» (in the article) share four letters, not a meaning.
    ("state", "en", "statye", [("state", "en", "a b"), ("statye", "ru", "c d e")], True),
    # Forms of one word in one language.
    ("god", "ru", "goda", [("god", "ru", "a"), ("goda", "ru", "b")], False),
    ("migrant", "en", "migrants", [("migrant", "en", "a"), ("migrants", "en", "b")], False),
    # One word of two languages: in the same entries.
    ("passport", "en", "pasport", [("passport", "en", "a b"), ("pasport", "ru", "a b c")],
     False),
    # A word the knowledge does not write: another language's word is another word, its own
    # language's spelling is not ("proekt", «проект» transliterated).
    ("kids", "en", "kinds", [("kinds", "en", "a")], True),
    ("good", "en", "god", [("god", "ru", "a")], True),
    ("proekt", "ru", "proyekt", [("proyekt", "ru", "a")], False),
])
def test_another_word(word: str, lang: str, form: str, written: list[tuple[str, str, str]],
                      another: bool) -> None:
    assert foldclash.another_word(word, lang, form, _forms(*written)) is another


@pytest.fixture(scope="module")
def forms(matcher: Matcher) -> foldclash.Forms:
    return foldclash.written_forms(matcher)


@pytest.fixture
def bread_is_money() -> Iterator[None]:
    """English "bread" planted to fold as Uzbek "pul" (money)."""
    text._APART["bread"] = "pul"
    text.forget_words()
    try:
        yield
    finally:
        del text._APART["bread"]
        text.forget_words()


@pytest.mark.usefixtures("bread_is_money")
def test_a_planted_collision_is_found(matcher: Matcher, forms: foldclash.Forms) -> None:
    found = foldclash.meetings(matcher, {"bread": "en", "migrant": "en"}, forms)
    assert [(m.word, m.folded, m.others.get("pul")) for m in found] == [
        ("bread", "pul", (1.0, ("pul",)))]
    changed = foldclash.changes(matcher, found)
    assert [m.word for m in changed] == ["bread"]
    # Its question is answered with money only through the Uzbek word.
    (question, was, now), *_ = changed[0].changes
    assert question == "what about bread for migrants"
    assert was.startswith("answer remit-") and not now.startswith("answer remit-")
    # The matcher meets the other words again after the check.
    assert "pul" in matcher._similar_words(["pul"])[0]


@pytest.mark.parametrize(("word", "lang"), [
    ("passport", "en"), ("паспорт", "ru"), ("pasport", "uz"), ("паспорт", "uz-Cyrl"),
    ("proekt", "ru"),  # «проект» typed in Latin
])
def test_one_word_of_two_languages_is_no_collision(matcher: Matcher, forms: foldclash.Forms,
                                                   word: str, lang: str) -> None:
    assert foldclash.meetings(matcher, {word: lang}, forms) == []


def test_a_known_collision_shares_its_key(matcher: Matcher, forms: foldclash.Forms) -> None:
    """English "came" folds as "same" does (c is s)."""
    (found,) = foldclash.meetings(matcher, {"came": "en"}, forms)
    assert found.shared and found.others["same"][1] == ("same",)
