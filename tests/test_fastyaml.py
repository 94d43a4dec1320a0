"""yaml-rs's data is taken only where it is PyYAML's; records find their lines when asked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
import yaml_rs
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import fastyaml, knowledge
from bot.config import ROOT
from bot.knowledge import loader
from bot.knowledge.yamlfile import YamlFile
from bot.yamlread import SafeLoader
from tests.test_knowledge import TOPIC, write_tree

# (YAML text, whether yaml-rs's data is taken)
DOCS = [
    ("a: text\nb: [x, 'y', \"z\"]\nc: {d: e}\n", True),
    ("a: '2024'\nb: \"-7\"\nc: [\"0012\"]\n", True),          # digits yaml-rs saw quoted
    ("a: null\nb: ~\nc:\nd: true\ne: FALSE\n", True),        # read alike by both
    ("a: |\n  two\n  lines\nb: >-\n  folded\n  text\n\n  more\n", True),
    ("a: plain\n  on two lines\nb: 'it''s'\nc: \"\\u0041\\x42\\/\"\n", True),
    ("reviewed: 2026-01-15\nx: {reviewed: '2026-01-15'}\n", True),
    ("base: &b {x: y}\nother: *b\n", False),                 # an anchor: PyYAML reads it
    ("a: &x 1\nb: &x 2\nc: *x\n", False),                    # an anchor given twice
    ("a: {b\n  c: d}\n", False),                             # a key over two lines in { }
    ("a: [x,\n  y]\n", False),                               # a flow list over two lines
    ("a: 5 * 3 and R&D\n", True),                            # prose, no anchor
    ("a: R&D, 5*3\nb: &x {c: d}\ne: *x\n", False),            # prose, then an anchor
    ("&a [x, y]\n", False),                                  # an anchor at the very start
    ("a: [x]\nb: {c: d,\n  e: f}\n", False),                  # one line, then two lines
    ("a: 100% sure\nb: Hello!\n# 50% of it!\n", True),       # no tag, no directive
    ("a: 2024\n", False),                                    # a number: 012 is 10 in PyYAML
    ("a: 1.5\n", False),
    ("a: yes\n", False),                                     # true in PyYAML
    ("a: 'no'\n", False),                                    # unknown: quoted or not
    ("a: 2026-01-15\n", False),                              # a date in PyYAML, text here
    ("a: 1:20\n", False),                                    # 80 in PyYAML
    ("a: ''\n", False),
    ("<<: {b: 1}\n", False),                                 # a merge key in PyYAML
    ("a: !!str 5\n", False),                                 # a tag
    ("a: [!!binary aGk=]\n", False),
    ("%YAML 1.1\n---\na: b\n", False),
    ("--- a\n--- b\n", False),                               # two documents
    ("\ufeffa: b\n", False),                                 # a byte order mark
    ("a: b\tc\n", False),
    ("a: b\r\nc: d\r\n", True),                             # read as text: line feeds
    ("a: x\u2028y\n", False),                                # a line break in YAML 1.1
    ("a: x\x85y\n", False),
    ("a: x\x07y\n", False),                                  # refused by PyYAML
    ("a: 1\na: 2\n", False),                                 # a repeated key
    ("? [a, b]\n: c\n", False),                              # a key that is no text
    ("a: 12345678901234567890\n", False),
    ("a: [b\n", False),                                      # a syntax error
]


@pytest.mark.parametrize(("text", "fast"), DOCS)
def test_yaml_rs_data_is_taken_only_where_it_is_pyyamls(
        tmp_path: Path, text: str, fast: bool) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(text.encode("utf-8"))
    doc = YamlFile(path, "f.yaml", problems := [])
    assert doc.fast is fast
    pyyaml = YamlFile(path, "f.yaml", pyyaml_problems := [], fast=False)
    assert problems == pyyaml_problems
    if fast and "reviewed" in text:
        # A quoted 'reviewed' date is given as the date, as the models read it.
        pyyaml.data["x"]["reviewed"] = dt.date(2026, 1, 15)
    assert doc.data == pyyaml.data


@pytest.mark.parametrize("digits", ["0", "7", "-7", "+7", "0012", "2024", "9" * 18, "-" + "9" * 18])
def test_yaml_rs_reads_unquoted_digits_as_a_number(digits: str) -> None:
    """What the guard takes a text of digits to mean: it was quoted (else yaml-rs, like
    PyYAML, would have given a number)."""
    assert type(yaml_rs.loads(f"a: {digits}\n")["a"]) is int
    assert fastyaml.read(f"a: '{digits}'\n") == {"a": digits}


WORDS = ["yes", "No", "off", "ON", "y", "n", "~", "null", "NULL", "true", "False", "2024",
         "012", "0o12", "0x1F", "1_000", "1e3", "1.5", ".5", ".inf", "-.inf", ".NaN",
         "2026-01-15", "2026-01-15 10:00:00", "2026-1-5", "1:20", "<<", "=", "+12", "-3",
         "", " ", "a: b", "- x", "# c", "'q'", '"q"', "x!", "!x", "&a", "*a", "%d", "?",
         "ʻoʻ", "«Ko‘ch»", "слово", "a\nb", "a\n\nb", "a  ", "\\n", "\t", "\x85", "\u2028"]
TEXTS = st.one_of(st.sampled_from(WORDS), st.text(
    alphabet=st.sampled_from(list("aZ09 -+.:,#'\"\\[]{}!&*%?|>@`~\nʻў«»\u00a0")), max_size=12))
DATA = st.recursive(
    st.one_of(TEXTS, st.none(), st.booleans(), st.integers(-10**20, 10**20), st.dates()),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(TEXTS, inner, max_size=4)),
    max_leaves=12)


@pytest.mark.slow  # hypothesis; quick: the DOCS table above and every shipped file below
@settings(max_examples=300, deadline=None)
@given(data=DATA, style=st.sampled_from([None, "'", '"', "|", ">"]),
       flow=st.sampled_from([False, True, None]), width=st.sampled_from([8, 80]),
       unicode=st.booleans())
def test_whatever_yaml_rs_gives_is_what_pyyaml_gives(
        data: object, style: str | None, flow: bool | None, width: int, unicode: bool) -> None:
    text = yaml.safe_dump(data, default_style=style, default_flow_style=flow, width=width,
                          allow_unicode=unicode, sort_keys=False)
    fast = fastyaml.read(text)
    if fast is not None:
        assert fast == yaml.load(text, Loader=SafeLoader)


@pytest.mark.parametrize("name", sorted(
    str(p.relative_to(ROOT)) for p in (ROOT / "knowledge").glob("*/*.yaml")))
def test_every_topic_and_quiz_file_is_read_by_yaml_rs(
        name: str, safe_loaded: Callable[[Path], object]) -> None:
    """So that the test above covers what the bot reads (a file yaml-rs does not take is
    only slower)."""
    doc = YamlFile(ROOT / name, name, [])
    assert doc.fast
    assert doc.data == safe_loaded(ROOT / name)  # (yaml.safe_load, read once per session)


@pytest.fixture
def every_file_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader reads every file with yaml-rs, however small (as it does a large one)."""
    monkeypatch.setattr(loader, "FAST_FROM", 0)


