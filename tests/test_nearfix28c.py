"""nearfix28c: a question that names another place, bloc, body or year than the entry's own
is its near miss (issue 7, item 4: near misses never answered).

- Uzbeks asked of where they are, in a country no document names ("What problems do Uzbek
  migrants face in Dubai?", 'Qatarda oʻzbek migrantlari ...'): the documents speak of Uzbeks
  abroad in general, never there (``PlacesAsked._undocumented``); the writer's own place
  ("I work in Dubai, ...") and where Uzbeks go ("Why do Uzbeks go to Qatar?") stay answered.
- Regional blocs and regions no document names (ASEAN, Mercosur, Latin America:
  ``knowledge/thesaurus.yaml``), and a multi-word name's last word read for its ending
  («в Латинской Америке» is no Uzbek "-ke" of going: ``Thesaurus.ending``).
- Another state's relations ("Russia's relations with Kazakhstan", «в отношениях России с
  Казахстаном», 'Rossiyaning Qozogʻiston bilan munosabatlarida': ``Thesaurus.owners``);
  Uzbekistan's relations stay answered.
- A particular consulate or embassy, told where it is ("the consulate in Riyadh",
  'Qozogʻistondagi konsulligi': ``missions:``); the consulate in general stays answered.
- A year someone says or was heard to have been ("my cousin says ... signed ... in 2022"):
  a claim about the topic, its year asked (``told_topic:``), not the writer's own.
- What an organisation says of another entry's subject ("What does the World Bank say about
  why migration is growing?"): that entry's near miss (``Matcher._said_by``).
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize(("message", "entry"), [
    # Uzbeks where they are, in a country no document names
    ("What problems do Uzbek migrants face in Dubai?", "abroad-problems"),
    ("С какими проблемами сталкиваются узбекские мигранты в Катаре?", "abroad-problems"),
    ("Qatarda oʻzbek migrantlari qanday muammolarga duch keladi?", "abroad-problems"),
    ("Ўзбек мигрантлари Исроилда қандай муаммоларга дуч келади?", "abroad-problems"),
    ("Узбек мигрантлари Исроилда кандай муаммоларга дуч келади?",  # Russian keyboard
     "abroad-problems"),
    ("How does the state protect Uzbek citizens in Saudi Arabia?", "abroad-state-support"),
    # a bloc or region no document names
    ("What makes it hard for ASEAN countries to harmonise their immigration policies?",
     "coop-harmonising-challenges"),
    ("Какие выгоды от согласования миграционной политики получили страны Меркосур?",
     "coop-harmonising-opportunities"),
    ("ASEAN davlatlari immigratsiya siyosatini uygʻunlashtirishda qanday qiyinchiliklarga duch "
     "kelgan?", "coop-harmonising-challenges"),
    ("Меркосур давлатлари иммиграция сиёсатини мувофиқлаштиришдан қандай фойда кўрган?",
     "coop-harmonising-opportunities"),
    ("Какую роль играет ООН в защите прав мигрантов в Латинской Америке?", "org-un"),
    # another state's relations
    ("Why is migration important in Russia's relations with Kazakhstan?",
     "concept-migration-in-ir"),
    ("Почему миграция важна в отношениях России с Казахстаном?", "concept-migration-in-ir"),
    ("Хитойнинг Россия билан муносабатларида миграция нега муҳим?", "concept-migration-in-ir"),
    # a particular mission, told where it is
    ("How does the state protect Uzbek citizens in Saudi Arabia, is there a consulate in "
     "Riyadh?", "abroad-state-support"),
    ("Чем консульство в Казахстане помогает мигрантам?", "abroad-state-support"),
    ("Tashqi ishlar vazirligining Turkiyadagi elchixonasi migrantlarga qanday yordam beradi?",
     "org-foreign-ministry"),
    ("Ташқи ишлар вазирлигининг Туркиядаги элчихонаси мигрантларга қандай ёрдам беради?",
     "org-foreign-ministry"),
    ("Ташки ишлар вазирлигининг Козогистондаги консуллиги мигрантларга кандай ёрдам беради?",
     "org-foreign-ministry"),
    # a year someone says
    ("Hi, my cousin says Uzbekistan signed a migration deal with Germany in 2022, what was in "
     "it? thanks", "coop-germany-2024"),
    ("Брат говорит, что Узбекистан подписал соглашение с Германией в 2022 году, что в нём?",
     "coop-germany-2024"),
    ("Akam aytdi, Oʻzbekiston Germaniya bilan 2022 yilda kelishuv imzolagan, unda nima bor?",
     "coop-germany-2024"),
    ("Акам айтди, Ўзбекистон Германия билан 2022 йилда келишув имзолаган, унда нима бор?",
     "coop-germany-2024"),
    # what a body says of another entry's subject
    ("What does the World Bank say about why migration is growing in the world?",
     "concept-causes"),
    ("Что говорит Всемирный банк о влиянии переводов на детей мигрантов?",
     "remit-social-effects"),
    ("Immigratsiya siyosatini uygʻunlashtirishdagi qiyinchiliklar boʻyicha Jahon banki qanday "
     "tavsiya bergan?", "coop-harmonising-challenges"),
    ("Жаҳон банки миграциянинг салбий оқибатлари ҳақида нима деган?",
     "concept-negative-effects"),
])
def test_another_place_body_or_year_is_a_near_miss(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    # the writer's own place, or where Uzbeks go
    ("I work in Dubai, what problems do Uzbek migrants face abroad?", "abroad-problems"),
    ("Я работаю в Дубае, с какими проблемами сталкиваются узбекские мигранты за границей?",
     "abroad-problems"),
    ("Dubayda ishlayman, oʻzbek migrantlari qanday muammolarga duch keladi?", "abroad-problems"),
    ("Дубайда ишлайман, ўзбек мигрантлари қандай муаммоларга дуч келади?", "abroad-problems"),
    ("my brother is in Saudi Arabia now, does the state protect our citizens abroad?",
     "abroad-state-support"),
    ("akam Saudiya Arabistonida ishlaydi, davlat chet eldagi fuqarolarni qanday himoya qiladi?",
     "abroad-state-support"),
    ("What problems do Uzbek migrants face in Russia?", "abroad-problems"),
    ("Why do Uzbeks go to Qatar?", "concept-causes"),
    ("What are the benefits of countries coordinating their immigration policies?",
     "coop-harmonising-opportunities"),
    # Uzbekistan's relations
    ("How do migrants strengthen relations between Uzbekistan and Russia?", "diaspora-bridge"),
    ("Migrantlar Oʻzbekiston va Rossiya munosabatlarini qanday mustahkamlaydi?",
     "diaspora-bridge"),
    # consulates in general
    ("Does the consulate help citizens who work abroad?", "abroad-state-support"),
    ("Чем консульство помогает гражданам, которые работают за границей?",
     "abroad-state-support"),
    ("Konsullik chet elda ishlayotgan fuqarolarga qanday yordam beradi?",
     "abroad-state-support"),
    ("Консуллик чет элда ишлаётган фуқароларга қандай ёрдам беради?", "abroad-state-support"),
    # the year the entry gives, said by someone; the writer's own year
    ("my cousin says Uzbekistan signed a migration deal with Germany in 2024, what was in it?",
     "coop-germany-2024"),
    ("Брат говорит, что Узбекистан подписал соглашение с Германией в 2024 году, что в нём?",
     "coop-germany-2024"),
    ("Akam aytdi, Oʻzbekiston Germaniya bilan 2024 yilda kelishuv imzolagan, unda nima bor?",
     "coop-germany-2024"),
    ("I came to Russia in 2019, how much did migrants send home in 2024?", "remit-2024-total"),
    # the body's own entry
    ("How do the World Bank and the IMF support Uzbekistan's migration policy?",
     "org-world-bank-imf"),
    ("Чем Всемирный банк и МВФ помогают миграционной политике Узбекистана?",
     "org-world-bank-imf"),
    ("Jahon banki va XVJ Oʻzbekiston migratsiya siyosatini qanday qoʻllab-quvvatlaydi?",
     "org-world-bank-imf"),
    ("Жаҳон банки ва ХВЖ Ўзбекистонга миграция сиёсатида қандай ёрдам беради?",
     "org-world-bank-imf"),
    ("do world bank recommendations improve working conditions for migrants in uzbekistan",
     "org-world-bank-imf"),
    ("what does the ILO do for migrants", "org-ilo"),
])
def test_the_entrys_own_or_the_writers_place_stays_answered(matcher: Matcher, message: str,
                                                            entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "ASEAN nima?",  # a bloc alone: no document speaks of it
    "what is mercosur",
    "Is there a consulate in Riyadh?",
])
def test_abstained(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"
