"""The new blind lines' failures, by class (blindfix20, twentieth session).

Everyday words the right entry lacked: «мультивекторная» is the multi-vector policy, a
capital its country (Beijing, «Пекин»; Brussels the EU, the seat of its institutions),
"reliant" and "too much on" the risk of depending, "more countries" the new markets, the
author's recommendations the proposals for Uzbekistan, and
people's 'koʻchib yurishning' migration (the bare 'koʻchib yurish' stays free movement,
the right to move). The rows are written anew, never the blind lines themselves."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import clean, fold


@pytest.mark.parametrize(("text", "concept"), [
    ("multivectoral", "~multi-vector"), ("мультивекторной", "~multi-vector"),
    ("multivektornoy", "~multi-vector"), ("многовекторность", "~multi-vector"),
    ("koʻp vektorli", "~multi-vector"), ("кўп векторли", "~multi-vector"),
    ("Beijing", "~china"), ("Пекином", "~china"), ("Pekin", "~china"),
    ("Brussels", "~europe"), ("Брюсселем", "~europe"),
    ("too reliant on", "~risk"), ("слишком полагается", "~risk"),
    ("haddan tashqari qaram", "~risk"), ("ҳаддан ташқари қарам", "~risk"),
    ("reliant", "~dependence"), ("полагается на", "~dependence"),
    ("more countries", "~new-markets"), ("большее число стран", "~new-markets"),
    ("koʻproq mamlakatlarga", "~new-markets"), ("кўпроқ мамлакатларга", "~new-markets"),
    ("koʻchib yurishning", "~migration"), ("кўчиб юришнинг", "~migration"),
    ("erkin koʻchib yurish", "~free-movement"), ("эркин кўчиб юриш", "~free-movement"),
])
def test_an_everyday_word_is_its_concept(matcher: Matcher, text: str, concept: str) -> None:
    assert concept in matcher.thesaurus.concept_tokens(fold(clean(text)).split())


@pytest.mark.parametrize(("text", "concept"), [
    ("koʻchib yurishning", "~free-movement"), ("кўчиб юришнинг", "~free-movement"),
    ("reliant", "~risk"), ("leaning on", "~risk"),
])
def test_an_everyday_word_is_not_the_neighbours_concept(matcher: Matcher, text: str,
                                                        concept: str) -> None:
    assert concept not in matcher.thesaurus.concept_tokens(fold(clean(text)).split())


@pytest.mark.parametrize(("message", "entry"), [
    ("is uzbekistan's foreign policy multivectoral?", "coop-multivector"),
    ("в чём суть мультивекторной политики Узбекистана", "coop-multivector"),
    ("multivektornaya politika chto eto", "coop-multivector"),
    ("мультивектор сиёсат нима", "coop-multivector"),
    ("does the country rely too much on the money migrants send?", "remit-dependence-risk"),
    ("Страна слишком сильно зависит от денег мигрантов?", "remit-dependence-risk"),
    ("Davlat pul oʻtkazmalariga haddan tashqari qaram boʻlib qolmadimi?",
     "remit-dependence-risk"),
    ("Давлат пул ўтказмаларига ҳаддан ташқари қарам бўлиб қолмадими?",
     "remit-dependence-risk"),
    ("why does the government want workers in more countries, not just russia",
     "remit-diversification"),
    ("Зачем правительству, чтобы наши работали в большем числе стран?", "remit-diversification"),
    ("Nega davlat migrantlarni koʻproq mamlakatlarga yoʻnaltirmoqchi?", "remit-diversification"),
    ("Нега давлат мигрантларни кўпроқ мамлакатларга йўналтирмоқчи?", "remit-diversification"),
    ("what does the author advise uzbekistan to do", "coop-proposals-uz"),
    ("Какие рекомендации даёт автор Узбекистану?", "coop-proposals-uz"),
    ("Maqolada Oʻzbekistonga nimalar maslahat beriladi?", "coop-proposals-uz"),
    ("Муаллиф Ўзбекистон учун нималарни тавсия қилади?", "coop-proposals-uz"),
    ("koʻchib yurishning turlari qanday?", "concept-forms"),
    ("Кўчиб юришнинг турлари қандай?", "concept-forms"),
])
def test_a_paraphrase_in_everyday_words_is_answered(matcher: Matcher, message: str,
                                                    entry: str) -> None:
    found = matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert (found.decision, top) == ("answer", entry)


# The second set: the som keeping its value is the currency, people carried across a border
# unlawfully the trafficking, a "big shift" or «перелом» a reform.
@pytest.mark.parametrize(("text", "concept"), [
    ("soʻmning qadri", "~currency"), ("сўмнинг қадрини", "~currency"),
    ("qadrsizlanishi", "~currency"), ("обесценивается", "~currency"),
    ("losing value", "~currency"),
    ("noqonuniy olib oʻtish", "~trafficking"), ("ноқонуний олиб ўтиш", "~trafficking"),
    ("незаконной перевозки", "~trafficking"), ("across the border illegally", "~trafficking"),
    ("big shift", "~reforms"), ("переломный", "~reforms"), ("burilish", "~reforms"),
    ("бурилиш", "~reforms"),
])
def test_a_second_everyday_word_is_its_concept(matcher: Matcher, text: str,
                                               concept: str) -> None:
    assert concept in matcher.thesaurus.concept_tokens(fold(clean(text)).split())


@pytest.mark.parametrize(("message", "entry"), [
    ("is the money from migrants stopping the som from losing value", "remit-currency"),
    ("Не даёт ли валюта от мигрантов суму обесцениться?", "remit-currency"),
    ("Migrantlar puli soʻmning qadrsizlanishiga yoʻl qoʻymaydimi?", "remit-currency"),
    ("Мигрантлар пули сўмнинг қадрсизланишига йўл қўймайдими?", "remit-currency"),
    ("Мигрантлар пули сумнинг кадрсизланишига йул куймайдими?", "remit-currency"),
    ("Davlatlar odamlarni noqonuniy olib oʻtishga qarshi qanday kurashadi?",
     "concept-illegal-trafficking"),
    ("Давлатлар одамларни ноқонуний олиб ўтишга қарши қандай курашади?",
     "concept-illegal-trafficking"),
    ("which year brought the big shift in exit and entry rules", "law-2017-reforms"),
    ("Какой год стал переломным для правил выезда?", "law-2017-reforms"),
    ("Chet elga chiqish tartibida qaysi yil burilish boʻlgan?", "law-2017-reforms"),
    ("Чет элга чиқиш тартибида қайси йил бурилиш бўлган?", "law-2017-reforms"),
])
def test_a_second_paraphrase_in_everyday_words_is_answered(matcher: Matcher, message: str,
                                                           entry: str) -> None:
    found = matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert (found.decision, top) == ("answer", entry)
