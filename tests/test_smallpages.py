"""The index build asks NumPy for small pages (``bot.smallpages``), and gives the setting
back after, whatever happens meanwhile."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import replace
from itertools import islice
from typing import Any

import pytest
from numpy._core import multiarray

from bot import phrasings, smallpages
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher


@pytest.fixture(params=[True, False], ids=["huge pages before", "small pages before"])
def before(request: pytest.FixtureRequest) -> Any:
    was = multiarray._set_madvise_hugepage(request.param)
    yield request.param
    multiarray._set_madvise_hugepage(was)


@pytest.mark.parametrize("fails", [False, True], ids=["done", "failing"])
def test_small_pages_meanwhile_and_the_setting_given_back(before: bool, fails: bool) -> None:
    with pytest.raises(RuntimeError) if fails else nullcontext(), smallpages.small_pages():
        assert multiarray._get_madvise_hugepage() is False
        if fails:
            raise RuntimeError("the build fails")
    assert multiarray._get_madvise_hugepage() is before


@pytest.mark.usefixtures("shared_reader")  # (the reader is not read: tests/shared_reader.py)
def test_the_index_build_reads_its_phrasings_in_small_pages(
        kb: KnowledgeBase, before: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    read = phrasings.PhrasingReader.read

    def spied(self: phrasings.PhrasingReader, *args: Any, **kwargs: Any) -> Any:
        seen.append(multiarray._get_madvise_hugepage())
        return read(self, *args, **kwargs)

    monkeypatch.setattr(phrasings.PhrasingReader, "read", spied)
    # a few entries (with the shipped thesaurus and phrase lists): what the build asks of
    # NumPy around its one reading is under test, not what it reads (a build of all of
    # them cost ~0.45 s of CPU for each setting before)
    Matcher(replace(kb, entries=dict(islice(kb.entries.items(), 4))))
    assert seen == [False]
    assert multiarray._get_madvise_hugepage() is before


def test_a_numpy_without_the_switch_leaves_its_pages_as_they_are(
        before: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(smallpages, "_SWITCH", None)
    with smallpages.small_pages():
        assert multiarray._get_madvise_hugepage() is before
    assert multiarray._get_madvise_hugepage() is before
