"""An online backup of the bot's SQLite file, safe while the bot runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup(source: Path, target: Path) -> int:
    """Copy the database at ``source`` to ``target`` with SQLite's backup API.

    The copy is consistent even while the bot writes (SQLite copies a snapshot, restarting
    when the source changes under it) and includes what is still in the WAL file. An existing
    ``target`` is replaced.

    Returns:
        The number of pages copied.

    Raises:
        FileNotFoundError: when there is no database at ``source``.
        ValueError: when ``target`` is ``source``.
    """
    if not source.exists():
        raise FileNotFoundError(f"no database at {source}")
    if target.exists() and target.resolve() == source.resolve():
        raise ValueError("the backup file must not be the database itself")
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        return int(dst.execute("PRAGMA page_count").fetchone()[0])
    finally:
        dst.close()
        src.close()
