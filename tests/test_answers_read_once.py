"""The index build reads each distinct answer text once, however many entries give it
(copies: ``bench --scale``'s bases): a reading per entry cost 5 s of CPU at 10,000 entries
(``docs/benchmarks.md``, thirteenth session)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from bot import bothcores, knowledge, wordfolder
from bot.devtools.synthetic import salted_knowledge
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher
from tests.conftest import KNOWLEDGE
from tests.shared_reader import shared_readers


def _answer_reads(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often the build folds each answer text or a part of one (a sentence)."""
    answers = {t for e in kb.entries.values() for t in e.answer.values()}
    reads: Counter[str] = Counter()
    fold = wordfolder.SpelledFolder.__call__

    def counted(self: Any, text: str) -> str:
        if " " in text and any(text in answer for answer in answers):
            reads[text] += 1
        return fold(self, text)

    # (the reader made once per process: it reads no answer, ``tests/shared_reader.py``)
    with monkeypatch.context() as m, shared_readers():
        m.setattr(wordfolder.SpelledFolder, "__call__", counted)
        m.setattr(bothcores, "PARALLEL_FROM", 10**9)  # (every reading here, to be counted)
        Matcher(kb)
    return reads


FEW = 4
"""How many shipped entries the builds here read (with their copies): how often a build
reads each answer is under test, not what it reads. Builds of all 62 shipped entries and
their copies cost ~2.3 s of CPU for the module, 0.45-0.8 s each."""


def _answers(kb: KnowledgeBase) -> set[tuple[str, str]]:
    return {(lang, t) for e in kb.entries.values() for lang, t in e.answer.items()}


@pytest.fixture(scope="module")
def few(kb: KnowledgeBase) -> KnowledgeBase:
    """A few shipped entries, with the shipped thesaurus and phrase lists."""
    return replace(kb, entries=dict(islice(kb.entries.items(), FEW)))


@pytest.fixture(scope="module")
def alone(few: KnowledgeBase) -> Counter[str]:
    """How often the build of the few shipped entries alone folds each answer text, once
    for both tables' rows (the same build each time)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        return _answer_reads(few, monkeypatch)


@pytest.mark.parametrize("copies", [1, 2])
def test_copies_of_the_entries_read_their_answers_no_more_often(
        kb: KnowledgeBase, few: KnowledgeBase, alone: Counter[str], copies: int,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A few shipped entries (in every language and script their answers are written in),
    and as many copies again, or twice as many: each answer text and sentence folded as
    often as for those entries alone."""
    root = salted_knowledge(KNOWLEDGE, tmp_path, len(kb.entries) * (1 + copies), seed=3)
    loaded = knowledge.load(root)
    assert loaded.errors == []
    assert _answers(loaded.kb) == _answers(kb)
    # the few entries and their copies (a copy gives its entry's answers)
    theirs = {tuple(e.answer.items()) for e in few.entries.values()}
    bigger = replace(loaded.kb, entries={i: e for i, e in loaded.kb.entries.items()
                                         if tuple(e.answer.items()) in theirs})
    assert len(bigger.entries) == FEW * (1 + copies)
    assert _answers(bigger) == _answers(few)
    assert {lang for lang, _ in _answers(few)} == {"en", "ru", "uz", "uz-Cyrl"}
    assert alone
    assert _answer_reads(bigger, monkeypatch) == alone
