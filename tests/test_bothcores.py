"""Half the index build's listing and split, and then the reading of the questions for what
entries leave out, done by a forked child give the build done here alone, array for array;
a child that fails, is killed or hangs (in either job, or before it takes the second) only
means the work is done here."""

from __future__ import annotations

import os
import signal
import threading
import time
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot import bothcores, forked, knowledge, reading
from bot import matcher as matcher_module
from bot.config import Settings
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher
from bot.services import Services
from bot.text import clean
from tests.conftest import KNOWLEDGE


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
        "gives": m._gives, "amounts": m._gives_amounts, "counted": m._counted,
        "dated": m._dated, "act owners": m._owner,
        "defines": m._definitions._defines, "shared": sorted(m._definitions._shared),
        # the reader (made by the child for a large base: ``LeftOut._read_ahead``)
        "reader's known words": sorted(m.reader._known),
        "reader's urgent only": sorted(m.reader._urgent_only),
        "readings": [m.reader.read(clean(text)) for text in READ],
    }.items()}


READ = ["How do I get a work permit in Russia?", "Как получить патент в Москве?",
        "Rossiyada patent qanday olinadi?", "Россияда патент қандай олинади?",
        "Rossiyada patent qanday olinadi, ish beruvchi maoşni bermadi",
        "kak poluchit patent v moskve", "Работодатель забрал паспорт, помогите",
        "Rossiyada ishlayman, xo'jayinim pasportimni olib qo'ydi, nima qilay?",
        "Рахмат!", "thanks, and where do I apply?", "I want to die"]
"""Messages read by each build's reader (en, ru, uz Latin, uz-Cyrl, the new alphabet,
Russian in Latin letters, urgent, small talk)."""


def _built(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, halves: bool) -> dict[str, Any]:
    """The build's structures, with a child for the later half or without."""
    started: list[bool] = []

    class Counted(forked.Forked[Any]):
        def __init__(self, job: Any, fork: bool = True, then: Any = None,
                     ahead: Any = None) -> None:
            started.append(then is not None and ahead is not None)
            super().__init__(job, fork, then, ahead)

    with monkeypatch.context() as m:
        m.setattr(bothcores, "PARALLEL_FROM", 2 if halves else 10**9)
        m.setattr(bothcores, "Forked", Counted)
        built = _structures(Matcher(kb))
    # one child: the later half's listing, the answers read ahead, then the questions'
    # reading; none alone
    assert started == ([True] if halves else [])
    return built


@pytest.fixture(autouse=True)
def one_thread() -> None:
    """A fork needs a process of one thread (``forked``): a thread that an earlier test of
    this worker started (a fake server's handler, a test bot's store) may still be ending
    as this test starts."""
    for thread in threading.enumerate():
        if thread is not threading.main_thread():
            thread.join(timeout=10)
    assert threading.active_count() == 1, [t.name for t in threading.enumerate()]


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _fail() -> None:
    raise RuntimeError("the child fails")


def _hang() -> None:
    time.sleep(60)


CHILD_FATES = {"killed": _die, "failing": _fail, "hanging": _hang}
LATER_FATES = {f"{name} later": spoil for name, spoil in CHILD_FATES.items()}
"""The same, in the second job (``then``) ..."""
AHEAD_FATES = {f"{name} ahead": spoil for name, spoil in CHILD_FATES.items()}
"""... or in the work it reads ahead (``ahead``)."""


FATES = ["child", *CHILD_FATES, *LATER_FATES, *AHEAD_FATES, "deaf", "no fork"]


def _faults(fates: list[str]) -> list[Any]:
    """A table of the child's fates: the child that does its work runs in every run, each
    other fate (a fault, or no fork on this system) only under ``slow`` (a fault matrix,
    issue 10 item 4: ``make test`` runs it, ``make quick`` proves the healthy child)."""
    return [fate if fate == "child" else pytest.param(fate, marks=pytest.mark.slow)
            for fate in fates]


