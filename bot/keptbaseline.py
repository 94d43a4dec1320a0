"""The plain baseline's rapidfuzz scores (``scorecard.best_matches``), kept between test
sessions so that neither a later run nor a fresh clone's first run scores every labelled
line again (about a minute of one core for tune and holdout). ``eval`` reads the committed
seed the same way (no cache folder), so its baseline column costs only the lines and
phrasings added since ``make kept-baseline``.

Two stores hold them, in the same form: pytest's cache folder (``.pytest_cache/``, every
line a session scored) and, for a fresh clone, ``tests/data/baseline-kept.json`` (the tune
lines only: nothing computed from the holdout is committed). A store keeps, under hashes
only (no text of a line or a phrasing):

* ``key``: rapidfuzz's version and the scoring code; any change to either drops the store;
* ``texts``: the phrasings it was scored against, in order;
* ``best``: per line, its best score and where the phrasing that first has it is.

A kept score still holds when phrasings change: only the new phrasings are scored against
the line, as long as its best phrasing is still there and the phrasings it kept are in
their old order (else the line is scored afresh). Every session scores ``RECHECKED`` kept
lines afresh and fails if one differs, so a mistake in this reasoning does not go unnoticed.

Write the committed seed again after many phrasings or tune lines changed (each changed
one costs the first run a little): ``make kept-baseline``.
"""

from __future__ import annotations

import hashlib
import inspect
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import rapidfuzz

from bot import scorecard
from bot.scorecard import BestMatches, best_matches

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "baseline-kept.json"
KEPT_BASELINE = "hamroh/baseline-best-matches"
"""The key of the kept scores in pytest's cache folder."""
RECHECKED = 16
"""How many kept scores each session computes again and compares."""
STORES = 3
"""How many sets of phrasings the cache folder keeps scores against (the newest first): a
session that changed the phrasings reads tune's and holdout's kept scores from the last."""

Found = tuple[float, int] | None


class Cache(Protocol):
    """What is used of pytest's ``config.cache``."""

    def get(self, key: str, default: object) -> object: ...

    def set(self, key: str, value: object) -> None: ...


def digest(*parts: str) -> str:
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=8).hexdigest()


def scoring_key() -> str:
    return digest(rapidfuzz.__version__, inspect.getsource(scorecard.best_matches))


@dataclass
class Kept:
    key: str
    texts: list[str]
    """The phrasings' hashes, in the order they were scored."""
    best: dict[str, list[float] | None]
    """Per line's hash: [best score, where the first phrasing with it is in ``texts``], or
    None."""

    @classmethod
    def read(cls, data: object, key: str) -> Kept | None:
        """The store in ``data`` (as saved by ``as_json``), or None if it is of other
        scoring code or not a store at all."""
        if not (isinstance(data, dict) and data.get("key") == key
                and isinstance(data.get("texts"), list) and isinstance(data.get("best"), dict)):
            return None
        return cls(key, data["texts"], data["best"])

    def as_json(self) -> dict[str, object]:
        return {"key": self.key, "texts": self.texts, "best": self.best}

    def found(self, queries: dict[str, str], texts: list[str], hashes: list[str]
              ) -> dict[str, tuple[Found, bool]]:
        """Per line (its hash -> its text) that this store can answer for the phrasings
        ``texts`` (with their ``hashes``): what ``best_matches`` gives, and whether it was
        derived (the phrasings are not the kept ones)."""
        first: dict[str, int] = {}
        for i, h in enumerate(hashes):
            first.setdefault(h, i)
        kept = {q: None if b is None else (b[0], self.texts[int(b[1])])
                for q, b in ((q, self.best[q]) for q in queries if q in self.best)}
        if hashes == self.texts:
            return {q: (None if b is None else (b[0], first[b[1]]), False)
                    for q, b in kept.items()}
        old, now = set(self.texts), set(hashes)
        if [h for h in hashes if h in old] != [h for h in self.texts if h in now]:
            return {}  # the kept phrasings changed order or were repeated: score afresh
        # Every kept phrasing before a line's best scored less (extractOne keeps the first
        # best), every one after it at most as much: only the new phrasings can change it.
        usable = {q: b for q, b in kept.items() if b is None or b[1] in first}
        new = [i for i, h in enumerate(hashes) if h not in old]
        scored = (best_matches([queries[q] for q in usable], [texts[i] for i in new])
                  if new and usable else [None] * len(usable))
        out: dict[str, tuple[Found, bool]] = {}
        for (q, b), n in zip(usable.items(), scored, strict=True):
            was = None if b is None else (b[0], first[b[1]])
            now_ = None if n is None else (n[0], new[n[1]])
            if was is None or now_ is None:
                out[q] = (was or now_, True)
            elif was[0] != now_[0]:
                out[q] = (max(was, now_), True)
            else:
                out[q] = ((was[0], min(was[1], now_[1])), True)
        return out


