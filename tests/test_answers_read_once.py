"""The index build reads each distinct answer text once, however many entries give it
(copies: ``bench --scale``'s bases): a reading per entry cost 5 s of CPU at 10,000 entries
(``docs/benchmarks.md``, thirteenth session)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bot import bothcores, knowledge, wordfolder
from bot.devtools.synthetic import salted_knowledge
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher
from tests.conftest import KNOWLEDGE


def _answer_reads(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often the build folds each answer text or a part of one (a sentence)."""
    answers = {t for e in kb.entries.values() for t in e.answer.values()}
    reads: Counter[str] = Counter()
    fold = wordfolder.SpelledFolder.__call__

    def counted(self: Any, text: str) -> str:
        if " " in text and any(text in answer for answer in answers):
            reads[text] += 1
        return fold(self, text)

    with monkeypatch.context() as m:
        m.setattr(wordfolder.SpelledFolder, "__call__", counted)
        m.setattr(bothcores, "PARALLEL_FROM", 10**9)  # (every reading here, to be counted)
        Matcher(kb)
    return reads


@pytest.fixture(scope="module")
def alone(kb: KnowledgeBase) -> Counter[str]:
    """How often the build of the shipped entries alone folds each answer text, once for
    both tables' rows (the same build each time: ~0.45 s of CPU)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        return _answer_reads(kb, monkeypatch)


@pytest.mark.parametrize("copies", [1, 2])
def test_copies_of_the_entries_read_their_answers_no_more_often(
        kb: KnowledgeBase, alone: Counter[str], copies: int,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The shipped entries (in every language and script their answers are written in),
    and as many copies again, or twice as many: each answer text and sentence folded as
    often as for the shipped entries alone."""
    root = salted_knowledge(KNOWLEDGE, tmp_path, len(kb.entries) * (1 + copies), seed=3)
    loaded = knowledge.load(root)
    assert loaded.errors == []
    bigger = loaded.kb
    assert {t for e in bigger.entries.values() for t in e.answer.values()} == {
        t for e in kb.entries.values() for t in e.answer.values()}
    assert alone
    assert _answer_reads(bigger, monkeypatch) == alone
