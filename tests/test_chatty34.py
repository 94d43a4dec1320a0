"""Long real messages read as their question (thirty-fourth session, chatty34).

Three classes of chatty34's blind block that were answered with another entry. Migrants who
"connect" or "link" their country with the one they live in ask of migrants as a bridge
(diaspora-bridge), not of Article 23, whose words ("abroad", "our country", "living") are
what is left when the verb means nothing to the bridge (thesaurus concept ``bridge``, and
a phrasing in ru). The shared problems countries can solve by working together ask why
they cooperate (coop-why-cooperate, whose answer names them: border security, trafficking,
refugee protection), not the obstacles to harmonising, which "problems" alone pulls. The
controls: Article 23, the obstacles to working together, the harm of migration and the
entries close to them stay answered as they were. A year told of the writer's grandparent,
father or mother in Uzbek ('Bobom 1991 yilni koʻp eslaydi', 'Dadam 2015 yilda Rossiyaga
ketgan': ``personal:`` in knowledge/phrases.yaml) is theirs, not asked: the question after it
is answered; a year asked beside such a sentence is still asked.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss

BRIDGE = [
    ("как простые работяги за границей связывают нашу страну с той где они живут?",
     "diaspora-bridge"),
    ("how do ordinary workers abroad connect our country with the one they live in?",
     "diaspora-bridge"),
    ("migrants connect two countries how", "diaspora-bridge"),
    ("как мигранты связывают две страны", "diaspora-bridge"),
    ("oddiy ishchilar chet elda ikki davlatni qanday boglaydi", "diaspora-bridge"),
    ("migrantlar vatanini ular yashaydigan davlat bilan qanday boglaydi", "diaspora-bridge"),
    ("мигрантлар ватанини улар яшайдиган давлат билан қандай боғлайди", "diaspora-bridge"),
    ("мигрантлар ватанини улар яшайдиган давлат билан кандай боглайди", "diaspora-bridge"),
]

SOLVED_TOGETHER = [
    ("davlatlar birga ishlasa qanday umumiy muammolarni hal qila oladi?", "coop-why-cooperate"),
    ("давлатлар бирга ишласа қандай умумий муаммоларни ҳал қила олади?", "coop-why-cooperate"),
    ("давлатлар бирга ишласа кандай умумий муаммоларни хал кила олади?", "coop-why-cooperate"),
    ("какие общие проблемы страны могут решить вместе?", "coop-why-cooperate"),
    ("какие общие проблемы могут решить страны, если будут работать вместе",
     "coop-why-cooperate"),
]

CONTROLS = [
    ("что говорит статья 23 о соотечественниках за рубежом", "law-article-23"),
    ("защищает ли государство граждан которые живут за границей", "law-article-23"),
    ("как государство поддерживает наших людей за границей", "abroad-state-support"),
    ("какие проблемы у наших людей за границей", "abroad-problems"),
    ("where do uzbek migrants live", "coop-destinations"),
    ("как миграция связана с международными отношениями", "concept-migration-in-ir"),
    ("how is migration linked to international relations", "concept-migration-in-ir"),
    ("как связаны нелегальная миграция и торговля людьми", "concept-illegal-trafficking"),
    ("how does migration affect the home country of migrants", "concept-sending-effects"),
    ("мигрантлар ватанига қандай таъсир қилади", "concept-sending-effects"),
    ("what problems make it hard for countries to work together on migration?",
     "coop-harmonising-challenges"),
    ("какие проблемы мешают странам работать вместе?", "coop-harmonising-challenges"),
    ("davlatlarning birga ishlashiga qanday muammolar xalaqit beradi?",
     "coop-harmonising-challenges"),
    ("what difficulties do countries face when they try to agree on migration rules?",
     "coop-harmonising-challenges"),
    ("migratsiya siyosatini uygunlashtirishdagi muammolar", "coop-harmonising-challenges"),
    ("what problems does migration cause for countries?", "concept-negative-effects"),
    ("what can countries do together against human trafficking", "concept-illegal-trafficking"),
]


FAMILY_YEARS = [
    ("Салом! Бобом 1991 йилни кўп эслайди. Ўзбекистонда миграция ҳуқуқи қачондан бошлаб "
     "ривожлана бошлаган?", "law-right-to-migrate"),
    ("Салом! Бобом 1991 йилни кўп эслайди. Ўзбекистон Конституциясининг 23-моддаси нима дейди?",
     "law-article-23"),
    ("Salom! Dadam 2015 yilda Rossiyaga ketgan. Konstitutsiyaning 23-moddasi nima deydi?",
     "law-article-23"),
    ("Салом, бувим 1990 йилда Қозонда ишлаган. Мигрантларнинг оилаларига давлат қандай ёрдам "
     "беради?", "abroad-family-support"),
]

FAMILY_YEAR_ASKED = [
    ("Salom! Dadam Rossiyada ishlaydi. 2021 yilda migrantlar qancha pul yuborgan?",
     "remit-2024-total"),
]


@pytest.mark.parametrize(("message", "entry"), FAMILY_YEARS)
def test_a_year_of_the_writers_family_is_not_asked(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), FAMILY_YEAR_ASKED)
def test_a_year_asked_beside_the_family_is_still_asked(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), BRIDGE)
def test_migrants_linking_two_countries_are_the_bridge(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), SOLVED_TOGETHER)
def test_problems_solved_together_ask_why_countries_cooperate(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), CONTROLS)
def test_the_neighbouring_entries_stay_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
