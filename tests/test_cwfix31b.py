"""Confident-wrong classes of the thirty-first session left by cwfix31 (cwfix31b).

B. New destinations asked beside Russia ("more countries, not just Russia", «не только в
Россию», 'faqat Rossiyaga emas') are the diversification of destinations, not the
destinations' entry, whose aliases name Russia: the aspect group ``[[new-markets],
[destinations, where-to, where-going]]`` in ``knowledge/thesaurus.yaml``. Where people go,
asked (with Russia named or not), stays the destinations' entry; why they go to Russia stays
the causes.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered

NEW_DESTINATIONS_BESIDE_RUSSIA = [
    ("why is the government sending workers to new countries, not just russia",
     "remit-diversification"),
    ("why does uzbekistan want migrants in more countries and not only russia",
     "remit-diversification"),
    ("зачем государство отправляет мигрантов в новые страны, не только в Россию",
     "remit-diversification"),
    ("почему правительство хочет больше стран для мигрантов, а не только Россию",
     "remit-diversification"),
    ("nega hukumat ishchilarni yangi davlatlarga yubormoqchi, faqat Rossiyaga emas",
     "remit-diversification"),
    ("нега давлат ишчиларни фақат Россияга эмас, янги давлатларга ҳам юбормоқчи",
     "remit-diversification"),
]

WHERE_AND_WHY_THEY_GO = [
    ("where do most uzbek migrants go", "coop-destinations"),
    ("which countries do uzbeks go to, not only russia", "coop-destinations"),
    ("в какие страны едут узбекские мигранты, в Россию?", "coop-destinations"),
    ("не только в Россию, куда ещё едут узбекские мигранты", "coop-destinations"),
    ("migrantlar asosan qaysi davlatlarga ketadi", "coop-destinations"),
    ("мигрантлар асосан қайси давлатларга кетади", "coop-destinations"),
    ("why do uzbeks go to russia", "concept-causes"),
    ("faqat Rossiya bilan emas, Xitoy bilan ham hamkorlik qilamizmi", "coop-multivector"),
]


@pytest.mark.parametrize(("message", "entry"), NEW_DESTINATIONS_BESIDE_RUSSIA)
def test_new_destinations_beside_russia_are_the_diversification(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), WHERE_AND_WHY_THEY_GO)
def test_where_and_why_people_go_stay_their_own(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
