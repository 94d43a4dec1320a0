"""Phrase lists searched faster find what they found: the quick look-up of which phrases
a token starts, and the phrases each known word starts worked out at start."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest

from bot.matcher import Matcher
from bot.nearmiss import NOT_COVERED_GAP
from bot.phrases import FOUND_MAX, PREFIX, STEM_MIN, STEM_SLACK, PhraseIndex, word_matches
from bot.phrasetable import PhraseTable
from bot.text import fold
from tests.conftest import ROOT, cold_copy, fresh_memory, read_labelled, shipped_answerer


@functools.cache
def tune() -> list[list[str]]:
    """Tune's messages folded and split, read when a test first asks (not at collection, on
    every worker) and parsed once per session (``read_labelled``)."""
    return [fold(item.q).split() for item in read_labelled(ROOT / "tests/data/tune.yaml")]


def starts(index: PhraseIndex, whole: frozenset[str], tok: str) -> list[int]:
    """The rows whose first word matches ``tok``, by scanning them all."""
    rows = []
    for k, (words, _, phrase) in enumerate(index._rows):
        first = words[0]
        if first.endswith(PREFIX):
            found = word_matches(first, tok)
        elif first in whole or phrase in whole:
            found = tok == first
        else:
            found = tok == first or (len(first) >= STEM_MIN and tok.startswith(first)
                                     and len(tok) - len(first) <= STEM_SLACK)
        if found:
            rows.append(k)
    return rows


@pytest.mark.parametrize(("labelled", "whole"), [
    ([("a", "Rossiya"), ("a", "Russian Federation"), ("b", "yoʻqot*"), ("c", "ish*"),
      ("d", "pul"), ("e", "migrant ishchi"), ("f", "Sweden")], ["Sweden"]),
    ([("a", "a*"), ("b", "abcdef"), ("c", "abcdefgh ij"), ("d", "abc* de")], []),
    ([("a", "pasport"), ("b", "pasportimni olib"), ("c", "olib qo*")], []),
    ([("a", "ok")], []),
])
def test_the_rows_a_token_starts_are_those_a_scan_finds(labelled, whole):
    index = PhraseIndex(labelled, whole)
    tokens = {t for toks in tune()[::7] for t in toks}
    for words, _, _ in index._rows:
        first = words[0].removesuffix(PREFIX)
        tokens |= {first[:k] for k in range(len(first) + 1)}
        tokens |= {first + "x" * k for k in range(12)}
    for tok in sorted(tokens):
        assert list(index._starting(tok)) == starts(index, frozenset(whole), tok), tok


GAPS = (0, NOT_COVERED_GAP, 3)
"""The gaps the lists are searched with (the entries' own lists: ``NOT_COVERED_GAP``)."""

Found = list[list[dict[int, list]]]
"""Per phrase list, per tune line, per gap: what the list found."""


@pytest.fixture(scope="module")
def found_alone() -> Callable[[int], Found]:
    """Per stride: what each of the session matcher's phrase lists finds alone (a cold
    copy: nothing remembered, in no table) in tune's lines at that stride, with each gap:
    what both tests of remembered and tabled lists compare with, searched once (it was
    searched in each, ~0.4 s of CPU of the sample's)."""

    @functools.cache
    def found(stride: int) -> Found:
        alone = [cold_copy(index) for index in Matcher._phrase_indexes(shipped_answerer().matcher)]
        return [[{gap: index.find(toks, gap) for gap in GAPS} for toks in tune()[::stride]]
                for index in alone]

    return found


@pytest.mark.parametrize("stride", [pytest.param(10, id="sample"),
                                    pytest.param(1, id="every", marks=pytest.mark.slow)])
def test_lists_that_remember_the_known_words_find_what_they_found(stride, found_alone):
    matcher = shipped_answerer().matcher
    indexes = Matcher._phrase_indexes(matcher)
    assert len(indexes) > 15 and any(len(i._rows) > 1000 for i in indexes)
    words = sorted(matcher._known_words)
    for index, alone in zip(indexes, found_alone(stride), strict=True):
        warm = cold_copy(index)
        warm.remember(words)
        assert set(warm._cache) == set(words)
        for toks, found in zip(tune()[::stride], alone, strict=True):
            for gap in (0, 3):
                assert warm.find(toks, gap) == found[gap], toks


def test_the_bot_remembers_what_the_commonest_known_words_start():
    matcher = fresh_memory(shipped_answerer().matcher)
    tables = {id(index.shared[0]): index.shared[0] for index in matcher._phrase_indexes()}
    assert len(tables) == 1  # every list the matcher searches is in its one table
    table = next(iter(tables.values()))
    assert not table.known
    counts: dict[str, float] = {}
    for lex in matcher.lexicon.values():
        for word, count in lex.items():
            counts[word] = counts.get(word, 0.0) + count
    commonest = sorted(counts, key=lambda w: (-counts[w], w))[:40]
    matcher.remember_vocabulary(most=40)
    assert set(commonest) <= table.known.keys()


SMALL = [([("a", "Rossiya"), ("a", "Russian Federation"), ("b", "yoʻqot*"), ("c", "ish*"),
           ("d", "pul"), ("e", "migrant ishchi"), ("f", "Sweden")], ["Sweden"]),
         ([("a", "a*"), ("b", "abcdef"), ("c", "abcdefgh ij"), ("d", "abc* de")], []),
         ([("a", "pasport"), ("b", "pasportimni olib"), ("c", "olib qo*")], [])]


def test_the_entries_lists_of_what_they_leave_out_are_in_the_one_table():
    matcher = shipped_answerer().matcher
    table = matcher.reader.aside.shared[0]
    assert any(matcher._not_covered)
    assert all(index.shared is not None and index.shared[0] is table
               for index in matcher._not_covered)
    fresh = fresh_memory(matcher)  # a fresh matcher's are its own, with nothing in them
    assert all(index.shared[0] is not table and not index._found
               for index in fresh._not_covered)


def test_a_table_gives_each_list_the_rows_its_own_look_up_gives():
    shipped = Matcher._phrase_indexes(shipped_answerer().matcher)
    lists = [cold_copy(index) for index in shipped] + [PhraseIndex(*args) for args in SMALL]
    table = PhraseTable(lists)
    tokens = {t for toks in tune()[::7] for t in toks}
    for index in lists[-len(SMALL):]:
        for words, _, _ in index._rows:
            first = words[0].removesuffix(PREFIX)
            tokens |= {first[:k] for k in range(len(first) + 1)}
            tokens |= {first + "x" * k for k in range(12)}
    for tok in sorted(tokens):
        bits, rows = table.starting(tok)
        assert len(rows) == len(lists)
        for place, (index, found) in enumerate(zip(lists, rows, strict=True)):
            assert list(found) == list(index.work_out(tok)), tok
            assert bool(bits >> place & 1) == bool(found), tok
    for toks in tune()[::7]:  # a list is searched when a token starts one of its phrases
        bits = table.lists(tuple(toks))
        for place, index in enumerate(lists):
            assert bool(bits >> place & 1) == any(index.work_out(t) for t in toks), toks


@pytest.mark.parametrize("stride", [pytest.param(10, id="sample"),
                                    pytest.param(1, id="every", marks=pytest.mark.slow)])
def test_lists_in_a_table_find_what_they_find_alone(stride, found_alone):
    shipped = Matcher._phrase_indexes(shipped_answerer().matcher)
    tabled = [cold_copy(index) for index in shipped]
    PhraseTable(tabled)
    alone = found_alone(stride)
    for j, toks in enumerate(tune()[::stride]):
        for gap in GAPS:
            for other, found in zip(tabled, alone, strict=True):
                assert other.find(toks, gap) == found[j][gap], toks


def test_a_remembered_search_gives_the_caller_its_own_list():
    index = PhraseIndex([("a", "remittance fees"), ("b", "bank")])
    toks = fold("remittance fees at the bank").split()
    first = index.find(toks)
    assert [h.label for h in first] == ["a", "b"]
    first.clear()
    assert [h.label for h in index.find(toks)] == ["a", "b"]
    assert index.find(toks[:2]) == index.find(toks)[:1]
    for k in range(FOUND_MAX + 1):  # the remembered searches stay bounded
        index.find([*toks, str(k)])
    assert len(index._found) <= FOUND_MAX
