"""The synthetic knowledge-base generator behind ``bench --scale`` and the lint timings."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import knowledge
from bot.devtools.synthetic import copy_id, salted_knowledge, token
from tests.conftest import KNOWLEDGE

SIZE = 100


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> knowledge.KnowledgeBase:
    root = salted_knowledge(KNOWLEDGE, tmp_path_factory.mktemp("syn"), SIZE, seed=7)
    result = knowledge.load(root)
    assert result.errors == []
    return result.kb


@pytest.mark.parametrize(("k", "expected"), [(0, "zqa"), (25, "zqz"), (26, "zqaa"),
                                              (27, "zqab"), (26 + 26 * 26, "zqaaa")])
def test_tokens_are_distinct_words(k: int, expected: str) -> None:
    assert token(k) == expected


def test_tokens_and_ids_never_repeat() -> None:
    assert len({token(k) for k in range(20_000)}) == 20_000
    long_id = "x" * 48
    assert len({copy_id(k, long_id) for k in range(20_000)}) == 20_000
    assert all(len(copy_id(k, long_id)) <= 48 for k in (0, 10**6))


def test_the_loader_reads_the_requested_number_of_entries(synthetic: knowledge.KnowledgeBase,
                                                          kb: knowledge.KnowledgeBase) -> None:
    assert len(synthetic.entries) == SIZE
    assert set(kb.entries) < set(synthetic.entries)
    assert synthetic.quiz.keys() == kb.quiz.keys()
    # The shipped entries come through unchanged.
    for eid, entry in kb.entries.items():
        assert synthetic.entries[eid].questions == entry.questions
        assert synthetic.entries[eid].answer == entry.answer


def test_a_copy_has_two_salt_words_and_its_token(synthetic: knowledge.KnowledgeBase,
                                                 kb: knowledge.KnowledgeBase) -> None:
    originals = list(kb.entries.values())
    for k in range(SIZE - len(originals)):
        original = originals[k % len(originals)]
        copy = synthetic.entries[copy_id(k, original.id)]
        assert copy.answer == original.answer and copy.topic == original.topic
        for lang in ("en", "ru", "uz"):
            for salted, plain in zip(copy.questions[lang], original.questions[lang], strict=True):
                words = salted.split()
                assert words[-1] == token(k)
                assert len(words) == len(plain.split()) + 3


def test_the_same_seed_writes_the_same_files(tmp_path: Path) -> None:
    a = salted_knowledge(KNOWLEDGE, tmp_path / "a", 70, seed=1)
    b = salted_knowledge(KNOWLEDGE, tmp_path / "b", 70, seed=1)
    c = salted_knowledge(KNOWLEDGE, tmp_path / "c", 70, seed=2)
    assert _faq_files(a) == _faq_files(b)
    assert _faq_files(a) != _faq_files(c)


def _faq_files(root: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(root.glob("faq/*.yaml"))]


def test_fewer_entries_than_shipped_is_refused(tmp_path: Path,
                                               kb: knowledge.KnowledgeBase) -> None:
    with pytest.raises(ValueError, match=f"at least {len(kb.entries)}"):
        salted_knowledge(KNOWLEDGE, tmp_path, len(kb.entries) - 1)


@pytest.fixture(scope="module")
def distinct(tmp_path_factory: pytest.TempPathFactory) -> knowledge.KnowledgeBase:
    root = salted_knowledge(KNOWLEDGE, tmp_path_factory.mktemp("distinct"), SIZE, seed=7,
                            distinct_answers=True)
    result = knowledge.load(root)
    assert result.errors == []
    return result.kb


def test_distinct_answers_salt_each_copys_answers(distinct: knowledge.KnowledgeBase,
                                                  kb: knowledge.KnowledgeBase) -> None:
    originals = list(kb.entries.values())
    for eid, entry in kb.entries.items():
        assert distinct.entries[eid].answer == entry.answer
    for k in range(SIZE - len(originals)):
        original = originals[k % len(originals)]
        copy = distinct.entries[copy_id(k, original.id)]
        assert copy.direct == original.direct  # one sentence of at most 200 characters
        for lang in ("en", "ru", "uz"):  # as written (uz-Cyrl is made from uz)
            plain, words = original.answer[lang], copy.answer[lang].split()
            assert words[-1] == token(k)
            assert len(words) == len(plain.split()) + 3
            added = [w for w in words if w not in plain.split()][:-1]
            assert all(w.isalpha() for w in added), added
