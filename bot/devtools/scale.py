"""``bench --scale``: the knowledge base at 1,000, 10,000, 50,000 entries.

For each size a synthetic knowledge base (``bot.devtools.synthetic``) is written to a
temporary folder by one process and then, in a fresh process so that its peak memory is
that of loading, indexing and matching alone: parsed, loaded and validated through the
normal loader, indexed, and matched against every question of a labelled set. Figures
only, never a pass/fail.
"""

from __future__ import annotations

import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

from bot import knowledge
from bot.bench import match_times, peak_rss_mb, percentile
from bot.devtools.synthetic import minimum_size, salted_knowledge
from bot.matcher import Matcher
from bot.yamlread import read_yaml

SIZES = (1_000, 10_000, 50_000)
T = TypeVar("T")
QUICK_SIZES = (100,)


@dataclass(frozen=True)
class ScaleRow:
    """The figures for one size (times in seconds)."""

    entries: int
    phrasings: int
    parse: float
    """Reading the YAML files alone."""
    load: float
    """``knowledge.load``: reading, validating and building the model (includes parse)."""
    load_cpu: float
    """CPU seconds of ``load`` (less sensitive than ``load`` to other load) ..."""
    load_child_cpu: float
    """... and of the child process that reads large files too (``bot.readahead``)."""
    index: float
    index_cpu: float
    """CPU seconds of the index build (less sensitive than ``index`` to other load) ..."""
    index_child_cpu: float
    """... and of the child process that lists and splits half the texts
    (``bot.bothcores``)."""
    p50: float
    p99: float
    questions: int
    cpu_per_question: float
    peak_rss_mb: float


def measure(root: Path, questions: list[str], rounds: int = 1) -> ScaleRow:
    """Time each step on the knowledge folder ``root`` (in this process)."""
    t0 = time.perf_counter()
    for path in sorted(root.glob("*/*.yaml")):
        read_yaml(path)
    t1, c1, k1 = time.perf_counter(), time.process_time(), _children_cpu()
    kb = knowledge.load_or_raise(root)
    t2, c2, k2 = time.perf_counter(), time.process_time(), _children_cpu()
    matcher = Matcher(kb)
    t3, c3, k3 = time.perf_counter(), time.process_time(), _children_cpu()
    times = match_times(matcher, questions, rounds)
    cpu = (time.process_time() - c3) / max(1, len(times))
    return ScaleRow(len(kb.entries), len(matcher._key_entry), t1 - t0, t2 - t1, c2 - c1,
                    k2 - k1, t3 - t2, c3 - c2, k3 - k2, percentile(times, 0.5),
                    percentile(times, 0.99), len(times), cpu, peak_rss_mb())


def _children_cpu() -> float:
    """CPU seconds of this process's ended children."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_scale(sizes: tuple[int, ...], source: Path, questions: list[str],
              rounds: int = 1, seed: int = 0,
              distinct_answers: bool = False) -> list[ScaleRow]:
    """Measure every size: each base written by one new process, measured by another (so
    peak RSS is the measuring's own, not the generator's). ``distinct_answers``: each copy's
    answers salted too (``salted_knowledge``).

    Raises:
        ValueError: a size is below the number of entries in ``source``.
    """
    smallest = minimum_size(source)
    if min(sizes) < smallest:
        raise ValueError(f"a synthetic knowledge base needs at least {smallest} entries "
                         f"(the shipped ones), not {min(sizes)}")
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="hamroh-scale-") as tmp:
            root = _in_new_process(salted_knowledge, source, Path(tmp), size, seed=seed,
                                   distinct_answers=distinct_answers)
            rows.append(_in_new_process(measure, root, questions, rounds))
    return rows


def _in_new_process(job: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``job(*args, **kwargs)`` in a new Python process: its memory is its own."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(job, *args, **kwargs).result()


def format_rows(rows: list[ScaleRow]) -> str:
    """A Markdown table of the rows, as docs/benchmarks.md shows them."""
    lines = ["| entries | phrasings | parse YAML | load + validate (CPU + child's) "
             "| build index (CPU + child's) | "
             "p50 per question | p99 | CPU per question | peak RSS |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r.entries:,} | {r.phrasings:,} | {r.parse:.2f} s "
                     f"| {r.load:.2f} s ({r.load_cpu:.2f} s + {r.load_child_cpu:.2f} s) "
                     f"| {r.index:.2f} s ({r.index_cpu:.2f} s + {r.index_child_cpu:.2f} s) "
                     f"| {r.p50 * 1000:.2f} ms "
                     f"| {r.p99 * 1000:.2f} ms | {r.cpu_per_question * 1000:.2f} ms "
                     f"| {r.peak_rss_mb:.0f} MB |")
    mean = statistics.fmean(r.questions for r in rows) if rows else 0
    lines.append(f"({mean:.0f} questions matched per size)")
    return "\n".join(lines)
