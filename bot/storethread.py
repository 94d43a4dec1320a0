"""The store's one thread: blocking SQLite calls run there, in order, off the event loop.

A part of ``Store`` (its base), split from store.py by job.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from queue import SimpleQueue
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class StoreThread:
    """Runs ``Store`` calls on one thread, started by the first call."""

    def __init__(self) -> None:
        self._jobs: SimpleQueue[_Job | None] = SimpleQueue()
        self._thread: threading.Thread | None = None

    def _finish_calls(self) -> None:
        """Finish the calls queued on the store's thread, and end the thread."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None

    async def call(self, fn: Callable[..., T], /, *args: Any) -> T:
        """Run ``fn(*args)`` (a store method, or core logic that uses the store, such as a
        ``QuizRunner`` step) on the store's one thread, so the event loop never waits on
        SQLite.

        One thread runs the calls one at a time in the order they were made: a handler
        that awaited a write reads it back (read-your-writes), and a call that does several
        reads and writes is never interleaved with another. The update journal's calls go
        through the same thread, so the two connections never wait for each other's lock.
        The thread completes the caller's asyncio future itself (``call_soon_threadsafe``):
        a third of the CPU of a ``run_in_executor`` hop, which wraps a
        ``concurrent.futures.Future`` with its locks and callbacks.
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._submit((fn, args, loop, future))
        return await future

    def post(self, fn: Callable[..., object], /, *args: Any) -> None:
        """Queue ``fn(*args)`` on the store's thread without waiting for it (the heartbeat:
        nothing depends on it, and it must not slow the call that beat)."""
        self._submit((fn, args, None, None))

    def _submit(self, job: _Job) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="store", daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def _work(self) -> None:
        """The store's thread: runs the queued calls in order until ``close``."""
        while (job := self._jobs.get()) is not None:
            fn, args, loop, future = job
            try:
                result = fn(*args)
            except BaseException as exc:  # handed to the caller, as an executor would
                if future is None:
                    log.warning("a queued store write failed: %s", exc)
                else:
                    _complete(loop, future.set_exception, future, exc)
            else:
                if future is not None:
                    _complete(loop, future.set_result, future, result)


_Job = tuple[Callable[..., Any], tuple[Any, ...], "asyncio.AbstractEventLoop | None",
             "asyncio.Future[Any] | None"]


def _complete(loop: asyncio.AbstractEventLoop | None, setter: Callable[[Any], None],
              future: asyncio.Future[Any], value: object) -> None:
    """Hand a call's outcome to its event loop (from the store's thread)."""
    def settle() -> None:
        if not future.done():  # the caller may have been cancelled meanwhile
            setter(value)
    try:
        assert loop is not None
        loop.call_soon_threadsafe(settle)
    except RuntimeError:  # the loop has closed: nobody is waiting any more
        pass
