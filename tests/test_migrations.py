"""Migrations run as whole scripts, each in one transaction: all of it, or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot import store as store_module
from bot.store import MIGRATIONS, Store

TRIGGER = """
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL DEFAULT 'a; b');
CREATE TABLE notes_log (note_id INTEGER, what TEXT);
CREATE TRIGGER notes_logged AFTER INSERT ON notes BEGIN
    INSERT INTO notes_log (note_id, what) VALUES (new.id, 'added; logged');
    UPDATE notes SET body = body || ';' WHERE id = new.id;
END;
"""


def test_a_script_with_semicolons_in_strings_and_triggers_runs_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "MIGRATIONS", (*MIGRATIONS, TRIGGER))
    with Store(tmp_path / "db.sqlite3") as store:
        assert store.version == len(MIGRATIONS) + 1
        store.db.execute("INSERT INTO notes DEFAULT VALUES")
        assert store.db.execute("SELECT body FROM notes").fetchone()[0] == "a; b;"
        assert store.db.execute("SELECT what FROM notes_log").fetchone()[0] == "added; logged"


def test_a_failing_migration_changes_nothing(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    broken = "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(store_module, "MIGRATIONS", (*MIGRATIONS, broken))
    with pytest.raises(sqlite3.OperationalError):
        Store(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchall() == []
    db.close()
    monkeypatch.setattr(store_module, "MIGRATIONS", MIGRATIONS)
    with Store(path) as store:  # still usable by the code it was made for
        assert store.version == len(MIGRATIONS)
