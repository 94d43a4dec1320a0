"""The matcher: accuracy on the labelled set, every entry reachable, odd input survives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation import evaluate, load_labelled, unknown_ids
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher
from bot.text import LANGS

QUERIES = Path(__file__).parent / "data" / "queries.yaml"
ACCURACY = 0.90
ABSTENTION = 0.85


@pytest.fixture(scope="module")
def report(matcher: Matcher):  # noqa: ANN201
    return evaluate(matcher, load_labelled(QUERIES))


def test_labelled_set_is_big_and_balanced(matcher: Matcher) -> None:
    items = load_labelled(QUERIES)
    assert len(items) >= 250
    assert sum(i.expect is None for i in items) >= 40
    assert unknown_ids(matcher, items) == []
    for lang in LANGS:
        assert sum(i.lang == lang for i in items) >= 40, lang


@pytest.mark.parametrize("lang", LANGS)
def test_accuracy_per_language(report, lang: str) -> None:  # noqa: ANN001
    assert report.accuracy(lang) >= ACCURACY, report.format()


def test_out_of_scope_abstention(report) -> None:  # noqa: ANN001
    assert report.abstention() >= ABSTENTION, report.format()


def test_every_entry_is_found_by_its_own_questions(kb: KnowledgeBase, matcher: Matcher) -> None:
    """Walks every entry in every language: its phrasings must lead to it."""
    lost = []
    for entry in kb.entries.values():
        for lang in LANGS:
            for q in entry.questions[lang]:
                m = matcher.match(q)
                if not m.candidates or entry.id not in [c.entry_id for c in m.candidates]:
                    lost.append((entry.id, lang, q, m.decision,
                                 [c.entry_id for c in m.candidates]))
    assert lost == []


@pytest.mark.parametrize(("query", "entry"), [
    ("UP-5785", "decree-up-5785"),
    ("ПФ-5785", "decree-up-5785"),
    ("pf 5785", "decree-up-5785"),
    ("УП 4947", "decree-up-4947"),
    ("PQ-4829", "decree-pp-4829"),
    ("ПП-4829 о чём", "decree-pp-4829"),
    ("Konstitutsiya 23-modda", "law-article-23"),
    ("статья 23 конституции", "law-article-23"),
    ("Schengen", "coop-schengen"),
    ("шенген", "coop-schengen"),
    ("migration.uz", "org-agency"),
    ("Global Compact 2018", "org-global-compact"),
])
def test_names_and_numbers_find_their_entry(matcher: Matcher, query: str, entry: str) -> None:
    m = matcher.match(query)
    assert m.decision == "answer", m
    assert m.best is not None and m.best.entry_id == entry


@pytest.mark.parametrize("query", [
    "", "   ", "\n\t", "😀😀😀", "🇺🇿" * 500, "x" * 10_000, "Ўзбекистон " * 2000,
    "\x00\x01\x1b[31mred\x1b[0m", "<b>bold</b> & <script>", "?!...,,,", "1234567890",
    "Ўзбекистон migrant денег 2024 ☃", "\u202eevil\u202c", "a", "مهاجرت", "移民",
])
def test_odd_input_gets_a_decision_not_an_exception(matcher: Matcher, query: str) -> None:
    m = matcher.match(query)
    assert m.decision in ("answer", "clarify", "abstain")
    assert len(m.query) <= matcher.settings.max_query_chars


@pytest.mark.parametrize("query", ["", "   ", "😀😀😀", "\x00\x01", "?!...", "hello", "Салом"])
def test_nothing_to_match_abstains(matcher: Matcher, query: str) -> None:
    assert matcher.match(query).decision == "abstain"


@pytest.mark.parametrize(("query", "lang"), [
    ("How much money did migrants send home in 2024?", "en"),
    ("Сколько денег мигранты перевели в 2024 году?", "ru"),
    ("skolko deneg perevodyat migranty", "ru"),
    ("2024-yilda migrantlar qancha pul oʻtkazgan?", "uz"),
    ("2024 йилда мигрантлар қанча пул ўтказган?", "uz-Cyrl"),
])
def test_language_of_the_question_is_detected(matcher: Matcher, query: str, lang: str) -> None:
    assert matcher.match(query).lang == lang
