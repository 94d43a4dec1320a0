"""Coordinator's fixes of the twenty-first session, as tables."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # a person sold to someone, or about to be, named by a pronoun (blind21a: a sister gone
    # to Turkey for a cafe job)
    "my cousin went to Dubai for work and now they are selling her to some man",
    "they want to sell my daughter", "the boss sold him to another farm",
    "he sold me to a man in Istanbul",
    "сестра поехала в Турцию работать, теперь её продают какому-то мужчине",
    "singlim Turkiyaga ishga ketgan edi, endi uni bir odamga sotishyapti",
    "синглим Туркияга ишга кетган эди, энди уни бир одамга сотишяпти",
])
def test_a_person_sold_to_someone_is_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "I am selling my car to a friend before I leave for Russia",
    "can I sell my house to pay for the trip to Russia",
])
def test_things_sold_to_someone_are_no_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"
