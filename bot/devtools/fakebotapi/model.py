"""Constants and plain records shared by the fake server's modules."""

from __future__ import annotations

import copy
import threading
import time
from dataclasses import dataclass, field
from typing import Any

DEFAULT_TOKEN = "123456:TEST-token"
MAX_HOLD_SECONDS = 1.0  # cap for long-polling getUpdates so shutdown stays fast

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


@dataclass
class Call:
    """One request the server received.

    ``params`` holds the parameters JSON-decoded according to the spec (an Integer parameter
    is an ``int`` even though PTB sent the string ``"42"``); uploaded files are :class:`Upload`.
    ``result`` is what was answered on success, ``description``/``error_code`` on failure.
    """

    method: str
    params: dict[str, Any]
    ok: bool
    result: Any = None
    error_code: int | None = None
    description: str | None = None
    index: int = -1
    fault: str | None = None
    """The injected fault's kind when one was applied (``error``, ``html``, ``late``, ``drop``)."""
    at: float = field(default_factory=time.monotonic)
    """When the call was answered (``time.monotonic()``)."""


@dataclass
class Answer:
    """What the HTTP layer sends back: ``body=None`` closes the connection unanswered."""

    status: int
    body: bytes | None
    content_type: str = "application/json"
    delay: float = 0.0
    """Seconds to wait before answering (a late answer)."""
    release: threading.Event | None = None
    """Ends the wait as soon as it is set."""


@dataclass
class Upload:
    """A file part of a multipart/form-data request."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes = field(repr=False)


class APIError(Exception):
    def __init__(self, code: int, description: str, *, record: bool = True, parameters=None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.record = record
        self.parameters = parameters



_ATOMIC = frozenset({str, int, float, bool, type(None)})


def clone(value: Any) -> Any:
    """A deep copy of JSON-shaped data (dicts, lists, strings, numbers) about three times
    faster than ``copy.deepcopy``, which the fake's answers spent most of their time in;
    anything else is handed to ``copy.deepcopy``."""
    kind = type(value)
    if kind is dict:
        return {key: clone(item) for key, item in value.items()}
    if kind is list:
        return [clone(item) for item in value]
    if kind in _ATOMIC:
        return value
    return copy.deepcopy(value)
