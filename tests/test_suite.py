"""The test suite's own machinery (tests/conftest.py): what it keeps between sessions must
give what computing afresh gives."""

from __future__ import annotations

import json

import pytest

from bot.scorecard import best_matches
from tests.conftest import KEPT_BASELINE, kept_best_matches

TEXTS = ["how much money did migrants send home", "what is a remittance",
         "which organisations help migrants", "what is a remittance"]
QUERIES = ["how much did migrants send", "remittance meaning", "", "weather in tashkent"]


class Cache:
    """pytest's cache folder, in memory, holding what ``set`` stores as JSON would."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, key: str, default: object) -> object:
        return json.loads(self.data[key]) if key in self.data else default

    def set(self, key: str, value: object) -> None:
        self.data[key] = json.dumps(value)


def test_kept_baseline_scores_are_the_fresh_ones_and_keep_no_text() -> None:
    cache = Cache()
    fresh = best_matches(QUERIES, TEXTS)
    assert kept_best_matches(cache)(QUERIES, TEXTS) == fresh  # computed and kept
    assert kept_best_matches(cache)(QUERIES[::-1], TEXTS) == fresh[::-1]  # read back
    more = [*QUERIES, "which organisations"]  # kept and new at once
    assert kept_best_matches(cache)(more, TEXTS) == best_matches(more, TEXTS)
    assert not any(q and q in cache.data[KEPT_BASELINE] for q in QUERIES + TEXTS)
    other = [*TEXTS, "what is the weather"]
    assert kept_best_matches(cache)(QUERIES, other) == best_matches(QUERIES, other)


def test_a_kept_score_that_differs_from_a_fresh_one_fails() -> None:
    cache = Cache()
    kept_best_matches(cache)(QUERIES, TEXTS)
    stored = cache.get(KEPT_BASELINE, None)
    assert isinstance(stored, dict)
    for found in stored["best"].values():
        if found is not None:
            found[0] += 1
    cache.set(KEPT_BASELINE, stored)
    with pytest.raises(AssertionError, match="differs from a fresh one"):
        kept_best_matches(cache)(QUERIES, TEXTS)
