"""Matching's speed-ups never change a result: a long message's costlier readings are scored
only when the decision needs them (the whole message and the asking clauses, only when no
sentence alone is answered: ``Analysis.whole``, ``Analysis.clauses``; a sentence's joined
questions, only while those before are documented: ``Analysis.halves``), and what a question
word weighs is remembered per word and concept (``Index._weighed``).

The lazy readings are checked against the rule as written before they were lazy
(``_needed``: every reading judged up front), under several thresholds: a change that
skipped a reading the rule needs fails here, not only one that changes a decision."""

from __future__ import annotations

import pytest

from bot.decision import Thresholds
from bot.matcher import Matcher
from bot.verdict import Analysis
from tests.conftest import fresh_memory

ANSWERED_BY_A_SENTENCE = [
    "Салом ака, безовта килганим учун узр. Синглимнинг эри Кореяда ишлайди, уйда болалари "
    "билан колган. Оиласига давлат кандай ёрдам беради, иш, таълим, тиббиёт? Олдиндан рахмат",
    "Добрый день! Готовлюсь к семинару. Объясните, пожалуйста, что такое Глобальный договор о "
    "безопасной, упорядоченной и легальной миграции и когда его приняли? Буду очень "
    "признательна",
    "Salom opa. Men Koreyaga ketmoqchiman. Davlat ketishdan oldin kasb va xorijiy tilni "
    "oʻrgatishi haqida eshitdim, necha ming kishini oʻqitish rejalashtirilgan? Rahmat",
    "Hi. I drive a cab in Moscow, 38 years old. Quick one: is migrating itself a human right, "
    "and how did that right develop over history? Thanks",
]
NOT_ANSWERED_BY_A_SENTENCE = [
    "Hi there, my cousin came back from Kazan last month. Who is allowed to join the I am an "
    "investor in my future project and where does he sign up? Thanks a lot",
]


ASKED_IN_A_CLAUSE = [
    "Ukam Turkiyada ishlaydi, oilasiga davlat qanday yordam beradi?",
]
THRESHOLDS = [Thresholds(), Thresholds(answer=75.0, clarify=70.0),
              Thresholds(answer=90.0, clarify=88.0), Thresholds(answer=50.0, clarify=45.0)]
"""The shipped rule's and others that move sentences in and out of "answered", as
calibration tries them on one analysis."""


def _eager(matcher: Matcher, text: str) -> Analysis:
    """An analysis with every reading scored up front, before any decision, by a matcher
    that remembers nothing yet (``conftest.fresh_memory``): not the lazy one's order."""
    a = fresh_memory(matcher).analyse(text)
    assert a.parts and a.clauses is not None
    return a


def _scored(a: Analysis, reading: str) -> bool:
    """Whether the lazy ``reading`` ("whole", "clauses") was scored."""
    return reading in vars(a) and getattr(a, f"score_{reading}") is not None


def _needed(matcher: Matcher, eager: Analysis, t: Thresholds) -> tuple[bool, bool]:
    """Whether the rule needs the whole message and the clauses under ``t``, as it was
    written before they were scored lazily (``settle``'s docstring): every reading judged
    up front, the whole message read when no sentence alone (or each of its joined
    questions) is answered, the clauses when neither is. Greetings and follow-ups are
    decided before any reading is judged."""
    r = eager.reading
    if r.small_talk in ("follow_up", "what_now") and not r.urgent or r.greeting_only:
        return False, False
    results = []
    for k, part in enumerate(eager.sentences):
        whole = matcher._judge(part, t)
        parts = eager.halves[k] if k < len(eager.halves) else ()
        halves = [matcher._judge(h, t) for h in parts]
        results += halves if matcher._documented(halves, whole, parts) else [whole]
    if eager.score_whole is not None:
        results.append(matcher._judge(eager.whole, t))
    sentence = any(v == "answer" for v, _, _ in results[:len(results) - (
        eager.score_whole is not None)])
    anything = any(v == "answer" for v, _, _ in results)
    return (eager.score_whole is not None and not sentence,
            eager.score_clauses is not None and not sentence and not anything)


@pytest.mark.parametrize("message", ANSWERED_BY_A_SENTENCE)
def test_a_sentence_answered_leaves_the_whole_and_the_clauses_unscored(
        matcher: Matcher, message: str) -> None:
    a = matcher.analyse(message)
    assert a.score_whole is not None and a.score_clauses is not None  # both could be read
    found = matcher.settle(a, matcher.settings.thresholds)
    assert found.decision == "answer"
    assert "whole" not in vars(a) and "clauses" not in vars(a)
    assert found == matcher.settle(_eager(matcher, message), matcher.settings.thresholds)


