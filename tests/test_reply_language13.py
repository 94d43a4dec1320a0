"""The reply language of Uzbek "-chi?" follow-ups and of Russian typed in Latin letters
(fix13 item 5: tester s12 findings 44, 49): «Корея-чи?», 'Germaniya-chi?', "Germaniyachi?"
are Uzbek, whatever the phone's language; "rabotodatel zabral pasport", "muzh propal" are
Russian, the protection block in Russian. «чьи» (folded like «чи») stays Russian."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "default", "lang"), [
    ("Корея-чи?", None, "uz-Cyrl"), ("оилаларга-чи?", None, "uz-Cyrl"),
    ("Германия-чи?", "uz-Cyrl", "uz-Cyrl"), ("шенген-чи?", "ru", "uz-Cyrl"),
    ("Koreya-chi?", None, "uz"), ("Rossiyada-chi?", None, "uz"), ("oilalarga-chi?", None, "uz"),
    ("Germaniya-chi?", None, "uz"), ("ILO-chi?", None, "uz"), ("shengen-chi?", None, "uz"),
    ("Germaniyachi?", None, "uz"), ("oilalarchi", None, "uz"), ("şengen-chi?", None, "uz"),
    ("2023 chi?", None, "uz"),
])
def test_a_chi_follow_up_is_uzbek(answerer: Answerer, message: str, default: str | None,
                                  lang: str) -> None:
    assert answerer.ask(message, default=default).lang == lang


@pytest.mark.parametrize(("message", "default"), [
    ("rabotodatel zabral pasport", None), ("hozyain zabral pasport", None),
    ("hozyain zabral pasport", "ru"), ("propal muzh", None),
    ("muzh propal, telefon vyklyuchen", None), ("rabotodatel ne otdaet pasport", None),
])
def test_a_danger_in_russian_latin_letters_gets_the_block_in_russian(
        answerer: Answerer, message: str, default: str | None) -> None:
    reply = answerer.ask(message, default=default)
    assert (reply.kind, reply.lang) == ("urgent", "ru")


@pytest.mark.parametrize(("message", "lang"), [
    ("hozyain pasportni olib qoldi", "uz"), ("чьи права защищает статья 23?", "ru"),
    ("врачи и задачи мигрантов", "ru"), ("what is the ILO?", "en"),
])
def test_other_messages_keep_their_language(answerer: Answerer, message: str,
                                            lang: str) -> None:
    assert answerer.ask(message).lang == lang
