"""Confident wrong answers of the fourteenth session's classes (wrong14): one entry answered
for its neighbour, in every language and script they concern.

Help asked of the consulate or of the state for someone abroad is the state's support of its
citizens abroad (consular offices, legal protection), not the Foreign Ministry's entry
(whose alias the consulate is: its reports as a source), nor the families' entry (help for a
migrant's relatives at home) when the relative named is the one abroad.

A targeted help («адресная помощь») is no address: the state support's
answer gives none, so a consulate's address stays out of scope (``practical_not``).

Citizens sent abroad to work under the Strategy ("sent abroad", «направят за рубеж», 'chet elga
yuboriladi': the ``organised`` concept) are its organised migration (400,000), not its training
(300,000), which the same question's "how many" and "strategy" also fit."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    "can the consulate help my husband abroad",
    "поможет ли нам консульство",
    "а консульство поможет нам?",
    "pomozhet li konsulstvo",
    "как государство помогает моему сыну за границей",
    "konsullik bizga yordam beradimi",
    "konsullık yordam beradimi",
    "o'g'limga davlat chet elda qanday yordam beradi",
    "oğlimga davlat chet elda qanday yordam beradi",
    "консуллик ёрдам берадими",
    "ўғлимга давлат чет элда қандай ёрдам беради",
    "угилимга давлат чет элда кандай ердам беради",
])
def test_help_asked_of_the_consulate_or_the_state_abroad_is_state_support(
        answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == "abroad-state-support"


@pytest.mark.parametrize(("message", "expected"), [
    ("foreign ministry consulates migrants", "org-foreign-ministry"),
    ("МИД консульства мигранты", "org-foreign-ministry"),
    ("does my family get help while I work abroad", "abroad-family-support"),
    ("помогает ли государство семьям мигрантов", "abroad-family-support"),
    ("davlat migrant oilasiga yordam beradimi", "abroad-family-support"),
])
def test_the_ministry_and_the_families_keep_their_questions(answerer: Answerer, message: str,
                                                            expected: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == expected


@pytest.mark.parametrize("message", [
    "what is the address of the consulate in Moscow",
    "адрес консульства в Казани",
    "konsullik manzili qayerda",
    "консулликнинг манзили қаерда",
])
def test_a_consulates_address_is_not_answered(answerer: Answerer, message: str) -> None:
    assert answerer.matcher.match(message).decision == "abstain"


@pytest.mark.parametrize("text", [
    "адресная помощь в обеспечении прав граждан",
    "по Стратегии предусмотрено оказание адресной помощи гражданам за рубежом",
])
def test_targeted_help_in_an_answer_gives_no_address(answerer: Answerer, text: str) -> None:
    book = answerer.matcher.reader
    toks = answerer.matcher._fold_plain(text).split()
    assert "address" in book.practical.labels(toks)  # "адрес…", "manzil…" as a form
    assert "address" not in book.practical_in(toks)
    asked = answerer.matcher._fold_plain("консульство адрес").split()
    assert "address" in book.practical_in([*toks, *asked])


@pytest.mark.parametrize("message", [
    "how many citizens will be sent abroad under the strategy",
    "сколько граждан направят за рубеж по стратегии",
    "skolko grazhdan otpravyat za granicu po strategii",
    "strategiyada nechta fuqaro chet elga yuboriladi",
    "strategiyada nechta fuqaro xorijga yuboriladi",
    "стратегияда нечта фуқаро чет элга юборилади",
    "стратегияда нечта фукаро чет элга юборилади",
])
def test_citizens_sent_abroad_by_the_strategy_are_its_organised_migration(
        answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == "strategy-organised-migration"


@pytest.mark.parametrize(("message", "expected"), [
    ("how many people will the strategy train", "strategy-training"),
    ("how do I send money abroad", "remit-2024-total"),
    ("chet elga pul yuborish", "remit-2024-total"),
])
def test_training_and_money_sent_abroad_keep_their_entries(answerer: Answerer, message: str,
                                                           expected: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == expected
