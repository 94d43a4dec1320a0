""""What is it called" and "what is X" asked in the writer's words (define18).

The frame that asks a name ("what is it called", «как называется», 'nima deb ataladi': the
thesaurus' ``unscored`` concepts) weighs nothing toward an entry: the subject the question
names decides. An entry that has the frame in one of its phrasings ("What is it called when
people leave home because of droughts ...") no longer takes every "what is it called when
..." whose subject no entry is about ("when people are sold" was environmental migration's).
The frame still names the definition side of a subject, so among the entries close on the
subject the one that defines it answers. A sentence of two asks whose first asks what a thing
is that no entry defines is answered by its other ask ("what is labour migration and why do
people leave": the causes)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.text import fold
from bot.thesaurus import Thesaurus


@pytest.mark.parametrize(("message", "scored"), [
    ("what is it called when people are sold", "when people are sold"),
    ("как называется когда людей продают", "когда людей продают"),
    ("kak nazyvaetsya kogda lyudei prodayut", "kogda lyudei prodayut"),
    ("odamlarni sotishni nima deb atashadi", "odamlarni sotishni"),
    ("одамларни сотишни нима деб аташади", "одамларни сотишни"),
    ("suv toshqini tufayli koʻchish qanday ataladi", "suv toshqini tufayli koʻchish"),
    # no frame: every word is scored
    ("why are migrants called diplomats", "why are migrants called diplomats"),
])
def test_the_frame_that_asks_a_name_is_left_out_of_what_is_scored(
        message: str, scored: str) -> None:
    thesaurus = Thesaurus.load()
    toks = tuple(fold(message).split())
    weighed, _hits = thesaurus.scored(toks, thesaurus.asked_hits(toks))
    assert weighed == tuple(fold(scored).split())


@pytest.mark.parametrize("message", [
    "what is it called when people are sold",
    "what do they call it when people are sold",
    "как называется когда людей продают",
    "kak nazyvaetsya kogda lyudei prodayut",
    "odamlarni sotishni nima deb atashadi",
    "odamlarni sotishsa buni nima deb ataladi",
    "одамларни сотишни нима деб аташади",
    "одамларни сотишса буни нима деб аталади",
])
def test_a_name_asked_of_a_subject_no_entry_names_is_not_environmental_migration(
        answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert not (found.decision == "answer" and top == "concept-environmental"), top


@pytest.mark.parametrize(("message", "expected"), [
    ("when people leave home because of floods or droughts what is that called",
     "concept-environmental"),
    ("как называется, когда люди уезжают из-за засухи, наводнений и землетрясений",
     "concept-environmental"),
    ("suv toshqini sababli koʻchib ketganlar nima deb ataladi", "concept-environmental"),
    ("сув тошкини сабабли кучиб кетганлар нима деб аталади", "concept-environmental"),
    ("what do you call the money workers send back to their families in the home country",
     "remit-definition"),
    ("как называются деньги, которые рабочие отправляют семьям на родину",
     "remit-definition"),
    ("odamlarni sotishni nima deb atashadi", "concept-illegal-trafficking"),
    ("одамларни сотишни нима деб аташади", "concept-illegal-trafficking"),
])
def test_the_subject_decides_what_a_name_asked_is_answered_with(
        answerer: Answerer, message: str, expected: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == expected


@pytest.mark.parametrize("message", [
    "чет элга кетганлар уйига жўнатадиган пулни нима деб аташади",
    "chet elga ketganlar uyiga joʻnatadigan pulni nima deb atashadi",
])
def test_a_name_asked_far_from_the_entry_that_gives_it_is_no_confident_answer(
        answerer: Answerer, message: str) -> None:
    # The money sent home is the 2024 total's subject too: its name asked, the entry that
    # defines remittances is offered beside it, not the total answered.
    found = answerer.matcher.match(message)
    ids = [c.entry_id for c in found.candidates]
    assert found.decision == "clarify"
    assert "remit-definition" in ids


def test_a_frame_in_an_entrys_phrasing_makes_it_stand_for_no_side(answerer: Answerer) -> None:
    matcher = answerer.matcher
    group = next(g for g, sides in enumerate(matcher._aspects.groups)
                 if any("~naming" in side for side in sides))
    stances = matcher._stances
    assert group not in stances.get(matcher._index_of["concept-environmental"], {})
    assert stances[matcher._index_of["remit-definition"]][group] == 0


@pytest.mark.parametrize("message", [
    "what is labour migration and why do people leave",
    "что такое трудовая миграция и почему люди уезжают",
    "mehnat migratsiyasi nima va odamlar nega chetga ketadi",
    "меҳнат миграцияси нима ва одамлар нега четга кетади",
    "мехнат миграцияси нима ва одамлар нега кетишади",
])
def test_two_asks_whose_first_no_entry_defines_get_the_other(
        answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == "concept-causes"


@pytest.mark.parametrize(("message", "first", "also"), [
    ("what is environmental migration and why do people leave",
     "concept-environmental", "concept-causes"),
    ("что такое экологическая миграция и почему люди уезжают",
     "concept-environmental", "concept-causes"),
    ("ekologik migratsiya nima va odamlar nega chetga ketadi",
     "concept-environmental", "concept-causes"),
    ("экологик миграция нима ва одамлар нега четга кетади",
     "concept-environmental", "concept-causes"),
])
def test_two_documented_asks_get_the_first_and_the_other_as_a_button(
        answerer: Answerer, message: str, first: str, also: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == first
    assert found.also is not None and found.also.entry_id == also
