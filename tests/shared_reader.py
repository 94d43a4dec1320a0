"""The message reader of a knowledge base's phrase lists made once per process, for the
tests whose small index builds are about something else (``shared_reader``).

A build makes its reader (``bot.reading.Reader``: the urgent lists, triggers and their
forms, typos, details of ``knowledge/phrases.yaml``) whatever the number of entries: ~0.15 s
of CPU, most of a build of 4 entries. The build's child makes it the same way for a large
base, without the vocabulary, and the build gives it the vocabulary and the thesaurus
(``LeftOut._reader_ahead``); so does this, from one reader per process for each phrase
lists and stop words, as a newly made one with nothing remembered yet (``cold_copy`` of
each of its phrase lists). ``test_shared_reader`` shows it reads as one made with the
vocabulary.

The bot is imported inside the functions (see ``tests/conftest.py``).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping, Set
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from bot.reading import Reader
    from bot.thesaurus import Thesaurus

_MADE: list[tuple[Mapping[str, object], frozenset[str], Reader]] = []
"""Per phrase lists and stop words, the reader made without a vocabulary (never used)."""


def reader(raw: Mapping[str, object], stopwords: Set[str] = frozenset(),
           vocabulary: Set[str] = frozenset(), thesaurus: Thesaurus | None = None) -> Reader:
    """``Reader(raw, stopwords, vocabulary, thesaurus)`` as the build's child gives it: one
    made without the vocabulary, given it and the thesaurus (``LeftOut._reader_ahead``)."""
    from bot.phrases import PhraseIndex
    from bot.reading import Reader
    from tests.conftest import cold_copy

    made = next((r for p, s, r in _MADE if s == stopwords and p == raw), None)
    if made is None:
        made = Reader(raw, stopwords, frozenset())
        _MADE.append((raw, frozenset(stopwords), made))
    fresh = copy.copy(made)
    for name, value in vars(made).items():
        if isinstance(value, PhraseIndex):
            setattr(fresh, name, cold_copy(value))
    fresh._thesaurus = thesaurus
    fresh.know(vocabulary)
    return fresh


@contextmanager
def shared_readers() -> Iterator[None]:
    """Index builds meanwhile (``bot.matcher.Matcher``) take their reader from ``reader``."""
    from bot import matcher

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matcher, "Reader", reader)
        yield


@pytest.fixture
def shared_reader() -> Iterator[None]:
    """The test's index builds take their reader from ``reader``: for builds whose reader
    is not under test (what a build reads, how often, with what settings around it)."""
    with shared_readers():
        yield
