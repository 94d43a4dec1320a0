"""null29: out-of-scope messages stay abstained on, with no "did you mean", while the
in-scope questions beside them keep their answers.

Practical details and subjects no document gives, in the forms people type (``practical:``
in ``knowledge/phrases.yaml``; an entry whose own text does not give the label asked is
neither answered nor offered):

- ``theories``: named theories of migration (Ravenstein's laws, the neoclassical,
  world-systems, network and push-pull theories, the new economics of labour migration).
  Only Massey's book is cited by title; asking what to read on migration theory keeps the
  key books.
- ``law-news``: when a law was adopted or comes into force, and rules changing now.
- ``agencies``: which private firm or agency is reliable; ``job``: which trade is best.
- ``wage``: where pay is highest; ``permit``: the paper a migrant works on abroad.
- ``phone`` (a hotline's number, inflected), ``address`` (where a consulate is, a migration
  centre), ``days`` (when a day is marked), ``medical`` (a vaccination),
  ``tax`` (a taxpayer's or insurance number: «ИНН» folds to "in", so only beside a verb of
  getting it), ``procedure`` (how a work contract is made), ``instruments`` (the Palermo
  Protocol, the Helsinki Final Act, Frontex, the Dublin Regulation, points-based systems,
  115-FZ). An age limit was tried and dropped: the Germany deal's own not_covered "age limit"
  is its near miss, and a practical detail abstains before a near miss is offered.
- ``sport`` (the national team), ``economy`` (the population). A language course is
  left alone: the state's training before departure teaches foreign languages.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize("message", [
    # named theories of migration
    "can you explain ravenstein's laws of migration for my seminar",
    "What do critics say about the neoclassical theory of migration?",
    "world-systems theory and labour migration, explain please",
    "What does the new economics of labour migration say about families?",
    "push-pull theory of migration by Everett Lee",
    "Что утверждает неоклассическая теория миграции?",
    "законы миграции Равенштейна кратко",
    "теория миграционных сетей: основные идеи",
    "Ravenshteyn qonunlari nima",
    "neoklassik nazariya migratsiyani qanday tushuntiradi",
    "Миграциянинг тармоқ назарияси ҳақида айтиб беринг",
    "Жаҳон тизимлари назарияси миграцияни қандай тушунтиради",
    # a law's date, rules changing now
    "when was the law on labour migration adopted in uzbekistan",
    "В каком году был принят закон о миграции в Узбекистане?",
    "Mehnat migratsiyasi toʻgʻrisidagi qonun qachon qabul qilingan",
    "Миграция қонуни қачон қабул қилинган",
    "новые правила для мигрантов в Москве что изменилось",
    "Rossiyada yangi qoidalar migrantlarga qanday taʼsir qiladi",
    # private firms, the best trade, the highest pay
    "which agency is reliable for jobs in Poland",
    "Polshaga ishonchli firma bormi",
    "Хорижда энг яхши касб қайси",
    "какую профессию выбрать для работы за границей",
    "which country in europe pays the most for builders",
    "Европада энг кўп маош қайси давлатда",
    # the paper a migrant works on, the national team, the population
    "what document do migrants need to work legally in kazakhstan",
    "документ для работы в Казахстане как называется",
    "Qozogʻistonda ishlash uchun kerak boʻladigan hujjat qaysi",
    "Oʻzbekiston terma jamoasi qachon oʻynaydi",
    "Oʻzbekistonda qancha aholi yashaydi",
    # a hotline's number, a consulate's whereabouts, a migration centre, a day's date
    "дайте номер горячей линии агентства",
    "where is the uzbek consulate in novosibirsk",
    "где находится консульство Узбекистана в Самаре",
    "Qozonda oʻzbek konsulligi qayerda",
    "Москвадаги миграционный центр қандай ишлайди",
    "Xalqaro migrantlar kuni qachon nishonlanadi",
    "Когда отмечается Международный день мигранта?",
    # a vaccination, a taxpayer's number, how a work contract is made
    "what vaccines do i need to work in korea",
    "Какие прививки нужны для работы в Корее?",
    "как получить ИНН мигранту в Москве",
    "Rossiyada трудовой договор qanday tuziladi",
    "Россияда меҳнат шартномаси қандай тузилади",
    "how do i sign a work contract in russia",
    # international acts, agencies and systems no document names
    "What does the Palermo Protocol say about trafficking?",
    "Palermo protokoli odam savdosi haqida nima deydi",
    "Палермо протоколи одам савдоси ҳақида нима дейди",
    "Compare the points-based immigration systems of Canada and Australia.",
    "Сравните балльные системы иммиграции Канады и Австралии",
    "Kanada va Avstraliyaning ballik immigratsiya tizimini solishtiring",
    "What was the main idea of the Helsinki Final Act on freedom of movement?",
    "Что такое Фронтекс и чем он занимается?",
])
def test_out_of_scope_is_abstained(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.near_miss) == ("abstain", None), (m.decision, m.best)


@pytest.mark.parametrize(("message", "entry"), [
    ("What should I read about international migration theory?", "concept-literature"),
    ("Что почитать по теории международной миграции?", "concept-literature"),
    ("What pushes people to migrate?", "concept-causes"),
    ("Which legal acts regulate migration in Uzbekistan?", "law-regulation"),
    ("Oʻzbekistonda migratsiyani qaysi qonunlar tartibga soladi", "law-regulation"),
    ("Why is 2017 called a turning point for migration law in Uzbekistan?", "law-2017-reforms"),
    ("2017 йилда миграция қонунчилигида нима ўзгарди", "law-2017-reforms"),
    ("What is the Agency for External Labour Migration?", "org-agency"),
    ("Will the state train me in a profession and a foreign language before I go to work "
     "abroad?", "strategy-training"),
    ("language course before leaving for work", "strategy-training"),
    ("Which countries do most Uzbek labour migrants go to?", "coop-destinations"),
    ("Qaysi davlatlarga koʻproq ishga ketishadi", "coop-destinations"),
    ("What rights do migrants have under international law?", "law-migrant-rights-intl"),
    ("Does the consulate help citizens who work abroad?", "abroad-state-support"),
    ("Konsullik chet elda ishlayotgan fuqarolarga yordam beradimi?", "abroad-state-support"),
    ("Чем занимается Агентство по внешней трудовой миграции?", "org-agency"),
    ("Какие трудовые соглашения у Узбекистана с другими странами?",
     "coop-bilateral-agreements"),
    ("Oʻzbekiston qaysi davlatlar bilan mehnat shartnomalari tuzgan",
     "coop-bilateral-agreements"),
    ("How are illegal migration, human trafficking and crime connected?",
     "concept-illegal-trafficking"),
    ("Одам савдоси ва ноқонуний миграция қандай боғлиқ", "concept-illegal-trafficking"),
    ("What can Uzbekistan learn from the migration experience of the USA, Germany and "
     "Canada?", "coop-developed-countries"),
    ("How does the state protect Uzbek citizens in Turkey, is there a consulate in Ankara?",
     "abroad-state-support"),
])
def test_in_scope_stays_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
