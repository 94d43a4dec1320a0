"""Tune's labelled lines as ``evaluation.load_labelled`` parses them, kept in pytest's cache
folder for the next test session with the same code and the same file (``read_labelled``).

Both pytest-xdist workers parse tune once per session (the reports, the matcher gates, the
tests that sample its lines): ~0.45 s of CPU each at 9,800 lines, since each line's number
needs PyYAML's node tree. Reading a kept parse back takes ~0.01 s. It is kept under
``kept_reports.code_key`` (every file under bot/ and knowledge/, tests/conftest.py, Python's
version and every installed distribution: the parser and PyYAML), this file's text and
the file's bytes.

Only ``tests/data/tune.yaml`` is kept, which is committed anyway: nothing of the holdout is
copied out of tests/data (``HOLDOUT_NEVER_KEPT``). Without a cache folder
(``-p no:cacheprovider``) every set is parsed; delete ``.pytest_cache/d/hamroh-labelled``
to parse it afresh.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tests.kept_reports import Cache, code_key, write_kept

if TYPE_CHECKING:
    from bot.evaluation import Labelled

ROOT = Path(__file__).resolve().parent.parent
KEPT_SETS = frozenset({ROOT / "tests" / "data" / "tune.yaml"})
"""The labelled sets whose parse is kept: tune only."""
HOLDOUT_NEVER_KEPT = ROOT / "tests" / "data" / "holdout.yaml"
FOLDER = "hamroh-labelled"
"""The kept parses' folder in pytest's cache folder (``.pytest_cache/d/``)."""
KEPT = 2
"""How many kept parses the folder holds (the newest)."""


def kept_labelled(cache: Cache | None, path: Path, data: bytes,
                  load: Callable[[Path], list[Labelled]]) -> tuple[Labelled, ...]:
    """``tuple(load(path))``, ``data`` being the file's bytes; for tune, read back from
    ``cache`` (pytest's cache folder; None: nothing kept) when kept there."""
    if cache is None or Path(path).resolve() not in KEPT_SETS:
        return tuple(load(path))
    assert Path(path).resolve() != HOLDOUT_NEVER_KEPT
    h = hashlib.blake2b(digest_size=12)
    h.update(code_key().encode() + b"\0" + Path(__file__).read_bytes() + b"\0" + data)
    kept = Path(cache.mkdir(FOLDER)) / f"{h.hexdigest()}.pickle"
    try:
        items = pickle.loads(kept.read_bytes())
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
        items = None  # none kept, or a broken file: parsed again
    if isinstance(items, tuple):
        return items
    items = tuple(load(path))
    write_kept(kept, pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL), KEPT)
    return items
