"""A yes/no question about a detail no document gives (free or paid, a permission, which
languages, whether it is safe to go) is a near miss of the entry, never answered with its
"Yes:"/"Да:"/"Ha:" (``details:`` in knowledge/phrases.yaml, the entries' ``not_covered``;
the session-9 tester's finding 3)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.matcher import Matcher


@pytest.mark.parametrize(("message", "entry"), [
    # the tester's messages
    ("Is the training before departure free?", "strategy-training"),
    ("Обучение перед отъездом платное?", "strategy-training"),
    ("Kasbga o'qitish pullikmi?", "strategy-training"),
    ("Kasbga o'qitish bepulmi?", "strategy-training"),
    ("Do I have to pay for the professional training?", "strategy-training"),
    ("Do I need permission from the state to leave the country?", "law-right-leave-return"),
    ("Нужно ли разрешение, чтобы выехать из Узбекистана?", "law-right-leave-return"),
    ("Which languages will they teach before departure?", "strategy-training"),
    ("Qaysi tillarni o'rgatishadi?", "strategy-training"),
    ("Опасно ли сейчас ехать в Россию?", "remit-dependence-risk"),
    # variants: Uzbek Cyrillic proper and on a Russian keyboard, Russian in Latin letters
    ("Касбга ўқитиш пулликми?", "strategy-training"),
    ("касбга укитиш бепулми", "strategy-training"),
    ("obuchenie pered otezdom platnoe?", "strategy-training"),
    ("обучение профессии перед выездом бесплатное?", "strategy-training"),
    ("chet elga ketishdan oldin o'qish tekinmi", "strategy-training"),
    ("Are the courses before going abroad free of charge?", "strategy-training"),
    ("Is the insurance for migrants free?", "strategy-insurance-support"),
    ("давлатдан рухсат керакми чет элга чикиш учун", "law-2017-reforms"),
    ("Rossiyaga hozir borish xavflimi?", "remit-dependence-risk"),
    # who alone may do it (tester s10: "Yes:" answered them)
    ("Is the professional training only for men?", "strategy-training"),
    ("Is the right to leave only for men?", "law-right-leave-return"),
    ("Обучение профессии перед отъездом только в Ташкенте?", "strategy-training"),
])
def test_a_detail_no_document_gives_is_a_near_miss(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None and m.near_miss.detail
    assert m.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "lang", "yes"), [
    ("Is the training before departure free?", "en", "Yes:"),
    ("Обучение перед отъездом платное?", "ru", "Да:"),
    ("Kasbga o'qitish pullikmi?", "uz", "Ha:"),
    ("Касбга ўқитиш бепулми?", "uz-Cyrl", "Ҳа:"),
    ("Do I need permission from the state to leave the country?", "en", "Yes:"),
])
def test_no_yes_answers_a_detail_it_does_not_address(answerer: Answerer, message: str,
                                                     lang: str, yes: str) -> None:
    reply = answerer.ask(message, lang)
    assert reply.kind == "clarify" and reply.entry is None and reply.note
    assert yes not in reply.note


@pytest.mark.parametrize(("message", "entry"), [
    # "free" of a movement or of a person is no price
    ("am i free to go out of my country and come back whenever i want",
     "law-right-leave-return"),
    ("free movement between EU states, what is that agreement", "coop-schengen"),
    ("Will the state train me in a profession before I go abroad?", "strategy-training"),
])
def test_free_of_a_movement_is_no_price(matcher: Matcher, message: str, entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id, m.near_miss) == ("answer", entry, None)
