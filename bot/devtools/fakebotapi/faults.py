"""Faults injected into chosen calls: Telegram errors, slow answers, dropped connections.

A :class:`Fault` applies to one method (or every method), optionally to one chat, for a share
of the matching calls. The share is spread evenly and deterministically: with ``share=0.1``
the 10th, 20th, 30th ... matching calls fail, so a retried call normally goes through (the
fault "clears") and a test knows exactly how many calls failed. ``times`` caps the number of
faulted calls.

Kinds:

* ``error``: Telegram's JSON error (``Fault.too_many_requests``, ``Fault.server_error``,
  ``Fault.conflict`` on getUpdates, or any code with ``Fault.error``);
* ``html``: a proxy's HTML error page instead of JSON (``Fault.bad_gateway``);
* ``late``: the answer comes after ``delay`` seconds, later than the client's timeout, or as
  soon as a test sets the fault's ``release`` event; with ``delivered=True`` the method is
  executed first (the message exists), otherwise it is not and the connection is closed
  after the delay (``Fault.late``);
* ``drop``: the connection is closed without any answer and nothing is executed
  (``Fault.dropped``).

A fixed round trip on every call is not a fault: ``FakeBotAPI(rtt=0.1)``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from bot.devtools.fakebotapi.model import APIError

BAD_GATEWAY_PAGE = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>\r\n"
    "</body>\r\n</html>\r\n"
)
CONFLICT = ("Conflict: terminated by other getUpdates request; make sure that only one bot "
            "instance is running")


@dataclass
class Fault:
    """One kind of failure for a share of the calls of ``method`` (None: every method)."""

    kind: str
    method: str | None
    share: float = 1.0
    code: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    delay: float = 0.0
    delivered: bool = False
    chat_id: int | None = None
    times: int | None = None
    release: threading.Event | None = None
    """For ``late``: set, it ends the delay at once (a test holds an answer until then)."""
    seen: int = 0
    """Matching calls so far."""
    hits: int = 0
    """Calls this fault was applied to so far."""

    def __post_init__(self) -> None:
        if self.kind not in ("error", "html", "late", "drop"):
            raise ValueError(f"unknown fault kind {self.kind!r}")
        if not 0.0 < self.share <= 1.0:
            raise ValueError("share must be in (0, 1]")

    # ---------------------------------------------------------------- constructors
    @classmethod
    def error(cls, method: str | None, code: int, description: str, *, share: float = 1.0,
              retry_after: int | None = None, chat_id: int | None = None,
              times: int | None = None) -> Fault:
        """Telegram's JSON error answer ``{"ok": false, "error_code": code, ...}``."""
        return cls("error", method, share, code, description, retry_after,
                   chat_id=chat_id, times=times)

    @classmethod
    def too_many_requests(cls, method: str | None, *, share: float = 1.0,
                          retry_after: int = 1, chat_id: int | None = None,
                          times: int | None = None) -> Fault:
        """429 with ``parameters.retry_after`` (flood control)."""
        return cls.error(method, 429, f"Too Many Requests: retry after {retry_after}",
                         share=share, retry_after=retry_after, chat_id=chat_id, times=times)

    @classmethod
    def server_error(cls, method: str | None, *, share: float = 1.0, code: int = 500,
                     chat_id: int | None = None, times: int | None = None) -> Fault:
        """A 5xx JSON answer, as Telegram gives when it has an internal problem."""
        return cls.error(method, code, "Internal Server Error", share=share,
                         chat_id=chat_id, times=times)

    @classmethod
    def bad_gateway(cls, method: str | None, *, share: float = 1.0,
                    chat_id: int | None = None, times: int | None = None) -> Fault:
        """502 with a proxy's HTML page instead of JSON."""
        return cls("html", method, share, 502, BAD_GATEWAY_PAGE, chat_id=chat_id, times=times)

    @classmethod
    def late(cls, method: str | None, delay: float, *, delivered: bool = True,
             share: float = 1.0, chat_id: int | None = None, times: int | None = None,
             release: threading.Event | None = None) -> Fault:
        """An answer ``delay`` seconds late, or when ``release`` is set; ``delivered``: the
        method was executed anyway."""
        return cls("late", method, share, delay=delay, delivered=delivered, chat_id=chat_id,
                   times=times, release=release)

    @classmethod
    def dropped(cls, method: str | None, *, share: float = 1.0, chat_id: int | None = None,
                times: int | None = None) -> Fault:
        """The connection is closed without an answer; nothing was executed."""
        return cls("drop", method, share, chat_id=chat_id, times=times)

    @classmethod
    def conflict(cls, *, share: float = 1.0, times: int | None = None) -> Fault:
        """409 on getUpdates: another instance of the bot is polling."""
        return cls.error("getUpdates", 409, CONFLICT, share=share, times=times)

    # ---------------------------------------------------------------- matching
    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.method is not None and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or params.get("chat_id") == self.chat_id

    def take(self) -> bool:
        """Count one matching call; True when this one is to fail."""
        if self.times is not None and self.hits >= self.times:
            return False
        self.seen += 1
        if int(self.seen * self.share + 1e-9) > int((self.seen - 1) * self.share + 1e-9):
            self.hits += 1
            return True
        return False

    def api_error(self) -> APIError:
        parameters = {"retry_after": self.retry_after} if self.retry_after is not None else None
        return APIError(self.code, self.description, record=False, parameters=parameters)


class Faults:
    """The fault side of :class:`FakeBotAPI` (a mixin: state lives on the server)."""

    def add_fault(self, fault: Fault) -> Fault:
        """Apply ``fault`` from now on; returns it (its ``hits`` count the faulted calls)."""
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        """Every later call is answered normally again."""
        with self._lock:
            self.faults.clear()

    def inject_error(
        self,
        method: str,
        error_code: int = 403,
        description: str = "Forbidden: bot was blocked by the user",
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` valid calls of ``method`` with this error."""
        self.add_fault(Fault.error(method, error_code, description, retry_after=retry_after,
                                   times=times))

    def _take_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        """The fault for this call, if any (call with the lock held)."""
        for fault in self.faults:
            if fault.matches(method, params) and fault.take():
                return fault
        return None
