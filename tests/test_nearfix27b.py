"""nearfix27b: a detail of a kind the entry's answer does not hold, asked beside what it
gives, was answered as if the entry gave it.

- A year since which ("since what year", «с какого года», 'qaysi yildan beri') or "in which
  year" alone after a joined question: a ``when`` of ``details:`` (knowledge/phrases.yaml),
  which only an answer holding a year gives ("in which year was the Global Compact adopted":
  2018, answered).
- Which decree or resolution did a thing ('qaysi farmon bilan', «каким указом», "by which
  decree"): a new ``act`` kind, which only an answer naming a numbered act gives ("which
  decree protects citizens working abroad": UP-5785, answered).
- How to take part, asked in the conditional or the first person ('qanday qatnashsa
  boʻladi', «как поучаствовать», "how can I participate"): ``apply``.
- Whether Uzbekistan signed the Global Compact, who chairs a compatriots' society, the
  number of a Cabinet of Ministers resolution: those entries' ``not_covered:``.
- A clause that answers the entry a sentence is a near miss of for a detail ("How much
  money does the project ... give each person": its clause "money does the project ...")
  is that near miss (``_detail_kept`` in bot/settling.py).
- A joined question that asks only a detail ("SWOT tahlilini kim va *qaysi yili tuzgan*",
  "... and in what year was *it* made") is asked of the entry the other answers, when the
  sentence whole is that entry's near miss for the same detail (``_detail_of_answered``).
- A "how many" of a list the entry counts ("how many strengths", «сколько препятствий»:
  ``list_sizes:`` and the word the answer counts) is answered; of anything else ("how many
  branches does the Agency have", "how many migrants") it stays a near miss
  (``_list_counted``).
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize(("message", "entry"), [
    # a year since which, of an entry that gives no year
    ("Migratsiya xalqaro munosabatlarda qaysi yildan beri muhim?", "concept-migration-in-ir"),
    ("since what year are diasporas so important for migration", "diaspora-role"),
    ("С какого года миграция так важна в международных отношениях?",
     "concept-migration-in-ir"),
    ("Диаспоралар қайси йилдан бошлаб бундай рол ўйнайди?", "diaspora-role"),
    ("диаспоралар кайси йилдан бери мухим роль уйнайди", "diaspora-role"),
    # "in which year" after the question it joins
    ("Which UN convention on migrant workers did Uzbekistan ratify, and in which year?",
     "law-international-agreements"),
    # which decree, of an entry that names no act
    ("Koʻp vektorli tashqi siyosat qaysi farmon bilan qabul qilingan?", "coop-multivector"),
    ("by which decree was the multi-vector foreign policy adopted", "coop-multivector"),
    ("Каким указом утверждена многовекторная внешняя политика?", "coop-multivector"),
    ("Кўп векторли ташқи сиёсат қайси фармон билан қабул қилинган?", "coop-multivector"),
    ("which decree approved the development strategy 2022-2026", "strategy-goal-86"),
    # how to take part, conditional and first person
    ("«Men oʻz kelajagimga investorman» loyihasida qanday qatnashsa boʻladi?",
     "strategy-investor-project"),
    ("Men oʻz kelajagimga investorman loyihasida qanday qatnashaman?",
     "strategy-investor-project"),
    ("Мен ўз келажагимга инвесторман лойиҳасида қандай қатнашса бўлади?",
     "strategy-investor-project"),
    ("как поучаствовать в проекте Я инвестор своего будущего", "strategy-investor-project"),
    ("how can i participate in the project I am an investor in my future",
     "strategy-investor-project"),
    # the entries' own not_covered
    ("Подписал ли Узбекистан Глобальный договор о миграции?", "org-global-compact"),
    ("Has Uzbekistan signed the Global Compact for Migration?", "org-global-compact"),
    ("Oʻzbekiston global kompaktni imzolaganmi?", "org-global-compact"),
    ("москвадаги узбек ватандошлар жамиятининг раиси ким", "diaspora-compatriot-societies"),
    ("who is the chairman of the compatriots society in Moscow",
     "diaspora-compatriot-societies"),
    ("кто председатель общества соотечественников", "diaspora-compatriot-societies"),
    ("Vatandoshlar jamiyatining raisi kim?", "diaspora-compatriot-societies"),
    ("what is the number and date of the cabinet of ministers resolution on migration",
     "law-regulation"),
    ("какое постановление кабинета министров регулирует миграцию", "law-regulation"),
    ("Vazirlar Mahkamasining qaysi qarori migratsiyani tartibga soladi?", "law-regulation"),
    # a clause without the words that ask the detail
    ("How much money does the project 'I am an investor in my future' give each person?",
     "strategy-investor-project"),
    ("400 минг кишини юбориш режаси қайси йилгача бажарилади, ҳар йили нечтадан",
     "strategy-organised-migration"),
    # a joined question asking only a detail of the other's entry
    ("Migratsiya hamkorligi SWOT tahlilini kim va qaysi yili tuzgan?", "coop-swot"),
    ("Зачем странам сотрудничать по миграции и сколько стран подписали такие договоры?",
     "coop-why-cooperate"),
    # ... or asked of the other with "it", though another entry answers it alone
    ("who wrote the SWOT analysis on migration cooperation and in what year was it made",
     "coop-swot"),
    # a "how many" of what the entry's lists do not count
    ("How many branches does the Agency for External Labour Migration have?", "org-agency"),
    ("Сколько филиалов у Агентства внешней трудовой миграции?", "org-agency"),
    ("how many migrants does the swot analysis count", "coop-swot"),
])
def test_a_detail_the_entry_does_not_give_is_a_near_miss(matcher: Matcher, message: str,
                                                         entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


@pytest.mark.parametrize(("message", "entry"), [
    # the entry gives the year
    ("in which year was the global compact on migration adopted", "org-global-compact"),
    ("When was the Global Compact adopted?", "org-global-compact"),
    ("Global kompakt qaysi yilda qabul qilingan?", "org-global-compact"),
    ("global compact qachon qabul qilingan", "org-global-compact"),
    ("Германия билан келишув қайси йили имзоланган?", "coop-germany-2024"),
    ("в каком году приняли указ УП-5785", "decree-up-5785"),
    # its own "since": independence, no year asked
    ("С какого времени в Узбекистане развивается миграционное право?", "law-right-to-migrate"),
    ("Oʻzbekistonda migratsiya huquqi qachondan beri rivojlanmoqda?", "law-right-to-migrate"),
    # the entry names the act
    ("qaysi farmon migrantlarni himoya qiladi", "decree-up-5785"),
    ("qaysi qaror bilan xavfsiz migratsiya tizimi yaratilgan", "decree-pp-4829"),
    ("which resolution set up safe orderly and legal labour migration", "decree-pp-4829"),
    ("қайси фармон чет элда вақтинча ишлаётган фуқароларни ҳимоя қилади", "decree-up-5785"),
    # the entry itself, no detail
    ("What compatriot associations do Uzbek migrants have abroad?",
     "diaspora-compatriot-societies"),
    ("what acts regulate migration in uzbekistan", "law-regulation"),
    ("migratsiya qaysi hujjatlar bilan tartibga solinadi", "law-regulation"),
    ("What is the project I am an investor in my future?", "strategy-investor-project"),
    ("SWOT tahlili nimani koʻrsatadi?", "coop-swot"),
    ("Зачем странам сотрудничать по миграции?", "coop-why-cooperate"),
    ("How many citizens does the strategy plan to send abroad through organised migration?",
     "strategy-organised-migration"),
    # a "how many" of a list the entry counts (``list_sizes:``)
    ("how many strengths in the SWOT table", "coop-swot"),
    ("how many obstacles does Joraqulova name", "coop-harmonising-challenges"),
    ("сколько препятствий называет Журакулова", "coop-harmonising-challenges"),
    ("how many proposals for Uzbekistan are there", "coop-proposals-uz"),
    ("Ўзбекистон учун мақолада нечта таклиф берилган ва улар қайсилар?", "coop-proposals-uz"),
    ("how many roles does the agency have", "org-agency"),
    # a joined question with its own subject is answered on its own
    ("What does the SWOT analysis show and when was decree UP-4947 signed?", "coop-swot"),
])
def test_a_detail_the_entry_gives_stays_answered(matcher: Matcher, message: str,
                                                 entry: str) -> None:
    assert_answered(matcher, message, entry)
