"""A fresh checkout's bytecode, written once between the pytest-xdist workers instead of
once by each (``conftest``'s ``pytest_configure`` calls ``write_share`` on each worker).

On a first run every worker compiles the bot and rewrites the asserts of every test module
(pytest's rewriting, cached as ``tests/__pycache__/*-pytest-*.pyc``) before it collects a
test: about 2 s of CPU each, the same work twice. Here worker k of n first writes every
n-th file's bytecode, the files shared by size, then collects as before: the other
workers' files it finds written (or writes them again, if it got there first). A later
run finds every file written and only compares each header with its source.

pytest's own functions write the test modules' files, as its import hook does (pytest is
pinned below 9.2 in pyproject.toml); if they are missing, nothing is written here.
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def write_share(config: pytest.Config) -> None:
    """On worker k of n (pytest-xdist's environment), write the bytecode of its share of
    the test modules and of the bot's and tests' other modules that is missing or stale."""
    worker, count = os.environ.get("PYTEST_XDIST_WORKER"), os.environ.get(
        "PYTEST_XDIST_WORKER_COUNT")
    if not (worker and count and worker.startswith("gw")) or sys.dont_write_bytecode:
        return
    try:
        from _pytest.assertion import rewrite
    except ImportError:
        return
    files = sorted([*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("tests").glob("*.py")],
                   key=lambda f: -f.stat().st_size)
    for source in files[int(worker[2:])::int(count)]:
        if source.name.startswith("test_") or source.name == "conftest.py":
            _rewrite(rewrite, config, source)
        else:
            compileall.compile_file(source, quiet=2)


def _rewrite(rewrite: object, config: pytest.Config, source: Path) -> None:
    """A test module's rewritten bytecode, as pytest's import hook would write it."""
    try:
        pyc = rewrite.get_cache_dir(source) / (source.name[:-3] + rewrite.PYC_TAIL)
        if _fresh(pyc, source):
            return
        state = config.stash[rewrite.assertstate_key]
        stat, code = rewrite._rewrite_test(source, config)
        if rewrite.try_makedirs(pyc.parent):
            rewrite._write_pyc(state, code, stat, pyc)
    except Exception:  # noqa: BLE001 - another pytest than the one pinned: its import hook does it all
        return


def _fresh(pyc: Path, source: Path) -> bool:
    """Whether ``pyc``'s header is pytest's for ``source`` as it is now."""
    try:
        with pyc.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    stat = source.stat()
    return len(head) == 16 and head[:4] == importlib.util.MAGIC_NUMBER and struct.unpack(
        "<LL", head[8:]) == (int(stat.st_mtime) & 0xFFFFFFFF, stat.st_size & 0xFFFFFFFF)
