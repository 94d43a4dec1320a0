"""One redaction layer for the whole process: secrets never reach a log line.

``protect`` registers a secret (the bot token, which also protects its secret part after
the colon, and the webhook secret, configured or random). ``install`` wraps the logging
record factory, so every record from any library is cleaned when it is made: its message
with the arguments filled in, its exception text (traceback and message) and its stack. A
filter on handlers would miss handlers added later; the factory sees every record.
"""

from __future__ import annotations

import logging
import threading
import traceback

MASK = "[redacted]"

_secrets: list[str] = []
_lock = threading.Lock()
_installed = False


def protect(*secrets: str | None) -> None:
    """Mask these secrets from now on. A bot token also masks its part after the colon."""
    with _lock:
        for secret in secrets:
            if not secret:
                continue
            parts = [secret]
            if ":" in secret:
                parts.append(secret.split(":", 1)[1])
            for part in parts:
                if len(part) >= 8 and part not in _secrets:
                    _secrets.append(part)
        _secrets.sort(key=len, reverse=True)  # the whole token before its secret part


def redact(text: str) -> str:
    """``text`` with every protected secret replaced by a mask."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def _clean(record: logging.LogRecord) -> logging.LogRecord:
    if not _secrets:
        return record
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a bad format string: logging reports it later
        return record
    cleaned = redact(message)
    if cleaned != message or record.args:
        record.msg, record.args = cleaned, ()
    if record.exc_info and record.exc_info[0] is not None:
        record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip())
    elif record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


def install() -> None:
    """Clean every log record made from now on (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        make = logging.getLogRecordFactory()

        def factory(*args: object, **kwargs: object) -> logging.LogRecord:
            return _clean(make(*args, **kwargs))

        logging.setLogRecordFactory(factory)
        _installed = True
