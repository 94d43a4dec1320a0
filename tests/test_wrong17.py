"""Confident wrong answers of the seventeenth session's classes (wrong17): one entry answered
for its neighbour, in every language and script they concern.

"What do they call X" ('nima deb atashadi', «как это называется») asks a name; a name
stated ("2017 *is called* a turning point", 'diplomatlari *deb ataladi*') is not asked.
Only the asking forms are the definition concept, so the entries whose own phrasings state
a name (why 2017 is called a turning point, why migrants are called diplomats) no longer
take every "what do they call X" that the documents do not define (review s16 finding 9);
they still answer "why is it called so". Environmental migration, which the documents do
name, answers "what is it called when floods drive people out" in every script."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    "ishlash uchun chetga ketganlarni nima deb atashadi",
    "ишлаш учун четга кетганларни нима деб аташади",
    "davlatlar oʻzaro kelishuvini nima deb atashadi",
    "давлатлар ўзаро келишувини нима деб аташади",
    "давлатлар узаро келишувини нима деб аташади",
    "как это называется когда забирают паспорт",
    "kak eto nazyvaetsya kogda zabirayut pasport",
    "what is it called when they take your passport",
    "chet elga ketganlar uyga yuboradigan pulni nima deb atashadi",
])
def test_what_they_call_an_undefined_thing_is_no_called_entrys_answer(
        answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert not (found.decision == "answer" and top in (
        "law-2017-reforms", "diaspora-diplomats", "coop-harmonising-challenges")), (
        found.decision, top)


@pytest.mark.parametrize(("message", "expected"), [
    ("why is 2017 called a turning point", "law-2017-reforms"),
    ("почему 2017 год называют переломным", "law-2017-reforms"),
    ("nega 2017 yil burilish yili deb ataladi", "law-2017-reforms"),
    ("нега 2017 йил бурилиш йили деб аталади", "law-2017-reforms"),
    ("why are migrants called diplomats", "diaspora-diplomats"),
    ("почему мигрантов называют дипломатами", "diaspora-diplomats"),
    ("nega migrantlarni diplomat deb atashadi", "diaspora-diplomats"),
    ("нега мигрантларни дипломат деб аташади", "diaspora-diplomats"),
    ("pul oʻtkazmalarini nima deb atashadi", "remit-definition"),
    ("как называют деньги которые мигранты шлют домой", "remit-definition"),
    ("money migrants send home whats the word for it", "remit-definition"),
])
def test_why_it_is_called_so_and_what_an_entry_names_keep_their_entries(
        answerer: Answerer, message: str, expected: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == expected


@pytest.mark.parametrize("message", [
    "people leaving home after an earthquake what is that called",
    "what do they call moving away because of a drought",
    "как называют людей, которые переселяются из-за землетрясений",
    "ludi uezzhayut iz za zasuhi kak eto nazyvaetsya",
    "suv toshqini sababli koʻchib ketganlar nima deb ataladi",
    "сув тошқини сабабли кўчиб кетганлар нима деб аталади",
    "сув тошкини сабабли кучиб кетганлар нима деб аталади",
])
def test_what_floods_and_droughts_drive_people_to_is_called_environmental_migration(
        answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == "concept-environmental"
