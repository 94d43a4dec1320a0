"""Settings come from the environment, and bad values get one clear sentence."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.config import ConfigError, load_settings
from tests.conftest import ROOT

GOOD_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


def test_defaults() -> None:
    s = load_settings({})
    assert s.token is None and s.webhook_url is None and s.rate_limit is True
    assert s.database_path.name == "hamroh.sqlite3" and s.port == 8443
    assert s.review_months == 12 and s.retention_days == 90


def test_values_are_read() -> None:
    s = load_settings({"TELEGRAM_BOT_TOKEN": GOOD_TOKEN, "ADMIN_IDS": "1, 2,3",
                       "PORT": "88", "LOG_LEVEL": "debug", "TELEGRAM_RATE_LIMIT": "off",
                       "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
                       "QUIZ_SECONDS": "30", "REVIEW_MONTHS": "6", "RETENTION_DAYS": "30"})
    assert s.require_token() == GOOD_TOKEN
    assert s.admin_ids == {1, 2, 3} and s.port == 88 and s.log_level == "DEBUG"
    assert s.rate_limit is False and s.quiz_seconds == 30
    assert s.api_base_url == "http://127.0.0.1:8081/bot"
    assert s.review_months == 6 and s.retention_days == 30


@pytest.mark.parametrize(("env", "words"), [
    ({"ADMIN_IDS": "alice"}, "ADMIN_IDS"),
    ({"PORT": "eighty"}, "PORT"),
    ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
    ({"WEBHOOK_SECRET": "has spaces!"}, "WEBHOOK_SECRET"),
    ({"TELEGRAM_RATE_LIMIT": "maybe"}, "TELEGRAM_RATE_LIMIT"),
    ({"QUIZ_SECONDS": "2"}, "QUIZ_SECONDS"),
    ({"REVIEW_MONTHS": "0"}, "REVIEW_MONTHS"),
    ({"RETENTION_DAYS": "ninety"}, "RETENTION_DAYS"),
])
def test_malformed_values_fail_with_a_sentence(env: dict[str, str], words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        load_settings(env)


@pytest.mark.parametrize(("token", "words"), [
    (None, "is not set"), ("", "is not set"), ("hello", "does not look like"),
    ("123:short", "does not look like"),
    ("abc:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "does not look"),
])
def test_missing_or_malformed_token(token: str | None, words: str) -> None:
    env = {} if token is None else {"TELEGRAM_BOT_TOKEN": token}
    with pytest.raises(ConfigError, match=words):
        load_settings(env).require_token()


def test_run_without_a_token_is_one_line_and_no_traceback() -> None:
    proc = subprocess.run([sys.executable, "-m", "bot", "run"], cwd=ROOT,
                          env={"PATH": "/usr/bin:/bin", "TELEGRAM_BOT_TOKEN": "nope"},
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "TELEGRAM_BOT_TOKEN does not look like a bot token" in proc.stderr
