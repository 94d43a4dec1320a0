"""The knowledge loader: the shipped files are clean; broken files get file:line and advice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import knowledge, translit
from bot.devtools.synthetic import minimum_size, salted_knowledge
from bot.text import LANGS
from bot.translit import keep_pattern, to_cyrillic
from bot.yamlread import read_yaml
from tests.conftest import KNOWLEDGE, Command

SOURCES = """\
sources:
  - id: doc-a
    file: a.txt
    title: A document
    authors: [Someone]
    year: 2025
"""

TOPIC = """\
topic:
  id: demo
  title: {en: Demo, ru: Демо, uz: Namuna}
entries:
  - id: demo-one
    questions:
      en: ["What is one?", one please, one]
      ru: ["Что такое один?", один, один пожалуйста]
      uz: ["Bir nima?", bir, bir haqida]
    answer:
      en: One is one.
      ru: Один есть один.
      uz: Bir — bu bir.
    sources:
      - {doc: doc-a, section: {en: Part 1, ru: Часть 1, uz: 1-qism}, quote: one is one}
    related: [demo-two]
  - id: demo-two
    questions:
      en: ["What is two?", two please, two]
      ru: ["Что такое два?", два, два пожалуйста]
      uz: ["Ikki nima?", ikki, ikki haqida]
    answer:
      en: Two is two.
      ru: Два есть два.
      uz: Ikki — bu ikki.
    sources:
      - {doc: doc-a, quote: two is two}
"""

QUIZ = """\
topic: demo
items:
  - id: quiz-demo-one
    entry: demo-one
    question: {en: "One?", ru: "Один?", uz: "Bir?"}
    options:
      - {en: one, ru: один, uz: bir}
      - {en: two, ru: два, uz: ikki}
      - {en: three, ru: три, uz: uch}
    explanation: {en: It is one., ru: Это один., uz: Bu bir.}
