"""Matching's speed-ups never change a result: a long message's costlier readings are scored
only when the decision needs them (the whole message and the asking clauses, only when no
sentence alone is answered: ``Analysis.whole``, ``Analysis.clauses``), and what a question
word weighs is remembered per word and concept (``Index._weighed``)."""

from __future__ import annotations

import pytest

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


def _eager(matcher: Matcher, text: str) -> Analysis:
    """An analysis with every reading scored before the decision."""
    a = matcher.analyse(text)
    assert a.parts and a.clauses is not None
    return a


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
