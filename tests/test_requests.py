"""A request of one subject ("tell me about X", «расскажите про X», "X haqida gapirib
bering") is a question when one entry is asked by that subject, in any of its forms; the
request's own words name nothing (tester5 finding 12: «расскажите про реинтеграцию» got
"one word is not enough")."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import fold

REQUESTS = [
    ("расскажите про реинтеграцию", "strategy-reintegration"),
    ("rasskazhite pro reintegraciyu", "strategy-reintegration"),
    ("расскажите про махаллю", "abroad-mahalla-system"),
    ("tell me about reintegration", "strategy-reintegration"),
    ("tell me about the mahalla", "abroad-mahalla-system"),
    ("reintegratsiya haqida gapirib bering", "strategy-reintegration"),
    ("mahalla haqida gapirib bering", "abroad-mahalla-system"),
    ("реинтеграция ҳақида гапириб беринг", "strategy-reintegration"),
    ("маҳалла ҳақида гапириб беринг", "abroad-mahalla-system"),
    ("махалла хакида гапириб беринг", "abroad-mahalla-system"),
    # a request in a clause of its own
    ("помогите написать реферат, нужна информация о диаспоре", "diaspora-role"),
    ("men talabaman pul o'tkazmalari haqida ma'lumot kerak", "remit-definition"),
    ("мен студентман пул утказмалари хакида маълумот керак", "remit-definition"),
]


@pytest.mark.parametrize(("message", "entry"), REQUESTS)
def test_a_request_of_one_subject_is_answered(matcher: Matcher, message: str,
                                              entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", entry)


@pytest.mark.parametrize(("message", "named"), [
    ("mahalla haqida gapirib bering", "mahalla haqida"),
    ("махалла хакида гапириб беринг", "mahalla haqida"),
    ("I need information about remittances", "about remittances"),
])
def test_a_requests_words_are_not_matched(matcher: Matcher, message: str,
                                          named: str) -> None:
    [part] = matcher.reader.read(message).parts
    assert part.asks and part.requested and part.toks == tuple(fold(named).split())


@pytest.mark.parametrize("message", [
    # one word several entries share stays too little, request or not
    "расскажите про закон", "tell me about law", "tell me about money",
    "tell me about the passport", "what is love",  # (the strategy: tests/test_left21.py)
])
def test_a_request_of_a_vague_word_still_asks_for_a_whole_question(matcher: Matcher,
                                                                   message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "abstain" and m.vague


@pytest.mark.parametrize(("message", "entry"), [
    # an exam's task asks though it has no question word; "to be" folds like "bye", a
    # greeting, so the first one was read as a greeting
    ("State the target number of citizens to be trained in professions and foreign languages "
     "under the 2022-2026 strategy.", "strategy-training"),
    ("Outline the role of transnational diasporas in migration", "diaspora-role"),
    ("Охарактеризуйте роль транснациональных диаспор в миграции", "diaspora-role"),
    ("Transmilliy diasporalarning migratsiyadagi rolini yoritib bering", "diaspora-role"),
    ("Трансмиллий диаспораларнинг миграциядаги ролини ёритиб беринг", "diaspora-role"),
    ("Трансмиллий диаспораларнинг миграциядаги ролини еритиб беринг", "diaspora-role"),
])
def test_an_exam_task_is_a_question(matcher: Matcher, message: str, entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", entry)
