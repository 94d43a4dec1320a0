"""Known failures left by the twenty-third session (left24, issue 7), by class, in every
script.

- What the money migrants send does for the country or its economy is the growth entry's
  (remit-development), not the 2024 total's, whose phrasings ask "how much" and share the
  money, the migrants and the country with it. A size asked and an effect asked are the two
  sides of an aspect (``amount`` / ``effect`` in the thesaurus). The size is a concept of
  ``kind: aspect``: it names its side and weighs nothing (scored, "how much" is a rare word
  of three entries and pulled every «сколько» to the total).
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.thesaurus import CONCEPT_MARK

from .test_blindfix21 import _decided


@pytest.mark.parametrize(("message", "entry"), [
    # the effect of the money asked: the growth entry
    ("what does all the money our migrants send do for uzbekistan", "remit-development"),
    ("what do migrants' remittances do for the uzbek economy", "remit-development"),
    ("что деньги мигрантов дают экономике страны", "remit-development"),
    ("как деньги от мигрантов влияют на экономику нашей страны", "remit-development"),
    ("migrantlarning pullari Oʻzbekiston iqtisodiyotiga qanday taʼsir qiladi",
     "remit-development"),
    ("мигрантларнинг пуллари иқтисодиётимизга нима беради", "remit-development"),
    ("мигрантларнинг пуллари иктисодиетимизга нима беради", "remit-development"),  # ru keyboard
    # its size asked: the total
    ("how big are the sums migrants send home", "remit-2024-total"),
    ("каков объём денег, которые присылают мигранты", "remit-2024-total"),
    ("migrantlar joʻnatgan pul hajmi qancha", "remit-2024-total"),
    ("мигрантлар жўнатган пул ҳажми қанча", "remit-2024-total"),
])
def test_what_the_money_does_is_not_how_much_it_is(matcher: Matcher, message: str,
                                                    entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "сколько будет 15 умножить на 8",
    "how much is 15 times 8",
    "15 ni 8 ga koʻpaytirsa qancha boʻladi",
    "15 ни 8 га кўпайтирса қанча бўлади",
])
def test_a_how_much_of_nothing_asked_is_no_answer(matcher: Matcher, message: str) -> None:
    # "how much" names the size's side only: it is no word of the total's entry
    assert CONCEPT_MARK + "amount" not in matcher._concepts
    assert _decided(matcher, message)[0] != "answer"
