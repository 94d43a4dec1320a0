"""``--watch``: reload the knowledge base and the catalogs when one of their files changes.

A background thread waits for changes with watchfiles (the OS's file events, no polling)
and calls ``reload`` once per batch of changes. ``reload`` does what ``/reload`` does: build
the new knowledge base aside, swap it in whole, and keep the last good one on errors.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from watchfiles import watch

from bot import i18n
from bot.knowledge import Problem

log = logging.getLogger(__name__)

SUFFIXES = (".yaml", ".yml", ".po")


def _relevant(_change: object, path: str) -> bool:
    return path.endswith(SUFFIXES)


class Watcher:
    """Calls ``reload`` after files under ``folders`` change, until ``stop``."""

    def __init__(self, folders: Iterable[Path], reload: Callable[[], list[Problem]],
                 report: Callable[[list[Problem]], None] | None = None, *,
                 step_ms: int = 50, timeout_ms: int = 200) -> None:
        """``step_ms``: a batch of changes ends after that long without another (an editor's
        save is several file events); ``timeout_ms``: how often the thread wakes without
        changes to see ``stop`` (the first wake sets ``ready``)."""
        self.folders = [f for f in folders if f.exists()]
        self.step_ms, self.timeout_ms = step_ms, timeout_ms
        self.reload = reload
        self.report = report or _log_problems
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="watch", daemon=True)
        self.ready = threading.Event()
        """Set once the watcher is listening (changes before that are not seen)."""

    def start(self) -> Watcher:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        changes = watch(*self.folders, watch_filter=_relevant, stop_event=self._stop,
                        debounce=300, step=self.step_ms, yield_on_timeout=True,
                        rust_timeout=self.timeout_ms)
        for batch in changes:
            self.ready.set()
            if batch:
                self.apply()

    def apply(self) -> list[Problem]:
        """Reload now: fresh catalogs, then the knowledge base; report its errors, if any."""
        i18n.translator.cache_clear()  # the next message re-reads the changed .po files
        errors = self.reload()
        self.report(errors)
        return errors


def _log_problems(errors: list[Problem]) -> None:
    if errors:
        log.warning("knowledge not reloaded, the last good version stays:\n%s",
                    "\n".join(map(str, errors)))
    else:
        log.info("knowledge and catalogs reloaded after a file change")
