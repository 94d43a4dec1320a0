"""Confident-wrong lines fixed by class (thirtieth session, cwfix30).

An entry the documents give of no one foreign country (``of_no_foreign_country:``: the
compatriot societies and the insurance of migrants abroad in general, the World Bank's and
the IMF's help to Uzbekistan) was answered when a question asked it of one foreign country,
even where Uzbeks are ("Turkiyadagi oʻzbek vatandoshlar jamiyatlari", «страховка мигрантов
в России»): the reply is now that entry's near miss. The writer's own country ("I work in
Russia, does the state insure ...") and the questions the documents answer stay answered.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss

NEAR_MISSES = [
    # compatriot societies in one country
    ("vatandoshlar jamiyati Amerikada bormi", "diaspora-compatriot-societies"),
    ("Америкадаги ватандошлар жамиятлари", "diaspora-compatriot-societies"),
    ("Which Uzbek compatriot societies work in Turkey?", "diaspora-compatriot-societies"),
    ("Какие узбекские землячества есть в Казахстане?", "diaspora-compatriot-societies"),
    # insurance in one country
    ("what insurance do migrants get in Germany", "strategy-insurance-support"),
    ("страховка для мигрантов в Корее какая", "strategy-insurance-support"),
    ("Koreyada migrantlar sog'lig'i qanday sug'urtalanadi?", "strategy-insurance-support"),
    ("Германияда мигрантлар ҳаёти қандай суғурталанади?", "strategy-insurance-support"),
    # the writer's people there ("our migrants") are no place of the writer's
    ("how are our workers in korea insured", "strategy-insurance-support"),
    ("Bizning migrantlar Rossiyada qanday sugʻurtalanadi?", "strategy-insurance-support"),
    # the World Bank's and the IMF's help to another country
    ("how does the world bank help migrants in Russia", "org-world-bank-imf"),
    ("Как МВФ помогает Таджикистану с миграцией?", "org-world-bank-imf"),
    ("Xalqaro valyuta jamg'armasi Qirg'izistonga qanday yordam beradi?", "org-world-bank-imf"),
    ("Жаҳон банки Қозоғистон миграция сиёсатини қандай қўллайди?", "org-world-bank-imf"),
    ("Jahon banki Tojikistonga qanday yordam beradi?", "org-world-bank-imf"),
]

ANSWERED = [
    # the writer's own country is no fact asked
    ("I work in Russia, does the state insure the health of labour migrants?",
     "strategy-insurance-support"),
    ("Я работаю в России. Государство страхует жизнь и здоровье мигрантов?",
     "strategy-insurance-support"),
    ("Men Rossiyada ishlayman, davlat migrantlarning hayotini sugʻurta qiladimi?",
     "strategy-insurance-support"),
    ("Мен Қозоғистонда ишлайман, давлат мигрантлар соғлиғини суғурта қиладими?",
     "strategy-insurance-support"),
    ("I live in Germany. What compatriot associations do Uzbek migrants have abroad?",
     "diaspora-compatriot-societies"),
    ("Я еду работать в Корею, государство застрахует мою жизнь?",
     "strategy-insurance-support"),
    ("Мы с братом работаем в Казахстане, государство страхует мигрантов?",
     "strategy-insurance-support"),
    # where migrants go: the general answer holds for them
    ("Does the state insure migrants who go to Saudi Arabia?", "strategy-insurance-support"),
    ("Koreyaga ketadigan migrantlar hayoti sugʻurta qilinadimi?", "strategy-insurance-support"),
    # abroad in general, and Uzbekistan's own
    ("Есть ли организации узбеков за границей?", "diaspora-compatriot-societies"),
    ("Chet elda oʻzbeklarning tashkilotlari bormi?", "diaspora-compatriot-societies"),
    ("Хорижда ўзбекларнинг ташкилотлари борми?", "diaspora-compatriot-societies"),
    ("How do the World Bank and IMF support Uzbekistan's migration policy?",
     "org-world-bank-imf"),
    ("Всемирный банк помогает Узбекистану в миграции?", "org-world-bank-imf"),
    ("Жаҳон банки ва ХВЖ Ўзбекистон миграция сиёсатини қандай қўллаб-қувватлайди?",
     "org-world-bank-imf"),
]


@pytest.mark.parametrize(("message", "entry"), NEAR_MISSES)
def test_asked_of_one_foreign_country_is_a_near_miss(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_the_writers_country_and_the_general_question_stay_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


SINCE_NEAR_MISSES = [
    ("since when does the IOM work with Uzbekistan", "org-iom"),
    ("С каких пор МОТ сотрудничает с Узбекистаном?", "org-ilo"),
    ("Xalqaro mehnat tashkiloti Oʻzbekiston bilan qachondan beri ishlaydi", "org-ilo"),
    ("Халқаро миграция ташкилоти Ўзбекистонда қачондан бери ишлайди?", "org-iom"),
    ("since when does uzbekistan have a multi-vector foreign policy", "coop-multivector"),
    ("since when does the Schengen agreement exist", "coop-schengen"),
]

SINCE_ANSWERED = [
    ("since when has migration law been developing in uzbekistan", "law-right-to-migrate"),
    ("Migratsiya huquqi qachondan beri bor?", "law-right-to-migrate"),
    ("право на миграцию это часть прав человека? с каких пор развивается миграционное право "
     "в узбекистане", "law-right-to-migrate"),
    ("Кўчиб юриш ҳар бир инсоннинг ҳаққими, бу ҳақ қачондан бери бор", "law-right-to-migrate"),
    ("с какого времени действует указ УП-5785", "decree-up-5785"),
]


@pytest.mark.parametrize(("message", "entry"), SINCE_NEAR_MISSES)
def test_since_when_of_an_entry_that_gives_no_start_is_a_near_miss(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


@pytest.mark.parametrize(("message", "entry"), SINCE_ANSWERED)
def test_since_when_an_answer_gives_stays_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


# The risk if remittances stop, in everyday English (remit-dependence-risk's phrasing "What
# would happen if remittances stopped?", as its Russian and Uzbek ones already said it); the
# neighbouring remittance entries keep their own.
REMITTANCE_WORDS = [
    ("what would happen to our economy if migrants stopped sending money",
     "remit-dependence-risk"),
    ("if remittances stopped what would uzbekistan do", "remit-dependence-risk"),
    ("how do remittances help the economy grow", "remit-development"),
    ("деньги мигрантов помогают экономике расти?", "remit-development"),
    ("how does migration affect sending countries", "concept-sending-effects"),
    ("What do families spend remittances on?", "remit-uses"),
    ("how do remittances affect uzbekistans currency reserves", "remit-currency"),
]


@pytest.mark.parametrize(("message", "entry"), REMITTANCE_WORDS)
def test_remittances_in_everyday_words_reach_their_entry(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


# A deputy of an office (``office:`` in bot/data/detail_words.yaml: «замминистра», «заместитель»,
# 'oʻrinbosari'): no document names one, so the question is out of scope, as "who is the
# minister" is; what the ministry does for migrants stays answered.
DEPUTIES = [
    "Кто в МИДе отвечает за защиту мигрантов, какой замминистра?",
    "замминистра по труду кто",
    "Кто заместитель министра занятости?",
    "Вазир ўринбосари ким?",
]


@pytest.mark.parametrize("message", DEPUTIES)
def test_a_deputy_asked_is_out_of_scope(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"


@pytest.mark.parametrize(("message", "entry"), [
    ("Чем занимается МИД для мигрантов?", "org-foreign-ministry"),
    ("Tashqi ishlar vazirligi migrantlar uchun nima qiladi", "org-foreign-ministry"),
])
def test_what_the_ministry_does_stays_answered(matcher: Matcher, message: str,
                                               entry: str) -> None:
    assert_answered(matcher, message, entry)
