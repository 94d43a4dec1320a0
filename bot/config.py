"""Settings from the environment. The only module that reads ``os.environ``."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.paths import ROOT, SHIPPED_KNOWLEDGE

# python-telegram-bot 22 warns each time a RetryAfter (Telegram's 429) is built unless the
# process opts in to the timedelta form its next major version makes the default. The bot
# reads only RetryAfter's delay, so opt in once, for every entry point.
os.environ.setdefault("PTB_TIMEDELTA", "true")
_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one sentence for the operator."""


@dataclass(frozen=True)
class Settings:
    token: str | None = None
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    database_path: Path = ROOT / "data" / "hamroh.sqlite3"
    knowledge_dir: Path = SHIPPED_KNOWLEDGE
    documents_dir: Path = ROOT.parent / "shared" / "seeds"
    """The source documents, which ``check`` compares the quotes with (skipped when absent)."""
    webhook_url: str | None = None
    webhook_secret: str | None = None
    port: int = 8443
    log_level: str = "INFO"
    api_base_url: str | None = None
    """A self-hosted Bot API server (or the test fake), like PTB's ``base_url``."""
    rate_limit: bool = True
    quiz_seconds: int = 45
    """How long each quiz poll stays open (Telegram allows 5 to 600 for open_period)."""
    review_months: int = 12
    """An entry last checked against the documents longer ago than this is due for review."""
    retention_days: int = 90
    """Unanswered questions and 👎 votes older than this are deleted."""
    send_timeout: float = 20.0
    """Seconds to wait for Telegram's answer to a call: a slow answer is not a failure, and
    a call that times out is never retried (it may have been delivered)."""

    def require_token(self) -> str:
        """The bot token, or ConfigError with a sentence saying what to do."""
        if not self.token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and "
                              "put it in the environment (see .env.example).")
        if not _TOKEN.match(self.token):
            raise ConfigError("TELEGRAM_BOT_TOKEN does not look like a bot token "
                              "(digits, a colon, then letters); copy it again from @BotFather.")
        return self.token


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from ``env`` (default: the process environment).

    Raises:
        ConfigError: when a value is malformed (the token is checked by ``require_token``).
    """
    env = os.environ if env is None else env

    def get(name: str) -> str | None:
        value = env.get(name, "").strip()
        return value or None

    try:
        admin_ids = frozenset(int(x) for x in (get("ADMIN_IDS") or "").replace(",", " ").split())
    except ValueError:
        raise ConfigError("ADMIN_IDS must be Telegram user ids separated by commas, "
                          "for example 12345,67890.") from None
    try:
        port = int(get("PORT") or 8443)
    except ValueError:
        raise ConfigError("PORT must be a number, for example 8443.") from None
    level = (get("LOG_LEVEL") or "INFO").upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ConfigError("LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL.")
    secret = get("WEBHOOK_SECRET")
    if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise ConfigError("WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and -, "
                          "1 to 256 characters (Telegram's rule).")
    rate = (get("TELEGRAM_RATE_LIMIT") or "on").lower()
    if rate not in ("on", "off"):
        raise ConfigError("TELEGRAM_RATE_LIMIT must be 'on' or 'off'.")
    try:
        quiz_seconds = int(get("QUIZ_SECONDS") or 45)
    except ValueError:
        quiz_seconds = -1
    if not 5 <= quiz_seconds <= 600:
        raise ConfigError("QUIZ_SECONDS must be a number of seconds from 5 to 600.")
    review_months = _positive(get("REVIEW_MONTHS"), 12, "REVIEW_MONTHS", "months")
    retention_days = _positive(get("RETENTION_DAYS"), 90, "RETENTION_DAYS", "days")
    return Settings(
        token=get("TELEGRAM_BOT_TOKEN"),
        admin_ids=admin_ids,
        database_path=Path(get("DATABASE_PATH") or ROOT / "data" / "hamroh.sqlite3"),
        knowledge_dir=Path(get("KNOWLEDGE_DIR") or SHIPPED_KNOWLEDGE),
        documents_dir=Path(get("DOCUMENTS_DIR") or ROOT.parent / "shared" / "seeds"),
        webhook_url=get("WEBHOOK_URL"),
        webhook_secret=secret,
        port=port,
        log_level=level,
        api_base_url=get("TELEGRAM_API_BASE_URL"),
        rate_limit=rate == "on",
        quiz_seconds=quiz_seconds,
        review_months=review_months,
        retention_days=retention_days,
    )


def _positive(value: str | None, default: int, name: str, unit: str) -> int:
    """A whole number of at least 1, or ConfigError naming the setting."""
    try:
        number = int(value) if value is not None else default
    except ValueError:
        number = 0
    if number < 1:
        raise ConfigError(f"{name} must be a whole number of {unit}, at least 1.")
    return number
