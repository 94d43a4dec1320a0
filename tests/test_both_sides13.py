"""A greeting before a yes/no question in "-mi" that ends with "… uchun" ("for us", "for
Uzbekistan") still asks (fix13 item 7: tester s12 finding 14); a question of both sides of a
subject ("pros and cons of migration") is answered with one side and offers the other as a
button (item 7, in every script)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "entry", "lang"), [
    ("assalomu alaykum, pul o'tkazmalariga qaram bo'lish xavflimi O'zbekiston uchun",
     "remit-dependence-risk", "uz"),
    ("salom, migratsiya foydalimi biz uchun", "concept-positive-effects", "uz"),
    ("salom, shengen muhimmi biz uchun", "coop-schengen", "uz"),
    ("ассалому алайкум, пул ўтказмаларига қарам бўлиб қолиш хавфлими Ўзбекистон учун",
     "remit-dependence-risk", "uz-Cyrl"),
    ("ассалому алайкум, пул утказмаларига карам булиб колиш хавфлими Узбекистон учун",
     "remit-dependence-risk", "uz-Cyrl"),
])
def test_a_greeting_and_a_question_ending_in_uchun_is_answered(
        answerer: Answerer, message: str, entry: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id, reply.lang) == ("answer", entry, lang)


@pytest.mark.parametrize("message", [
    "salom, men Toshkent uchun", "assalomu alaykum, biz uchun rahmat",
])
def test_a_greeting_with_uchun_and_no_question_stays_a_greeting(answerer: Answerer,
                                                                message: str) -> None:
    assert answerer.ask(message).kind == "greeting"


SIDES = {"concept-positive-effects", "concept-negative-effects"}


@pytest.mark.parametrize(("message", "lang"), [
    ("pros and cons of migration", "en"), ("advantages and disadvantages of migration", "en"),
    ("плюсы и минусы миграции", "ru"), ("migratsiyaning ijobiy va salbiy tomonlari", "uz"),
    ("миграциянинг ижобий ва салбий томонлари", "uz-Cyrl"),
])
def test_both_sides_asked_offer_the_other_side(answerer: Answerer, message: str,
                                               lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang) == ("answer", lang)
    assert reply.entry is not None and reply.also is not None
    assert {reply.entry.id, reply.also.id} == SIDES


@pytest.mark.parametrize("message", [
    "what are the positive effects of migration", "migratsiyaning ijobiy tomonlari",
])
def test_one_side_asked_offers_no_other(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.also is None
