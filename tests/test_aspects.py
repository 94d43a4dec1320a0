"""Opposite aspects of one subject (bot/aspects.py, ``aspects:`` in knowledge/thesaurus.yaml):
a question that asks one side is not answered with the entry on the other."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import pytest

from bot import knowledge
from bot.aspects import Aspects
from bot.matcher import Matcher
from tests.conftest import ROOT

ASPECTS = Aspects.of({"aspects": [[["opportunities", "benefit"], ["obstacles", "problems"]],
                                  [["host-country"], ["home-country"]]]})


@pytest.mark.parametrize(("concepts", "named"), [
    (["~opportunities", "harmonise"], {0: 0}),
    (["~problems", "~host-country"], {0: 1, 1: 0}),
    (["~benefit", "~obstacles"], {}),  # both sides: no side is named
    (["opportunities", "~migration"], {}),  # a word, not a concept token
])
def test_a_question_names_a_side_only_alone(concepts: list[str], named: dict[int, int]) -> None:
    assert ASPECTS.named(concepts) == named


def test_an_entry_stands_for_the_side_most_of_its_phrasings_name() -> None:
    stances = ASPECTS.stances({
        0: [["~obstacles"], ["~problems", "~laws"], ["~benefit"]],  # 2 against 1
        1: [["~opportunities"], ["~obstacles"]],  # 1 against 1: no side
        2: [["~home-country"], ["~laws"]],
        3: [["~laws"]],
    })
    assert stances == {0: {0: 1}, 2: {1: 1}}


def test_the_stances_of_flat_hits_are_those_of_each_question_read_alone() -> None:
    """The index build's hits (token and text of each, entry and count of each text): a
    text asked twice (a copy read alike) counts twice, an alias (0) not at all."""
    tokens = ["~obstacles", "~problems", "~benefit", "~laws", "~home-country", "~opportunities"]
    hits = [(0, 0), (1, 2), (2, 2), (2, 5), (3, 2), (3, 0), (4, 4), (4, 3), (5, 1), (5, 1)]
    text, token = (np.array(column) for column in zip(*hits, strict=True))
    entry, asked = np.array([0, 0, 0, 1, 1, 2]), np.array([1, 2, 0, 1, 1, 1])
    plain = {0: [["~obstacles"], ["~benefit"], ["~benefit"]],
             1: [["~benefit", "~obstacles"], ["~home-country", "~laws"]],
             2: [["~problems", "~problems"]]}
    found = ASPECTS.stances_of_hits(tokens, token, text, entry, asked)
    assert found == ASPECTS.stances(plain) == {0: {0: 0}, 1: {1: 1}, 2: {0: 1}}


def test_the_shipped_entries_stand_for_their_side(matcher: Matcher) -> None:
    stance = {matcher.entry_ids[i]: s for i, s in matcher._stances.items()}
    assert stance["coop-harmonising-opportunities"][0] != stance["coop-harmonising-challenges"][0]
    assert stance["remit-definition"] != stance["remit-uses"]


@pytest.fixture
def aspectless(matcher: Matcher) -> Iterator[Matcher]:
    """The session's matcher with no aspect window, for the length of one test."""
    kept = matcher.settings
    matcher.settings = replace(kept, aspect_window=0.0)
    try:
        yield matcher
    finally:
        matcher.settings = kept


# (message, the entry scored best, the entry of the side asked)
ASKED = [
    ("what chances does aligning national immigration laws give",
     "coop-harmonising-challenges", "coop-harmonising-opportunities"),
    ("immigratsiya qonunlarini moslashtirish qanday imkoniyat beradi",
     "coop-harmonising-challenges", "coop-harmonising-opportunities"),
    ("иммиграция қонунларини мослаштириш қандай имкониятлар беради",
     "coop-harmonising-challenges", "coop-harmonising-opportunities"),
    # (the English "what do you call money that migrants send to their families" is
    # scored best as the definition itself since wrong17 gave it an English phrasing)
    ("как называют деньги которые мигранты шлют домой", "remit-uses", "remit-definition"),
]


