"""null28: out-of-scope messages close to the documents' subjects are abstained on, with no
"did you mean" (a near miss fails an out-of-scope line as an answer does), and the in-scope
questions beside them keep their answers and near misses.

- A "how many" of another people's migrants, or of those of a country no entry names, asked
  of an entry that gives no figure at all ("how many Tajik migrants work in Russia",
  «сколько мигрантов из Кыргызстана в России», 'Tojikistondan nechta migrant'): neither who
  is counted nor the count is in the documents, so nothing is offered
  (``NearMisses._stranger_counted``). The Uzbeks' own count stays the destinations' near
  miss; a sum of money or an entry with figures (the 2024 remittances) keeps its near miss,
  and so does "where do Tajik migrants go", which asks no count.
- One word that most entries use ("migration", «миграция», 'migratsiya') is too little to
  pick an entry: "one word is not enough", no "did you mean" (``SHARED_CONCEPT``); a concept
  fewer entries use ("remittances", "diaspora") is still answered.
- Practical details no document gives, in the forms people type (``practical:`` in
  ``knowledge/phrases.yaml``): an office's hours ('soat nechida ochiladi'), another state's
  citizenship got ('Rossiya fuqaroligini qanday oladi'), a driving licence exchanged
  («поменять узбекские права»), the population («сколько человек живёт в», 'necha million
  odam yashaydi'), a diploma translated or certified; the country's history told, today's
  news, sport, the time of day, which university, and other subjects of international
  relations and history (realism, a world war, the USSR's collapse) that no document treats;
  an average salary ('oʻrtacha oyligi'), vacancies, the hours of a working day, Korea's EPS.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize("message", [
    # another people's migrants counted
    "how many tajik migrants are working in russia right now",
    "How many Kyrgyz workers live in Kazakhstan?",
    "сколько мигрантов из таджикистана сейчас в москве",
    "Сколько киргизских мигрантов работает в России?",
    "skolko migrantov iz kyrgyzstana v rossii",
    "Qirgʻizistondan nechta migrant Rossiyada ishlaydi?",
    "tojik migrantlari rossiyada nechta",
    "Тожикистондан Россияда нечта мигрант ишлайди?",
    "киргиз мигрантлари козогистонда канча",  # Russian keyboard
    "сколько русских мигрантов в Узбекистане",  # (tests/test_nearmiss.py had it a near miss)
])
def test_another_peoples_count_is_abstained(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.near_miss) == ("abstain", None)


@pytest.mark.parametrize(("message", "entry"), [
    # the Uzbeks' own count: the destinations' near miss
    ("how many uzbek migrants work in russia", "coop-destinations"),
    ("Сколько узбекских мигрантов работает в России?", "coop-destinations"),
    ("Rossiyada nechta oʻzbek migranti ishlaydi?", "coop-destinations"),
    # money of another people: the 2024 figure's near miss
    ("how much money do tajik migrants send home", "remit-2024-total"),
    ("сколько денег отправили домой мигранты из кыргызстана в 2024 году", "remit-2024-total"),
    ("qirgʻiz migrantlari uyga qancha pul joʻnatadi", "remit-2024-total"),
    ("Tojikiston YaIMning necha foizi migrantlar pulidan?", "remit-2024-total"),
    # where another people's migrants go: no count asked
    ("В какие страны в основном едут трудовые мигранты из Таджикистана?", "coop-destinations"),
    ("Qirgʻiz migrantlari asosan qaysi davlatlarga ishlagani ketadi?", "coop-destinations"),
])
def test_near_misses_kept(matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("Which countries do most Uzbek labour migrants go to?", "coop-destinations"),
    ("В какие страны чаще всего уезжают трудовые мигранты из Узбекистана?", "coop-destinations"),
    ("2024 йилда мигрантлар Ўзбекистонга қанча пул юборган?", "remit-2024-total"),
    ("Oʻzbekiston 2024 yilda Germaniya bilan qanday kelishuv imzolagan?", "coop-germany-2024"),
])
def test_answers_kept(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "migration",
    "миграция",
    "migratsiya",
    "миграция?",
    # practical details no document gives
    "agentlik shanba kuni soat nechida ochiladi",
    "Агентлик якшанба куни соат нечида очилади?",
    "Rossiya fuqaroligini qanday olsa boʻladi?",
    "Туркия фуқаролигини олиш учун нима керак?",
    "Как поменять узбекские права на российские?",
    "Сколько человек живёт в Узбекистане сейчас?",
    "Oʻzbekistonda necha million odam yashaydi?",
    "How do I translate and certify my diploma for work in Germany?",
    "Как перевести диплом для работы в Германии?",
    "Germaniyada ishlash uchun diplomni tarjima qilish kerakmi?",
])
def test_out_of_scope_abstained(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.near_miss) == ("abstain", None)


@pytest.mark.parametrize(("message", "entry"), [
    ("remittances", "remit-definition"),
    ("diaspora", "diaspora-role"),
    ("What forms of migration are there?", "concept-forms"),
    ("Migratsiyaning qanday shakllari bor?", "concept-forms"),
    ("Какие виды миграции существуют?", "concept-forms"),
    ("Do I have the right to leave Uzbekistan freely and come back whenever I want?",
     "law-right-leave-return"),
    ("Germaniya bilan 2024 yilda qanday migratsiya kelishuvi imzolangan?", "coop-germany-2024"),
])
def test_subjects_still_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "История Узбекистана кратко, пожалуйста",
    "Oʻzbekiston tarixi haqida gapirib bering",
    "latest news about russia and migrants",
    "последние новости про мигрантов в Москве",
    "Rossiyadagi migrantlar haqida qanday yangiliklar bor?",
    "Кто стал чемпионом Узбекистана по футболу в 2017 году?",
    "2017 йилда Ўзбекистон футбол чемпиони ким бўлган?",
    "what is the local time in tashkent now",
    "Samarqandda qaysi universitetda xalqaro munosabatlar oʻqitiladi?",
    "Xalqaro munosabatlarda realizm nazariyasi nima?",
    "Объясните теорию реализма в международных отношениях",
    "Explain the causes of the First World War.",
    "Каковы причины распада СССР?",
])
def test_other_subjects_abstained(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.near_miss) == ("abstain", None)


@pytest.mark.parametrize(("message", "entry"), [
    ("How did the right to migrate develop in the history of Uzbekistan?",
     "law-right-to-migrate"),
    ("Migratsiya huquqi Oʻzbekiston tarixida qanday rivojlangan?", "law-right-to-migrate"),
    ("Why is 2017 called a turning point for migration law in Uzbekistan?", "law-2017-reforms"),
    ("Why is migration important in international relations?", "concept-migration-in-ir"),
    ("Почему миграция растёт во всём мире?", "concept-causes"),
    ("My son plays football in Korea. Does the state support families of labour migrants?",
     "abroad-family-support"),
])
def test_near_subjects_still_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "rossiyada ozbek migrantlarining ortacha oyligi qancha",
    "Каков средний заработок мигранта в Москве?",
    "What is the average salary of Uzbek migrants in Korea?",
    "any vacancies for welders in germany? i have 5 yrs experience",
    "Туркия меҳнат қонунига кўра ишчи кунига неча соат ишлайди?",
    "How many hours a day do migrants work in Russia?",
    "Koreyada kuniga necha soat ishlashadi?",
    "South Korea EPS program",
    "EPS-TOPIK imtihoni qachon boʻladi?",
])
def test_work_details_abstained(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.near_miss) == ("abstain", None)


@pytest.mark.parametrize(("message", "entry"), [
    ("What can Uzbekistan learn from the migration experience of the USA, Germany and Canada?",
     "coop-developed-countries"),
    ("What problems do Uzbek migrants face abroad?", "abroad-problems"),
    ("Do Uzbeks also work in Korea and Turkey, as well as Russia?", "coop-destinations"),
])
def test_work_subjects_still_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
