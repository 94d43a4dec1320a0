"""One piece of a computation done by a forked child while the caller does another, and
then, if the caller wants, one more (pure in what it gives: the same values as calling the
jobs here).

The index build is Python once per word for most of its first second (splitting, folding,
the Uzbek Cyrillic check) and the machine has two cores. A fork gives the child everything
the build has made so far (the knowledge base, the thesaurus, the word folds) without
reading or pickling any of it; the child does its part and pickles only the result back
through a pipe. It may then work out something the caller can use or do without
(``ahead``: what the build will read later, while the build reads something else), and
send that too. A child given a second job (``then``) waits for the caller's message, a
pickle through a second pipe, and sends that job's value back too: one fork where two
would each cost the caller a fault on every page it writes afterwards (copy-on-write),
for a message that costs far less to pickle. The child leaves with ``os._exit`` (no exit
handlers, no buffers of the parent's flushed twice).

Only a process of one thread forks: with another thread running the jobs are done here.
Whatever goes wrong on the child's side (no ``fork`` on this system, the fork refused, the
child killed or failing, its result unreadable, no result within ``patience``, a message it
does not take) only means that the caller does that job itself when it asks for the
result, as it would without a child: the value is the same either way.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import struct
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

T = TypeVar("T")

PATIENCE = 4.0
"""How many times as long as the caller's own work meanwhile the child may take, beyond
``GRACE`` seconds, before the caller gives up on it (a child that hangs: a lock another
thread of the parent held at the fork)."""
GRACE = 10.0
_HEADER = struct.Struct("<Q")
"""Each pickle through a pipe is preceded by its length."""


class Forked(Generic[T]):
    """``job()`` started in a forked child; ``result()`` is its value, and ``then(message)``
    the value of the second job given (``then``) for that message. A child whose result
    nobody asked for (the caller failed meanwhile) is ended with the context (it is a
    context manager) or, at the latest, with this object."""

    def __init__(self, job: Callable[[], T], fork: bool = True,
                 then: Callable[[Any], Any] | None = None,
                 ahead: Callable[[], Any] | None = None) -> None:
        """``fork``: False does the jobs here (a small piece is not worth a fork);
        ``then``: a second job, done by the child for the message ``then`` sends;
        ``ahead``: work the child does meanwhile, after the first job, whose value
        (``ahead()``) the caller may use or do without."""
        self._job = job
        self._then = then
        self._ahead = ahead
        self._ahead_taken = ahead is None
        self._pid = 0
        self._fd = -1
        self._to_child = -1
        self._started = time.monotonic()
        if not fork or not hasattr(os, "fork") or threading.active_count() > 1:
            # Another thread (a /reload builds in a worker thread beside the event loop and
            # the store's thread) may hold a lock the child would wait on for ever, and
            # Python 3.12 warns against such a fork (review s11): here, then.
            return
        try:
            pipes = [os.pipe(), os.pipe() if then is not None else (-1, -1)]
        except OSError:
            return
        (read, write), (hears, says) = pipes
        try:
            pid = os.fork()
        except OSError:  # no memory for another process, too many processes: here, later
            for fd in (read, write, hears, says):
                if fd >= 0:
                    os.close(fd)
            return
        if pid == 0:  # the child: the job, its value down the pipe, the second job, out
            code = 1
            try:
                os.close(read)
                if says >= 0:
                    os.close(says)
                _send(write, job())
                if ahead is not None:
                    _send(write, ahead())
                if then is not None:
                    message = _receive(hears)
                    if message is not None:  # (none: the caller did not want it)
                        _send(write, then(message[0]))
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        if hears >= 0:
            os.close(hears)
            os.set_blocking(says, False)
        self._pid, self._fd, self._to_child = pid, read, says

    def result(self) -> T:
        """The job's value: the child's, else (no child, or it failed) computed here."""
        value = self._take()
        if value is None:
            self._end()
            return self._job()
        if self._then is None and self._ahead is None:
            self._end()
        return value[0]

    def ahead(self) -> tuple[Any] | None:
        """The value of ``ahead`` (in a tuple) the child worked out after the first job
        (``result`` first), or None: no child, or it failed (the caller does without)."""
        if self._ahead_taken:
            return None
        self._ahead_taken = True
        value = self._take()
        if value is None or self._then is None:
            self._end()
        return value

    def ahead_ready(self) -> bool:
        """Whether ``ahead`` would give at once: its value has begun to come (the child
        pickled it), it was taken already, or there is no child (or it ended)."""
        if self._ahead_taken or not self._pid:
            return True
        with contextlib.suppress(OSError, ValueError):
            return bool(select.select([self._fd], [], [], 0)[0])
        return True

    def then(self, message: Any) -> Later:
        """The second job's value for ``message`` (after ``result``): the child's, else
        computed here, when asked (``Later.result``)."""
        assert self._then is not None
        later = Later(self, self._then, message)
        self.ahead()  # (what the child sends first: not wanted now)
        if self._pid:
            sent = False
            with contextlib.suppress(Exception):  # unpicklable, the child gone: here
                data = pickle.dumps((message,), protocol=pickle.HIGHEST_PROTOCOL)
                sent = self._write(_HEADER.pack(len(data)) + data, GRACE)
            if not sent:
                self._end()
            else:
                os.close(self._to_child)
                self._to_child = -1
                self._started = time.monotonic()
        return later

    def _take(self) -> tuple[Any] | None:
        """The child's next value (in a tuple), or None: no child, or it failed."""
        if not self._pid:
            return None
        waited = time.monotonic() - self._started
        data = self._read(GRACE + PATIENCE * waited)
        if data is None:
            return None
        with contextlib.suppress(Exception):  # cut short, not a pickle: do it here
            return (pickle.loads(data),)
        return None

    def _read(self, patience: float) -> bytes | None:
        """The child's next pickle, or None if it did not come whole within ``patience``
        seconds."""
        deadline = time.monotonic() + patience
        header = self._read_exactly(_HEADER.size, deadline)
        if header is None:
            return None
        return self._read_exactly(_HEADER.unpack(header)[0], deadline)

    def _read_exactly(self, size: int, deadline: float) -> bytes | None:
        """``size`` bytes from the child, or None (it ended first, or the deadline passed)."""
        chunks = []
        while size:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                return None
            chunk = os.read(self._fd, min(size, 1 << 20))
            if not chunk:
                return None
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def _write(self, data: bytes, patience: float) -> bool:
        """Whether all of ``data`` went to the child within ``patience`` seconds."""
        view = memoryview(data)
        deadline = time.monotonic() + patience
        while view:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([], [self._to_child], [], left)[1]:
                return False
            try:
                view = view[os.write(self._to_child, view[:1 << 20]):]
            except BlockingIOError:
                continue
            except OSError:  # the child has gone
                return False
        return True

    def _end(self) -> None:
        """Closes the pipes and reaps the child (killed first if it is still there)."""
        if not self._pid:
            return
        for fd in (self._fd, self._to_child):
            if fd >= 0:
                os.close(fd)
        with contextlib.suppress(OSError):
            pid, _status = os.waitpid(self._pid, os.WNOHANG)
            if pid == 0:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
        self._pid, self._fd, self._to_child = 0, -1, -1

    def close(self) -> None:
        """Ends the child (it is not asked for anything more)."""
        self._end()

    def __del__(self) -> None:  # the caller failed before it asked: the child goes too
        if getattr(self, "_pid", 0):  # (not when __init__ itself failed)
            self._end()

    def __enter__(self) -> Forked[T]:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._end()