"""


def write_tree(root: Path, sources: str = SOURCES, topic: str = TOPIC,
               quiz: str = QUIZ) -> Path:
    (root / "faq").mkdir(parents=True)
    (root / "quiz").mkdir()
    (root / "sources.yaml").write_text(sources, encoding="utf-8")
    (root / "faq" / "demo.yaml").write_text(topic, encoding="utf-8")
    (root / "quiz" / "demo.yaml").write_text(quiz, encoding="utf-8")
    return root


def test_shipped_knowledge_is_clean() -> None:
    result = knowledge.load(KNOWLEDGE)
    assert result.errors == []
    assert result.kb is not None
    assert len(result.kb.entries) >= 60
    assert len(result.kb.quiz) >= 80
    assert len(result.kb.sources) == 5


def test_every_entry_has_every_language(kb: knowledge.KnowledgeBase) -> None:
    for entry in kb.entries.values():
        for lang in LANGS:
            assert len(entry.questions[lang]) >= knowledge.MIN_QUESTIONS, (entry.id, lang)
            assert entry.answer[lang].strip(), (entry.id, lang)
            assert len(entry.answer[lang]) <= knowledge.MAX_ANSWER, (entry.id, lang)


def test_every_topic_has_quiz_items(kb: knowledge.KnowledgeBase) -> None:
    assert {q.topic for q in kb.quiz.values()} == set(kb.topics)


def test_generated_cyrillic_has_no_latin_words(kb: knowledge.KnowledgeBase) -> None:
    entry = next(iter(kb.entries.values()))
    assert entry.answer["uz-Cyrl"] != entry.answer["uz"]
    assert not any("a" <= ch <= "z" for ch in entry.questions["uz-Cyrl"][0].lower())


def test_minimal_tree_loads(tmp_path: Path) -> None:
    result = knowledge.load(write_tree(tmp_path / "knowledge"))
    assert result.errors == [], result.errors
    assert set(result.kb.entries) == {"demo-one", "demo-two"}
    assert result.kb.entries["demo-one"].topic == "demo"
    assert result.kb.quiz["quiz-demo-one"].options[0]["uz-Cyrl"] == "бир"


# (what to break, file, expected line, words the message must contain)
BROKEN = [
    ("syntax", "faq/demo.yaml", 6, "YAML syntax error"),
    ("missing language", "faq/demo.yaml", 11, "has no 'uz' text"),
    ("duplicate id", "faq/demo.yaml", 17, "already used"),
    ("unknown source", "faq/demo.yaml", 15, "unknown source 'doc-x'"),
    ("unknown related", "faq/demo.yaml", 16, "related id 'demo-nine'"),
    ("too few questions", "faq/demo.yaml", 7, "at least 3 phrasings"),
    ("long answer", "faq/demo.yaml", 11, "shorten it"),
    ("duplicate key", "faq/demo.yaml", 12, "appears twice"),
    ("comma in flow mapping", "quiz/demo.yaml", 7, "put such text in quotes"),
    ("duplicate options", "quiz/demo.yaml", 7, "same after normalisation"),
    ("two options", "quiz/demo.yaml", 7, "give 3 to 4"),
    ("quiz entry missing", "quiz/demo.yaml", 3, "does not exist"),
    ("long explanation", "quiz/demo.yaml", 10, "allows 200"),
    ("untitled source", "sources.yaml", 2, "has no title"),
]


def breakage(name: str) -> dict[str, str]:
    topic, quiz, sources = TOPIC, QUIZ, SOURCES
    match name:
        case "syntax":
            topic = topic.replace("  - id: demo-one\n", "  - id: demo-one\n  bad: [\n")
        case "missing language":
            topic = topic.replace("      uz: Bir — bu bir.\n", "")
        case "duplicate id":
            topic = topic.replace("id: demo-two", "id: demo-one")
        case "unknown source":
            topic = topic.replace("doc: doc-a, section:", "doc: doc-x, section:")
        case "unknown related":
            topic = topic.replace("related: [demo-two]", "related: [demo-nine]")
        case "too few questions":
            topic = topic.replace('en: ["What is one?", one please, one]', "en: [one]")
        case "long answer":
            topic = topic.replace("en: One is one.", "en: " + "word " * 300)
        case "duplicate key":
            topic = topic.replace("      ru: Один есть один.\n",
                                  "      en: Again.\n      ru: Один есть один.\n")
        case "comma in flow mapping":
            quiz = quiz.replace("{en: one, ru: один, uz: bir}", "{en: one, two, ru: x, uz: y}")
        case "duplicate options":
            quiz = quiz.replace("{en: two, ru: два, uz: ikki}", "{en: One!, ru: два, uz: ikki}")
        case "two options":
            quiz = quiz.replace("      - {en: three, ru: три, uz: uch}\n", "")
        case "quiz entry missing":
            quiz = quiz.replace("entry: demo-one", "entry: demo-zero")
        case "long explanation":
            quiz = quiz.replace("{en: It is one.,", "{en: " + "long " * 50 + ",")
        case "untitled source":
            sources = sources.replace("    title: A document\n", "")
    return {"topic": topic, "quiz": quiz, "sources": sources}


@pytest.mark.parametrize(("name", "file", "line", "words"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_knowledge_is_reported_with_file_and_line(
        tmp_path: Path, name: str, file: str, line: int, words: str) -> None:
    root = write_tree(tmp_path / "knowledge", **breakage(name))
    result = knowledge.load(root)
    assert result.kb is None
    messages = [str(p) for p in result.errors]
    assert any(m.startswith(f"knowledge/{file}:{line}: ") and words in m for m in messages), \
        messages


def test_check_command_exits_nonzero_with_file_line(tmp_path: Path, command: Command) -> None:
    root = write_tree(tmp_path / "knowledge", **breakage("unknown source"))
    proc = command("check", env={"KNOWLEDGE_DIR": str(root)})
    assert proc.returncode == 1
    assert "knowledge/faq/demo.yaml:15: 'demo-one' cites unknown source 'doc-x'" in proc.stderr


def test_check_json_summary(command: Command, shipped_lints: None) -> None:
    proc = command("check", "--json")
    data = json.loads(proc.stdout)
    assert proc.returncode == 0
    assert data["errors"] == []
    assert data["entries"] >= 60 and data["quiz"] >= 80
    assert set(data) == {"entries", "quiz", "errors", "warnings"}


def test_generated_questions_are_made_when_first_asked_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading makes no Uzbek Cyrillic question; asking for an entry's makes its own, once."""
    made: list[tuple[str, ...]] = []
    make = translit.to_cyrillic_all

    def counted(texts: tuple[str, ...], keep: object = None) -> tuple[str, ...]:
        made.append(texts)
        return make(texts, keep)

    monkeypatch.setattr(translit, "to_cyrillic_all", counted)  # what CyrillicMaker calls
    kb = knowledge.load_or_raise(write_tree(tmp_path / "knowledge"))
    questions = kb.entries["demo-one"].questions
    assert made == []
    assert list(questions) == list(LANGS)
    assert "uz-Cyrl" in questions and "xx" not in questions and made == []
    assert questions["uz-Cyrl"] == ("Бир нима?", "бир", "бир ҳақида")
    assert questions["uz-Cyrl"] is questions["uz-Cyrl"]
    assert made == [("Bir nima?", "bir", "bir haqida")]
    assert questions == {lang: questions[lang] for lang in LANGS}
    assert repr(questions) == repr(dict(questions))
    with pytest.raises(KeyError):
        questions["xx"]


def test_yaml_tags_are_not_executed(tmp_path: Path) -> None:
    evil = SOURCES + "extra: !!python/object/apply:os.system ['echo pwned']\n"
    result = knowledge.load(write_tree(tmp_path / "knowledge", sources=evil))
    assert result.kb is None
    assert any("YAML syntax error" in str(p) for p in result.errors)


def test_equal_texts_are_kept_once_and_generated_questions_say_from_what(
        tmp_path: Path) -> None:
    """A synthetic copy gives its entry's answer again (in another file): one text is kept.
    Its Uzbek Cyrillic questions are made from its Uzbek ones, one for one."""
    root = salted_knowledge(KNOWLEDGE, tmp_path, minimum_size(KNOWLEDGE) + 1)
    kb = knowledge.load_or_raise(root)
    copy = next(e for e in kb.entries.values() if e.id.startswith("s"))
    entry = kb.entries[copy.id.split("-", 1)[1]]
    assert all(copy.answer[lang] is entry.answer[lang] for lang in LANGS)
    assert copy.questions["uz"] != entry.questions["uz"]
    assert entry.generated == copy.generated == {"uz-Cyrl": "uz"}
    assert [to_cyrillic(q, keep_pattern(read_yaml(root / knowledge.KEEP_FILE)["terms"]))
            for q in entry.questions["uz"]] == list(entry.questions["uz-Cyrl"])
