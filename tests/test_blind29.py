"""blind29: the wrong-entry classes of a blind block written from the five documents only.

- Both sides of a pair asked ('ijobiy va salbiy oqibatlari', "the positive and negative
  consequences of migration") were answered with the pair's second side whenever its words
  ("consequences", 'oqibatlari') scored higher: the first side is answered, the second offered
  as its button, as a "did you mean" of both orders them (``first_side_window``).
  Asked of the host or home countries ("… for receiving states"), both sides are that
  country's own pair's entry (the host countries' effects, the home countries' as a button).
- An act called by another kind's word ("указ 4829", "decree PP-4829", 'farmon 4829': 4829 is
  a resolution) was answered with the decree whose answer names that number in passing: an
  entry about an act of its own no longer counts the numbers of the acts it only names, so
  the act's own number puts its own entry first.
- "Which countries receive Uzbek migrants" («какие страны принимают узбекских мигрантов»,
  'qaysi davlatlar qabul qiladi') went to the developed countries' programmes: vocabulary of
  coop-destinations.
Controls: the other side asked alone, the acts asked by their own kind and number, the host
countries' programmes and Canada's and Australia's reasons keep their entries.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize("message", [
    "Migratsiyaning ijobiy va salbiy oqibatlari qanday?",
    "migratsiyaning ijobiy hamda salbiy oqibatlarini sanab bering",
    "Миграциянинг ижобий ва салбий оқибатлари қандай?",
    "миграциянинг ижобий ва салбий окибатлари",  # Russian keyboard
    "Explain the positive and negative consequences of migration.",
    "положительные и отрицательные последствия миграции",
    "pros and cons of migration",
])
def test_both_sides_asked_answer_the_first_with_the_second_offered(
        matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", "concept-positive-effects")
    assert m.also is not None and m.also.entry_id == "concept-negative-effects"


@pytest.mark.parametrize(("message", "entry"), [
    ("what are the negative consequences of migration", "concept-negative-effects"),
    ("Migratsiyaning salbiy oqibatlari qanday?", "concept-negative-effects"),
    ("pros and cons of migration, what are the cons", "concept-negative-effects"),
    ("seminarda migratsiyaning ijobiy va salbiy tomonlarini so'rashadi. salbiylari nima edi",
     "concept-negative-effects"),
    ("advantages and disadvantages of harmonising immigration policies",
     "coop-harmonising-opportunities"),
])
def test_one_side_asked_keeps_its_entry(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "указ 4829 про что",
    "ukaz 4829 pro chto",
    "decree 4829 what about",
    "decree PP-4829",
    "what does decree 4829 say",
    "farmon 4829 nima haqida",
    "4829-son farmon nima",
    "фармон 4829 нима ҳақида",
    "4829 сонли фармон нима ҳақида",
])
def test_an_acts_number_is_never_answered_with_another_act(matcher: Matcher, message: str
                                                           ) -> None:
    m = matcher.match(message)
    assert not (m.decision == "answer" and m.best and m.best.entry_id == "decree-up-5785")
    assert m.decision == "abstain" or (m.best and m.best.entry_id) == "decree-pp-4829"


@pytest.mark.parametrize("message", [
    "resolution 5785 what is it",
    "постановление 5785 о чем",
])
def test_a_decrees_number_is_never_answered_with_the_resolution(matcher: Matcher, message: str
                                                                ) -> None:
    m = matcher.match(message)
    assert not (m.decision == "answer" and m.best and m.best.entry_id == "decree-pp-4829")


@pytest.mark.parametrize(("message", "entry"), [
    ("указ 5785 про что", "decree-up-5785"),
    ("UP-5785 nima haqida", "decree-up-5785"),
    ("PP-4829 what is it", "decree-pp-4829"),
    ("постановление 4829 про что", "decree-pp-4829"),
    ("Что за Постановление Президента ПП-4829 от 15 сентября 2020 года?", "decree-pp-4829"),
    ("указ 4947 про что", "decree-up-4947"),
])
def test_an_act_asked_by_its_own_kind_and_number(matcher: Matcher, message: str, entry: str
                                                ) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("kakie strany prinimayut uzbekskih migrantov", "coop-destinations"),
    ("какие страны принимают узбекских мигрантов", "coop-destinations"),
    ("which countries receive uzbek migrants", "coop-destinations"),
    ("o'zbek migrantlarini qaysi davlatlar qabul qiladi", "coop-destinations"),
    ("ўзбек мигрантларини қайси давлатлар қабул қилади", "coop-destinations"),
    ("узбек мигрантларини кайси давлатлар кабул килади", "coop-destinations"),  # Russian keyboard
    # controls
    ("Почему Канада и Австралия принимают мигрантов?", "coop-developed-countries"),
    ("Kanada va Avstraliya nega migrantlarni qabul qiladi", "coop-developed-countries"),
    ("Канада ва Австралия нима учун мигрантларни қабул қилади?", "coop-developed-countries"),
    ("what programmes do host countries offer migrants", "abroad-integration"),
    ("how does migration affect receiving countries", "concept-receiving-effects"),
    ("where do uzbeks go to work", "coop-destinations"),
])
def test_the_countries_that_take_in_uzbek_migrants(matcher: Matcher, message: str, entry: str
                                                  ) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("I mainly need the full title of decree UP-5785 for my essay, and when was PP-4829 adopted?",
     "decree-up-5785"),
    ("мне нужно полное название указа УП-5785, и когда приняли ПП-4829?", "decree-up-5785"),
])
def test_an_act_asked_beside_another_keeps_its_answer(matcher: Matcher, message: str, entry: str
                                                     ) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry", "other"), [
    ("Explain the positive and negative consequences of migration for receiving states.",
     "concept-receiving-effects", "concept-sending-effects"),
    ("positive and negative consequences of migration for sending states",
     "concept-sending-effects", "concept-receiving-effects"),
    ("good and bad sides of migration for sending countries",
     "concept-sending-effects", "concept-receiving-effects"),
])
def test_both_sides_asked_of_host_or_home_countries(matcher: Matcher, message: str, entry: str,
                                                    other: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", entry)
    assert m.also is not None and m.also.entry_id == other


@pytest.mark.parametrize(("message", "entry"), [
    ("how does migration affect receiving states", "concept-receiving-effects"),
    ("what do sending states gain from migration", "concept-sending-effects"),
    ("pros and cons of migration", "concept-positive-effects"),
    ("strengths and weaknesses of international cooperation on migration", "coop-swot"),
])
def test_the_host_and_home_countries_neighbours(matcher: Matcher, message: str, entry: str
                                               ) -> None:
    assert_answered(matcher, message, entry)
