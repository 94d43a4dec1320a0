"""Reply languages the eleventh session's tester and reviewer left open (fix12, item 8): a
Latin word that is Uzbek only because Latin most often is, from a phone in Russian or Uzbek
Cyrillic; a message in Tajik or Kazakh Cyrillic, which is not Uzbek Cyrillic (its users
get the phone's language, else Russian)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.langguess import foreign_language, guess_language


@pytest.mark.parametrize(("message", "phone", "lang"), [
    # a Latin word no Uzbek spelling, ending or word tells: the phone's language
    ("passport", "ru", "ru"), ("SWOT", "ru", "ru"), ("Schengen", "ru", "ru"),
    ("pasport", "ru", "ru"), ("Germany", "ru", "ru"), ("passport", "uz-Cyrl", "uz-Cyrl"),
    # ... while oʻ, gʻ, q or an Uzbek word keeps Uzbek Latin, and the phone's own Latin
    # language stays
    ("pasportsiz qoldim", "ru", "uz"), ("pasportim yoʻqoldi", "ru", "uz"),
    ("nega", "ru", "uz"), ("rahmat", "ru", "uz"), ("Olmoniya", "ru", "uz"),
    ("passport", "en", "en"), ("passport", "uz", "uz"), ("thanks", "ru", "en"),
])
def test_a_latin_word_uzbek_only_by_default_gets_the_phone_s_language(
        answerer: Answerer, message: str, phone: str, lang: str) -> None:
    assert answerer.ask(message, default=phone).lang == lang


@pytest.mark.parametrize(("message", "lang"), [
    # Tajik (ӣ ӯ ҷ) and Kazakh (ә ө ү ұ і ң һ): Russian, the registry's fallback
    ("Муҳоҷират чист?", "ru"), ("Муҳоҷират чӣ гуна аст?", "ru"),
    ("Муҳоҷирони корӣ ба Русия мераванд", "ru"), ("Көші-қон деген не?", "ru"),
    ("Еңбек мигранттары қанша ақша жіберді?", "ru"),
    # ... while Uzbek Cyrillic, with a ў beside such a letter too, stays Uzbek
    ("Муҳожират нима?", None), ("Ўзбекистондан муҳоҷират", None),
    ("пул ўтказмалари нима", None), ("что такое миграция", None),
])
def test_tajik_and_kazakh_letters_tell_a_language_the_bot_does_not_speak(
        message: str, lang: str | None) -> None:
    assert foreign_language(message) == lang


@pytest.mark.parametrize(("message", "phone", "lang"), [
    ("Муҳоҷират чист?", None, "ru"), ("Көші-қон деген не?", None, "ru"),
    ("Муҳоҷират чист?", "ru", "ru"), ("Муҳоҷират чист?", "uz-Cyrl", "uz-Cyrl"),
    ("Көші-қон деген не?", "en", "en"),
    ("Муҳожират нима?", "ru", "uz-Cyrl"), ("Ўзбекистондан муҳоҷират", None, "uz-Cyrl"),
])
def test_a_tajik_or_kazakh_message_is_answered_in_the_phone_s_language_else_russian(
        answerer: Answerer, message: str, phone: str | None, lang: str) -> None:
    assert answerer.ask(message, default=phone).lang == lang


def test_a_foreign_letter_is_read_before_the_uzbek_ones() -> None:
    # ҳ is Uzbek Cyrillic's too: the Tajik ҷ beside it decides
    assert guess_language("Муҳоҷират чист?", {"en": {}, "ru": {}, "uz": {}}) == "ru"
