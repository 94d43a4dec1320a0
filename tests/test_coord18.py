"""Coordinator's fixes of the eighteenth session, as tables."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # 'qaragan' (looked, faced) is a word of its own, not a typo of 'qamagan' (locked up)
    "tashqi siyosatimiz bitta davlatga emas, bir nechta tomonga qaragan deyiladi, bu qanday",
    "Ташқи сиёсатимиз бир нечта томонга қараган, бу нима дегани",
    "ташки сиёсатимиз бир нечта томонга караган",
    "bu masalaga qanday qarab chiqiladi", "hujjatga qaraganda migrantlar koʻpaygan",
])
def test_an_everyday_word_one_letter_off_a_danger_word_raises_no_alarm(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "xojayin bizni qamagan", "Хўжайин бизни қамаган", "хужайин бизни камаган",
    "bizni xonaga qamab qoʻyishdi",
])
def test_the_danger_word_itself_stays_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"
