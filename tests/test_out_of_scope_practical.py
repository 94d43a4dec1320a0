"""A practical question no document answers (a work permit, a medical certificate, plane
tickets) is abstained on, not answered with a loosely related entry (``practical:`` in
knowledge/phrases.yaml; the session-9 tester's finding 9)."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize("message", [
    # the tester's messages
    "How do I get a work permit in Russia?",
    "Do I need a medical certificate to work in Russia?",
    "Does the state pay for migrants' plane tickets?",
    # variants in every script
    "как получить разрешение на работу в России",
    "как киргизские мигранты получают разрешение на работу",
    "kak poluchit razreshenie na rabotu v Rossii",
    "Rossiyada ishlash uchun ruxsat qanday olinadi",
    "Россияда ишлаш учун рухсат қандай олинади",
    "россияда ишлаш учун рухсат кандай олинади",
    "нужна ли медсправка для работы в России",
    "давлат мигрантларга авиабилет олиб берадими",
    # whether one needs a visa (blind11a)
    "do i need a visa to go work in south korea", "нужна ли виза в корею",
    "Koreyaga viza kerakmi", "Кореяга виза керакми", "Кореяга виза керакми ишлаш учун",
    # a sum: no number in it is an article's, a year or a figure (blind11a)
    "17*23=?", "17*23 сколько", "17 * 23", "2024+5=?", "23×2",
])
def test_a_practical_question_no_document_answers_is_abstained_on(matcher: Matcher,
                                                                 message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "abstain"


@pytest.mark.parametrize(("message", "entry"), [
    ("Do I need permission from the state to leave the country?", "law-right-leave-return"),
    ("Where does remittance money go, housing or food?", "remit-uses"),
])
def test_a_documented_question_near_these_words_is_not_abstained_on(
        matcher: Matcher, message: str, entry: str) -> None:
    m = matcher.match(message)
    assert m.decision != "abstain" and m.candidates[0].entry_id == entry
