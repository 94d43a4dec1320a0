"""blind31: the wrong-entry and out-of-scope classes of a blind block written from the five
documents only.

- "What role do migrants play as diplomats" was read as the role of migration in
  international relations ("What role does migration play in interstate relations?"): the
  diplomats' entry had no "what role ... play as diplomats" phrasing in English (the Russian
  and Uzbek ones were answered right). It has one in each language now.
- "the money migrants send home" beside "help the currency" was the uses of remittances'
  own phrasing ("Where does the money migrants send home go?"), so the aspect asked (the
  currency) lost to the subject: the currency entry has an English phrasing with the
  migrants' money and the currency now.
- A country's pay level asked with no deal named ("salary in russia for migrants", "how much
  can i earn in south korea", «зарплата у мигрантов») was a near miss of the destinations
  (a "did you mean" on an out-of-scope message): such phrases are ``practical: wage`` now,
  so the bot abstains. A salary under a deal is still that deal's near miss.
- A year after «в» with a sum's unit after it («переводы дали в 2024 млрд?»: in 2024, how many
  billions) was read as a figure of 2024 billion against the entry's 14.8: a near miss of the
  2024 total. It is the year now, as "2024 percent of gdp" already was.
- The pay in a country asked in Uzbek ('Janubiy Koreyada oylik maosh qancha', «Козогистонда
  маош канча») was a near miss of the destinations: "how much" ('qancha', an aspect that weighs
  nothing toward an entry) counted as a word the destinations share, through their not_covered
  'qancha migrant yashaydi', so the entry did not share only places with the question. An
  aspect is no subject now (``NearMisses._content_words``): the bot abstains.
- Bauman's book by its title in Russian or Uzbek («Текучая современность», 'Suyuq
  zamonaviylik'; found probing in the block's style) abstained: the literature entry named it
  only "Fluid Modernity". It has the titles as phrasings now ("Liquid Modernity" too).
  (Not the EU and African countries' initiatives: tune labels them out of scope, lines 7291,
  7292 and 16224, and a phrasing for them answered those.)
Controls: migration's role in international relations, the uses and the development of
remittances keep their entries; another year, or another figure, is still a near miss; how
many Uzbeks live in a country is still the destinations' near miss.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize("message", [
    "what role do migrants play as diplomats for uzbekistan",
    "hi, i study IR. what role do migrants play as diplomats for their country? thanks",
    "what role do uzbek workers abroad play as diplomats",
    "какую роль играют мигранты как дипломаты узбекистана",
    "migrantlar ozbekistonning diplomatlari sifatida qanday rol oynaydi",
    "мигрантлар Ўзбекистон дипломатлари сифатида қандай рол ўйнайди",
])
def test_migrants_as_diplomats_are_the_diplomats_entry(matcher: Matcher, message: str) -> None:
    assert_answered(matcher, message, "diaspora-diplomats")


@pytest.mark.parametrize("message", [
    "how does the money migrants send home help the currency",
    "in what ways does the money our migrants send home help the national currency",
    "does the money migrants send home help the som",
    "как переводы мигрантов помогают национальной валюте",
    "pul otkazmalari milliy valyutaga qanday yordam beradi",
    "пул ўтказмалари миллий валютага қандай ёрдам беради",
])
def test_migrants_money_and_the_currency_is_the_currency_entry(matcher: Matcher,
                                                               message: str) -> None:
    assert_answered(matcher, message, "remit-currency")


@pytest.mark.parametrize("message", [
    "salary in russia for migrants",
    "how much can i earn in south korea",
    "what are salaries in kazakhstan like",
    "wages in turkey for uzbek workers",
    "какая зарплата у мигрантов в казахстане",
    "зарплата мигрантов в россии",
])
def test_a_countrys_pay_abstains(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"


@pytest.mark.parametrize("message", [
    "what salary do uzbek welders get in germany under the new agreement",
    "Какая зарплата у узбекских медсестер в Германии по новому соглашению?",
    "Germaniya bilan 2024 yilgi kelishuvda hamshiralarga qancha maosh beriladi",
])
def test_a_salary_under_the_deal_is_its_near_miss(matcher: Matcher, message: str) -> None:
    assert_near_miss(matcher, message, "coop-germany-2024")


@pytest.mark.parametrize(("message", "entry"), [
    ("what role does migration play in interstate relations", "concept-migration-in-ir"),
    ("what role do migrants play in international relations", "concept-migration-in-ir"),
    ("where does the money migrants send home go", "remit-uses"),
    ("what does the money migrants send do for uzbekistan", "remit-development"),
    ("how much money did uzbeks send home in 2024", "remit-2024-total"),
    ("Какую роль миграция играет в отношениях между государствами?",
     "concept-migration-in-ir"),
])
def test_controls_keep_their_entries(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "скока денег переводы дали в 2024 млрд?",
    "сколько в 2024 млрд долларов перевели мигранты",
    "переводы составили 14,8 млрд?",
])
def test_a_year_before_a_sums_unit_is_the_year(matcher: Matcher, message: str) -> None:
    assert_answered(matcher, message, "remit-2024-total")


@pytest.mark.parametrize("message", [
    "переводы в 2023 млрд сколько",
    "правда что в 2024 перевели 20 млрд",
])
def test_another_year_or_figure_is_still_a_near_miss(matcher: Matcher, message: str) -> None:
    assert_near_miss(matcher, message, "remit-2024-total")


@pytest.mark.parametrize("message", [
    "Janubiy Koreyada oylik maosh qancha",
    "Жанубий Кореяда ойлик маош қанча",
    "Козогистонда маош канча",  # Russian keyboard
    "Turkiyada oylik maosh qancha beriladi",
])
def test_a_countrys_pay_in_uzbek_abstains(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"


@pytest.mark.parametrize("message", [
    "Qozogistonda ozbeklar qancha",
    "сколько узбеков живет в казахстане",
])
def test_how_many_live_there_is_still_the_destinations_near_miss(matcher: Matcher,
                                                                 message: str) -> None:
    assert_near_miss(matcher, message, "coop-destinations")


@pytest.mark.parametrize("message", [
    "what is liquid modernity by bauman about",
    "Текучая современность Бауман о чем",
    "Baumanning suyuq zamonaviylik asari",
    "Бауманнинг суюқ замонавийлик асари нима ҳақида",
    "Бауман суюк замонавийлик",  # Russian keyboard
])
def test_baumans_book_by_its_title_is_the_literature(matcher: Matcher, message: str) -> None:
    assert_answered(matcher, message, "concept-literature")


@pytest.mark.parametrize("message", [
    "What initiatives do the EU and African countries have on migration?",
    "Yevropa Ittifoqi va Afrika davlatlari migratsiya boyicha qanday hamkorlik qiladi?",
])
def test_the_eu_and_africa_are_not_answered(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision != "answer"
