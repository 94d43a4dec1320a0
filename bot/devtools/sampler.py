"""A CPU sampling profiler for ``bench --e2e --profile``: where the bot's CPU goes per update.

``cProfile`` times every call, and its cost per call multiplies the weight of code made of
many small calls (python-telegram-bot's parsing, httpx) several times over against code
that spends its time in C (rapidfuzz, NumPy): its figures misstate the split. This sampler
costs nothing between samples: the kernel sends ``SIGPROF`` each time the process has used
``interval`` seconds of CPU (``ITIMER_PROF``; Linux rounds it up to its timer tick, 4 ms
here), and the handler counts the main thread's stack at that moment. A function's share
of the samples is its share of the process's CPU.

The handler runs in the main thread, so CPU used by another thread (the store's) is counted
where the main thread happens to be: read a share outside the event loop's code with that
in mind.
"""

from __future__ import annotations

import signal
from collections import Counter
from types import FrameType

from bot.config import ROOT

_ROOT = f"{ROOT}/"
DEFAULT_INTERVAL = 0.001
"""Seconds of CPU between two samples asked for (the kernel's tick may make it longer)."""


def _where(frame: FrameType) -> str:
    """``path:function`` of a frame, its path from the package down."""
    path = frame.f_code.co_filename
    if "site-packages/" in path:
        path = path.split("site-packages/", 1)[1]
    elif path.startswith(_ROOT):
        path = path.removeprefix(_ROOT)
    elif "/lib/python" in path:  # the standard library: asyncio/events.py
        path = path.split("/lib/python", 1)[1].partition("/")[2]
    return f"{path}:{frame.f_code.co_name}"


class Sampler:
    """Counts the main thread's stack every ``interval`` seconds of the process's CPU."""

    def __init__(self, interval: float = DEFAULT_INTERVAL) -> None:
        self.interval = interval
        self.own: Counter[str] = Counter()
        """Samples in which the function was running itself (not a function it called)."""
        self.within: Counter[str] = Counter()
        """Samples in which the function was on the stack (itself or what it called)."""
        self.samples = 0
        self._before: object = None

    def _sample(self, signum: int, frame: FrameType | None) -> None:
        self.samples += 1
        seen = set()
        first = True
        while frame is not None:
            where = _where(frame)
            if first:
                self.own[where] += 1
                first = False
            if where not in seen:  # a recursive function counts once per sample
                seen.add(where)
                self.within[where] += 1
            frame = frame.f_back

    def start(self) -> None:
        """Starts sampling (from the main thread)."""
        self._before = signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self) -> None:
        """Stops sampling and gives ``SIGPROF`` back its handler."""
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self._before or signal.SIG_DFL)

    def report(self, cpu_per_unit: float, unit: str = "update", top: int = 40) -> str:
        """The ``top`` functions by their own samples and by samples within them, each as
        milliseconds per ``unit``: ``cpu_per_unit`` (the measured CPU seconds per unit)
        shared out by the samples."""
        if not self.samples:
            return "no samples (the run used less CPU than one sampling interval)"
        ms = cpu_per_unit * 1000 / self.samples

        def table(counts: Counter[str]) -> list[str]:
            return [f"{n * ms:8.3f} ms {100 * n / self.samples:5.1f}%  {where}"
                    for where, n in counts.most_common(top)]

        return "\n".join([
            f"{self.samples} samples; {cpu_per_unit * 1000:.2f} ms of CPU per {unit}",
            "own time (the function itself):", *table(self.own),
            "time within (the function and what it called):", *table(self.within)])