class Later:
    """The second job's value for one message (``Forked.then``)."""

    def __init__(self, child: Forked[Any] | None, job: Callable[[Any], Any],
                 message: Any) -> None:
        """``child``: the child sent ``message`` (None, or one that failed: here)."""
        self._child: Forked[Any] | None = child
        self._job = job
        self._message = message

    def result(self) -> Any:
        """The child's value, else (no child, or it failed) computed here."""
        child, self._child = self._child, None
        value = child._take() if child is not None else None
        if child is not None:
            child._end()
        return value[0] if value is not None else self._job(self._message)

    def close(self) -> None:
        """Ends the child (the value is not wanted)."""
        if self._child is not None:
            self._child._end()
            self._child = None


def _send(fd: int, value: object) -> None:
    """``value`` pickled down the pipe ``fd``, after its length (in the child)."""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    with os.fdopen(os.dup(fd), "wb") as out:
        out.write(_HEADER.pack(len(data)))
        out.write(data)


def _receive(fd: int) -> tuple[Any] | None:
    """The caller's message (in a tuple), or None: it closed the pipe first (in the
    child)."""
    with os.fdopen(fd, "rb") as hear:
        header = hear.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return None
        data = hear.read(_HEADER.unpack(header)[0])
    with contextlib.suppress(Exception):
        message: tuple[Any] = pickle.loads(data)
        return message
    return None
