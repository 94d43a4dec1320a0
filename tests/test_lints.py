"""Lints: each finds its problem on a small knowledge base, and stays quiet without it."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from bot import faithful, knowledge, lints
from bot.config import load_settings
from bot.matcher import Matcher
from tests.conftest import Command
from tests.test_knowledge import QUIZ, SOURCES, TOPIC, write_tree

TODAY = dt.date(2026, 11, 29)


def kb_of(tmp_path: Path, topic: str = TOPIC, quiz: str = QUIZ) -> knowledge.KnowledgeBase:
    return knowledge.load_or_raise(write_tree(tmp_path / "knowledge", SOURCES, topic, quiz))


def test_near_duplicates_name_both_entries_phrasings_and_score(tmp_path: Path) -> None:
    kb = kb_of(tmp_path, TOPIC.replace('"What is two?"', '"What is one??"'))
    [problem] = lints.near_duplicates(kb)
    assert problem.kind == "near-duplicate"
    assert "'demo-one' “What is one?”" in problem.message
    assert "'demo-two' “What is one??”" in problem.message
    assert "(score 100)" in problem.message


@pytest.mark.parametrize(("a", "b", "found"), [
    ("How do remittances affect families?", "How do remitances affect families?", True),
    ("How does migration affect sending countries?",
     "How does migration affect receiving countries?", False),
])
def test_near_duplicates_tell_spellings_from_other_words(tmp_path: Path, a: str, b: str,
                                                          found: bool) -> None:
    topic = TOPIC.replace('"What is one?"', f'"{a}"').replace('"What is two?"', f'"{b}"')
    assert bool(lints.near_duplicates(kb_of(tmp_path, topic))) is found


def test_self_match_finds_an_entry_its_phrasing_does_not_reach(tmp_path: Path) -> None:
    kb = kb_of(tmp_path, TOPIC.replace("[\"What is two?\", two please, two]",
                                       "[\"What is two?\", one please, two]"))
    shared = [p for p in lints.self_match(kb, Matcher(kb))
              if "'demo-two' is not found by its own phrasing “one please” (en)" in p.message]
    assert shared and shared[0].kind == "self-match"
    assert lints.self_match(kb, Matcher(kb), only=[]) == []


def test_self_match_is_quiet_on_the_shipped_knowledge(kb: knowledge.KnowledgeBase,
                                                      matcher: Matcher) -> None:
    assert lints.self_match(kb, matcher, only=list(kb.entries)[:5]) == []


def test_changed_entries_come_from_the_saved_fingerprints(tmp_path: Path) -> None:
    kb = kb_of(tmp_path)
    saved = {"entries": {"demo-one": lints.entry_hash(kb.entries["demo-one"]),
                         "demo-two": "000000000000"}}
    assert lints.changed_entries(kb, saved) == ["demo-two"]
    assert lints.changed_entries(kb, {"figures": {}}) is None


def test_too_long_measures_the_rendered_text_without_tags(tmp_path: Path) -> None:
    kb = kb_of(tmp_path)
    sizes = {"demo-one": 5000, "demo-two": 4000}

    def render(entry: knowledge.Entry, lang: str) -> str:
        return "<b>" + "x" * sizes[entry.id] + "</b>" + "&amp;" * 50

    [problem] = lints.too_long(kb, render, ["en"])
    assert problem.kind == "too-long" and "'demo-one' (en) renders to 5050 characters" in \
        problem.message


def test_untranslated_and_mixed_script_texts(tmp_path: Path) -> None:
    english = "One is one, and that is all there is to say."
    topic = (TOPIC.replace("en: One is one.", f"en: {english}")
             .replace("ru: Один есть один.", f"ru: {english}")
             .replace("uz: Ikki — bu ikki.", "uz: Ikki — bu икки."))
    kinds = sorted((p.kind, p.message.split(" (")[0]) for p in lints.translations(
        kb_of(tmp_path, topic)))
    assert kinds == [("script", "answer of 'demo-two'"),
                     ("translation", "answer of 'demo-one'")]


def test_quiz_option_facts_must_be_in_the_answer(tmp_path: Path) -> None:
    quiz = QUIZ.replace("{en: one, ru: один, uz: bir}",
                        "{en: one in 2024 by Tashkent, ru: один, uz: bir}")
    messages = [p.message for p in lints.quiz_facts(kb_of(tmp_path, quiz=quiz))]
    assert any("says “2024”" in m for m in messages) and any("“Tashkent”" in m for m in messages)
    negated = quiz.replace('{en: "One?"', '{en: "Which is NOT one?"')
    assert lints.quiz_facts(kb_of(tmp_path / "b", quiz=negated)) == []


def test_glossary_rejected_forms_in_texts_and_catalogs(tmp_path: Path) -> None:
    terms = [{"en": "one", "ru": "единица", "uz": "bir",
              "reject": {"ru": ["Один есть"], "uz": [], "en": []}}]
    kb = kb_of(tmp_path)
    [in_text] = lints.glossary(kb, terms)
    assert in_text.kind == "glossary" and "answer of 'demo-one' (ru) uses “Один есть”" in \
        in_text.message and "write “единица”" in in_text.message
    [in_catalog] = lints.glossary(kb, terms, {"ru": [("messages.po", "Один есть тут", 7)]}
                                  ) [1:]
    assert str(in_catalog).startswith("messages.po:7: interface message (ru)")


@pytest.mark.parametrize(("reviewed", "due"), [
    (None, True), (dt.date(2025, 11, 29), True), (dt.date(2025, 11, 30), False),
    (dt.date(2026, 11, 1), False),
])
def test_review_due_after_the_months(tmp_path: Path, reviewed: dt.date | None,
                                     due: bool) -> None:
    topic = TOPIC if reviewed is None else TOPIC.replace(
        "    related: [demo-two]\n", f"    related: [demo-two]\n    reviewed: {reviewed}\n")
    problems = [p for p in lints.review_due(kb_of(tmp_path, topic), 12, TODAY)
                if "'demo-one'" in p.message]
    assert bool(problems) is due
    assert all(p.kind == "review" for p in problems)


@pytest.mark.parametrize(("phrases", "warned"), [
    (None, True),  # no phrases.yaml: the bot would read no danger
    ("", True),  # an empty one, the same
    ("set_aside:\n  greeting:\n    en: [hello]\n", True),  # greetings, but no danger
    ("urgent: [passport taken]\n", False),
    ("urgent_pleas: [help me]\n", False),
])
def test_a_folder_without_phrases_is_warned_of(tmp_path: Path, phrases: str | None,
                                               warned: bool) -> None:
    root = write_tree(tmp_path / "knowledge", SOURCES, TOPIC, QUIZ)
    if phrases is not None:
        (root / "phrases.yaml").write_text(phrases, encoding="utf-8")
    problems = lints.phrases_missing(knowledge.load_or_raise(root))
    assert [p.kind for p in problems] == ["phrases"] * warned
    assert all("no protection reply" in p.message and p.file == "phrases.yaml"
               for p in problems)


def check(command: Command, root: Path, *args: str,
          env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return command("check", *args, env={"KNOWLEDGE_DIR": str(root), **(env or {})})


DOCUMENT = """\
**Two** is the number after one. It is
also the first even number, No. UP-

