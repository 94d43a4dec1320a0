"""A record's line is found when it is asked for, after the file's text is released: it is
the line in the text that was loaded, or "line unknown" when the file has changed since,
never a line of another text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot import knowledge
from bot.knowledge.records import Problem
from bot.knowledge.yamlfile import YamlFile
from tests.test_knowledge import TOPIC, write_tree

ONE, TWO = (TOPIC[:TOPIC.index(f"  - id: demo-{n}")].count("\n") + 1 for n in ("one", "two"))
"""The lines demo-one and demo-two start on in the demo topic file."""


def _prepend(path: Path) -> None:
    path.write_text("# a comment\n# another\n" + path.read_text(encoding="utf-8"),
                    encoding="utf-8")


def _remove(path: Path) -> None:
    path.unlink()


def _reindent(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("  - id: demo-two",
                                                             "  # moved\n  - id: demo-two"),
                    encoding="utf-8")


@pytest.mark.parametrize(("edit", "line"), [
    (None, TWO),
    (_prepend, 0),
    (_reindent, 0),
    (_remove, 0),
])
def test_an_entrys_line_is_of_the_text_loaded_or_unknown(
        tmp_path: Path, edit: Callable[[Path], None] | None, line: int) -> None:
    root = write_tree(tmp_path / "knowledge")
    kb = knowledge.load_or_raise(root)  # releases every file's text once loaded
    if edit is not None:
        edit(root / "faq" / "demo.yaml")
    assert kb.entries["demo-two"].line == line


@pytest.mark.parametrize("fast", [True, False])
@pytest.mark.parametrize(("edit", "line"), [(None, TWO), (_prepend, 0), (_remove, 0)])
def test_a_released_files_line_is_read_only_from_the_same_file(
        tmp_path: Path, fast: bool, edit: Callable[[Path], None] | None, line: int) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(TOPIC, encoding="utf-8")
    doc = YamlFile(path, "demo.yaml", [], fast=fast)
    doc.release()
    if edit is not None:
        edit(path)
    assert doc.line("entries", 1) == line


def test_a_line_asked_before_the_edit_stays_the_loaded_one(tmp_path: Path) -> None:
    root = write_tree(tmp_path / "knowledge")
    kb = knowledge.load_or_raise(root)
    assert kb.entries["demo-two"].line == TWO
    _prepend(root / "faq" / "demo.yaml")
    assert (kb.entries["demo-two"].line, kb.entries["demo-one"].line) == (TWO, ONE)


@pytest.mark.parametrize(("line", "shown"), [
    (7, "knowledge/faq/demo.yaml:7: entry 'demo-two' is too long"),
    (0, "knowledge/faq/demo.yaml (line unknown): entry 'demo-two' is too long"),
])
def test_a_problem_says_when_its_line_is_unknown(line: int, shown: str) -> None:
    assert str(Problem("knowledge/faq/demo.yaml", line, "entry 'demo-two' is too long")) == shown
