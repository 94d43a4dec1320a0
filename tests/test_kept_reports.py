"""The bot's reports kept between test sessions (tests/kept_reports.py): read back the same,
checked against the matcher, and holding no message (the holdout stays in tests/data)."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from bot.evaluation import Labelled
from tests.conftest import ROOT, read_labelled, shipped_answerer
from tests.kept_reports import FOLDER, kept_evaluate


def tune_lines() -> list[Labelled]:
    """Tune's first 20 lines, as the session parsed it (not parsed again at collection)."""
    return read_labelled(ROOT / "tests" / "data" / "tune.yaml")[:20]


class Cache:
    def __init__(self, root: Path) -> None:
        self.root = root

    def mkdir(self, name: str) -> Path:
        (self.root / name).mkdir(exist_ok=True)
        return self.root / name


def test_a_kept_report_is_read_back_the_same_and_holds_no_message(tmp_path: Path) -> None:
    matcher, lines = shipped_answerer().matcher, tune_lines()
    run = kept_evaluate(Cache(tmp_path))
    first = run(matcher, lines)
    (kept,) = (tmp_path / FOLDER).glob("*.pickle")
    data = kept.read_bytes()
    assert not [i.q for i in lines if i.q.encode() in data]
    again = run(matcher, lines)
    assert [o.match for o in again.outcomes] == [o.match for o in first.outcomes]
    assert [o.match.query for o in again.outcomes] == [i.q for i in lines]


def test_a_kept_report_that_differs_from_the_matcher_fails(tmp_path: Path) -> None:
    matcher, lines = shipped_answerer().matcher, tune_lines()
    run = kept_evaluate(Cache(tmp_path))
    run(matcher, lines)
    (kept,) = (tmp_path / FOLDER).glob("*.pickle")
    matches = pickle.loads(kept.read_bytes())
    matches[0] = replace(matches[0], decision="abstain" if matches[0].decision != "abstain"
                         else "answer")
    kept.write_bytes(pickle.dumps(matches))
    with pytest.raises(AssertionError, match="differs from the matcher"):
        run(matcher, lines)
