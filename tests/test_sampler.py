"""The CPU sampling profiler of ``bench --e2e --profile`` finds where the CPU went."""

from __future__ import annotations

import re
import signal
import time

from bot.devtools.sampler import Sampler


def _spin(seconds: float) -> int:
    """Uses ``seconds`` of CPU in this function itself."""
    end = time.process_time() + seconds
    n = 0
    while time.process_time() < end:
        n += 1
    return n


def _caller(seconds: float) -> int:
    return _spin(seconds)


def test_the_busy_function_has_the_samples_and_its_caller_within() -> None:
    before = signal.getsignal(signal.SIGPROF)
    sampler = Sampler()
    sampler.start()
    try:
        _caller(0.3)
    finally:
        sampler.stop()
    assert signal.getsignal(signal.SIGPROF) == before
    assert sampler.samples >= 20  # 0.3 s at one sample per 4 ms tick at most
    spin = "tests/test_sampler.py:_spin"
    assert sampler.own[spin] >= 0.8 * sampler.samples
    assert sampler.within["tests/test_sampler.py:_caller"] >= sampler.own[spin]
    assert sampler.own["tests/test_sampler.py:_caller"] < 0.1 * sampler.samples
    report = sampler.report(0.002)
    assert report.startswith(f"{sampler.samples} samples; 2.00 ms of CPU per update")
    shares = re.findall(r"^ +([\d.]+) ms +([\d.]+)%  (.+)$", report, re.M)
    assert shares[0][2] == spin and 1.6 <= float(shares[0][0]) <= 2.0  # its >= 80%


def test_no_samples_says_so() -> None:
    assert Sampler().report(0.001).startswith("no samples")
