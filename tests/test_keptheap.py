"""The index build keeps glibc's freed memory in the heap meanwhile (``bot.keptheap``) and
gives the heap's free top back again after, whatever happens meanwhile; where the C library
has no ``mallopt`` nothing changes."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import replace
from itertools import islice
from typing import Any

import pytest

from bot import keptheap, phrasings
from bot.keptheap import M_MMAP_THRESHOLD, M_TOP_PAD, M_TRIM_THRESHOLD
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher

MEANWHILE = {M_MMAP_THRESHOLD: 32 << 20, M_TRIM_THRESHOLD: 2**31 - 1, M_TOP_PAD: 64 << 20}
AFTER = {M_MMAP_THRESHOLD: 32 << 20, M_TRIM_THRESHOLD: 64 << 20, M_TOP_PAD: 128 << 10}


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> dict[int, int]:
    """glibc's settings as ``kept_heap`` leaves them (a spy in ``mallopt``'s place)."""
    set_: dict[int, int] = {}

    def mallopt(param: int, value: int) -> int:
        set_[param] = value
        return 1

    monkeypatch.setattr(keptheap, "_MALLOPT", mallopt)
    return set_


def test_glibc_has_mallopt_here() -> None:
    # (the machine of docs/benchmarks.md: Debian's glibc)
    assert keptheap._mallopt() is not None


@pytest.mark.parametrize("fails", [False, True], ids=["done", "failing"])
def test_the_heap_kept_meanwhile_and_given_back_after(settings: dict[int, int],
                                                      fails: bool) -> None:
    with pytest.raises(RuntimeError) if fails else nullcontext(), keptheap.kept_heap():
        assert settings == MEANWHILE
        if fails:
            raise RuntimeError("the build fails")
    assert settings == AFTER


def test_the_real_mallopt_takes_every_setting() -> None:
    mallopt = keptheap._mallopt()
    assert mallopt is not None
    # 1 is mallopt's success; the last ones set are those left after (``kept_heap``'s).
    assert [mallopt(p, v) for p, v in [*MEANWHILE.items(), *AFTER.items()]] == [1] * 6


@pytest.mark.usefixtures("shared_reader")  # (the reader is not read: tests/shared_reader.py)
def test_the_index_build_reads_its_phrasings_with_the_heap_kept(
        kb: KnowledgeBase, settings: dict[int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[int, int]] = []
    read = phrasings.PhrasingReader.read

    def spied(self: phrasings.PhrasingReader, *args: Any, **kwargs: Any) -> Any:
        seen.append(dict(settings))
        return read(self, *args, **kwargs)

    monkeypatch.setattr(phrasings.PhrasingReader, "read", spied)
    # a few entries (with the shipped thesaurus and phrase lists): the heap's settings around
    # the build's one reading are under test, not what it reads (as test_smallpages; a build
    # of all of them cost ~0.45 s of CPU)
    Matcher(replace(kb, entries=dict(islice(kb.entries.items(), 4))))
    assert seen == [MEANWHILE]
    assert settings == AFTER


def test_no_mallopt_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keptheap, "_MALLOPT", None)
    with keptheap.kept_heap():
        pass
    monkeypatch.setattr(keptheap.ctypes, "CDLL", _no_library)
    assert keptheap._mallopt() is None


def _no_library(*args: Any, **kwargs: Any) -> Any:
    raise OSError("no C library")
