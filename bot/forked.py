"""One piece of a computation done by a forked child while the caller does another (pure
in what it gives: the same value as calling the job here).

The index build is Python once per word for most of its first second (splitting, folding,
the Uzbek Cyrillic check) and the machine has two cores. A fork gives the child everything
the build has made so far (the knowledge base, the thesaurus, the word folds) without
reading or pickling any of it; the child does its part and pickles only the result back
through a pipe, then leaves with ``os._exit`` (no exit handlers, no buffers of the parent's
flushed twice).

Only a process of one thread forks: with another thread running the job is done here.
Whatever goes wrong on the child's side (no ``fork`` on this system, the fork refused, the
child killed or failing, its result unreadable, no result within ``patience``) only means
that the caller does the job itself when it asks for the result, as it would without a
child: the value is the same either way.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")

PATIENCE = 4.0
"""How many times as long as the caller's own work meanwhile the child may take, beyond
``GRACE`` seconds, before the caller gives up on it (a child that hangs: a lock another
thread of the parent held at the fork)."""
GRACE = 10.0


class Forked(Generic[T]):
    """``job()`` started in a forked child; ``result()`` is its value. A child whose result
    nobody asked for (the caller failed meanwhile) is ended with the context (it is a
    context manager) or, at the latest, with this object."""

    def __init__(self, job: Callable[[], T], fork: bool = True) -> None:
        """``fork``: False does the job in ``result`` (a small piece is not worth a fork)."""
        self._job = job
        self._pid = 0
        self._fd = -1
        self._started = time.monotonic()
        if not fork or not hasattr(os, "fork") or threading.active_count() > 1:
            # Another thread (a /reload builds in a worker thread beside the event loop and
            # the store's thread) may hold a lock the child would wait on for ever, and
            # Python 3.12 warns against such a fork (review s11): here, then.
            return
        try:
            read, write = os.pipe()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:  # no memory for another process, too many processes: here, later
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: the job, its value down the pipe, and out
            code = 1
            try:
                os.close(read)
                with os.fdopen(write, "wb") as out:
                    pickle.dump(job(), out, protocol=pickle.HIGHEST_PROTOCOL)
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._fd = pid, read

    def result(self) -> T:
        """The job's value: the child's, else (no child, or it failed) computed here."""
        if not self._pid:
            return self._job()
        waited = time.monotonic() - self._started
        data = self._read(GRACE + PATIENCE * waited)
        value: tuple[T] | None = None
        if data is not None:
            with contextlib.suppress(Exception):  # cut short, not a pickle: do it here
                value = (pickle.loads(data),)
        self._end()
        return value[0] if value is not None else self._job()

    def _read(self, patience: float) -> bytes | None:
        """All the child wrote, or None if it did not finish within ``patience`` seconds."""
        chunks = []
        deadline = time.monotonic() + patience
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                return None
            chunk = os.read(self._fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)

    def _end(self) -> None:
        """Closes the pipe and reaps the child (killed first if it is still there)."""
        os.close(self._fd)
        with contextlib.suppress(OSError):
            pid, _status = os.waitpid(self._pid, os.WNOHANG)
            if pid == 0:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
        self._pid, self._fd = 0, -1

    def __del__(self) -> None:  # the caller failed before it asked: the child goes too
        if self._pid:
            self._end()

    def __enter__(self) -> Forked[T]:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._pid:
            self._end()