def kept_best_matches(cache: Cache | None, seed: Path | None = SEED) -> BestMatches:
    """``scorecard.best_matches`` with its results kept in ``cache`` (pytest's cache folder;
    None: none) and read from the committed ``seed`` too."""

    def best(queries: list[str], texts: list[str]) -> list[Found]:
        key = scoring_key()
        hashes = [digest(t) for t in texts]
        lines = {digest(q): q for q in queries}
        saved = cache.get(KEPT_BASELINE, None) if cache is not None else None
        local = [k for k in (Kept.read(s, key) for s in (
            saved.get("stores", []) if isinstance(saved, dict) else [])) if k]
        seeded = Kept.read(read_json(seed), key) if seed is not None else None
        found: dict[str, Found] = {}
        derived = False
        for store in [*local, *([seeded] if seeded else [])]:
            if len(found) == len(lines):
                break
            for q, (f, d) in store.found({q: t for q, t in lines.items() if q not in found},
                                         texts, hashes).items():
                found[q] = f
                derived = derived or d or not (local and store is local[0])
        recheck = sorted(found)[:RECHECKED]
        missing = [q for q in lines if q not in found]
        fresh = best_matches([lines[q] for q in missing + recheck], texts) if (
            missing or recheck) else []
        for q, f in zip(recheck, fresh[len(missing):], strict=True):
            assert found[q] == f, (
                f"a kept baseline score differs from a fresh one: delete {KEPT_BASELINE} "
                "in .pytest_cache (and make kept-baseline) and find what the key misses")
        found.update(zip(missing, fresh[:len(missing)], strict=True))
        if cache is not None and (missing or derived):
            if not (local and local[0].texts == hashes):  # other phrasings: a new store
                local.insert(0, Kept(key, hashes, {}))
            local[0].best.update((q, None if f is None else [f[0], f[1]])
                                 for q, f in found.items())
            cache.set(KEPT_BASELINE, {"stores": [k.as_json() for k in local[:STORES]]})
        return [found[digest(q)] for q in queries]

    return best


def read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def write_seed(path: Path = SEED) -> int:
    """Scores every tune line against the shipped phrasings afresh and writes them as the
    committed seed; gives how many lines."""
    from bot import knowledge
    from bot.evaluation import load_labelled
    from bot.scorecard import baseline

    store: dict[str, Kept] = {}

    def keep(queries: list[str], texts: list[str]) -> list[Found]:
        hashes = [digest(t) for t in texts]
        found = best_matches(queries, texts)
        store["tune"] = Kept(scoring_key(), hashes, {
            digest(q): None if f is None else [f[0], f[1]]
            for q, f in zip(queries, found, strict=True)})
        return found

    tune = load_labelled(ROOT / "tests" / "data" / "tune.yaml")
    baseline(knowledge.load_or_raise(ROOT / "knowledge"), tune, keep)
    path.write_text(json.dumps(store["tune"].as_json(), separators=(",", ":")) + "\n",
                    encoding="utf-8")
    return len(store["tune"].best)


if __name__ == "__main__":
    print(f"{write_seed()} tune lines' baseline scores written to {SEED.relative_to(ROOT)}")