def _befall(fate: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """What becomes of the child: it does its work, is killed, fails, hangs (the caller
    gives up on it at once) in its first job, in what it reads ahead or in its second job,
    never takes the second job's message, or there is no fork on this system."""
    parent = os.getpid()
    monkeypatch.setattr(forked, "GRACE", 0.5)
    monkeypatch.setattr(forked, "PATIENCE", 0.0)
    spoil = {**CHILD_FATES, **LATER_FATES, **AHEAD_FATES}
    if fate == "no fork":
        monkeypatch.delattr(os, "fork")
    elif fate == "deaf":
        monkeypatch.setattr(forked, "_receive", lambda fd: _hang())
    elif fate in spoil:
        start = forked.Forked.__init__

        def spoilt_one(job: Any, fates: dict[str, Any]) -> Any:
            def spoilt_job(*args: Any) -> Any:
                if fate in fates and os.getpid() != parent:
                    spoil[fate]()
                return job(*args)

            return spoilt_job

        def spoilt(self: forked.Forked[Any], job: Any, fork: bool = True,
                   then: Any = None, ahead: Any = None) -> None:
            start(self, spoilt_one(job, CHILD_FATES), fork,
                  None if then is None else spoilt_one(then, LATER_FATES),
                  None if ahead is None else spoilt_one(ahead, AHEAD_FATES))

        monkeypatch.setattr(forked.Forked, "__init__", spoilt)
    return fate


@pytest.fixture(params=_faults(FATES))
def fate(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every fate of the child (``_befall``)."""
    return _befall(request.param, monkeypatch)


@pytest.fixture(params=_faults(["child", "killed", "hanging", "killed ahead", "killed later",
                                "deaf", "no fork"]))
def build_fate(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fate at each step of the child's work in a build (a failing child is one killed,
    as the build sees it: ``test_the_childs_values_or_the_same_computed_here`` has all)."""
    return _befall(request.param, monkeypatch)


def test_the_childs_values_or_the_same_computed_here(fate: str) -> None:
    parent = os.getpid()

    def job() -> tuple[list[int], bool]:
        return list(range(100_000)), os.getpid() != parent

    def then(message: list[int]) -> tuple[int, bool]:
        return sum(message), os.getpid() != parent

    def ahead() -> list[int]:
        return list(range(50_000))

    with forked.Forked(job, then=then, ahead=ahead) as child:
        value, in_child = child.result()
        read_ahead = child.ahead()
        # (a message larger than a pipe holds: the caller waits for the child to take it)
        later = child.then(list(range(200_000)))
        total, later_in_child = later.result()
    assert value == list(range(100_000))
    assert in_child == (fate in {"child", *LATER_FATES, *AHEAD_FATES, "deaf"})
    # what the child read ahead, or nothing (the caller does without)
    assert read_ahead == ((list(range(50_000)),) if fate in {"child", *LATER_FATES, "deaf"}
                          else None)
    assert total == sum(range(200_000))
    assert later_in_child == (fate == "child")


@pytest.mark.parametrize("asked", [True, False])
def test_what_the_child_read_ahead_may_be_left(asked: bool) -> None:
    """The second job's value comes whether or not the caller took what was read ahead
    (a value larger than a pipe holds)."""
    with forked.Forked(lambda: 1, then=len, ahead=lambda: list(range(100_000))) as child:
        assert child.result() == 1
        if asked:
            assert child.ahead() == (list(range(100_000)),)
        assert child.then("four").result() == 4
        assert child.ahead() is None


def test_a_child_given_no_second_job_ends_after_the_first() -> None:
    with forked.Forked(lambda: os.getpid()) as child:
        pid = child._pid
        assert child.result() == pid
        assert not child._pid
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


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


@pytest.mark.parametrize("asked", [0, 1])
def test_a_child_nobody_asks_is_ended(asked: int) -> None:
    """Neither value asked, or the first only (the second job's message never sent)."""
    with forked.Forked(lambda: list(range(1_000_000)), then=len) as child:
        pid = child._pid
        assert pid
        if asked:
            assert child.result() == list(range(1_000_000))
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
        build_fate: str) -> None:
    """The shipped entries (62: a child lists and splits the last 31, then reads the
    questions), whatever becomes of the child: every array and number the same as the
    build's without it."""
    halves = _built(matcher.kb, monkeypatch, halves=True)
    assert alone.keys() == halves.keys()
    for name in alone:
        assert halves[name] == alone[name], name


def test_the_childs_reader_is_the_builds(matcher: Matcher,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A build whose child made the reader (for what it read ahead) makes none itself: it
    gives the child's the vocabulary (``_structures`` compares the two builds' readers)."""
    made: list[bool] = []

    class Counted(reading.Reader):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            made.append(True)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(bothcores, "PARALLEL_FROM", 2)
    monkeypatch.setattr(matcher_module, "Reader", Counted)
    # a few entries (with the shipped thesaurus and phrase lists): who makes the reader is
    # under test, and from PARALLEL_FROM (2 here) a build has its child; what the reader
    # reads is compared on the whole shipped build above (two whole builds cost ~1 s of CPU)
    few = replace(matcher.kb, entries=dict(islice(matcher.kb.entries.items(), 4)))
    built = Matcher(few)
    assert made == []
    assert built.reader._thesaurus is built.thesaurus
    monkeypatch.setattr(bothcores, "PARALLEL_FROM", 10**9)
    assert isinstance(Matcher(few).reader, Counted)
    assert made == [True]


def test_the_bot_builds_its_index_at_start_before_starting_any_thread(
        matcher: Matcher, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A started bot builds its index (``Services.build``) before its store's thread or the
    event loop exists, so a large base gets its child (a /reload, in a worker thread,
    does the work here: ``test_no_child_while_another_thread_runs``)."""
    before = set(threading.enumerate())
    new_threads: list[set[threading.Thread]] = []

    class Seen(forked.Forked[Any]):
        def __init__(self, job: Any, fork: bool = True, then: Any = None,
                     ahead: Any = None) -> None:
            new_threads.append(set(threading.enumerate()) - before)
            super().__init__(job, fork, then, ahead)

    monkeypatch.setattr(bothcores, "PARALLEL_FROM", 2)
    monkeypatch.setattr(bothcores, "Forked", Seen)
    # a few entries (with the shipped thesaurus and phrase lists): the order of the start's
    # steps is what is under test, and from PARALLEL_FROM (2 here) they build with a child
    few = replace(matcher.kb, entries=dict(islice(matcher.kb.entries.items(), 4)))
    monkeypatch.setattr(knowledge, "load_or_raise", lambda path: few)
    services = Services.build(Settings(database_path=tmp_path / "db.sqlite3",
                                       knowledge_dir=KNOWLEDGE))
    services.store.close()
    assert new_threads == [set()]
