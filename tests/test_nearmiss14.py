"""Near misses of the fourteenth session (near14), in every language and script they concern.

A year another than the entry's, asked with the country the entry names ("agreement with
Germany in 2023"), is a near miss of that entry: the entry that names the country comes
first, with what it contradicts, not as an answer.

A figure the question claims with its unit ("1 million", "30%", 'YaIMning 20 foizi') that the
entry contradicts is a near miss of it; the entry's own figure claimed is answered."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    "agreement with Germany in 2023",
    "agreement with Germany in twenty twenty-three",
    "Germaniya bilan 2023 yilgi kelishuv",
    "Germaniya bilan 2023 yilgi kelişuv",
    "Германия билан 2023 йилги келишув",
    "Олмония билан 2023 йилги келишув",
    "соглашение с Германией двадцать третьего года",
    "soglashenie s Germaniei 2023 goda",
])
def test_another_year_of_the_named_countrys_deal_is_a_near_miss(answerer: Answerer,
                                                                message: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.candidates[0].entry_id == "coop-germany-2024"


@pytest.mark.parametrize("message", [
    "agreement with Germany in 2024",
    "Germaniya bilan 2024 yilgi kelishuv",
    "Германия билан 2024 йилги келишув",
    "соглашение с Германией 2024 года",
])
def test_the_named_countrys_deal_of_its_own_year_is_answered(answerer: Answerer,
                                                             message: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == "coop-germany-2024"


@pytest.mark.parametrize(("message", "entry"), [
    ("the strategy will train 1 million citizens, right?", "strategy-training"),
    ("remittances in 2024 were 2 billion dollars?", "remit-2024-total"),
    ("переводы в 2024 году составили 30% ВВП?", "remit-2024-total"),
    ("perevody v 2024 godu sostavili 30% VVP?", "remit-2024-total"),
    ("2024 yilda pul oʻtkazmalari YaIMning 20 foizi boʻlganmi", "remit-2024-total"),
    ("2024 йилда пул ўтказмалари ЯИМнинг 20 фоизи бўлганми", "remit-2024-total"),
])
def test_a_figure_claimed_that_the_entry_contradicts_is_a_near_miss(
        answerer: Answerer, message: str, entry: str) -> None:
    """A figure the question claims, with its unit, against the entry's of that unit: a
    "1 million" or "30%" is decisive however small ("at least 300 thousand", "15%")."""
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("remittances were 15% of GDP in 2024?", "remit-2024-total"),
    ("pul oʻtkazmalari 2024 yilda YaIMning 15 foizini tashkil etdimi", "remit-2024-total"),
    ("2024 йилда пул ўтказмалари ЯИМнинг 15 фоизи бўлганми", "remit-2024-total"),
    ("в 2024 году перевели 14,8 млрд долларов?", "remit-2024-total"),
    ("стратегия обучит 300 тысяч человек?", "strategy-training"),
    ("I send 5 thousand rubles a month, how does the state help my family",
     "abroad-family-support"),
])
def test_the_entrys_own_figure_claimed_is_answered(answerer: Answerer, message: str,
                                                   entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("Kyrgyzstan's constitution article 23 about citizens abroad", "law-article-23"),
    ("Kazakh decree on migrants abroad", "decree-up-5785"),
    ("remittances and the tenge exchange rate", "remit-currency"),
    ("переводы и курс тенге", "remit-currency"),
    ("МИД России и мигранты", "org-foreign-ministry"),
    ("MID Rossii i migranty", "org-foreign-ministry"),
    ("Rossiya tashqi ishlar vazirligi migrantlar uchun", "org-foreign-ministry"),
    ("Qozogʻistonning tashqi ishlar vazirligi migrantlarga qanday yordam beradi",
     "org-foreign-ministry"),
    ("Qozoğistonning tashqi ishlar vazirligi migrantlarga yordam beradimi",
     "org-foreign-ministry"),
    ("Қозоғистон ташқи ишлар вазирлиги мигрантларга нима қилади", "org-foreign-ministry"),
    ("Козогистон ташки ишлар вазирлиги мигрантларга нима килади", "org-foreign-ministry"),
    ("Germany's migration law 2024", "coop-germany-2024"),
])
def test_another_countrys_own_act_body_or_currency_is_a_near_miss(
        answerer: Answerer, message: str, entry: str) -> None:
    """A foreign country named as the owner of a state's own act, body or currency
    (``state_things``): the documents give Uzbekistan's."""
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("Uzbekistan's agreement with Germany", "coop-germany-2024"),
    ("Germaniya bilan kelishuv qonuni", "coop-germany-2024"),
    ("what does the foreign ministry do for migrants in Russia", "org-foreign-ministry"),
    ("МИД Узбекистана и мигранты в России", "org-foreign-ministry"),
    ("Rossiyadagi migrantlarga tashqi ishlar vazirligi qanday yordam beradi",
     "org-foreign-ministry"),
    ("which decree protects migrants working in Kazakhstan", "decree-up-5785"),
])
def test_a_country_named_as_partner_or_place_beside_a_state_thing_is_answered(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == entry
