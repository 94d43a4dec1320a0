"""The session's shipped knowledge base and index (``conftest.shipped_answerer``), kept in
pytest's cache folder for the next test session with the same code and knowledge.

Every pytest-xdist worker loads knowledge/ and builds the shipped index once per session:
about 0.55 s of CPU each (0.15 s loading, 0.4 s indexing), on both workers. Reading a kept
one back takes 0.03-0.04 s. It is kept under ``kept_reports.code_key`` (every file under
bot/ and knowledge/, tests/conftest.py, pyproject.toml, Python's version and every
installed distribution) and this file's text, pickled right after the build, before it has
matched anything, so that it is what a build gives.

Then ``PROBES`` questions of the knowledge base are matched by the built matcher and kept
beside it; a session that reads it back matches them again and fails if one differs (an
index that does not match alike once read back in another process, or an input the key
misses). A fresh clone, and a run with ``-p no:cacheprovider``, build it. Nothing of it is
committed; delete ``.pytest_cache/d/hamroh-answerer`` to build it afresh.
"""

from __future__ import annotations

import functools
import hashlib
import io
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from tests.kept_reports import Cache, code_key, write_kept

if TYPE_CHECKING:
    from bot.answers import Answerer
    from bot.knowledge import KnowledgeBase

KNOWLEDGE = Path(__file__).resolve().parent.parent / "knowledge"
FOLDER = "hamroh-answerer"
"""The kept answerer's folder in pytest's cache folder (``.pytest_cache/d/``)."""
PROBES = 16
"""How many questions of the knowledge base a session that reads it back matches again."""
KEPT = 2
"""How many kept answerers the folder holds (the newest)."""


def build() -> Answerer:
    """The shipped knowledge base, loaded, and its index, built."""
    from bot import knowledge
    from bot.answers import Answerer
    from bot.matcher import Matcher

    kb = knowledge.load_or_raise(KNOWLEDGE)
    return Answerer(kb, Matcher(kb))


@functools.cache
def key() -> str:
    h = hashlib.blake2b(digest_size=12)
    h.update(code_key().encode() + b"\0" + Path(__file__).read_bytes())
    return h.hexdigest()


def probes(kb: KnowledgeBase) -> list[str]:
    """``PROBES`` questions spread over the entries, in their languages in turn."""
    entries = [kb.entries[eid] for eid in sorted(kb.entries)]
    step = max(1, len(entries) // PROBES)
    texts = []
    for k, entry in enumerate(entries[::step][:PROBES]):
        langs = sorted(lang for lang, questions in entry.questions.items() if questions)
        if langs:
            texts.append(entry.questions[langs[k % len(langs)]][0])
    return texts


def kept_answerer(cache: Cache | None, build: Callable[[], Answerer] = build) -> Answerer:
    """``build()``, or the answerer it gave in an earlier session with the same key."""
    if cache is None:
        return build()
    folder = Path(cache.mkdir(FOLDER))
    path = folder / f"{key()}.pickle"
    kept = _read(path)
    if kept is not None:
        answerer, probed = kept
        for text, match in probed:
            if answerer.matcher.match(text) != match:
                raise AssertionError(
                    f"the kept answerer matches {text!r} otherwise than when it was built: "
                    f"delete {folder} and find what tests/kept_answerer.py's key misses")
        return answerer
    answerer = build()
    try:
        blob = dumps(answerer)  # before any match
    except (pickle.PicklingError, TypeError, AttributeError):
        return answerer  # kept no more; test_kept_answerer says what cannot be pickled
    probed = [(text, answerer.matcher.match(text)) for text in probes(answerer.kb)]
    _write(path, pickle.dumps((blob, probed), protocol=pickle.HIGHEST_PROTOCOL))
    return answerer


def dumps(answerer: Answerer) -> bytes:
    """``answerer`` pickled, a cache that an object keeps of one of its own methods
    (``self.f = lru_cache(n)(self._f)``) as an empty cache of the same size around it."""
    data = io.BytesIO()
    _Pickler(data, protocol=pickle.HIGHEST_PROTOCOL).dump(answerer)
    return data.getvalue()


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> object:
        if isinstance(obj, functools._lru_cache_wrapper):
            module = sys.modules.get(getattr(obj, "__module__", ""))
            if getattr(module, getattr(obj, "__qualname__", ""), None) is not obj:
                kept = obj.cache_parameters()
                return _cached, (obj.__wrapped__, kept["maxsize"], kept["typed"])
        return NotImplemented  # as pickle does it


def _cached(function: Callable[..., object], maxsize: int | None, typed: bool
            ) -> Callable[..., object]:
    return functools.lru_cache(maxsize=maxsize, typed=typed)(function)


def _read(path: Path) -> tuple[Answerer, list] | None:
    try:
        blob, probed = pickle.loads(path.read_bytes())
        return pickle.loads(blob), probed
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError,
            TypeError, ValueError):
        return None  # none kept, or a broken file: built again


def _write(path: Path, data: bytes) -> None:
    write_kept(path, data, KEPT)
