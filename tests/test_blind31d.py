"""blind31d: a country told as a cause is not the country a question asks of.

A blind block written from the five documents only landed with one confident-wrong line of
53 (a label plainly wrong: relabelled) and eight misses, each of its own kind. The one
class the reading got wrong in every script: a country named right after "because of",
"due to", «из-за» (or before 'sababli', 'tufayli') and before a people noun ("because of
Ukraine migrants earn less?", 'sanksiyalar из-за Украины migrantlar daromadiga ...') was
read as whose migrants are asked of (Ukraine's), so the answer Uzbekistan's documents give
(the Ukraine conflict and the sanctions hurt Uzbek migrants' income) became a "the
documents do not give this for Ukraine" near miss. ``bot.thesaurus.because_of`` sets such
a country aside, both as a people asked of and as a place whose figure is asked.
Controls: a country's migrants asked of without a cause word stay near misses (the
documents speak only of Uzbekistan's).
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize(("message", "entry"), [
    ("because of ukraine migrants earn less now?", "remit-dependence-risk"),
    ("due to ukraine sanctions do uzbek migrants in russia earn less", "remit-dependence-risk"),
    ("санкции из-за Украины ударили по доходам мигрантов?", "remit-dependence-risk"),
    ("sanksiyalar из-за Украины migrantlarning daromadi kamaydimi", "remit-dependence-risk"),
    ("из-за Украины sanksiyalar migrantlarga zarar qildimi", "remit-dependence-risk"),
    ("Ukraina sababli migrantlar daromadi kamaydimi", "remit-dependence-risk"),
    ("Украина сабабли санкциялар мигрантлар даромадига таъсир қилдими",
     "remit-dependence-risk"),
])
def test_a_country_told_as_a_cause_is_not_asked_of(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("what problems do ukraine migrants face", "abroad-problems"),
    ("what problems do tajikistan migrants face", "abroad-problems"),
    ("problems of ukrainian migrants in poland", "abroad-problems"),
    ("Ukraina migrantlari qanday muammolarga duch keladi", "abroad-problems"),
    ("проблемы украинских мигрантов в Польше", "abroad-problems"),
    ("how many kazakhstan migrants send money home", "remit-2024-total"),
])
def test_another_countrys_migrants_asked_of_stay_near_misses(matcher: Matcher, message: str,
                                                             entry: str) -> None:
    assert_near_miss(matcher, message, entry)