@pytest.mark.parametrize(("message", "scored_best", "asked"), ASKED)
def test_the_entry_of_the_side_asked_is_answered(matcher: Matcher, message: str,
                                                 scored_best: str, asked: str) -> None:
    found = matcher.match(message)
    assert (found.decision, found.best and found.best.entry_id) == ("answer", asked)


@pytest.mark.parametrize(("message", "scored_best", "asked"), ASKED)
def test_without_an_aspect_window_the_best_scored_entry_stays(
        aspectless: Matcher, message: str, scored_best: str, asked: str) -> None:
    found = aspectless.match(message)
    assert found.best is not None
    assert found.best.entry_id == scored_best


@pytest.mark.parametrize(("message", "entry"), [
    ("what obstacles stand in the way of harmonising immigration laws",
     "coop-harmonising-challenges"),
    # What a question sets aside names no side: the side asked is the other one.
    ("Несмотря на трудности, какие возможности даёт согласование миграционной политики?",
     "coop-harmonising-opportunities"),
])
def test_the_best_entry_of_the_side_asked_keeps_its_place(matcher: Matcher, message: str,
                                                          entry: str) -> None:
    found = matcher.match(message)
    assert (found.decision, found.best and found.best.entry_id) == ("answer", entry)


@pytest.mark.usefixtures("shared_reader")  # (the stances' build: tests/shared_reader.py)
def test_the_stances_are_those_of_every_question_read_plainly() -> None:
    """The stances read each question's concepts, but not of Uzbek Cyrillic questions not
    made yet that would read as their Uzbek source (they count as it again, unmade, as the
    index build leaves them out), and not of questions with no word that may start an
    aspect's phrase: the same stances as every question, made, read plainly."""
    kb = knowledge.load_or_raise(ROOT / "knowledge")  # fresh: no question made yet
    aspects = {"coop-harmonising-opportunities", "coop-harmonising-challenges",
               "concept-receiving-effects", "concept-sending-effects", "remit-definition",
               "remit-uses", "coop-why-cooperate", "concept-positive-effects"}
    fresh = Matcher(replace(kb, entries={e: kb.entries[e] for e in sorted(aspects)}))
    assert all(fresh.kb.entries[e].questions.made_by("uz-Cyrl") for e in aspects)
    plain = {idx: [fresh.thesaurus.concept_tokens(fresh._fold(q).split())
                   for qs in fresh.kb.entries[eid].questions.values() for q in qs]
             for idx, eid in enumerate(fresh.entry_ids)}
    assert fresh._stances and fresh._stances == fresh._aspects.stances(plain)


@pytest.mark.parametrize(("message", "entry"), [
    # the everyday words for a side name it (tester s10 finding 5)
    ("чем плоха миграция", "concept-negative-effects"),
    ("что плохого в миграции", "concept-negative-effects"),
    ("migratsiyaning yomon tomonlari", "concept-negative-effects"),
    ("мигрантларни қабул қиладиган юртлар улардан нима ютади", "concept-receiving-effects"),
    ("чем хороша миграция", "concept-positive-effects"),
    ("what are the bad sides of migration", "concept-negative-effects"),
    ("миграциянинг ёмон томонлари", "concept-negative-effects"),
])
def test_an_everyday_word_names_its_side(matcher: Matcher, message: str, entry: str) -> None:
    found = matcher.match(message)
    assert (found.decision, found.best and found.best.entry_id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    # a bare "bad" or "good" names no side of anything: a person unwell, a mood, a boss
    # (review s10 finding 4: they were answered with the negative effects of migration)
    "мне плохо", "плохо", "bad", "kayfiyatim yomon", "ahvolim yomon", "кайфиятим ёмон",
    "Xo'jayin yomon munosabatda, nima qilay", "всё хорошо", "it was a good day",
])
def test_a_bare_good_or_bad_names_no_side(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision != "answer"
