"""The test suite's own machinery (tests/conftest.py): what it keeps between sessions must
give what computing afresh gives."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from rapidfuzz import utils

from bot import keptbaseline as kept_baseline
from bot.keptbaseline import KEPT_BASELINE, SEED, digest, kept_best_matches
from bot.scorecard import best_matches
from tests.conftest import ROOT, read_labelled

TUNE = ROOT / "tests" / "data" / "tune.yaml"

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
    assert kept_best_matches(cache, None)(QUERIES, TEXTS) == fresh  # computed and kept
    assert kept_best_matches(cache, None)(QUERIES[::-1], TEXTS) == fresh[::-1]  # read back
    more = [*QUERIES, "which organisations"]  # kept and new at once
    assert kept_best_matches(cache, None)(more, TEXTS) == best_matches(more, TEXTS)
    assert not any(q and q in cache.data[KEPT_BASELINE] for q in QUERIES + TEXTS)
    other = [*TEXTS, "what is the weather"]
    assert kept_best_matches(cache, None)(QUERIES, other) == best_matches(QUERIES, other)


def test_a_kept_score_that_differs_from_a_fresh_one_fails() -> None:
    cache = Cache()
    kept_best_matches(cache, None)(QUERIES, TEXTS)
    stored = cache.get(KEPT_BASELINE, None)
    assert isinstance(stored, dict)
    for found in stored["stores"][0]["best"].values():
        if found is not None:
            found[0] += 1
    cache.set(KEPT_BASELINE, stored)
    with pytest.raises(AssertionError, match="differs from a fresh one"):
        kept_best_matches(cache, None)(QUERIES, TEXTS)


PHRASINGS = ["how much money did migrants send home", "what is a remittance",
             "which organisations help migrants", "what is a remittance",
             "how do i send money home", "where do migrants work"]
LINES = ["how much did migrants send", "remittance meaning", "", "weather in tashkent",
         "send money", "what is a remittance", "migrants work where", "help"]


@pytest.mark.parametrize(("edit", "carried"), [
    (lambda t: t, True),
    (lambda t: [*t, "what does a remittance cost"], True),  # a new phrasing at the end
    (lambda t: ["what is remittance", *t], True),  # ... at the front, scoring as a kept one
    (lambda t: [*t[:3], "send money home", *t[3:]], True),  # ... in between
    (lambda t: t[1:], True),  # the first best of some lines goes
    (lambda t: t[:-1], True),  # a phrasing that is nobody's best goes
    (lambda t: [*t[:4], "how do we send money home", *t[5:]], True),  # one is reworded
    (lambda t: [], True),  # no phrasing left
    # Scored afresh: the kept phrasings change order, or a repeated one changes.
    (lambda t: [t[4], *t[:4], *t[5:]], False),
    (lambda t: [t[1], *t], False),
    (lambda t: t[:1] + t[2:], False),
], ids=["same", "end", "front", "between", "best-gone", "other-gone", "reworded", "none",
        "reordered", "repeated", "repeat-gone"])
@pytest.mark.parametrize("where", ["cache", "seed"])
def test_kept_scores_of_other_phrasings_are_the_fresh_ones(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, edit: Callable[[list[str]], list[str]],
        carried: bool, where: str) -> None:
    """Scores kept against other phrasings are carried over by scoring only the new ones,
    and give exactly what scoring every phrasing afresh gives (no line rechecked here)."""
    monkeypatch.setattr(kept_baseline, "RECHECKED", 0)
    cache, seed = Cache(), tmp_path / "seed.json"
    kept_best_matches(cache, None)(LINES, PHRASINGS)
    if where == "seed":
        seed.write_text(json.dumps(cache.get(KEPT_BASELINE, None)["stores"][0]))
        cache = Cache()
    scored: list[tuple[int, int]] = []

    def counted(queries: list[str], texts: list[str]) -> list[tuple[float, int] | None]:
        scored.append((len(queries), len(texts)))
        return best_matches(queries, texts)

    monkeypatch.setattr(kept_baseline, "best_matches", counted)
    phrasings = edit(list(PHRASINGS))
    assert kept_best_matches(cache, seed)(LINES, phrasings) == best_matches(LINES, phrasings)
    assert (sum(q * t for q, t in scored) < len(LINES) * len(phrasings)) == (
        carried and bool(phrasings))
    scored.clear()
    assert kept_best_matches(cache, None)(LINES[::-1], phrasings) == best_matches(
        LINES[::-1], phrasings)  # and kept in the cache folder for these phrasings
    assert scored == []


def test_the_committed_seed_holds_tune_lines_only() -> None:
    """Nothing computed from the holdout is committed: every line of the seed is a tune
    line (under the hash of its text as the baseline scores it)."""
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    tune = {digest(utils.default_process(item.q)) for item in read_labelled(TUNE)}
    assert seed["best"] and set(seed["best"]) <= tune


OUTCOMES = '''
import pytest

@pytest.fixture
def broken_setup():
    raise RuntimeError("setup broke")

@pytest.fixture
def broken_teardown():
    yield
    raise RuntimeError("teardown broke")

@pytest.fixture
def noisy():
    print("said in setup")
    yield

def test_passes(): pass
def test_fails(): assert False, "call failed"
def test_setup_error(broken_setup): pass
def test_teardown_error(broken_teardown): pass
def test_skipped(): pytest.skip("skipped here")
@pytest.mark.skip(reason="skipped in setup")
def test_skip_mark(): pass
@pytest.mark.xfail(strict=True)
def test_xfails(): assert False
def test_noisy(noisy): pass
'''


@pytest.mark.slow  # six processes
def test_the_lean_worker_reports_every_outcome_and_output_as_before(tmp_path: Path) -> None:
    """Under pytest-xdist, the worker's left-out messages (``tests/lean.py``) change nothing
    the controller prints: every failure, error, skip and captured output of a phase."""
    import os
    import subprocess
    import sys

    (tmp_path / "test_outcomes.py").write_text(OUTCOMES, encoding="utf-8")
    outputs = []
    for lean in (False, True):
        (tmp_path / "conftest.py").write_text(
            "from tests.lean import lean_worker\n\n"
            f"def pytest_configure(config):\n    {'lean_worker(config)' if lean else 'pass'}\n",
            encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-n", "2", "-q", "-rA", "-p", "no:cacheprovider",
             "-p", "no:randomly", str(tmp_path)], cwd=tmp_path, capture_output=True, text=True,
            timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
        outputs.append(done.stdout)
    # Which worker ran a test, and so the order of the dots, varies from run to run; so
    # does the time taken.
    plain, lean = ([re.sub(r"\bgw\d+\b| in [\d.]+s\b.*", "", "".join(sorted(line))
                           if "[100%]" in line else line)
                    for line in out.splitlines() if not line.startswith("====")]
                   for out in outputs)
    summary = outputs[1].splitlines()[-1]
    for said in ("1 failed", "3 passed", "2 skipped", "1 xfailed", "2 errors"):
        assert said in summary, lean
    for said in ("setup broke", "teardown broke", "call failed", "said in setup",
                 "skipped in setup", "skipped here"):
        assert any(said in line for line in lean), lean
    assert sorted(plain) == sorted(lean)


ENDINGS = '''
import atexit
import os
import tempfile
from pathlib import Path

KEPT = []

def test_leaves_an_exit_function_and_a_temporary_folder():
    said = Path(os.environ["ENDING_TO"])
    atexit.register(lambda: said.with_suffix(".atexit").write_text("ran"))
    KEPT.append(tempfile.TemporaryDirectory(dir=said.parent))  # alive until the end
    said.write_text(KEPT[0].name)

def test_fails(): assert False, "call failed"
'''


@pytest.mark.slow  # six processes
@pytest.mark.parametrize("quickly", [False, True], ids=["torn down", "quickly"])
def test_a_worker_that_ends_quickly_still_runs_what_python_runs_at_exit(
        tmp_path: Path, quickly: bool) -> None:
    """A worker leaving without its interpreter's teardown (``tests/ending.py``) first runs
    every ``atexit`` function, a test's own and ``weakref.finalize``'s (a temporary
    folder kept alive to the end is removed), and the run's summary is the same."""
    import os
    import subprocess
    import sys

    (tmp_path / "test_endings.py").write_text(ENDINGS, encoding="utf-8")
    (tmp_path / "conftest.py").write_text(
        "from tests.ending import end_quickly\n\n"
        "def pytest_sessionfinish(session):\n"
        f"    {'end_quickly(session.config)' if quickly else 'pass'}\n", encoding="utf-8")
    said = tmp_path / "said.txt"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "2", "-q", "-p", "no:cacheprovider",
         str(tmp_path / "test_endings.py")], cwd=tmp_path, capture_output=True, text=True,
        timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT), "ENDING_TO": str(said)},
        check=False)
    assert done.returncode == 1, done.stdout + done.stderr
    assert re.search(r"^1 failed, 1 passed in ", done.stdout.splitlines()[-1]), done.stdout
    assert "call failed" in done.stdout
    assert said.with_suffix(".atexit").read_text() == "ran"
    assert not Path(said.read_text()).exists()
