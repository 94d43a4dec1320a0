"""Neighbour entries the question does not tell apart are both offered (bot/settling.py's
``_tied``, ``Scored.neighbours`` from bot/siblings.py), with the rule on at the setting
fitted on tune (it is off in ``MatcherSettings``: see ``tie_window``): when the second entry
is within
``MatcherSettings.tie_window`` points and the message holds less than ``tie_evidence`` of
distinctive evidence for the best, a confident answer would be a coin toss."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from bot.matcher import Matcher
from bot.nearmiss import Scored

# Everyday words only: both neighbours are offered, in every script.
TIED = [
    ("will the consulate help me", {"org-foreign-ministry", "abroad-state-support"}),
    ("will the state help my brother abroad", {"abroad-state-support", "abroad-family-support"}),
    ("зачем страны сотрудничают в вопросах миграции",
     {"coop-developed-countries", "coop-why-cooperate"}),
    ("почему страны вообще сотрудничают по миграции",
     {"coop-developed-countries", "coop-why-cooperate"}),
    ("ukamga davlat qanday yordam beradi chet elda",
     {"abroad-state-support", "abroad-family-support"}),
    ("konsullik yordam beradimi", {"abroad-state-support", "org-foreign-ministry"}),
    ("укамга давлат қандай ёрдам беради чет элда",
     {"abroad-state-support", "abroad-family-support"}),
    # typed on a Russian keyboard
    ("укамга давлат кандай ёрдам беради чет элда",
     {"abroad-state-support", "abroad-family-support"}),
    ("консуллик ердам берадими", {"abroad-state-support", "org-foreign-ministry"}),
]

# As close, but a word of the best one's own is asked: still answered.
TOLD = [
    ("how is uzbekistan trying to rely less on remittances", "remit-diversification"),
    ("почему развитые страны принимают мигрантов", "coop-developed-countries"),
    ("migratsiyani zarari nimada", "concept-negative-effects"),
    ("миграцияни зарари нимада", "concept-negative-effects"),
]


@pytest.fixture
def tying(matcher: Matcher) -> Iterator[Matcher]:
    """The session's matcher with the tie rule on (window 5, evidence 1), for one test."""
    kept = matcher.settings
    matcher.settings = replace(kept, tie_window=5.0, tie_evidence=1.0)
    try:
        yield matcher
    finally:
        matcher.settings = kept


@pytest.mark.parametrize(("message", "both"), TIED)
def test_neighbours_told_apart_by_no_word_are_both_offered(tying: Matcher, message: str,
                                                            both: set[str]) -> None:
    m = tying.match(message)
    assert m.decision == "clarify"
    assert {c.entry_id for c in m.candidates[:2]} == both


@pytest.mark.parametrize(("message", "entry"), TOLD)
def test_a_close_entry_whose_own_word_is_asked_is_answered(tying: Matcher, message: str,
                                                           entry: str) -> None:
    part = tying.analyse(message).sentences[0]
    assert part.ranked[0][1] - part.ranked[1][1] < tying.settings.tie_window  # close ...
    m = tying.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", entry)  # ... yet told apart


@pytest.mark.parametrize(("message", "both"), TIED[:3])
def test_as_shipped_the_best_is_answered(matcher: Matcher, message: str,
                                         both: set[str]) -> None:
    m = matcher.match(message)
    assert m.decision == "answer" and m.best is not None and m.best.entry_id in both


@pytest.mark.parametrize(("lead", "evidence", "tied"), [
    (1.0, (0.0, 0.0), True),       # (below the margin: a "did you mean" anyway)
    (4.0, (0.5, 0.9), True),
    (4.0, (1.5, 0.0), False),      # the best's own word
    (4.0, (0.0, 1.5), True),       # the second's own word (too little for the swap)
    (6.0, (0.0, 0.0), False),      # not close
])
def test_the_rule_itself(matcher: Matcher, lead: float, evidence: tuple[float, float],
                         tied: bool) -> None:
    settings = replace(matcher.settings, tie_window=5.0, tie_evidence=1.0)
    part = Scored((("a", 70.0), ("b", 70.0 - lead)), None, "en", neighbours=evidence)
    kept = matcher.settings
    matcher.settings = settings
    try:
        assert matcher._tied(part) is tied
    finally:
        matcher.settings = kept