4947 of 2017 says so; one is one.
"""


@pytest.mark.parametrize(("quote", "flagged"), [
    ("one is one", []),
    ("Two is the number after one", []),  # Markdown marks of the document ignored
    ("It is also the first even number", []),  # line breaks are spaces
    ("No. UP-4947 of 2017", []),  # a word broken at a hyphen across lines
    ("Two is ... the first even number", []),  # "..." leaves words out
    ("Two is … the first even number", []),
    ("“Two” is the number after one", []),  # quotation marks are not the document's words
    ("Two is the number after zero", ["Two is the number after zero"]),
    ("Two is ... the first odd number", ["the first odd number"]),
    ("two is the number after one", ["two is the number after one"]),  # case is kept
])
def test_quotes_must_be_word_for_word_in_their_document(tmp_path: Path, quote: str,
                                                         flagged: list[str]) -> None:
    kb = kb_of(tmp_path, TOPIC.replace("quote: two is two", f"quote: {quote}"))
    problems = faithful.quotes(kb, {"doc-a": DOCUMENT})
    assert [p.kind for p in problems] == ["quote"] * len(flagged)
    assert [p.message.split("“")[1].split("”")[0] for p in problems] == flagged
    assert all(p.file.endswith("faq/demo.yaml") and p.line > 0 for p in problems)


@pytest.mark.parametrize(("answer", "flagged"), [
    ("Two, as in UP-4947 of 2017.", []),
    ("Two; see No. UP 4947.", []),  # the same digits, written another way
    ("Two; call 1234 for help.", ["1234"]),
    ("Two, since 2023 and 2017.", ["2023"]),
])
def test_numbers_in_answers_must_be_in_the_cited_document(tmp_path: Path, answer: str,
                                                           flagged: list[str]) -> None:
    kb = kb_of(tmp_path, TOPIC.replace("en: Two is two.", f"en: {answer}"))
    problems = faithful.numbers(kb, {"doc-a": DOCUMENT})
    assert [p.message.split("“")[1].split("”")[0] for p in problems] == flagged
    assert all(p.kind == "number" and "'demo-two' (en)" in p.message for p in problems)


def test_every_shipped_quote_and_number_is_in_its_document(
        kb: knowledge.KnowledgeBase) -> None:
    documents = faithful.read_documents(kb, load_settings({}).documents_dir)
    assert documents is not None and set(documents) == set(kb.sources)
    assert faithful.quotes(kb, documents) == []
    assert faithful.numbers(kb, documents) == []


def test_check_skips_the_quote_lint_when_the_documents_are_absent(tmp_path: Path,
                                                                  command: Command) -> None:
    root = write_tree(tmp_path / "knowledge", SOURCES, TOPIC, QUIZ)
    missing = check(command, root, env={"DOCUMENTS_DIR": str(tmp_path / "nowhere")})
    assert missing.returncode == 0
    assert "quote lint skipped: the documents are not there (DOCUMENTS_DIR)" in missing.stdout
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("one is one\n", encoding="utf-8")
    present = check(command, root, env={"DOCUMENTS_DIR": str(tmp_path / "docs")})
    assert "the quote of 'demo-two' from 'doc-a' has “two is two”" in present.stderr


def test_strict_turns_lints_into_errors_but_not_review_dates(tmp_path: Path,
                                                             command: Command) -> None:
    root = write_tree(tmp_path / "knowledge", SOURCES,
                      TOPIC.replace('"What is two?"', '"What is one??"'), QUIZ)
    plain = check(command, root)
    assert plain.returncode == 0
    assert "near-duplicates (score 100); reword one or merge the entries (warning)" in \
        plain.stderr
    assert "has never been checked against its documents (no 'reviewed:' date) (warning)" \
        in plain.stderr
    strict = check(command, root, "--strict")
    assert strict.returncode == 1
    assert "near-duplicates (score 100); reword one or merge the entries\n" in strict.stderr
    assert "(no 'reviewed:' date) (warning)" in strict.stderr


def test_due_lists_only_the_entries_due(tmp_path: Path, command: Command) -> None:
    topic = TOPIC.replace("    related: [demo-two]\n",
                          f"    related: [demo-two]\n    reviewed: {dt.date.today()}\n")
    proc = check(command, write_tree(tmp_path / "knowledge", SOURCES, topic, QUIZ), "--due")
    assert proc.returncode == 0
    assert proc.stdout.splitlines() == [
        "knowledge/faq/demo.yaml:18: 'demo-two' has never been checked against its documents "
        "(no 'reviewed:' date)",
        "1 entries due for review (REVIEW_MONTHS=12)"]
