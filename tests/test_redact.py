"""The redaction layer: secrets are masked in messages, arguments, tracebacks and stacks."""

from __future__ import annotations

import logging

import pytest

from bot import redact

TOKEN = "987654321:AAsecret-part_of_the_token_redact1"
SECRET_PART = TOKEN.split(":", 1)[1]
WEBHOOK = "webhook-secret_for-redaction-test"


@pytest.fixture(autouse=True)
def protected() -> None:
    redact.install()
    redact.protect(TOKEN, WEBHOOK)


def records(caplog: pytest.LogCaptureFixture) -> str:
    """Every byte the capture handler would print, tracebacks included."""
    return caplog.text + "".join(r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("emit", [
    lambda log: log.info("token %s", TOKEN),
    lambda log: log.info("url https://api.telegram.org/bot%s/getMe", TOKEN),
    lambda log: log.info("only the secret part: %s", SECRET_PART),
    lambda log: log.info("encoded: 987654321%%3A%s", SECRET_PART),
    lambda log: log.debug("params %r", {"secret_token": WEBHOOK}),
    lambda log: log.warning(f"already formatted {TOKEN} and {WEBHOOK}"),
    lambda log: log.error("with stack", stack_info=True, extra={"x": TOKEN}) or
    log.error("stack %s", WEBHOOK, stack_info=True),
], ids=["arg", "url", "secret-part", "url-encoded", "repr", "f-string", "stack"])
def test_messages_are_masked(caplog: pytest.LogCaptureFixture, emit) -> None:  # noqa: ANN001
    caplog.set_level(logging.DEBUG)
    emit(logging.getLogger("some.library"))
    text = records(caplog)
    assert caplog.records and SECRET_PART not in text and WEBHOOK not in text
    assert redact.MASK in text


def test_exception_text_is_masked(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
    except RuntimeError:
        logging.getLogger("telegram.ext").exception("failed with %s", WEBHOOK)
    text = records(caplog)
    assert "RuntimeError" in text and "Traceback" in text
    assert SECRET_PART not in text and WEBHOOK not in text


def test_short_or_empty_secrets_are_not_masked() -> None:
    redact.protect(None, "", "1:ab")
    assert redact.redact("1:ab is fine, so is ab") == "1:ab is fine, so is ab"