def test_small_files_are_read_by_pyyaml_alone(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[bool] = []
    monkeypatch.setattr(fastyaml, "read", lambda text: read.append(True))
    knowledge.load_or_raise(write_tree(tmp_path / "knowledge"))
    assert read == []
    monkeypatch.setattr(loader, "FAST_FROM", 0)
    knowledge.load_or_raise(write_tree(tmp_path / "again"))
    assert read == [True] * 3


@pytest.mark.usefixtures("every_file_fast")
def test_records_find_the_lines_pyyaml_gives() -> None:
    kb = knowledge.load_or_raise(ROOT / "knowledge")
    docs: dict[str, YamlFile] = {}

    def line(file: str, *path: str | int) -> int:
        if file not in docs:
            docs[file] = YamlFile(ROOT / file, file, [], fast=False)
        assert docs[file].node is not None
        return docs[file].line(*path)

    for topic in kb.topics.values():
        for k, entry in enumerate(kb.entries_of(topic.id)):
            assert entry.line == line(entry.file, "entries", k) > 1
            assert entry.related_line == line(entry.file, "entries", k, "related")
            assert [ref.line for ref in entry.sources] == [
                line(entry.file, "entries", k, "sources", i, "doc")
                for i in range(len(entry.sources))]
    for item in kb.quiz.values():
        line(item.file)  # reads the file
        k = next(i for i, raw in enumerate(docs[item.file].data["items"])
                 if raw["id"] == item.id)
        assert item.line == line(item.file, "items", k) > 1


@pytest.mark.usefixtures("every_file_fast")
def test_an_error_has_pyyamls_words(tmp_path: Path) -> None:
    """yaml-rs gives a quoted 'reviewed' date as the date: where that is an error, the
    words are those of PyYAML's data (the text)."""
    topic = TOPIC.replace('      uz: ["Bir nima?", bir, bir haqida]\n',
                          '      uz: ["Bir nima?", bir, bir haqida]\n'
                          "      reviewed: '2026-01-05'\n")
    result = knowledge.load(write_tree(tmp_path / "knowledge", topic=topic))
    assert [str(p) for p in result.errors] == [
        "knowledge/faq/demo.yaml:10: 'reviewed' of entry 'demo-one' must be a list like "
        "[a, b], found the text '2026-01-05'"]


@pytest.mark.usefixtures("every_file_fast")
def test_a_record_finds_its_line_after_the_load(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "knowledge")
    kb = knowledge.load_or_raise(root)
    two = kb.entries["demo-two"]
    assert (two.line, two.related_line, two.sources[0].line) == (17, 17, 27)
    assert kb.quiz["quiz-demo-one"].line == 3
