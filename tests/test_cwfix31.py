"""Confident-wrong classes fixed the general way (thirty-first session, cwfix31).

A. "Our compatriots abroad" that the state protects, helps or supports are its citizens
abroad (``bot/readas.py``, ``bot/data/read_as.yaml``): those questions were answered with
Article 23 (whose answer names relations with compatriots) or the diaspora's role, not the
state's support. Compatriots who help, their communities, societies, role and ties, and the
Constitution asked of them stay the diaspora's and Article 23's.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.readas import ReadAs
from bot.text import fold
from tests.verdicts import assert_answered

STATE_PROTECTS_COMPATRIOTS = [
    ("how does our government protect compatriots who work abroad", "abroad-state-support"),
    ("does uzbekistan help its compatriots abroad", "abroad-state-support"),
    ("Чем государство помогает соотечественникам за границей?", "abroad-state-support"),
    ("Государство защищает наших соотечественников за рубежом?", "abroad-state-support"),
    ("davlat xorijdagi vatandoshlarimizni himoya qiladimi", "abroad-state-support"),
    ("chet eldagi vatandoshlarimizga davlat qanday yordam beradi", "abroad-state-support"),
    ("Давлат чет элдаги ватандошларимизни қандай қўллаб-қувватлайди?", "abroad-state-support"),
    ("чет элдаги ватандошларимизга давлат кандай ёрдам беради", "abroad-state-support"),
]

STAY_DIASPORA_OR_ARTICLE_23 = [
    # compatriots who help (the subject, not the object)
    ("how do compatriots abroad help uzbekistan", "diaspora-role"),
    ("Как соотечественники за рубежом помогают Узбекистану?", "diaspora-role"),
    ("vatandoshlar Oʻzbekistonga qanday yordam beradi", "diaspora-role"),
    ("Ватандошлар ўз юртига қандай ёрдам беради?", "diaspora-role"),
    # the diaspora that helps them; their societies and ties
    ("does the diaspora support our compatriots with money", "diaspora-role"),
    ("What compatriot societies do Uzbeks have abroad?", "diaspora-compatriot-societies"),
    ("Какие общества соотечественников помогают узбекам за рубежом?",
     "diaspora-compatriot-societies"),
    # the Constitution asked of them
    ("what does the constitution say about protecting compatriots abroad", "law-article-23"),
    ("Konstitutsiya xorijdagi vatandoshlarni himoya qilishni kafolatlaydimi?", "law-article-23"),
    ("Что Конституция говорит о связях с соотечественниками за рубежом?", "law-article-23"),
]


@pytest.mark.parametrize(("message", "entry"), STATE_PROTECTS_COMPATRIOTS)
def test_compatriots_the_state_protects_are_its_citizens_abroad(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), STAY_DIASPORA_OR_ARTICLE_23)
def test_compatriots_who_help_and_their_communities_stay_the_diasporas(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


READINGS = [
    # (message, the compatriot word read as a citizen word)
    ("how does the state protect our compatriots", True),
    ("помогает ли консульство соотечественникам", True),
    ("vatandoshlarimizni davlat himoya qiladi", True),
    ("how do compatriots help uzbekistan", False),  # the subject of "help"
    ("Как соотечественники помогают Узбекистану", False),
    ("the role of compatriots in helping the country", False),  # "role": the diaspora's
    ("compatriots", False),  # nothing done for them
]


@pytest.mark.parametrize(("message", "read"), READINGS)
def test_the_reading_of_compatriots(message: str, read: bool) -> None:
    toks = tuple(fold(message).split())
    assert (ReadAs.load().read(toks) != toks) is read


# B. The economy's growth asked of the money migrants send, or the sending countries' gain
# (``aspects:`` [[growth, economy], [home-country]] in knowledge/thesaurus.yaml; 'rivoji',
# 'rivojiga' as growth): remit-development, not the sending countries' effects, whose
# answer names remittances helping growth too; and the other way round.
GROWTH_OR_SENDING_COUNTRIES = [
    ("how does the money sent by migrants help the economy of uzbekistan grow",
     "remit-development"),
    ("Как деньги от мигрантов помогают росту экономики страны?", "remit-development"),
    ("Мигрантлар юборган пуллар мамлакат ривожига қандай ёрдам беради?", "remit-development"),
    ("migrantlar yuborgan pullar iqtisodiyotga qanday foyda beradi", "remit-development"),
    # controls: the sending countries' gain, the currency, the definition, the dependence
    ("what do sending countries gain from migration", "concept-sending-effects"),
    ("что получают страны исхода от миграции", "concept-sending-effects"),
    ("joʻnatuvchi davlatlar migratsiyadan nima yutadi", "concept-sending-effects"),
    ("Юборувчи давлатлар учун миграциянинг қандай фойдаси бор?", "concept-sending-effects"),
    ("how do remittances keep the som stable", "remit-currency"),
    ("pul otkazmalari valyuta zaxiralariga qanday tasir qiladi", "remit-currency"),
    ("what are remittances", "remit-definition"),
    ("is the economy too dependent on remittances", "remit-dependence-risk"),
    # the diaspora's part in the country's development stays the diaspora's
    ("Ўзбек жамоалари юрт ривожига қандай ҳисса қўшади?", "diaspora-role"),
]


@pytest.mark.parametrize(("message", "entry"), GROWTH_OR_SENDING_COUNTRIES)
def test_the_economys_growth_or_the_sending_countries_gain(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


# C. The state that sends its workers abroad, or whose people work abroad, with 'chet elga',
# 'xorijda' between the people and the participle (home-country words in
# knowledge/thesaurus.yaml): its gain is the sending countries' effects, not the host's.
SENDING_STATE = [
    ("ishchilarini chet elga joʻnatadigan mamlakat bundan qanday foyda koʻradi",
     "concept-sending-effects"),
    ("Ишчиларини хорижга юборадиган давлат нима ютади?", "concept-sending-effects"),
    ("fuqarolari xorijda ishlaydigan mamlakat nima yutadi", "concept-sending-effects"),
    ("одамлари чет элда ишлайдиган давлатга бундан нима наф", "concept-sending-effects"),
    # controls: the host countries' gain
    ("migrantlarni qabul qiladigan davlatlar qanday foyda koʻradi", "concept-receiving-effects"),
    ("Мигрантлар келадиган давлатлар улардан қандай фойда кўради?",
     "concept-receiving-effects"),
]


@pytest.mark.parametrize(("message", "entry"), SENDING_STATE)
def test_the_state_that_sends_its_workers_abroad(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


# D. The developed or Western countries as one concept (knowledge/thesaurus.yaml,
# ``developed-countries``): their cooperation and experience is coop-developed-countries.
DEVELOPED_COUNTRIES = [
    ("Gʻarb davlatlari bilan migratsiya boʻyicha hamkorlik qanday?", "coop-developed-countries"),
    ("cooperation with western countries on migration", "coop-developed-countries"),
    ("как сотрудничают развитые страны в миграции", "coop-developed-countries"),
    ("Ривожланган давлатлар миграцияда қандай ҳамкорлик қилади?", "coop-developed-countries"),
    # controls: why countries cooperate at all; Western Union is no Western country
    ("why should countries cooperate on migration", "coop-why-cooperate"),
]


@pytest.mark.parametrize(("message", "entry"), DEVELOPED_COUNTRIES)
def test_the_developed_or_western_countries(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


def test_western_union_is_no_western_country(matcher: Matcher) -> None:
    assert matcher.match("Western Union komissiyasi qancha").decision == "abstain"


# Environmental (climate) migration and its migrants as a concept (knowledge/thesaurus.yaml,
# ``environmental``): a count of them in a region no document gives is that entry's near
# miss ("did you mean"), not the 2024 remittances, which share "how many" and Central Asia.
ENVIRONMENTAL_COUNTS = [
    "Сколько экологических мигрантов в Центральной Азии?",
    "how many environmental migrants are there in central asia",
    "Markaziy Osiyoda ekologik migrantlar qancha",
    "Марказий Осиёда экологик мигрантлар қанча",
]


@pytest.mark.parametrize("message", ENVIRONMENTAL_COUNTS)
def test_a_count_of_environmental_migrants_is_not_the_remittances(
        matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify"
    assert "concept-environmental" in {c.entry_id for c in m.candidates}


@pytest.mark.parametrize(("message", "entry"), [
    ("what is environmental migration", "concept-environmental"),
    ("Что такое экологическая миграция?", "concept-environmental"),
    ("environmental migration definition with examples", "concept-environmental"),
    ("Ekologik migratsiya nima?", "concept-environmental"),
])
def test_environmental_migration_asked_is_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
