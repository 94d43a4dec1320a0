"""PyYAML's ``yaml.safe_load`` of the knowledge files, kept in pytest's cache folder for the
next test session (``conftest.safe_loaded``).

The tests that compare the bot's YAML reading with PyYAML's (``test_yamlfile``,
``test_fastyaml``) need PyYAML's pure-Python loader on every file of knowledge/: ~0.8 s of
one worker's CPU each session, for the same texts as the session before unless a file
changed. Each result is kept under a digest of the text, PyYAML's version and Python's
version, and read back in ~1 ms. The first text a session asks for is always loaded again
and compared with its kept result (``RECHECKED``), so a key that misses an input fails
instead of going unnoticed. Without a cache folder (``-p no:cacheprovider``) every text is
loaded; delete ``.pytest_cache/d/hamroh-safe-load`` to load them afresh.
"""

from __future__ import annotations

import hashlib
import pickle
import sys
from collections.abc import Callable
from pathlib import Path

from tests.kept_reports import Cache, write_kept

FOLDER = "hamroh-safe-load"
"""The kept results' folder in pytest's cache folder (``.pytest_cache/d/``)."""
KEPT = 64
"""How many kept results the folder holds (the newest: every file of knowledge/, twice)."""
RECHECKED = 1
"""How many of a session's texts are loaded again and compared with their kept result."""


def kept_safe_load(cache: Cache | None) -> Callable[[str], object]:
    """``yaml.safe_load`` of a text, read back from ``cache`` (pytest's cache folder;
    None: nothing kept) when an earlier session kept it."""
    import yaml

    if cache is None:
        return yaml.safe_load
    folder = Path(cache.mkdir(FOLDER))
    rechecked = [0]

    def load(text: str) -> object:
        h = hashlib.blake2b(digest_size=12)
        h.update(f"{yaml.__version__}\0{sys.version}\0".encode() + text.encode())
        path = folder / f"{h.hexdigest()}.pickle"
        try:
            kept = pickle.loads(path.read_bytes())
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            kept = None  # none kept, or a broken file: loaded again
        if isinstance(kept, tuple) and len(kept) == 1:
            if rechecked[0] >= RECHECKED:
                return kept[0]
            rechecked[0] += 1
            loaded = yaml.safe_load(text)
            if loaded != kept[0]:
                raise AssertionError(f"a kept yaml.safe_load differs from PyYAML's: delete "
                                     f"{folder} and find what tests/kept_yaml.py's key misses")
            return loaded
        loaded = yaml.safe_load(text)
        write_kept(path, pickle.dumps((loaded,), protocol=pickle.HIGHEST_PROTOCOL), KEPT)
        return loaded

    return load
