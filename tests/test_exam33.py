"""exam33: a blind block of exam questions, chatty messages and paraphrases, written from the
five documents only (98 lines), landed with 8 of 79 id and near-miss lines confidently wrong.
Their classes:

- 'nima sababdan' (for what reason) is a why of any question, as 'nega' and 'nima uchun'
  are, but it was a word of the causes of migration: 'Migratsiya jarayonlarini samarali
  boshqarish uchun nima sababdan xalqaro hamkorlik zarur?' (why is cooperation needed) was
  answered with the causes. It says the causes now only with people leaving, moving or
  migrating after it ('odamlar nima sababdan migratsiya qiladi'), as 'nega ketadi' does.
- "More than before" is migration growing: 'нега ҳозир одамлар олдингидан кўпроқ бошқа
  давлатларга кетяпти?' (why do more people leave now than before) met the cooperation
  entry by its 'глобаллашув'. The growing concept has "more than before",
  «больше чем раньше», 'oldingidan koʻproq' now.
- An exam's "Name the countries that refused to sign the Global Compact" asks a list of
  countries of an entry that names none: a near miss, as "which countries" was.
- The Uzbek spelling of Castles, 'Kastls' («Кастлс»), was no word of the books' entry
  ('Kastls va Miller migratsiyani oʻrganishga qanday hissa qoʻshgan?' abstained): it has the
  book's Uzbek name with it now.
- Four are class C (both entries' answers state the sentence) and one was labelled with the
  entry whose first question is not the line's (relabelled): left.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize("message", [
    "Migratsiya jarayonlarini samarali boshqarish uchun nima sababdan xalqaro hamkorlik zarur?",
    "nima sababdan davlatlar migratsiya boyicha hamkorlik qilishi kerak",
    "Нима сабабдан халқаро ҳамкорлик зарур?",
    "глобаллашув одамларни ҳаракатчан қилди, шунинг учун давлатлар нима сабабдан ҳамкорлик "
    "қилиши керак",
])
def test_for_what_reason_asks_why_countries_cooperate(matcher: Matcher, message: str) -> None:
    assert_answered(matcher, message, "coop-why-cooperate")


@pytest.mark.parametrize(("message", "entry"), [
    # the causes, with people leaving or migrating after 'nima sababdan'
    ("odamlar nima sababdan migratsiya qiladi", "concept-causes"),
    ("Odamlar nima sababdan boshqa davlatlarga ko`chib ketadi", "concept-causes"),
    ("Одамлар нима сабабдан бошқа юртга кўчиб кетади?", "concept-causes"),
    # ... and another subject's why
    ("nima sababdan 2017 yil burilish nuqtasi deyiladi", "law-2017-reforms"),
    ("nima sababdan pul otkazmalariga qaramlik xavfli", "remit-dependence-risk"),
])
def test_for_what_reason_keeps_its_subject(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "nega hozir odamlar oldingidan koʻproq chet elga ketyapti",
    "Нега ҳозир одамлар олдингидан кўпроқ хорижга кетмоқда?",
    "salom, nega odamlar avvalgidan koproq boshqa davlatlarga ketishyapti? globallashuv sababmi?",
    "why are more people than before leaving for other countries now?",
    "hi, why do people move abroad more than before, is it globalisation?",
    "почему сейчас люди уезжают за границу больше чем раньше?",
    "привет, почему люди сейчас больше чем раньше уезжают в другие страны? из-за глобализации?",
])
def test_more_people_than_before_asks_why_migration_grows(matcher: Matcher,
                                                          message: str) -> None:
    assert_answered(matcher, message, "concept-causes")


@pytest.mark.parametrize("message", [
    "Globalisation has made people more mobile, so why do countries need to cooperate?",
    "глобализация и международное сотрудничество по миграции",
    "globallashuv sharoitida davlatlar nega migratsiya boyicha hamkorlik qilishi kerak",
    "Глобаллашув даврида давлатлар миграция масаласида нега ҳамкорлик қилиши керак?",
])
def test_globalisation_and_cooperation_stays_with_cooperation(matcher: Matcher,
                                                              message: str) -> None:
    assert_answered(matcher, message, "coop-why-cooperate")


@pytest.mark.parametrize(("message", "entry"), [
    ("Name the countries that refused to sign the Global Compact for Safe, Orderly and "
     "Regular Migration and explain why they refused.", "org-global-compact"),
    ("Назовите страны, которые не подписали Глобальный договор о миграции.",
     "org-global-compact"),
    ("Name the countries of the Schengen area.", "coop-schengen"),
])
def test_name_the_countries_of_an_entry_that_names_none(matcher: Matcher, message: str,
                                                         entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("Name the countries where most Uzbek labour migrants work.", "coop-destinations"),
    ("Name the countries with which Uzbekistan has structured labour agreements.",
     "coop-bilateral-agreements"),
    ("Ozbekiston mehnat shartnomalari tuzgan davlatlarni sanab bering.",
     "coop-bilateral-agreements"),
    ("Назовите страны, с которыми Узбекистан подписал соглашения о трудовой миграции.",
     "coop-bilateral-agreements"),
    ("Name the countries whose migration experience is useful for Uzbekistan.",
     "coop-developed-countries"),
])
def test_name_the_countries_of_an_entry_that_names_them(matcher: Matcher, message: str,
                                                        entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "Kastls va Miller migratsiyani organishga qanday hissa qoshgan?",
    "Кастлс ва Миллер миграцияни ўрганишга қандай ҳисса қўшган?",
    "Какой вклад внесли Каслс и Миллер в изучение миграции?",
    "What did Castles and Miller contribute to the study of migration?",
])
def test_castles_spelled_in_uzbek_is_the_books(matcher: Matcher, message: str) -> None:
    assert_answered(matcher, message, "concept-literature")


def test_castles_spelled_in_uzbek_keeps_its_near_miss(matcher: Matcher) -> None:
    assert_near_miss(matcher, "Кастлс ва Миллернинг китоби 2020 йилги нашрида нима ўзгарган",
                     "concept-literature")
