"""The vocabulary's flat postings give what per-word dictionaries gave, ties included."""

from __future__ import annotations

import math
import random
from collections import defaultdict

import pytest

from bot.vocab import Coverage, VocabBuilder

CREDIT = 0.5


def _entries(seed: int, n: int = 40) -> list[tuple[list[str], list[str]]]:
    rng = random.Random(seed)
    words = [f"w{k}" for k in range(30)]
    # Few words, many entries: many ties, words in both phrasings and answers.
    return [(rng.choices(words, k=rng.randint(0, 6)), rng.choices(words, k=rng.randint(0, 9)))
            for _ in range(n)]


def _reference(entries: list[tuple[list[str], list[str]]],
               question: list[dict[str, float]], weights: list[float]) -> list[tuple[int, float]]:
    """The dictionary version the arrays replaced: per word {entry: credit}."""
    postings: dict[str, dict[int, float]] = defaultdict(dict)
    for idx, (strong, weak) in enumerate(entries):
        for tok in strong:
            postings[tok][idx] = 1.0
        for tok in weak:
            postings[tok].setdefault(idx, CREDIT)
    covered: dict[int, float] = defaultdict(float)
    for similar, weight in zip(question, weights, strict=True):
        best: dict[int, float] = {}
        for word, sim in similar.items():
            for idx, credit in sorted(postings[word].items()):
                if sim * credit > best.get(idx, 0.0):
                    best[idx] = sim * credit
        for idx, value in best.items():
            covered[idx] += weight * value
    total = sum(weights)
    shares = {idx: value / total for idx, value in covered.items()}
    return [(idx, shares[idx]) for idx in sorted(shares, key=lambda i: -shares[i])]


@pytest.mark.parametrize("seed", range(20))
def test_coverage_top_is_the_dictionary_ranking_with_its_tie_order(seed: int) -> None:
    entries = _entries(seed)
    builder = VocabBuilder()
    for strong, weak in entries:
        builder.add_entry(strong, weak)
    vocab = builder.build(CREDIT)
    rng = random.Random(seed + 1000)
    known = vocab.sorted_words
    question = [{w: rng.choice([1.0, 0.9, 0.85]) for w in rng.sample(known, rng.randint(1, 3))}
                for _ in range(rng.randint(1, 5))]
    weights = [vocab.idf[next(iter(s))] for s in question]
    covered = Coverage(vocab)
    for similar, weight in zip(question, weights, strict=True):
        covered.add(weight, covered.best(similar))
    expected = _reference(entries, question, weights)
    for k in (1, 3, 8, len(entries)):
        assert list(covered.top(k).items()) == expected[:k]


@pytest.mark.parametrize("seed", range(20))
def test_all_words_at_once_sum_and_order_as_word_by_word(seed: int) -> None:
    builder = VocabBuilder()
    for strong, weak in _entries(seed):
        builder.add_entry(strong, weak)
    vocab = builder.build(CREDIT)
    rng = random.Random(seed + 2000)
    known = vocab.sorted_words
    # Some words reach no entry's postings at all ({}), some several.
    question = [(rng.uniform(0.1, 5.0),
                 {w: rng.choice([1.0, 0.9, 0.85, 0.7, 0.81])
                  for w in rng.sample(known, rng.randint(0, 4))})
                for _ in range(rng.randint(0, 8))]
    one, all_at_once = Coverage(vocab), Coverage(vocab)
    for weight, similar in question:
        one.add(weight, one.best(similar))
    all_at_once.add_all(question)
    assert all_at_once.sums.tolist() == one.sums.tolist()  # exactly: the same sums in order
    assert all_at_once.first.tolist() == one.first.tolist()
    assert (all_at_once.total, all_at_once._step) == (one.total, one._step)
    assert list(all_at_once.top(5).items()) == list(one.top(5).items())


def test_rarity_counts_phrasings_first_then_answers() -> None:
    builder = VocabBuilder()
    builder.add_entry(["visa"], ["visa", "patent"])
    builder.add_entry([], ["patent"])
    builder.add_entry(["work"], [])
    vocab = builder.build(CREDIT)
    n = 3
    assert vocab.idf["visa"] == math.log((n + 1) / 1.5)  # one entry's phrasings
    assert vocab.idf["patent"] == math.log((n + 1) / 2.5)  # only answers: both entries
    assert vocab.owners == {"visa": 1, "work": 1}
    entries, credits = vocab.postings("patent")
    assert entries.tolist() == [0, 1] and credits.tolist() == [CREDIT, CREDIT]
    assert "visa" in vocab and "nothing" not in vocab


@pytest.mark.parametrize("seed", range(5))
def test_postings_are_the_same_sorted_as_32_or_64_bit_numbers(seed: int) -> None:
    """``build`` sorts 32-bit keys when (word, entry, weak) fits in them; with more entries
    than that allows (here said to be 2**40), 64-bit keys give the same postings."""
    vocabs = []
    for n_entries in (None, 2**40):
        builder = VocabBuilder()
        for strong, weak in _entries(seed):
            builder.add_entry(strong, weak)
        vocabs.append(builder.build(CREDIT, n_entries))
    small, large = vocabs
    assert small.sorted_words == large.sorted_words and small.owners == large.owners
    for word in small.sorted_words:
        for got, expected in zip(large.postings(word), small.postings(word), strict=True):
            assert got.tolist() == expected.tolist()
