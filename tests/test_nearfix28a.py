"""nearfix28a: a person or a source asked that the entry does not name (issue 7, item 4:
near misses never answered).

- Who first said, studied, wrote or called a thing ("who was the first scholar to study
  migration in international relations", «кто впервые назвал», 'birinchi boʻlib kim
  aytgan'): the documents say who says it, never who was first (``first_did`` in
  bot/data/detail_words.yaml).
- Who started, launched or thought up a project, or led a reform (``initiator``), which
  minister led it or who chairs a fund (``official``), in which university a book was written
  (``university``), which court to go to and the UN's special rapporteur (``details:``
  ``court`` and ``official`` in knowledge/phrases.yaml).
- A detail the entry gives ("in what year") no longer hides one it does not ("who started the
  project and in what year": ``NearMisses._left_out`` looks on past a way whose details the
  entry all gives).
- Controls: the entry's own scholars, authors and books stay answered, who says a thing the
  documents attribute stays answered, and who holds an office with no entry about it stays
  abstained on.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize(("message", "entry"), [
    # who was first
    ("Who first studied labour migration from Uzbekistan?", "concept-uz-scholars"),
    ("who was the first scholar to study migration in international relations?",
     "concept-migration-in-ir"),
    ("Кто впервые назвал мигрантов дипломатами своей родины?", "diaspora-diplomats"),
    ("Кто первым предложил SWOT-анализ?", "coop-swot"),
    ("Davlatlar migratsiya boʻyicha hamkorlik qilishi kerakligini birinchi kim aytgan?",
     "coop-why-cooperate"),
    ("Ekologik migratsiya haqida birinchi marta kim yozgan?", "concept-environmental"),
    ("Мигрантларни биринчи бўлиб ким дипломат деб атаган?", "diaspora-diplomats"),
    ("Мигрантларни биринчи булиб ким дипломат деб атаган?", "diaspora-diplomats"),  # ru keyboard
    ("Транснационал диаспоралар ҳақида қайси олим биринчи марта ёзган?", "diaspora-role"),
    # who started, launched or thought up a project
    ("Who came up with the project I am an investor in my future?",
     "strategy-investor-project"),
    ("Who started the project 'I am an investor in my future' and in what year?",
     "strategy-investor-project"),
    ("Кто запустил проект «Я инвестор своего будущего»?", "strategy-investor-project"),
    ("«Men oʻz kelajagimga investorman» loyihasini kim oʻylab topgan?",
     "strategy-investor-project"),
    ("«Мен ўз келажагимга инвесторман» лойиҳасини ким бошлаган?", "strategy-investor-project"),
    # which minister led, who chairs a fund, the UN's rapporteur
    ("Which minister led the 2017 reforms of migration law?", "law-2017-reforms"),
    ("2017 yildagi migratsiya islohotlarini qaysi vazir boshqargan?", "law-2017-reforms"),
    ("2017 йилги ислоҳотларни қайси вазир бошқарган?", "law-2017-reforms"),
    ("Who chairs the fund set up under decree UP-5785?", "decree-up-5785"),
    ("Кто председатель фонда по указу УП-5785?", "decree-up-5785"),
    ("PF-5785 farmoni boʻyicha tuzilgan jamgʻarma raisi kim?", "decree-up-5785"),
    ("ПФ-5785 фармони асосида тузилган жамғарма раиси ким?", "decree-up-5785"),
    ("Who is the UN special rapporteur on the rights of migrants?", "org-un"),
    ("Кто специальный докладчик ООН по правам мигрантов?", "org-un"),
    ("BMTning migrantlar huquqlari boʻyicha maxsus maʼruzachisi kim?", "org-un"),
    # which court
    ("Which court does a migrant go to if his rights under international law are violated?",
     "law-migrant-rights-intl"),
    ("Если права мигранта нарушены, в какой суд обращаться по международному праву?",
     "law-migrant-rights-intl"),
    ("Xalqaro huquq boʻyicha migrant huquqlari buzilsa qaysi sudga murojaat qilinadi?",
     "law-migrant-rights-intl"),
    ("Конституциянинг 23-моддаси бўйича чет элдаги фуқаро судга қандай мурожаат қилади?",
     "law-article-23"),
    # in which university a book was written
    ("In which university did Karimov write his book on labour migration?",
     "concept-uz-scholars"),
    ("Каримов свою книгу о трудовой миграции в каком университете написал?",
     "concept-uz-scholars"),
    ("Karimov mehnat migratsiyasi haqidagi kitobini qaysi universitetda yozgan?",
     "concept-uz-scholars"),
    ("Каримов И. миграция ҳақидаги китобини қайси университетда ёзган?", "concept-uz-scholars"),
])
def test_a_person_or_source_the_entry_does_not_name_is_a_near_miss(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    # the entry's own scholars, authors and books
    ("Which Uzbek scholars have studied labour migration?", "concept-uz-scholars"),
    ("Какие узбекские учёные изучали трудовую миграцию?", "concept-uz-scholars"),
    ("Qaysi oʻzbek olimlari mehnat migratsiyasini oʻrgangan?", "concept-uz-scholars"),
    ("Ўзбек олимларидан ким меҳнат миграциясини ўрганган?", "concept-uz-scholars"),
    ('Who wrote "The Age of Migration"?', "concept-literature"),
    ("Кто написал книгу The Age of Migration?", "concept-literature"),
    ("The Age of Migration kitobini kim yozgan?", "concept-literature"),
    ("The Age of Migration китобини ким ёзган", "concept-literature"),
    # who says what the documents attribute to an author
    ("who says labour migrants are diplomats of their homeland?", "diaspora-diplomats"),
    ("Кто называет мигрантов дипломатами своей родины?", "diaspora-diplomats"),
    ("Migrantlarni vatanining diplomatlari deb kim ataydi?", "diaspora-diplomats"),
    ("Мигрантларни ватан дипломатлари деб ким атайди?", "diaspora-diplomats"),
    ("Who explains why countries must cooperate on migration?", "coop-why-cooperate"),
    # "first" as a rank, and the entries' own questions
    ("пул ўтказмаларидан Марказий Осиёда ким биринчи", "remit-2024-total"),
    ("Why is 2017 called a turning point for migration law in Uzbekistan?", "law-2017-reforms"),
    ("What is the project I am an investor in my future and when was it planned?",
     "strategy-investor-project"),
])
def test_the_entrys_own_people_and_books_stay_answered(matcher: Matcher, message: str,
                                                      entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    # who holds an office, of which no entry speaks: no near miss offered
    "O'zbekiston tashqi ishlar vaziri kim?",
    "Oʻzbekiston bosh vaziri kim",
    "Ўзбекистон бош вазири ким?",
    "who is the current foreign minister of uzbekistan",
])
def test_an_office_alone_stays_abstained_on(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.near_miss) == ("abstain", None)
