"""Training and organised sending are opposite aspects of the 2022-2026 strategy's targets
(``aspects:`` in knowledge/thesaurus.yaml): a question about the people trained gets the 300
thousand, not the 400,000 sent (the session-9 tester's finding 8)."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize("message", [
    "how many people will the state train",  # the tester's
    "how many people will be trained",  # the tester's
    "Ассалому алейкум! Хочу поехать работать за границу, но языка не знаю и профессии нет. "
    "Государство как-то готовит таких людей? Спасибо",
])
def test_the_people_trained_are_not_the_people_sent(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.candidates[0].entry_id == "strategy-training"
    assert not (m.decision == "answer" and m.best.entry_id == "strategy-organised-migration")


@pytest.mark.parametrize("message", [
    "How many citizens does the 2022-2026 strategy plan to send abroad through organised "
    "labour migration?",
    "сколько людей государство отправит работать за границу легально",
    "2022–2026-yillar strategiyasi bilan qancha fuqaroni tashkillashtirilgan tarzda xorijga "
    "ishga yuborish rejalashtirilgan?",
])
def test_the_people_sent_are_still_the_400000(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id) == ("answer", "strategy-organised-migration")
