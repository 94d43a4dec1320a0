"""A question's coverage summed in Python (``FewCoverage``) is NumPy's (``Coverage``) to the
last bit: the same sums, shares and tie order, on random vocabularies and on the shipped
base's questions, with what it remembers of each word reused."""

from __future__ import annotations

import functools
import random

import pytest

from bot import index
from bot.coverage import FewCoverage, Postings
from bot.matcher import Matcher
from bot.text import fold
from bot.vocab import Coverage, Vocab, VocabBuilder
from tests.conftest import ROOT, fresh_memory, read_labelled

CREDIT = 0.5


def _vocab(seed: int, n: int = 40) -> Vocab:
    rng = random.Random(seed)
    words = [f"w{k}" for k in range(30)]
    # Few words, many entries: many ties, words in both phrasings and answers.
    builder = VocabBuilder()
    for _ in range(n):
        builder.add_entry(rng.choices(words, k=rng.randint(0, 6)),
                          rng.choices(words, k=rng.randint(0, 9)))
    return builder.build(CREDIT)


def _question(vocab: Vocab, rng: random.Random) -> list[tuple[float, dict[str, float]]]:
    # Some words reach no entry at all ({}), some several; weights as rarities are, or
    # repeated (ties between entries).
    weights = [1.0, 2.5, rng.uniform(0.1, 5.0)]
    return [(rng.choice(weights),
             {w: rng.choice([1.0, 0.9, 0.85, 0.7, 0.81, 0.8])
              for w in rng.sample(vocab.sorted_words, rng.randint(0, 4))})
            for _ in range(rng.randint(1, 8))]


@pytest.mark.parametrize("seed", range(40))
def test_python_sums_are_numpys_to_the_bit(seed: int) -> None:
    vocab = _vocab(seed)
    postings = Postings(vocab)
    rng = random.Random(seed + 3000)
    for _ in range(5):  # the later questions meet words whose reach is remembered
        question = _question(vocab, rng)
        arrays, python = Coverage(vocab), FewCoverage(postings)
        arrays.add_all(question)
        python.add_all(question)
        sums = arrays.sums.tolist()
        assert python.sums == {e: sums[e] for e in python.sums}  # exactly
        assert all(sums[e] == 0.0 for e in range(vocab.n_entries) if e not in python.sums)
        assert python.total == arrays.total
        for k in (1, 3, 8, vocab.n_entries + 1):
            assert list(python.top(k).items()) == list(arrays.top(k).items())


def test_a_word_reaches_its_entries_with_its_best_credit_and_first_word() -> None:
    builder = VocabBuilder()
    builder.add_entry(["visa"], ["patent"])  # 0
    builder.add_entry([], ["visa"])  # 1: visa in an answer only
    builder.add_entry(["patent", "visas"], [])  # 2
    postings = Postings(builder.build(CREDIT))
    reach = postings.reach({"visas": 0.9, "visa": 1.0, "patent": 0.85})
    assert sorted(reach) == [(0, 1.0, 1), (1, 0.5, 1), (2, 0.9, 0)]
    assert postings.reach({"visas": 0.9, "visa": 1.0, "patent": 0.85}) is reach  # remembered
    assert postings.count([(1.0, {"visas": 0.9, "visa": 1.0}), (2.0, {"patent": 0.85})]) == 5


@functools.cache
def _tune_words() -> list[list[str]]:
    return [fold(item.q).split() for item in read_labelled(ROOT / "tests/data/tune.yaml")]


@pytest.mark.parametrize("every", [pytest.param(25, id="every 25th line"),
                                   pytest.param(1, id="every line", marks=pytest.mark.slow)])
def test_the_shipped_base_covers_tune_as_with_numpy(matcher: Matcher, every: int,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Every question's shortlist and shares, from a matcher remembering nothing yet, with
    the Python sums (as the bot has them) and with NumPy's alone."""
    assert matcher._postings is not None  # the shipped base is small
    questions = _tune_words()[::every]
    python = fresh_memory(matcher)
    found = [python._coverage(toks) for toks in questions]
    assert python._postings._reach  # the words' reach was remembered ...
    assert [python._coverage(toks) for toks in questions] == found  # ... and reused
    monkeypatch.setattr(index, "FEW_POSTINGS", -1)  # every question to NumPy
    arrays = fresh_memory(matcher)
    assert [arrays._coverage(toks) for toks in questions] == found
