"""The agreed YAML shape's optional fields: reviewed, direct, not_covered, facts, uz-Cyrl
overrides, section + quote source references and translated source titles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot import knowledge
from bot.wording import document_line
from tests.conftest import Command
from tests.test_knowledge import QUIZ, SOURCES, TOPIC, write_tree

EXTRA = """\
    reviewed: 2026-01-15
    direct: {en: One is one., ru: Один — это один., uz: Bir — bu bir.}
    not_covered: [the fee, срок]
    facts: {numbers: ["1"], places: [Tashkent], bodies: []}
"""
OVERRIDE = "      uz-Cyrl: {{text: Бир — бу бир., from: {sha}}}\n"


def with_extra(extra: str = EXTRA) -> str:
    return TOPIC.replace("    related: [demo-two]\n", "    related: [demo-two]\n" + extra, 1)


def test_optional_fields_are_read(tmp_path: Path) -> None:
    result = knowledge.load(write_tree(tmp_path / "knowledge", topic=with_extra()))
    assert result.errors == [], result.errors
    one, two = result.kb.entries["demo-one"], result.kb.entries["demo-two"]
    assert one.reviewed == dt.date(2026, 1, 15) and two.reviewed is None
    assert one.direct["ru"] == "Один — это один." and one.direct["uz-Cyrl"] == "Бир — бу бир."
    assert two.direct is None
    assert one.not_covered == ("the fee", "срок")
    assert one.facts == {"numbers": ("1",), "places": ("Tashkent",), "bodies": ()}


@pytest.mark.parametrize(("answer", "sizes"), [
    ("Two lists, four strengths and four threats.", (4,)),
    ("It names 3 obstacles and five proposals.", (3, 5)),
])
def test_list_sizes_said_by_the_answer_are_read(tmp_path: Path, answer: str,
                                                sizes: tuple[int, ...]) -> None:
    topic = with_extra(f"    list_sizes: {[str(n) for n in sizes]}\n".replace("'", '"')).replace(
        "      en: One is one.\n", f"      en: {answer}\n", 1)
    result = knowledge.load(write_tree(tmp_path / "knowledge", topic=topic))
    assert result.errors == [], result.errors
    assert result.kb.entries["demo-one"].list_sizes == sizes
    assert result.kb.entries["demo-two"].list_sizes == ()


def test_section_and_quote(tmp_path: Path) -> None:
    kb = knowledge.load_or_raise(write_tree(tmp_path / "knowledge"))
    [one] = kb.entries["demo-one"].sources
    [two] = kb.entries["demo-two"].sources
    assert one.quote == "one is one" and one.section["ru"] == "Часть 1"
    assert one.section["uz-Cyrl"] == "1-қисм"
    assert one.where("en") == "Part 1: “one is one”"
    assert two.section is None and two.where("ru") == "“two is two”"


def test_translated_source_titles(tmp_path: Path) -> None:
    sources = SOURCES + ("    title_tr: {en: A document, ru: Документ, uz: Hujjat}\n"
                         "    affiliation_tr: {en: A school, ru: Школа, uz: Maktab}\n"
                         "    venue: Not named\n"
                         "    venue_tr: {en: Not named, ru: Не назван, uz: Nomi yoʻq}\n")
    kb = knowledge.load_or_raise(write_tree(tmp_path / "knowledge", sources=sources))
    src = kb.sources["doc-a"]
    assert src.title_tr["ru"] == "Документ" and src.title_tr["uz-Cyrl"] == "Ҳужжат"
    assert src.affiliation_tr["uz"] == "Maktab"
    assert document_line(src, "ru").endswith(", Не назван, 2025")
    assert document_line(src, "uz-Cyrl").endswith(", Номи йўқ, 2025")
    assert document_line(src, "en").endswith(", Not named, 2025")


@pytest.mark.parametrize(("issue", "ending"), [
    ("Том 2, Выпуск 5, 31 Май", ", Journal, Том 2, Выпуск 5, 31 Май, 2025"),
    # a year the issue already gives is not said twice
    ("Volume 11, Issue 6, June 2025", ", Journal, Volume 11, Issue 6, June 2025"),
])
def test_the_document_line_gives_the_issue(tmp_path: Path, issue: str, ending: str) -> None:
    sources = SOURCES + f"    venue: Journal\n    issue: \"{issue}\"\n"
    kb = knowledge.load_or_raise(write_tree(tmp_path / "knowledge", sources=sources))
    assert document_line(kb.sources["doc-a"], "en").endswith(ending)


def test_cyrillic_override_wins_and_records_the_latin(tmp_path: Path) -> None:
    sha = knowledge.latin_hash("Bir — bu bir.")
    topic = TOPIC.replace("      uz: Bir — bu bir.\n",
                          "      uz: Bir — bu bir.\n" + OVERRIDE.format(sha=sha))
    result = knowledge.load(write_tree(tmp_path / "knowledge", topic=topic))
    assert result.errors == [] and result.warnings == []
    assert result.kb.entries["demo-one"].answer["uz-Cyrl"] == "Бир — бу бир."
    assert result.kb.entries["demo-two"].answer["uz-Cyrl"] == "Икки — бу икки."


def test_cyrillic_override_warns_when_the_latin_changed(tmp_path: Path) -> None:
    topic = TOPIC.replace("      uz: Bir — bu bir.\n",
                          "      uz: Bir — bu bir.\n" + OVERRIDE.format(sha="00000000"))
    result = knowledge.load(write_tree(tmp_path / "knowledge", topic=topic))
    assert result.errors == []
    [warning] = result.warnings
    assert str(warning).startswith("knowledge/faq/demo.yaml:14: ")
    assert f"from: {knowledge.latin_hash('Bir — bu bir.')}" in warning.message


# (what to write, expected line, words the message must contain)
BAD = [
    ("    reviewed: last week\n", 17, "YYYY-MM-DD"),
    ("    reviewed: 2999-01-01\n", 17, "in the future"),
    ("    direct: {en: " + "x" * 201 + ", ru: a, uz: b}\n", 17, "at most 200"),
    ("    direct: {en: a, ru: b}\n", 17, "has no 'uz' text"),
    ("    not_covered: the fee\n", 17,
     "'not_covered' of entry 'demo-one' must be a list like [a, b], found the text 'the fee'"),
    ("    facts: {numbers: [], towns: [Tashkent]}\n", 17,
     "unknown field 'towns'; remove it, or use one of: numbers, places, bodies"),
    ("    reviwed: 2026-01-01\n", 17, "unknown field 'reviwed'; did you mean 'reviewed'?"),
    # a list's size must be one the English answer says ("One is one." says none of 2 up)
    ("    list_sizes: [\"4\"]\n", 17, "list_sizes of 'demo-one' gives 4, which its English answer"),
    ("    list_sizes: [\"1\"]\n", 17, "list_sizes"),
    ("    list_sizes: four\n", 17, "must be a list like"),
]


@pytest.mark.parametrize(("extra", "line", "words"), BAD, ids=[b[2][:30] for b in BAD])
def test_bad_optional_fields(tmp_path: Path, extra: str, line: int, words: str) -> None:
    result = knowledge.load(write_tree(tmp_path / "knowledge", topic=with_extra(extra)))
    messages = [str(p) for p in result.errors]
    assert any(m.startswith(f"knowledge/faq/demo.yaml:{line}: ") and words in m
               for m in messages), messages


@pytest.mark.parametrize(("old", "new", "words"), [
    ("{doc: doc-a, quote: two is two}", "{doc: doc-a, where: page 2}", "two fields"),
    ("{doc: doc-a, quote: two is two}", "{doc: doc-a, quote: two, page: 2}",
     "unknown field 'page'"),
    ("{doc: doc-a, quote: two is two}", "{doc: doc-a}", "has no 'quote'; add a line"),
])
def test_bad_source_references(tmp_path: Path, old: str, new: str, words: str) -> None:
    result = knowledge.load(write_tree(tmp_path / "knowledge", topic=TOPIC.replace(old, new)))
    messages = [str(p) for p in result.errors]
    assert any(m.startswith("knowledge/faq/demo.yaml:27: ") and words in m
               for m in messages), messages


def test_unknown_quiz_keys_are_errors(tmp_path: Path) -> None:
    quiz = QUIZ.replace("    entry: demo-one\n", "    entry: demo-one\n    hint: no\n")
    result = knowledge.load(write_tree(tmp_path / "knowledge", quiz=quiz))
    assert [str(p) for p in result.errors] == [
        "knowledge/quiz/demo.yaml:5: quiz item 'quiz-demo-one' has an unknown field 'hint'; remove "
        "it, or use one of: id, entry, reviewed, question, options, explanation"]


# The bad keys the maintainers' issue quotes, each reported with its file and line.
SOURCE_BAD = [
    ("    yaer: 2025\n", 6,
     "source 'doc-a' has an unknown field 'yaer'; did you mean 'year'?"),
    ("    missing: title\n", 6,
     "'missing' of source 'doc-a' must be a list like [a, b], found the text 'title'"),
    ("    missing: [titel]\n", 6, "'missing' of source 'doc-a' lists 'titel'; use 'title', "),
    ("    year: '2025'\n", 6, "'year' of source 'doc-a' must be a whole number like 2025"),
    ("    venue: [a, b]\n", 6, "'venue' of source 'doc-a' must be non-empty text, found a list"),
]


@pytest.mark.parametrize(("extra", "line", "words"), SOURCE_BAD,
                         ids=[b[0].strip() for b in SOURCE_BAD])
def test_bad_source_keys(tmp_path: Path, extra: str, line: int, words: str) -> None:
    sources = SOURCES.replace("    year: 2025\n", "") + extra
    result = knowledge.load(write_tree(tmp_path / "knowledge", sources=sources))
    assert result.kb is None
    messages = [str(p) for p in result.errors]
    assert messages[0].startswith(f"knowledge/sources.yaml:{line}: {words}"), messages
    assert len(messages) == 1, messages


def test_source_language_is_a_field(tmp_path: Path) -> None:
    sources = SOURCES + "    language: Uzbek, with abstracts in Russian and English\n"
    kb = knowledge.load_or_raise(write_tree(tmp_path / "knowledge", sources=sources))
    assert kb.sources["doc-a"].language == "Uzbek, with abstracts in Russian and English"


def test_check_prints_the_bad_key_with_its_line(tmp_path: Path, command: Command) -> None:
    root = write_tree(tmp_path / "knowledge", sources=SOURCES + "    yaer: 2025\n")
    proc = command("check", env={"KNOWLEDGE_DIR": str(root)})
    assert proc.returncode == 1
    assert ("knowledge/sources.yaml:7: source 'doc-a' has an unknown field 'yaer'; "
            "did you mean 'year'?") in proc.stderr
