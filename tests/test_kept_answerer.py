"""The session's answerer kept between test sessions (tests/kept_answerer.py): read back
instead of built, matching as the built one, and checked against what it matched when built."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from bot.answers import Answerer
from tests.conftest import ROOT, read_labelled, shipped_answerer
from tests.kept_answerer import FOLDER, PROBES, dumps, kept_answerer, probes
from tests.test_kept_reports import Cache


class Builds:
    """A ``build`` that counts its calls and gives the session's answerer."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> Answerer:
        self.count += 1
        return shipped_answerer()


def test_a_kept_answerer_is_read_back_and_matches_as_the_built_one(tmp_path: Path) -> None:
    build = Builds()
    built = kept_answerer(Cache(tmp_path), build)
    assert build.count == 1 and len(list((tmp_path / FOLDER).glob("*.pickle"))) == 1
    again = kept_answerer(Cache(tmp_path), build)
    assert build.count == 1 and again is not built
    assert sorted(again.kb.entries) == sorted(built.kb.entries)
    lines = read_labelled(ROOT / "tests" / "data" / "tune.yaml")[:40]
    assert [again.matcher.match(i.q) for i in lines] == [built.matcher.match(i.q) for i in lines]


def test_the_probes_are_questions_of_several_entries_and_languages() -> None:
    kb = shipped_answerer().kb
    texts = probes(kb)
    assert len(texts) == PROBES and len(set(texts)) == PROBES
    asked = {lang for e in kb.entries.values() for lang, qs in e.questions.items()
             if set(qs) & set(texts)}
    assert len(asked) >= 3


def test_a_kept_answerer_that_matches_otherwise_than_built_fails(tmp_path: Path) -> None:
    kept_answerer(Cache(tmp_path), Builds())
    (kept,) = (tmp_path / FOLDER).glob("*.pickle")
    blob, probed = pickle.loads(kept.read_bytes())
    text, match = probed[0]
    other = "abstain" if match.decision != "abstain" else "answer"
    probed[0] = (text, replace(match, decision=other))
    kept.write_bytes(pickle.dumps((blob, probed)))
    with pytest.raises(AssertionError, match="otherwise than when it was built"):
        kept_answerer(Cache(tmp_path), Builds())


def test_without_a_cache_folder_it_is_built_each_time() -> None:
    build = Builds()
    kept_answerer(None, build)
    kept_answerer(None, build)
    assert build.count == 2


def test_the_sessions_answerer_can_be_kept() -> None:
    """Else every session builds it again (``kept_answerer`` falls back to that): whatever a
    change put in the index that pickle cannot take (a closure, a lambda) needs to become an
    object of a class of its module (as ``wordfolder.SpelledFolder``)."""
    answerer = pickle.loads(dumps(shipped_answerer()))
    texts = probes(answerer.kb)
    assert [answerer.matcher.match(t) for t in texts] == [
        shipped_answerer().matcher.match(t) for t in texts]
