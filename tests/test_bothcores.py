"""Half the index build's listing and split, and the reading of the questions for what
entries leave out, done by forked children give the build done here alone, array for array;
a child that fails, is killed or hangs only means the work is done here."""

from __future__ import annotations

import os
import signal
import threading
import time
from typing import Any

import numpy as np
import pytest

from bot import bothcores, forked, leftout
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher


def _plain(value: Any) -> Any:
    """A value with its arrays as lists (so that ``==`` compares them whole)."""
    if isinstance(value, np.ndarray):
        return (str(value.dtype), value.tolist())
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return [(k, _plain(v)) for k, v in value.items()]
    return value


def _structures(m: Matcher) -> dict[str, Any]:
    """Everything the build makes that scoring reads, in order, numbering included."""
    vocab = m._vocab
    return {name: _plain(value) for name, value in {
        "keys": m._keys, "folded": m._full_keys, "key entries": m._key_entry,
        "key languages": m._key_lang, "starts": m._starts,
        "lexicon": m.lexicon, "vocabulary": vocab.sorted_words, "ids": vocab.ids,
        "postings": (vocab._offsets, vocab._entries, vocab._credits), "idf": vocab.idf,
        "owners": vocab.owners, "aliases": sorted(m._aliases), "alias words": m._alias_words,
        "subjects": m._subjects, "stances": m._stances, "facts": m._facts,
        "numbers": m._numbers, "details": m._details, "denied": m._denied,
        "gives": m._gives, "amounts": m._gives_amounts, "act owners": m._owner,
        "defines": m._definitions._defines, "shared": sorted(m._definitions._shared),
    }.items()}


def _built(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, halves: bool) -> dict[str, Any]:
    """The build's structures, with a child for the later half or without."""
    started: list[bool] = []

    class Counted(forked.Forked[Any]):
        def __init__(self, job: Any, fork: bool = True) -> None:
            started.append(fork)
            super().__init__(job, fork)

    with monkeypatch.context() as m:
        m.setattr(bothcores, "PARALLEL_FROM", 2 if halves else 10**9)
        m.setattr(bothcores, "Forked", Counted)
        m.setattr(leftout, "Forked", Counted)
        built = _structures(Matcher(kb))
    # the later half's listing, then the questions' reading (in-process when alone)
    assert started == ([True, True] if halves else [False])
    return built


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _fail() -> None:
    raise RuntimeError("the child fails")


def _hang() -> None:
    time.sleep(60)


CHILD_FATES = {"killed": _die, "failing": _fail, "hanging": _hang}


@pytest.fixture(params=["child", *CHILD_FATES, "no fork"])
def fate(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """What becomes of the child: it does its work, is killed, fails, hangs (the caller
    gives up on it at once), or there is no fork on this system."""
    parent = os.getpid()
    monkeypatch.setattr(forked, "GRACE", 0.5)
    monkeypatch.setattr(forked, "PATIENCE", 0.0)
    if request.param == "no fork":
        monkeypatch.delattr(os, "fork")
    elif request.param in CHILD_FATES:
        start = forked.Forked.__init__

        def spoilt(self: forked.Forked[Any], job: Any, fork: bool = True) -> None:
            def spoilt_job() -> Any:
                if os.getpid() != parent:
                    CHILD_FATES[request.param]()
                return job()

            start(self, spoilt_job, fork)

        monkeypatch.setattr(forked.Forked, "__init__", spoilt)
    return str(request.param)


def test_the_childs_value_or_the_same_computed_here(fate: str) -> None:
    parent = os.getpid()

    def job() -> tuple[list[int], bool]:
        return list(range(100_000)), os.getpid() != parent

    with forked.Forked(job) as child:
        value, in_child = child.result()
    assert value == list(range(100_000))
    assert in_child == (fate == "child")


def test_no_child_while_another_thread_runs() -> None:
    """A fork copies one thread; a lock another held stays held in the child (a /reload
    builds in a worker thread): with another thread running, the job is done here."""
    parent = os.getpid()
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        with forked.Forked(lambda: os.getpid()) as child:
            assert not child._pid
            assert child.result() == parent
    finally:
        release.set()
        other.join()


def test_a_child_nobody_asks_is_ended() -> None:
    with forked.Forked(lambda: list(range(1_000_000))) as child:
        pid = child._pid
        assert pid
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


@pytest.fixture(scope="module")
def alone(matcher: Matcher) -> dict[str, Any]:
    """The build done here alone, once for every child's fate (no fate touches a build
    without children: it forks none); each build of the shipped index costs ~0.4 s of CPU."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        return _built(matcher.kb, monkeypatch, halves=False)


def test_the_build_in_halves_is_the_build_done_here_alone(
        matcher: Matcher, alone: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
        fate: str) -> None:
    """The shipped entries (62: a child lists and splits the last 31, another reads the
    questions), whatever becomes of the children: every array and number the same as the
    build's without them."""
    halves = _built(matcher.kb, monkeypatch, halves=True)
    assert alone.keys() == halves.keys()
    for name in alone:
        assert halves[name] == alone[name], name
