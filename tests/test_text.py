"""Normalisation to matching keys and language guessing, as tables."""

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot import text as text_module
from bot.knowledge import KnowledgeBase
from bot.langguess import guess_language, script_of
from bot.text import _clean_each, clean, fold


@pytest.mark.parametrize("variants", [
    ["oʻzbekiston", "o'zbekiston", "o‘zbekiston", "o’zbekiston", "o`zbekiston",
     "ozbekiston", "ózbekiston", "ЎЗБЕКИСТОН"],
    ["pul oʻtkazmalari", "pul o'tkazmalari", "пул ўтказмалари", "pul otkazmalari"],
    ["денежные переводы", "denezhnye perevody", "denejnie perevodi"],
    ["мигранты", "migranty", "migranti"],
    ["ещё", "еще", "eshe", "esche"],
    ["хорижий", "xorijiy", "horijiy", "khorijiy"],
    ["қонун", "qonun", "konun", "кoнун"],
    ["qalaysiz", "qalaysız", "QALAYSIZ"],
    ["UP-5785", "УП-5785", "up 5785", "Up5785".replace("5785", " 5785")],
])
def test_fold_treats_variants_alike(variants: list[str]) -> None:
    keys = {fold(v) for v in variants}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(("raw", "key"), [
    ("", ""),
    ("   ", ""),
    ("😀😀😀", ""),
    ("\x00\x07\x1b[31m", "31 m"),
    ("Salom!!! Qalaysiz???", "salom kalaisiz"),
    ("14.8 billion", "14 8 bilion"),
    # A number written against letters is a word of its own ("в 24м" asks about 2024).
    ("в 24м", "v 24 m"),
    ("2024yilda", "2024 ilda"),
    ("pf5785", "pf 5785"),
    ("UP-4947", "up 4947"),
])
def test_fold_drops_what_is_not_words(raw: str, key: str) -> None:
    assert fold(raw) == key


def test_clean_drops_control_and_invisible_characters() -> None:
    # Control characters separate words (like a newline); invisible ones vanish.
    assert clean("a\x00b\u200bc\n\td   e") == "a bc d e"


def test_no_printable_character_is_one_clean_drops_or_replaces() -> None:
    # clean's shortcut for printable text (a newline aside) rests on this.
    dropped = {"Cc", "Zl", "Zp", "Cf", "Cs", "Co", "Cn"}
    assert [hex(c) for c in range(0x110000)
            if chr(c).isprintable() and unicodedata.category(chr(c)) in dropped] == []


@pytest.mark.parametrize("text", [
    "Salom!\nPul qanday\n\njo'natiladi?", "a\u00a0b", "a\u2028b", "x\u200by", "😀 ok",
    "\tтаб", "e\u0301", "\ud800", "a\U000e0001b", " \n ",
])
def test_clean_gives_what_cleaning_each_character_gives(text: str) -> None:
    assert clean(text) == _clean_each(text)


@pytest.mark.parametrize(("text", "script"), [
    ("hello", "Latn"), ("привет", "Cyrl"), ("12345 !!", None), ("", None),
])
def test_script_of(text: str, script: str | None) -> None:
    assert script_of(text) == script


LEXICON = {"en": {"money", "send", "migrants"}, "ru": {"dengi", "migranti", "skolko"},
           "uz": {"pul", "kancha", "migrantlar", "utkazmalar", "migranti"}}


@pytest.mark.parametrize(("text", "lang"), [
    ("how much money do migrants send", "en"),
    ("сколько денег", "ru"),
    ("skolko dengi", "ru"),
    ("pul qancha", "uz"),
    ("пул қанча", "uz-Cyrl"),           # Uzbek-only letter
    ("пул канча", "uz-Cyrl"),           # no Uzbek-only letter: the words tell
    ("migranti", "uz"),                 # a word of both: Latin script leans Uzbek
    ("мигранты", "ru"),                 # ... and Cyrillic leans Russian
    ("😀", None),
    ("zzzz", None),
])
def test_guess_language(text: str, lang: str | None) -> None:
    assert guess_language(text, LEXICON) == lang


@settings(deadline=None)  # a timing bound is no behaviour; the machine may be loaded
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
@example("o'zbek g`oya ma'no O'ZBEK ta'lim'")
@example("'`'  A`'b o'' g'`")
def test_ascii_text_loses_case_and_apostrophes_as_any_text_does(text: str) -> None:
    assert text_module._ascii_lower(text) == text_module._latin_lower(text)


def test_every_ascii_word_of_the_knowledge_folds_as_any_word_does(kb: KnowledgeBase) -> None:
    words = {w for e in kb.entries.values() for lang in ("en", "uz")
             for t in (*e.questions[lang], e.answer[lang]) for w in t.split() if w.isascii()}
    assert len(words) > 1000
    assert [w for w in words
            if text_module._ascii_lower(w) != text_module._latin_lower(w)] == []


def test_forget_words_empties_the_process_wide_word_caches() -> None:
    """``bench --e2e`` empties them before each of hamroh's bursts (review s10)."""
    from bot import text, translit
    text.fold("Pasportimni olib qo'yishdi")
    text.spell("pasportimni")
    translit.to_cyrillic("pasportimni")
    assert text._fold_remembered.cache_info().currsize > 0
    text.forget_words()
    assert text._fold_remembered.cache_info().currsize == 0
    assert text._spell_remembered.cache_info().currsize == 0
    assert translit._word_cyrillic.cache_info().currsize == 0
