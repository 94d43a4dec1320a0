"""The benchmark behind ``python -m bot bench``: figures, never a pass/fail."""

from __future__ import annotations

import resource
import statistics
import time
from functools import partial
from pathlib import Path

from bot import collector, knowledge
from bot.evaluation import load_labelled
from bot.forked import Forked
from bot.matcher import Matcher


def match_times(matcher: Matcher, questions: list[str], rounds: int = 1,
                cpu: list[float] | None = None) -> list[float]:
    """Seconds each ``matcher.match`` call took, ``rounds`` times over ``questions``.

    ``cpu``, if given, gets each call's CPU seconds: on a loaded machine the wall clock's
    tail is mostly the scheduler's, the CPU time is the matcher's own.
    """
    times: list[float] = []
    for _ in range(max(1, rounds)):
        for q in questions:
            start, used = time.perf_counter(), time.process_time()
            matcher.match(q)
            times.append(time.perf_counter() - start)
            if cpu is not None:
                cpu.append(time.process_time() - used)
    return times


def percentile(times: list[float], p: float) -> float:
    """The ``p`` quantile (0-1) of ``times`` by the nearest-rank rule; 0 for no times."""
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))] if ordered else 0.0


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (``ru_maxrss`` is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_questions(queries: Path) -> list[str]:
    """The questions of a labelled set, read by a forked child where one can be (else
    here): PyYAML's node tree of tune's ~9,800 lines is ~44 MB at its peak, which no bot
    holds, so the peak RSS ``run_bench`` gives is the bot's (knowledge, index, matching)."""
    with Forked(partial(_questions, queries)) as child:
        return child.result()


def _questions(queries: Path) -> list[str]:
    return [item.q for item in load_labelled(queries)]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def run_bench(knowledge_dir: Path, queries: Path, rounds: int = 5) -> str:
    """Time loading, indexing and matching; return a small printable report.

    Args:
        knowledge_dir: the ``knowledge/`` folder to load.
        queries: a labelled set whose questions are matched ``rounds`` times each.
        rounds: passes over the questions (the first pass warms caches and is kept).

    Matching runs as in a started bot (``bot.services.started_answerer``, ``post_init``):
    the vocabulary's commonest words remembered first, the cycle collector set as the bot
    sets it (``collector.serving``).

    Returns:
        Lines with load, index, per-question latency (mean, p50, p95, p99, max; the
        CPU time per question, less sensitive to other load) and the peak RSS.
    """
    questions = read_questions(queries)
    t0 = time.perf_counter()
    kb = knowledge.load_or_raise(knowledge_dir)
    t1 = time.perf_counter()
    matcher = Matcher(kb)
    t2 = time.perf_counter()
    warmed = matcher.remember_vocabulary()  # as a started bot does (started_answerer)
    t3 = time.perf_counter()
    extra = ["", " ", "😀" * 50, "x" * 10_000, "\x00\x1b[31m", "Ўзбекистон migrant денег 2024"]
    questions += extra
    cpu: list[float] = []
    with collector.serving():  # the collector as the bot sets it once started
        times = sorted(match_times(matcher, questions, rounds, cpu))
    first = cpu[: len(questions)]

    def pct(p: float) -> float:
        return percentile(times, p)

    return "\n".join([
        f"knowledge: {len(kb.entries)} entries, {len(kb.quiz)} quiz items, "
        f"{len(matcher._key_entry)} indexed phrasings",
        f"load + validate: {_ms(t1 - t0)}",
        f"build index:     {_ms(t2 - t1)}",
        f"load + index:    {_ms(t2 - t0)}",
        f"warm-up:         {_ms(t3 - t2)} ({warmed} words' similar words, as the bot at start)",
        f"match: {len(times)} questions ({len(questions)} x {rounds}), "
        f"mean {_ms(statistics.fmean(times))}, p50 {_ms(pct(0.5))}, p95 {_ms(pct(0.95))}, "
        f"p99 {_ms(pct(0.99))}, max {_ms(times[-1])}",
        f"match CPU time: mean {_ms(statistics.fmean(cpu))}, p50 {_ms(percentile(cpu, 0.5))}, "
        f"p99 {_ms(percentile(cpu, 0.99))}; first round alone (only the warm-up remembered): "
        f"p50 {_ms(percentile(first, 0.5))}, p99 {_ms(percentile(first, 0.99))}",
        f"peak RSS: {peak_rss_mb():.0f} MB",
    ])
