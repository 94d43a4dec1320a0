"""Health and backup: the heartbeat, ``python -m bot health`` and ``python -m bot backup``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot import cli, health
from bot.backup import backup
from bot.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "hamroh.sqlite3"
    Store(path).close()
    return path


def beat(path: Path, at: float, source: str = "getUpdates") -> None:
    with Store(path) as store:
        health.Heartbeat(store, clock=lambda: at)(source)


@pytest.mark.parametrize(("beat_at", "ok", "reason"), [
    (None, False, "has not reached Telegram"),
    (1000.0, True, "ok: last heartbeat (getUpdates) 10 s ago"),
    (1010.0 - health.MAX_AGE, True, "ok"),
    (1010.0 - health.MAX_AGE - 1, False, "181 s ago, over 180 s"),
])
def test_the_check_reads_the_last_heartbeat(db: Path, beat_at: float | None, ok: bool,
                                            reason: str) -> None:
    if beat_at is not None:
        beat(db, beat_at)
    verdict = health.check(db, now=1010.0)
    assert verdict.ok is ok and reason in verdict.reason


def test_no_database_is_unhealthy(tmp_path: Path) -> None:
    verdict = health.check(tmp_path / "nothing.sqlite3")
    assert not verdict.ok and "no database" in verdict.reason
    assert not (tmp_path / "nothing.sqlite3").exists()  # the check creates nothing


def test_a_broken_database_is_unhealthy(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    verdict = health.check(path)
    assert not verdict.ok and "does not open" in verdict.reason


def test_beats_are_written_at_most_every_few_seconds(db: Path) -> None:
    now = [100.0]
    with Store(db) as store:
        heartbeat = health.Heartbeat(store, every=15, clock=lambda: now[0])
        heartbeat("update")
        now[0] = 110.0
        heartbeat("getUpdates")  # within 15 s: not written
        assert tuple(store.db.execute("SELECT source, at FROM heartbeat").fetchone()) == (
            "update", 100.0)
        now[0] = 116.0
        heartbeat("webhook")
        assert tuple(store.db.execute("SELECT source, at FROM heartbeat").fetchone()) == (
            "webhook", 116.0)


def test_the_health_command_exits_0_only_when_healthy(
        db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import time

    monkeypatch.setenv("DATABASE_PATH", str(db))
    assert cli.main(["health"]) == 1
    assert "no heartbeat" in capsys.readouterr().out
    beat(db, time.time())
    assert cli.main(["health"]) == 0
    assert capsys.readouterr().out.startswith("ok")


def test_a_backup_is_a_consistent_copy_made_while_the_bot_writes(
        db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db) as store:  # open, as the running bot holds it, WAL not checkpointed
        for k in range(200):
            store.set_language(k, "ru")
        target = tmp_path / "backups" / "copy.sqlite3"
        monkeypatch.setenv("DATABASE_PATH", str(db))
        assert cli.main(["backup", str(target)]) == 0
        store.set_language(999, "en")  # the bot goes on writing
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 200
    copy.close()


@pytest.mark.parametrize("same", [True, False])
def test_a_backup_refuses_the_database_itself_or_nothing(db: Path, tmp_path: Path,
                                                         same: bool) -> None:
    with pytest.raises(ValueError if same else FileNotFoundError):
        backup(db if same else tmp_path / "none.sqlite3", db if same else tmp_path / "x")
