"""nearfix27a: another country or region asked of an entry that speaks of Uzbekistan or of
migration in general (issue 7, item 4: near misses never answered).

- A country no entry names (Tajikistan, Kyrgyzstan, the Philippines: ``_named_places``) is
  asked of however it is named, where people come from («мигранты из Кыргызстана»,
  'Qirgʻizistondan odamlar'), where families are ("families in Tajikistan") or bare; not
  where someone goes ('Saudiya Arabistoniga ishga borsa') nor beside Uzbeks, the writer or
  theirs ("my brother works in Tajikistan").
- Two countries (or a country and a bloc) joined by "and" as the ones that act ("for the EU
  and Turkey to harmonise", 'Qozogʻiston va Qirgʻiziston') are asked of, unless people are
  named beside them ("Why do Uzbeks go to Russia and Kazakhstan?").
- A comma clause that brings in an example ('…, Filippin misolida?', '…, masalan Koreyaga?')
  is part of the question before it, not a clause answered alone.
- Africa, a region the documents name, and the Russian instrumental of countries in -ия
  («с Австрией») are read as places.
- Another state's foreign policy, multi-vector or not, is that state's own (``state_things``);
  a European bank is no World Bank (``ebrd``: an organisation no document speaks of).
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize(("message", "entry"), [
    # where people come from: a country no document speaks of
    ("Qirgʻizistondan odamlar nega koʻp ketyapti?", "concept-causes"),
    ("Почему люди уезжают из Таджикистана?", "concept-causes"),
    ("Why do people from Kyrgyzstan migrate?", "concept-causes"),
    ("Нега Тожикистондан одамлар кўп кетяпти?", "concept-causes"),
    ("сколько денег отправили домой мигранты из кыргызстана в 2024 году", "remit-2024-total"),
    # another country's families
    ("How do remittances affect migrants' families and children in Tajikistan?",
     "remit-social-effects"),
    ("Как переводы влияют на семьи мигрантов в Кыргызстане?", "remit-social-effects"),
    ("Пул ўтказмалари Тожикистондаги оилаларга қандай таъсир қилади?", "remit-social-effects"),
    ("Пул утказмалари Тожикистондаги оилаларга кандай таъсир килади?",  # Russian keyboard
     "remit-social-effects"),
    ("Tojikistondagi migrantlar oilalari pul oʻtkazmalarini nimaga sarflaydi?", "remit-uses"),
    # two countries, or a bloc, as the parties
    ("What makes it hard for the EU and Turkey to harmonise their immigration policies?",
     "coop-harmonising-challenges"),
    ("What are the benefits for Uzbekistan and Kazakhstan of coordinating their immigration "
     "policies?", "coop-harmonising-opportunities"),
    ("Какие препятствия мешают странам Африки согласовать миграционную политику?",
     "coop-harmonising-challenges"),
    # an example brought in by a clause of its own
    ("Migratsiya joʻnatuvchi davlatlarga qanday taʼsir qiladi, Filippin misolida?",
     "concept-sending-effects"),
    ("Migratsiya qabul qiluvchi davlatlarga qanday taʼsir qiladi, masalan Koreyaga?",
     "concept-receiving-effects"),
    # a country in the Russian instrumental
    ("Какое соглашение Узбекистан подписал с Австрией в 2024 году?", "coop-germany-2024"),
    # another state's own foreign policy
    ("Qozogʻistonning koʻp vektorli tashqi siyosati migratsiya bilan qanday bogʻliq?",
     "coop-multivector"),
    ("What is Kazakhstan's multi-vector foreign policy?", "coop-multivector"),
    ("Какова многовекторная внешняя политика Казахстана?", "coop-multivector"),
])
def test_another_country_asked_of_is_a_near_miss(matcher: Matcher, message: str,
                                                 entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("Why do Uzbeks go to Russia?", "concept-causes"),
    ("Почему люди уезжают из Узбекистана?", "concept-causes"),
    ("Why do people leave Uzbekistan?", "concept-causes"),
    ("What agreement did Uzbekistan sign with Germany in 2024?", "coop-germany-2024"),
    ("Oʻzbekiston va Germaniya oʻrtasidagi 2024-yilgi kelishuv nima?", "coop-germany-2024"),
    ("Узбекистан и Германия подписали соглашение в 2024 году, что в нём?",
     "coop-germany-2024"),
    ("What labour agreements does Uzbekistan have with Korea and Turkey?",
     "coop-bilateral-agreements"),
    ("Which countries do Uzbek migrants go to?", "coop-destinations"),
    ("Russia and Kazakhstan are the main destinations for Uzbek migrants?",
     "coop-destinations"),
    ("How do remittances affect families of migrants working in Russia?",
     "remit-social-effects"),
    ("My brother works in Tajikistan, how do remittances affect families?",
     "remit-social-effects"),
    ("Akam Rossiyada ishlaydi, pul oʻtkazmalari oilaga qanday taʼsir qiladi?",
     "remit-social-effects"),
    ("сколько денег отправили домой узбекские мигранты из России в 2024 году",
     "remit-2024-total"),
    ("remittances from Russia", "remit-dependence-risk"),
    ("Oʻzbekistonning koʻp vektorli tashqi siyosati nima?", "coop-multivector"),
    ("Что такое многовекторная внешняя политика Узбекистана?", "coop-multivector"),
    ("Ўзбекистоннинг кўп векторли ташқи сиёсати нима?", "coop-multivector"),
    ("multi-vector foreign policy Russia China EU", "coop-multivector"),  # partners after it
    ("koʻp vektorli tashqi siyosat Rossiya Xitoy Yevropa Ittifoqi", "coop-multivector"),
    ("How do the World Bank and the IMF support Uzbekistan's migration policy?",
     "org-world-bank-imf"),
])
def test_where_uzbeks_or_the_writer_are_stays_answered(matcher: Matcher, message: str,
                                                      entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    # where one goes to work, a country no document speaks of: abstained, no near miss
    "saudiya arabistoniga ishga borsa boʻladimi",
    # a European bank: no document speaks of one
    "Европейский банк Ўзбекистон миграция сиёсатини қандай қўллаб-қувватлайди?",
    "How does the European Bank support Uzbekistan's migration policy?",
])
def test_abstained_without_a_near_miss(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.near_miss) == ("abstain", None)
