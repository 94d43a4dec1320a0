"""A CPU sampling profiler for ``bench --e2e --profile``: where the bot's CPU goes per update.

``cProfile`` times every call, and its cost per call multiplies the weight of code made of
many small calls (python-telegram-bot's parsing, httpx) several times over against code
that spends its time in C (rapidfuzz, NumPy): its figures misstate the split. This sampler
costs nothing between samples: the kernel sends ``SIGPROF`` each time the process has used
``interval`` seconds of CPU (``ITIMER_PROF``; Linux rounds it up to its timer tick, 4 ms
here), and the handler counts the main thread's stack at that moment. A function's share
of the samples is its share of the process's CPU.

The handler runs in the main thread, and the timer counts the CPU of every thread, so the
samples alone would count the CPU of another thread (the store's) where the main thread
happens to be. Each sample is therefore weighed by the main thread's own CPU since the one
before (``time.thread_time``), and the report gives the other threads' CPU as a line of
its own.
"""

from __future__ import annotations

import signal
import time
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
        self.own_cpu: Counter[str] = Counter()
        """``own``, each sample weighed by the main thread's CPU seconds since the last."""
        self.within_cpu: Counter[str] = Counter()
        """``within``, weighed the same way."""
        self.cpu = 0.0
        """The process's CPU seconds while sampling (every thread)."""
        self.main_cpu = 0.0
        """Of ``cpu``, the main thread's, as the samples share it out."""
        self._before: object = None
        self._main = self._process = 0.0

    def _sample(self, signum: int, frame: FrameType | None) -> None:
        self.samples += 1
        now = time.thread_time()
        weight, self._main = now - self._main, now
        self.main_cpu += weight
        seen = set()
        first = True
        while frame is not None:
            where = _where(frame)
            if first:
                self.own[where] += 1
                self.own_cpu[where] += weight
                first = False
            if where not in seen:  # a recursive function counts once per sample
                seen.add(where)
                self.within[where] += 1
                self.within_cpu[where] += weight
            frame = frame.f_back

    def start(self) -> None:
        """Starts sampling (from the main thread)."""
        self._main, self._process = time.thread_time(), time.process_time()
        self._before = signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self) -> None:
        """Stops sampling and gives ``SIGPROF`` back its handler."""
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self._before or signal.SIG_DFL)
        self.cpu += time.process_time() - self._process
        # The main thread's CPU since its last sample is its own, not the other threads'.
        self.main_cpu += time.thread_time() - self._main

    def report(self, cpu_per_unit: float, unit: str = "update", top: int = 40) -> str:
        """The ``top`` functions by their own time and by time within them, each as
        milliseconds of the main thread's CPU per ``unit`` (``cpu_per_unit``: the measured
        CPU seconds per unit, every thread's, which tells how many units ran), and the
        share of all the CPU that this is."""
        if not self.samples or not self.cpu:
            return "no samples (the run used less CPU than one sampling interval)"
        units = self.cpu / cpu_per_unit if cpu_per_unit else 1.0

        def table(cpu: Counter[str]) -> list[str]:
            return [f"{seconds / units * 1000:8.3f} ms {100 * seconds / self.cpu:5.1f}%  {where}"
                    for where, seconds in cpu.most_common(top)]

        others = max(0.0, self.cpu - self.main_cpu)
        return "\n".join([
            f"{self.samples} samples; {cpu_per_unit * 1000:.2f} ms of CPU per {unit}, of it "
            f"{others / units * 1000:.3f} ms in other threads than the main one",
            "own time (the function itself):", *table(self.own_cpu),
            "time within (the function and what it called):", *table(self.within_cpu)])
