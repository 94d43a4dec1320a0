"""The new blind lines' failures, by class (blindfix20, twentieth session).

Everyday words the right entry lacked: «мультивекторная» is the multi-vector policy, a
capital its country, "reliant" and "too much on" the risk of depending, "more countries"
the new markets, the author's recommendations the proposals for Uzbekistan, and
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
    ("Muallif Oʻzbekistonga qanday tavsiyalar beradi?", "coop-proposals-uz"),
    ("Муаллиф Ўзбекистонга қандай тавсиялар беради?", "coop-proposals-uz"),
    ("koʻchib yurishning turlari qanday?", "concept-forms"),
    ("Кўчиб юришнинг турлари қандай?", "concept-forms"),
])
def test_a_paraphrase_in_everyday_words_is_answered(matcher: Matcher, message: str,
                                                    entry: str) -> None:
    found = matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert (found.decision, top) == ("answer", entry)
