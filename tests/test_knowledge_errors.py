"""Every kind of knowledge problem not tested elsewhere, with its file, line and words.

The loader reads with yaml-rs first and again with PyYAML when it finds an error, and
finds a record's line only when it is reported: each message must come out whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import knowledge
from bot.knowledge import loader
from tests.test_knowledge import QUIZ, SOURCES, TOPIC, write_tree

ANSWER_TWO = ("    answer:\n      en: Two is two.\n      ru: Два есть два.\n"
              "      uz: Ikki — bu ikki.\n")
SOURCES_TWO = "    sources:\n      - {doc: doc-a, quote: two is two}\n"


def _topic(old: str, new: str) -> dict[str, str]:
    assert old in TOPIC
    return {"topic": TOPIC.replace(old, new, 1)}


# (what is wrong, the files written, every problem expected in full or by its start)
ERRORS = [
    ("entry of another topic", _topic("  - id: demo-one\n", "  - id: demo-one\n    topic: other\n"),
     ["knowledge/faq/demo.yaml:6: entry 'demo-one' says topic 'other' but is in the file of "
      "topic 'demo'; move it or fix the topic"]),
    ("unknown answer language", _topic("      uz: Bir — bu bir.\n",
                                       "      uz: Bir — bu bir.\n      de: Eins.\n"),
     ["knowledge/faq/demo.yaml:14: answer of 'demo-one' has an unknown language 'de'; use en, "
      "ru, uz (the others are generated)"]),
    ("questions without a language", _topic('      uz: ["Bir nima?", bir, bir haqida]\n', ""),
     ["knowledge/faq/demo.yaml:7: questions of 'demo-one' need a list for 'uz'"]),
    ("unknown question language", _topic('      uz: ["Bir nima?", bir, bir haqida]\n',
                                         '      uz: ["Bir nima?", bir, bir haqida]\n'
                                         "      de: [eins, ein, eine]\n"),
     ["knowledge/faq/demo.yaml:10: questions of 'demo-one' have an unknown language 'de'"]),
    ("related to itself", _topic("related: [demo-two]", "related: [demo-one]"),
     ["knowledge/faq/demo.yaml:16: 'demo-one' lists itself as related"]),
    ("id not an id", _topic("  - id: demo-two\n", "  - id: Demo_Two\n"),
     ["knowledge/faq/demo.yaml:17: 'id' of entry 'Demo_Two' must be a short id of lowercase "
      "letters, digits and '-', found 'Demo_Two'",
      "knowledge/faq/demo.yaml:16: 'demo-one' lists related id 'demo-two', which is not an "
      "entry; fix or remove it"]),
    ("no sources", _topic(SOURCES_TWO, "    sources: []\n"),
     ["knowledge/faq/demo.yaml:26: 'sources' of entry 'demo-two' needs at least 1 item"]),
    ("answer not a mapping", _topic(ANSWER_TWO, "    answer: Two.\n"),
     ["knowledge/faq/demo.yaml:22: 'answer' of entry 'demo-two' must be a mapping (key: value "
      "lines), found the text 'Two.'"]),
    ("quiz of no topic", {"quiz": QUIZ.replace("topic: demo", "topic: other")},
     ["knowledge/quiz/demo.yaml:3: quiz item 'quiz-demo-one' is in topic 'other' but its entry "
      "'demo-one' is in 'demo'",
      "knowledge/quiz/demo.yaml:1: quiz topic 'other' has no FAQ topic file"]),
    ("long quiz question", {"quiz": QUIZ.replace('en: "One?"', "en: " + "q" * 301)},
     ["knowledge/quiz/demo.yaml:5: question of 'quiz-demo-one' (en) has 301 characters; "
      "Telegram allows at most 300"]),
    ("long option", {"quiz": QUIZ.replace("{en: one,", "{en: " + "o" * 101 + ",")},
     ["knowledge/quiz/demo.yaml:7: option 1 of 'quiz-demo-one' (en) has 101 characters; "
      "Telegram allows at most 100"]),
    ("impossible date", _topic("    related: [demo-two]\n",
                               "    related: [demo-two]\n    reviewed: 2026-02-30\n"),
     ["knowledge/faq/demo.yaml:17: not a valid value: day is out of range for month; check "
      "the date or number on this line, or quote it if it is text",
      "knowledge/quiz/demo.yaml:3: quiz item 'quiz-demo-one' tests entry 'demo-one', which "
      "does not exist",
      "knowledge/quiz/demo.yaml:1: quiz topic 'demo' has no FAQ topic file"]),
    ("untitled source without a subject",
     {"sources": SOURCES.replace("    title: A document\n", "    missing: [title]\n")},
     ["knowledge/sources.yaml:2: untitled source 'doc-a' needs a 'subject:' line so readers "
      "can tell which document it is"]),
]


@pytest.mark.parametrize("fast_from", [0, loader.FAST_FROM], ids=["yaml-rs", "PyYAML"])
@pytest.mark.parametrize(("name", "files", "expected"), ERRORS, ids=[e[0] for e in ERRORS])
def test_each_problem_is_reported_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        name: str, files: dict[str, str], expected: list[str],
                                        fast_from: int) -> None:
    """Read first with yaml-rs (every file, as a large one) or with PyYAML alone."""
    monkeypatch.setattr(loader, "FAST_FROM", fast_from)
    result = knowledge.load(write_tree(tmp_path / "knowledge", **files))
    assert result.kb is None
    assert [str(p) for p in result.errors] == expected


def test_a_file_that_is_no_utf8(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "knowledge")
    (root / "faq" / "demo.yaml").write_bytes(b"topic:\n  id: d\xe9mo\n")
    result = knowledge.load(root)
    assert [str(p) for p in result.errors][:1] == [
        "knowledge/faq/demo.yaml:1: is not UTF-8 text (invalid continuation byte); save it "
        "as UTF-8"]


def test_missing_files_and_a_topic_defined_twice(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "knowledge")
    (root / "faq" / "other.yaml").write_text(
        "topic:\n  id: demo\n  title: {en: A, ru: Б, uz: C}\nentries:\n  - {id: other-one}\n",
        encoding="utf-8")
    (root / "sources.yaml").unlink()
    errors = [str(p) for p in knowledge.load(root).errors]
    assert errors[0] == "knowledge/sources.yaml:1: is missing; it lists the source documents"
    assert "knowledge/faq/other.yaml:2: topic 'demo' is also defined in knowledge/faq/demo.yaml" \
        in errors
    for path in (root / "faq").iterdir():
        path.unlink()
    assert "knowledge/faq:1: has no entries; add topic files" in [
        str(p) for p in knowledge.load(root).errors]


def test_a_wrong_apostrophe_is_a_warning_at_its_line(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "knowledge", **_topic("uz: Bir — bu bir.", "uz: Bo'lim bir."))
    result = knowledge.load(root)
    assert result.errors == []
    assert [str(p) for p in result.warnings] == [
        "knowledge/faq/demo.yaml:13: answer of 'demo-one' 'uz' uses \"'\"; write oʻ/gʻ with ʻ "
        "(U+02BB) and the separation mark with ʼ (U+02BC)"]


def test_an_answer_given_twice_is_warned_about_at_both_lines(tmp_path: Path) -> None:
    """A map of texts read before is not read again, unless it had a problem."""
    topic = TOPIC.replace("uz: Bir — bu bir.", "uz: Bo'lim bir.").replace(
        "en: Two is two.\n      ru: Два есть два.\n      uz: Ikki — bu ikki.",
        "en: One is one.\n      ru: Один есть один.\n      uz: Bo'lim bir.")
    result = knowledge.load(write_tree(tmp_path / "knowledge", topic=topic))
    assert result.errors == []
    assert [(p.line, p.message[:30]) for p in result.warnings] == [
        (13, "answer of 'demo-one' 'uz' uses"), (25, "answer of 'demo-two' 'uz' uses")]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ('uz: ["Bir nima?", bir, bir haqida]', 'uz: ["Bir nima?", bo\'lim, bir haqida]',
     ["knowledge/faq/demo.yaml:9: question of 'demo-one' 'uz' uses \"'\""]),
    ('uz: ["Bir nima?", bir, bir haqida]', 'uz: ["Bir nima?", bir, "«Guide to the Rules» haqida"]',
     ["knowledge/faq/demo.yaml:9: question of 'demo-one' 'uz' quotes “Guide to the Rules”, which "
      "looks English"]),
    ("uz: Bir — bu bir.", "uz: \"Bir — “Guide to the Rules”.\"",
     ["knowledge/faq/demo.yaml:13: answer of 'demo-one' 'uz' quotes “Guide to the Rules”, which "
      "looks English"]),
    ('uz: ["Bir nima?", bir, bir haqida]', 'uz: ["Bir nima?", bir, "«Birinchi» haqida"]', []),
])
def test_uzbek_questions_and_answers_are_checked_for_marks_and_titles(
        tmp_path: Path, old: str, new: str, expected: list[str]) -> None:
    result = knowledge.load(write_tree(tmp_path / "knowledge", **_topic(old, new)))
    assert result.errors == []
    found = [str(p) for p in result.warnings]
    assert len(found) == len(expected)
    assert all(f.startswith(e) for f, e in zip(found, expected, strict=True))