@pytest.mark.parametrize("message", NOT_ANSWERED_BY_A_SENTENCE)
def test_no_sentence_answered_reads_the_whole_and_the_clauses(
        matcher: Matcher, message: str) -> None:
    a = matcher.analyse(message)
    found = matcher.settle(a, matcher.settings.thresholds)
    assert found.decision != "answer"
    assert "whole" in vars(a) and "clauses" in vars(a)
    assert found == matcher.settle(_eager(matcher, message), matcher.settings.thresholds)


@pytest.mark.parametrize("message", ANSWERED_BY_A_SENTENCE + NOT_ANSWERED_BY_A_SENTENCE
                         + ASKED_IN_A_CLAUSE)
def test_a_lazy_reading_is_scored_exactly_when_the_rule_needs_it(matcher: Matcher,
                                                                 message: str) -> None:
    """Under each of several thresholds: the whole message and the clauses are scored when
    the rule written out above (``_needed``) reads them, and only then; the decision is
    the eager analysis's; and one analysis settled under each in turn, as calibration does,
    decides as a new one does."""
    eager = _eager(matcher, message)
    reused = matcher.analyse(message)
    for t in THRESHOLDS:
        lazy = matcher.analyse(message)
        found = matcher.settle(lazy, t)
        whole, clauses = _needed(matcher, eager, t)
        assert (_scored(lazy, "whole"), _scored(lazy, "clauses")) == (whole, clauses), t
        assert found == matcher.settle(eager, t) == matcher.settle(reused, t), t


JOINED_FIRST_UNDOCUMENTED = [
    "how is the weather in Tashkent and what is the Schengen agreement",
    "какая погода в Ташкенте и что такое Шенгенское соглашение",
    "Toshkentda ob-havo qanday va Shengen kelishuvi nima",
    "Тошкентда об-ҳаво қандай ва Шенген келишуви нима",
]
"""Two joined questions, the first not in the documents: the sentence is read whole."""
JOINED_BOTH_DOCUMENTED = [
    "what is the Schengen agreement and when was the ILO founded",
    "what is labour migration and why do people leave",
    "сколько перевели в 2024 году и что за соглашение с Германией?",
]


@pytest.mark.parametrize("message", JOINED_FIRST_UNDOCUMENTED)
def test_a_joined_question_after_an_undocumented_one_is_never_scored(
        matcher: Matcher, message: str) -> None:
    a = matcher.analyse(message)
    assert [len(h) for h in a.halves] == [2]
    found = matcher.settle(a, matcher.settings.thresholds)
    assert [h.scored for h in a.halves] == [1]
    assert (found.decision, found.best.entry_id) == ("answer", "coop-schengen")
    assert found == matcher.settle(_eager(matcher, message), matcher.settings.thresholds)


@pytest.mark.parametrize("message", JOINED_BOTH_DOCUMENTED + JOINED_FIRST_UNDOCUMENTED)
def test_joined_questions_decide_as_when_all_are_scored_first(matcher: Matcher,
                                                              message: str) -> None:
    """Under each threshold, as calibration tries them on one analysis: the lazy halves
    decide as halves all scored up front."""
    eager = _eager(matcher, message)
    list(map(list, eager.halves))  # every joined question scored before any decision
    assert all(h.scored == len(h) for h in eager.halves)
    reused = matcher.analyse(message)
    for t in THRESHOLDS:
        assert matcher.settle(matcher.analyse(message), t) == matcher.settle(eager, t) == (
            matcher.settle(reused, t)), t


@pytest.mark.parametrize("message", ANSWERED_BY_A_SENTENCE + NOT_ANSWERED_BY_A_SENTENCE)
def test_parts_are_the_sentences_then_the_whole_message(matcher: Matcher,
                                                        message: str) -> None:
    a = matcher.analyse(message)
    assert a.whole is not None
    assert a.parts == (*a.sentences, a.whole)


@pytest.mark.parametrize(("word", "concept"), [
    ("bad", "~harm"), ("polza", "~benefit"), ("hil", "~forms"),
])
def test_a_remembered_word_weighs_as_in_a_fresh_matcher(matcher: Matcher, word: str,
                                                        concept: str) -> None:
    """A word in a thesaurus phrase ("bad effects") counts for its concept too; the same
    word alone, asked after, does not."""
    used = fresh_memory(matcher)
    as_concept = used._coverage([word, "migration"], {word: concept})
    alone = used._coverage([word, "migration"])
    assert as_concept != alone
    assert alone == fresh_memory(matcher)._coverage([word, "migration"])
    assert used._coverage([word, "migration"], {word: concept}) == as_concept
    assert used._weighed_words  # remembered, and given back unchanged
