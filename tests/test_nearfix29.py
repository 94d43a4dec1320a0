"""Near misses still answered with confidence (twenty-ninth session, nearfix29).

A near miss asks something close to an entry that the documents do not give; the reply is
that entry's "did you mean", never its answer. Four classes were answered: Uzbeks asked of
where they work or live in a country no document speaks of ("problems of Uzbeks who work in
Israel"; the writer's own place, "I work in Israel", stays answered); a "how many" of what
comes from one country, named in the asking sentence («сколько перевели в Узбекистан из
Казахстана»: the documents give only the whole); another era asked ("in the 19th century",
«в советское время», 'Amir Temur davrida', the `era:` detail kind); and a fee, limit or
rate joined to a question, whose own words name the answered entry's subject («какой лимит
перевода»), or a place's figure joined to a question the same entry answers ("what is
environmental migration and how many people in Karakalpakstan had to move"). The entries'
own countries, years and figures stay answered.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_answered_with_any_note, assert_near_miss

NEAR_MISSES = [
    # Uzbeks where they work or live, in a country no document speaks of
    ("What problems do Uzbeks working in Israel face?", "abroad-problems"),
    ("С какими проблемами сталкиваются узбеки, которые живут в Японии?", "abroad-problems"),
    ("Latviyada ishlaydigan o'zbeklar qanday qiyinchiliklarga duch keladi?", "abroad-problems"),
    ("Исроилда ишлайдиган ўзбеклар қандай муаммоларга дуч келади?", "abroad-problems"),
    # the part of the money sent home that comes from one country
    ("how much money was transferred to Uzbekistan from Russia in 2024?", "remit-2024-total"),
    ("Сколько денег пришло в Узбекистан из Южной Кореи за 2024 год?", "remit-2024-total"),
    ("Qozog'istondan O'zbekistonga qancha pul o'tkazmalari kelgan?", "remit-2024-total"),
    ("Россиядан Ўзбекистонга 2024 йилда қанча пул ўтказилган?", "remit-2024-total"),
    # another era
    ("How did migration affect sending countries in the 20th century?",
     "concept-sending-effects"),
    ("How did migration affect host countries in Soviet times?", "concept-receiving-effects"),
    ("Как миграция влияла на принимающие страны в XIX веке?", "concept-receiving-effects"),
    ("Migratsiya huquqi Amir Temur davrida qanday bo'lgan?", "law-right-to-migrate"),
    ("Совет даврида миграция юборувчи давлатларга қандай таъсир қилган?",
     "concept-sending-effects"),
    # a limit or rate joined to a question, of the answered entry's own subject
    ("Что такое денежные переводы и какой лимит перевода в месяц?", "remit-definition"),
    ("Как переводы влияют на валютные резервы и какой курс доллара сегодня?",
     "remit-currency"),
    # a place's figure joined to a question the same entry answers
    ("What is environmental migration, and how many people in Khorezm had to move because "
     "of droughts?", "concept-environmental"),
    ("Какую роль играют диаспоры и сколько узбеков живёт в диаспоре в Германии?",
     "diaspora-role"),
    ("Экологик миграция нима ва Хоразмда қанча одам қурғоқчилик туфайли кўчган?",
     "concept-environmental"),
]

ANSWERED = [
    # the writer's own place, or Uzbeks where they go
    ("I work in Israel, what problems do migrants face?", "abroad-problems"),
    ("Мой брат работает в Польше, с какими проблемами сталкиваются мигранты?",
     "abroad-problems"),
    # the whole sent home, a country named in another sentence
    ("How much did migrants send home in 2024?", "remit-2024-total"),
    ("2024 йилда мигрантлар Ўзбекистонга жами қанча пул юборган?", "remit-2024-total"),
    ("Бизнинг қишлоқда ҳамма Россиядан пул юборади. 2024 йилда Ўзбекистонга жами қанча "
     "пул ўтказмаси келган?", "remit-2024-total"),
    # no era asked, or the one the documents give
    ("How does migration affect receiving countries?", "concept-receiving-effects"),
    ("Is the right to migrate part of human rights, and where does it come from "
     "historically?", "law-right-to-migrate"),
    ("Миграция юборувчи давлатларга қандай таъсир қилади?", "concept-sending-effects"),
    # two halves the same entry answers
    ("What is environmental migration and why does it matter for security?",
     "concept-environmental"),
]

KEPT_WITH_NOTE = [
    # a patent's price or a registration beside another question: that question's answer,
    # the detail said not given (tests/test_joined_practical24.py)
    ("Where do I get a patent? Another question: does Uzbekistan ratify international "
     "conventions?", "law-international-agreements"),
    ("How do I extend my registration here, and does Uzbekistan have agreements with Russia?",
     "coop-bilateral-agreements"),
    # another year asked in a sentence of its own: the answer, with its note
    ("How much was sent home in 2024? And in 2023?", "remit-2024-total"),
]


@pytest.mark.parametrize(("message", "entry"), NEAR_MISSES)
def test_a_near_miss_is_offered_not_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_what_the_documents_give_stays_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), KEPT_WITH_NOTE)
def test_a_detail_of_another_subject_keeps_the_answer(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered_with_any_note(matcher, message, entry)
