"""The index build's first step on both cores: the list of texts to read and their split
(pure in what it gives).

Listing every entry's phrasings (with the Uzbek Cyrillic check, ``bot.phrasinglist``),
splitting them into words and folding each distinct word (``PhrasingReader.split``) is
Python once per text and per word: at 50,000 entries about half of the index build. Each
entry's part of it is its own, so a large base's later half (a little less: ``CHILD_SHARE``)
is listed and split by a forked child (``bot.forked``) while the build does the rest; the
two are then joined as one listing and one split of all the texts would be: the same texts,
the same word numbers (``Split.then``), the same folds. A child that fails is only a part
done here, later.

The same child then works out what the build asks it to read ahead (its answers' words,
while the build reads the phrasings) and does one more job of the build, for a message
(``Relay``): a second fork would cost the build a fault on every page it writes
afterwards, as the first one did.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, MutableMapping
from itertools import islice
from typing import Any

import numpy as np

from bot.forked import Forked, Later
from bot.knowledge import Entry
from bot.phrasinglist import Alike, phrasings
from bot.phrasings import PhrasingReader, Split

PARALLEL_FROM = 2_000
"""Entries from which a child lists and splits the later half (below, a fork costs more
than it saves)."""

CHILD_SHARE = 0.48
"""The child's share of the entries: a little less than half, as it also pickles its part
for the build (at 50,000 entries 0.47 s of CPU, where each half costs ~3 s: the build
waited ~0.3 s for it, and ~1 s at load 8), so that the build need not wait for it."""

Listed = tuple[list[str], list[str | None], np.ndarray, list[int], np.ndarray, np.ndarray,
               Split]
"""``phrasinglist.phrasings``' texts, languages, entries, aliases, sources and counts, and
the texts' split."""


class Relay:
    """The child that listed and split the later half, kept for one more job of the build
    (``list_and_split``'s ``then``), or nothing (that job is then done here)."""

    def __init__(self, child: Forked[Any] | None, job: Callable[[Any], Any],
                 folded: list[tuple[str, str]],
                 folds: MutableMapping[str, str] | None = None) -> None:
        self._child = child
        self._job = job
        self._folded = folded
        """The word folds the build made of its half (the child lacks them)."""
        self._folds = folds

    def ahead(self) -> Any:
        """What the child read ahead (``list_and_split``'s ``ahead``), its word folds
        added to the build's; None when there is no child or it failed (the build reads
        that itself). Asked once, before ``then``."""
        got = self._child.ahead() if self._child is not None else None
        if got is None:
            return None
        value, folded = got[0]
        if self._folds is not None:
            for word, fold in folded:
                self._folds.setdefault(word, fold)
        return value

    def ready(self) -> bool:
        """Whether ``ahead`` would give at once (the child has sent it, or there is no
        child): the build hands the questions over as soon as it is, not later."""
        return self._child is None or self._child.ahead_ready()

    def then(self, message: Any) -> Later:
        """The job's value for ``message``, in the child (else here) when asked."""
        child, self._child = self._child, None
        if child is None:  # (a child that failed, or never was: here)
            return Later(None, self._job, (message, []))
        return child.then((message, self._folded))

    def close(self) -> None:
        """Ends the child (nothing more is asked of it)."""
        if self._child is not None:
            self._child.close()
            self._child = None


def list_and_split(entries: list[Entry], keyless: Collection[int], skippable: Collection[str],
                   alike: Alike, reader: PhrasingReader, folds: MutableMapping[str, str],
                   then: Callable[[Any], Any] | None = None,
                   ahead: Callable[[], Any] | None = None) -> tuple[Listed, Relay]:
    """``phrasings(entries, keyless, skippable, alike)`` and ``reader.split`` of its texts,
    and the child that did half of it, for ``ahead`` (done right after) and ``then``
    (``Relay``).

    ``folds`` is the build's memory of each word's fold (what ``reader`` folds with): the
    child's are added to it, so that the build does not fold those words again."""

    def part(start: int, end: int) -> Listed:
        listed = phrasings(entries[start:end], {k - start for k in keyless if start <= k < end},
                           skippable, alike)
        return (*listed, reader.split(listed[0]))

    def more(message: tuple[Any, list[tuple[str, str]]]) -> Any:
        # In the child: the build's folds of its half first (no word folded twice).
        value, folded = message
        for word, fold in folded:
            folds.setdefault(word, fold)
        return then(value) if then is not None else None

    theirs = int(len(entries) * CHILD_SHARE) if len(entries) >= PARALLEL_FROM else 0
    if not theirs:
        return part(0, len(entries)), Relay(None, more, [])
    half = len(entries) - theirs  # (where the child's part starts)
    known = len(folds)

    def later() -> tuple[Listed, list[tuple[str, str]]]:
        done = part(half, len(entries))
        return done, list(islice(folds.items(), known, None))

    def read_ahead() -> tuple[Any, list[tuple[str, str]]]:
        known_now = len(folds)
        assert ahead is not None
        value = ahead()
        return value, list(islice(folds.items(), known_now, None))

    child = Forked(later, then=more if then is not None else None,
                   ahead=read_ahead if ahead is not None else None)
    try:
        first = part(0, half)
        mine = list(islice(folds.items(), known, None)) if then is not None else []
        second, folded = child.result()
    except BaseException:
        child.close()
        raise
    for word, fold in folded:
        folds.setdefault(word, fold)
    kept = child if then is not None or ahead is not None else None
    return _joined(first, second, half), Relay(kept, more, mine, folds)


def _joined(first: Listed, second: Listed, entries: int) -> Listed:
    """The listing of the first ``entries`` entries, then that of the others (numbered
    from 0 each), as one."""
    texts, langs, owners, aliases, source, asked, split = first
    more, more_langs, more_owners, more_aliases, more_source, more_asked, more_split = second
    n = len(texts)
    return (texts + more, langs + more_langs, np.concatenate([owners, more_owners + entries]),
            aliases + [k + n for k in more_aliases],
            np.concatenate([source, np.where(more_source >= 0, more_source + n, -1)]),
            np.concatenate([asked, more_asked]), split.then(more_split))
