"""A question that asks only what a thing is: answered by the entry about that thing, never
by one that only mentions it (bot/definitions.py)."""

from __future__ import annotations

import pytest

from bot.definitions import Definitions
from bot.matcher import Matcher
from bot.text import clean, fold


@pytest.mark.parametrize("message", [
    # the documents use these words but define none of them (tester s9 and s10 finding 15)
    "What is GDP?", "что такое ВВП", "YaIM nima", "ЯИМ нима",
    "what is asylum", "что такое ксенофобия", "ksenofobiya nima",
    "what is globalisation", "что такое глобализация",
    "What is labour migration?",
    "что такое трудовая миграция",
])
def test_a_thing_an_entry_only_mentions_is_not_defined_by_it(matcher: Matcher,
                                                             message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "abstain"


@pytest.mark.parametrize("message", [
    # a sentence about the writer first: the message read whole, or a clause, would pick an
    # entry that only mentions the thing (the Strategy's, the ILO's "not given for Russia")
    "Работаю в Москве. Что такое трудовая миграция?",
    "я из ферганы, работаю в москве на стройке. что такое трудовая миграция? спасибо",
    "I work in Moscow on a construction site. What is labour migration?",
    "I work in Moscow. What is GDP?",
    "Moskvada qurilishda ishlayman. Globallashuv nima?",
    "Москвада ишлайман. ЯИМ нима?",
    "Rabotayu v Moskve. Chto takoe VVP?",
])
def test_a_thing_no_entry_defines_is_not_answered_after_a_sentence_about_the_writer(
        matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"


@pytest.mark.parametrize("message", [
    # ... but another sentence that asks is still matched with the message read whole
    # (review s16 finding 3)
    "what is a migrant? what rights does he have",
    "кто такой мигрант? какие у него права",
    "migrant kim? uning qanday huquqlari bor",
])
def test_a_definition_beside_another_question_does_not_sink_it(matcher: Matcher,
                                                               message: str) -> None:
    m = matcher.match(message)
    assert m.decision != "abstain" and m.candidates[0].entry_id == "law-migrant-rights-intl"


@pytest.mark.parametrize(("message", "entry"), [
    # what the documents are about, asked so, in every script
    ("what are remittances", "remit-definition"),
    ("what is diaspora", "diaspora-role"),
    ("what is IOM", "org-iom"),
    ("XMT nima", "org-ilo"),
    ("что такое климатические мигранты", "concept-environmental"),
    ("what is the Schengen agreement", "coop-schengen"),
    ("what are the types of migration", "concept-forms"),
    ("koʻp vektorli siyosat nima degani", "coop-multivector"),
    ("что такое реинтеграция", "strategy-reintegration"),
    ("what is a mahalla", "abroad-mahalla-system"),
    ("odam savdosi nima", "concept-illegal-trafficking"),
    ("what is UP-5785", "decree-up-5785"),
    ("what is the Belt and Road", "coop-multivector"),
    # the same after a sentence about the writer
    ("Работаю в Москве. Что такое МОМ?", "org-iom"),
    ("I work in Korea. What are remittances?", "remit-definition"),
    ("Rossiyada ishlayman. XMT nima?", "org-ilo"),
])
def test_a_thing_an_entry_is_about_is_answered(matcher: Matcher, message: str,
                                               entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", entry)


@pytest.mark.parametrize(("text", "asked"), [
    ("what is GDP", ("gdp",)),
    ("что такое ВВП", (fold("ВВП"),)),
    ("YaIM nima", (fold("YaIM"),)),
    ("how much money was sent in 2024", None),
])
def test_the_words_whose_meaning_is_asked(matcher: Matcher, text: str,
                                          asked: tuple[str, ...] | None) -> None:
    assert matcher.reader.meaning_asked(fold(clean(text)).split()) == asked


@pytest.mark.parametrize(("entries", "naming", "shared"), [
    (62, 8, False), (62, 9, True),            # the shipped base: more than 8, as before
    (5, 5, False),                            # a small base: never fewer than 8
    (10_000, 9, False), (10_000, 1_300, False), (10_000, 1_301, True),
])
def test_a_word_is_shared_by_its_share_of_the_entries(entries: int, naming: int,
                                                      shared: bool) -> None:
    """A word named by more than 13% of the entries' defining questions (at least 8)
    defines none of them, however large the base (review s10)."""
    definitions = Definitions.__new__(Definitions)
    definitions._keep([{"migration"} if i < naming else {f"word{i}"} for i in range(entries)])
    assert ("migration" in definitions._shared) is shared
