"""The effects cluster (effects23, issue 7): the side a question asks, in everyday words.

- Of the entries that stand for the sides a question names (``bot.aspects``), the one that
  stands for more of them answers: "ishchi yuboradigan davlatlar nima oladi" names the
  sending country and its gain (the sending countries' benefits), not the sending country
  alone (the definition of remittances).
- The country left and the one gone to in everyday words: «страны, которые люди покидают»,
  'odamlar ketayotgan davlatlar', «чет элга чиқарадиган давлатлар», "the countries people
  move to", "nations that take in newcomers"; "what do they get out of it", 'nima oladi'
  ask its gain. A comma clause opening with «которые» or «куда» is read with the clause
  before it when that one asks.
- People moving "from country to country" (no country named) is a side of its own: the
  benefits of migration stand for it, the host countries' benefits do not.
- 'chet ellik' (foreign) is no number ('chet 50'): «чет эллик ишчилар» was a near miss.
- Close entries told apart by their words are never one of another side than the side asked.
"""

from __future__ import annotations

import pytest

from bot.aspects import Aspects
from bot.matcher import Matcher
from bot.text import fold

from .test_blindfix21 import _decided

SENDING, RECEIVING = "concept-sending-effects", "concept-receiving-effects"
POSITIVE, NEGATIVE = "concept-positive-effects", "concept-negative-effects"


@pytest.mark.parametrize(("message", "entry"), [
    ("what do the countries people leave get from states working together on migration?",
     SENDING),
    ("do the countries people move to actually benefit from them", RECEIVING),
    ("What is the dark side of people moving between countries?", NEGATIVE),
    ("Что получает родная страна мигрантов от их работы за границей?", SENDING),
    ("Какая польза стране, куда приезжают работать иностранцы?", RECEIVING),
    ("какая польза странам от того что люди переезжают туда-сюда", POSITIVE),
    ("ishchi yuboradigan davlatlar nima oladi", SENDING),
    ("Ishchilari chetga ketadigan davlatlar bundan qanday foyda koʻradi?", SENDING),
    ("Migrantlar kelayotgan davlatlarga ular qanday naf keltiradi?", RECEIVING),
    ("Odamlarning yurtdan yurtga koʻchib yurishining yomon oqibatlari qanaqa", NEGATIVE),
    ("Мигрантлар келадиган давлатлар улардан қандай наф кўради?", RECEIVING),
    # typed on a Russian keyboard; 'chet ellik', foreign, no number
    ("ишчиларини четга юборадиган давлатлар хамкорликдан нима ютади", SENDING),
    ("чет эллик ишчиларни кабул киладиган давлатлар бундан нима олади", RECEIVING),
])
def test_the_side_asked_answers(matcher: Matcher, message: str, entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry"), [
    # answered with another side before (confident wrong on tune), now offered first
    ("Why do the nations that take in newcomers also gain when states coordinate on this?",
     RECEIVING),
    ("Good afternoon. My supervisor wants me to look at what the countries people move to get "
     "out of working together on migration. What do they gain?", RECEIVING),
    ("Что хорошего в том, что люди переезжают из страны в страну?", POSITIVE),
    ("Какая выгода от совместной работы государств тем странам, которые люди покидают ради "
     "работы?", SENDING),
    ("ишчиларини чет элга чиқарадиган камбағал давлатлар бундан нима ютади", SENDING),
])
def test_the_side_asked_is_first_and_no_other_side_is_answered(matcher: Matcher, message: str,
                                                                entry: str) -> None:
    decision, best = _decided(matcher, message)
    assert best == entry
    assert decision in ("answer", "clarify")


@pytest.mark.parametrize(("message", "entry"), [
    # a relative clause after the clause that asks is read with it
    ("Привет. Пишу курсовую, научрук сказал разобрать, что выигрывает страна, куда едут "
     "работники. Можете кратко? Заранее спасибо", RECEIVING),
    ("Зачем странам, куда едут мигранты, договариваться о миграции между собой?", RECEIVING),
    ("Что получают страны, откуда уезжают мигранты?", SENDING),
])
def test_a_relative_clause_names_the_side(matcher: Matcher, message: str, entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize("message", [
    # after a clause that does not ask, «куда» asks
    "нужно продлить паспорт, куда обращаться?",
])
def test_where_to_after_a_telling_clause_still_asks(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"


@pytest.mark.parametrize("message", [
    # «что ...» after «чем плохо» says what is bad: not the negative effects of migration
    "Чем плохо, что экономика держится на деньгах, присланных из-за рубежа?",
])
def test_what_is_bad_about_a_thing_named_after_is_not_migrations_harm(matcher: Matcher,
                                                                      message: str) -> None:
    decision, best = _decided(matcher, message)
    assert not (decision == "answer" and best == NEGATIVE)


@pytest.mark.parametrize(("stance", "other", "asked", "better"), [
    # more of the sides asked
    ({0: 0, 1: 1}, {1: 1, 2: 0}, {0: 0, 1: 1}, True),
    ({0: 0, 5: 0}, {0: 0, 1: 0}, {0: 0, 5: 0}, True),
    # as many: no better, whatever else it stands for
    ({0: 0}, {0: 0, 1: 0}, {0: 0}, False),
    ({0: 0, 1: 0}, {0: 0, 1: 1, 4: 1}, {0: 0}, False),
    # another side of a group asked counts for nothing
    ({0: 1, 1: 1}, {0: 0}, {0: 0, 1: 1}, False),
])
def test_fits_better_counts_the_sides_asked(stance: dict[int, int], other: dict[int, int],
                                            asked: dict[int, int], better: bool) -> None:
    assert Aspects.fits_better(stance, other, asked) is better


@pytest.mark.parametrize(("text", "folded"), [
    ("chet ellik ishchilar", "chet elik ishilar"),
    ("чет эллик ишчилар", "chet elik ishilar"),
    ("Chet ellik ikki ishchi", "chet elik iki ishi"),
    # a number said in words elsewhere still is one
    ("ellik besh yil", "55 il"),
    ("эллик минг", "50 ming"),
])
def test_chet_ellik_is_foreign_not_fifty(text: str, folded: str) -> None:
    assert fold(text) == folded
