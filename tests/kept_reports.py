"""The shipped matcher's reports on the labelled sets (``evaluation.evaluate``), kept in
pytest's cache folder for the next test session with the same code and knowledge.

``eval``'s tests and the matcher gates read the bot's report on tune and on the holdout:
about 5 s of one worker's CPU, more as tune grows. A later session in which nothing they
depend on changed reads them back instead. They are kept under a key of everything the
matcher's results can depend on:

* every file under ``bot/`` and ``knowledge/``, ``tests/conftest.py`` (which builds the
  shipped matcher), this file and ``pyproject.toml``;
* Python's version and every installed distribution's name and version;
* the labelled lines themselves (each report is kept per content of its set).

Without a cache folder (``-p no:cacheprovider``) nothing is kept, and a fresh clone has
none: its gates always run the real matcher. Every session that reads a kept report also
matches ``RECHECKED`` of its lines afresh and fails if one differs, so an input the key
misses does not go unnoticed. The folder is local (``.gitignore``); like the baseline's kept
scores (``bot/keptbaseline.py``) nothing of it is committed, and no message is kept in it
(a test checks): the holdout stays in tests/data alone. Delete ``.pytest_cache/d/hamroh-
reports`` (or run with ``-p no:cacheprovider``) to compute every report afresh.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from bot.evaluation import Labelled, Report
    from bot.matcher import Matcher
    from bot.verdict import Match

ROOT = Path(__file__).resolve().parent.parent
FOLDER = "hamroh-reports"
"""The kept reports' folder in pytest's cache folder (``.pytest_cache/d/``)."""
RECHECKED = 16
"""How many lines of a kept report each session matches again and compares."""
KEPT = 6
"""How many reports the folder holds (the newest): tune and holdout of a few versions."""


class Cache(Protocol):
    """What is used of pytest's ``config.cache``."""

    def mkdir(self, name: str) -> Path: ...


@functools.cache
def code_key() -> str:
    """A digest of everything the shipped matcher's results can depend on but the lines."""
    h = hashlib.blake2b(digest_size=12)
    files = [p for top in ("bot", "knowledge") for p in (ROOT / top).rglob("*")
             if p.is_file() and "__pycache__" not in p.parts]
    files += [ROOT / "tests" / "conftest.py", Path(__file__), ROOT / "pyproject.toml"]
    for path in sorted(files):
        h.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    h.update(sys.version.encode())
    for entry in sys.path:
        if entry and os.path.isdir(entry):
            h.update("\0".join(sorted(n for n in os.listdir(entry)
                                      if n.endswith(".dist-info"))).encode())
    return h.hexdigest()


def lines_key(items: Iterable[Labelled]) -> str:
    h = hashlib.blake2b(digest_size=12)
    for i in items:
        h.update(repr((i.q, i.lang, i.expect, i.line, i.want, i.kind)).encode())
    return h.hexdigest()


def kept_evaluate(cache: Cache | None) -> Callable[[Matcher, list[Labelled]], Report]:
    """``evaluation.evaluate`` with its matches kept in ``cache`` (pytest's cache folder;
    None: nothing kept)."""
    from bot.evaluation import Outcome, Report, evaluate

    def run(matcher: Matcher, items: list[Labelled]) -> Report:
        if cache is None:
            return evaluate(matcher, items)
        folder = Path(cache.mkdir(FOLDER))
        path = folder / f"{code_key()}-{lines_key(items)}.pickle"
        kept = _read(path, len(items))
        if kept is None:
            report = evaluate(matcher, items)
            # Kept without the messages: no labelled line (the holdout's) is copied outside
            # tests/data; each is put back from the lines on reading.
            _write(path, [replace(o.match, query="") for o in report.outcomes])
            return report
        kept = [replace(m, query=i.q) for i, m in zip(items, kept, strict=True)]
        step = max(1, len(items) // RECHECKED)
        for k in range(0, len(items), step)[:RECHECKED]:
            if matcher.match(items[k].q) != kept[k]:
                # No line or match in the message: it may be a holdout line.
                raise AssertionError(
                    f"a kept report differs from the matcher's on its line {k}: delete "
                    f"{folder} and find what tests/kept_reports.py's key misses")
        return Report([Outcome(i, m) for i, m in zip(items, kept, strict=True)])

    return run


def _read(path: Path, count: int) -> list[Match] | None:
    try:
        kept = pickle.loads(path.read_bytes())
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        return None  # none kept, or a broken file: computed again
    return kept if isinstance(kept, list) and len(kept) == count else None


def _write(path: Path, matches: list[Match]) -> None:
    write_kept(path, pickle.dumps(matches, protocol=pickle.HIGHEST_PROTOCOL), KEPT)


def write_kept(path: Path, data: bytes, kept: int) -> None:
    """Write ``data`` to ``path`` at once (both workers of a first run may write the same
    file), and keep only the ``kept`` newest pickles of its folder."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}")
    temporary.write_bytes(data)
    os.replace(temporary, path)
    try:
        old = sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime,
                     reverse=True)
    except FileNotFoundError:
        return  # another worker is pruning
    for stale in old[kept:]:
        stale.unlink(missing_ok=True)
