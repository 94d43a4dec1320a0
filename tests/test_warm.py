"""Work done at start so that the first questions are not slower: never another result."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.config import Settings
from bot.evaluation import load_labelled
from bot.index import WARM_WORDS
from bot.matcher import Matcher
from bot.services import Services
from tests.conftest import KNOWLEDGE, ROOT, shipped_answerer

QUESTIONS = 300


def test_a_warmed_matcher_remembers_the_commonest_words_and_matches_alike() -> None:
    shipped = shipped_answerer().matcher
    warm = Matcher(shipped.kb)
    used = np.diff(warm._vocab._offsets)
    assert warm.remember_vocabulary(most=10) == 10
    remembered = set(warm._similar)
    assert len(remembered) == 10
    assert min(used[warm._vocab.ids[w]] for w in remembered) >= sorted(used)[-10]
    every = min(WARM_WORDS, len(warm._vocab.sorted_words))
    assert warm.remember_vocabulary() == every
    assert set(warm._vocab.sorted_words) <= set(warm._similar)
    questions = [item.q for item in load_labelled(ROOT / "tests/data/tune.yaml")][:QUESTIONS]
    questions += ["migrnatlar", "pul otkazmalri 2024", "Россиядаги мигрантлар", "xyzzy"]
    assert [warm.match(q) for q in questions] == [shipped.match(q) for q in questions]


def test_the_bot_starts_with_its_vocabulary_remembered(tmp_path: Path) -> None:
    services = Services.build(Settings(database_path=tmp_path / "db.sqlite3",
                                       knowledge_dir=KNOWLEDGE))
    matcher = services.answerer.matcher
    assert set(matcher._vocab.sorted_words) <= set(matcher._similar)
