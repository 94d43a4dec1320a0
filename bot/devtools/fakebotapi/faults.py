"""Faults injected into chosen calls: Telegram errors, slow answers, dropped connections."""

from __future__ import annotations

from bot.devtools.fakebotapi.model import (
    APIError,
)


class Faults:
    """The fault side of :class:`FakeBotAPI` (a mixin: state lives on the server)."""

    def inject_error(
        self,
        method: str,
        error_code: int = 403,
        description: str = "Forbidden: bot was blocked by the user",
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` valid calls of ``method`` with this error."""
        with self._lock:
            self._injected.append([method.lower(), error_code, description, retry_after, times])

    def _take_injected(self, method: str) -> APIError | None:
        for entry in self._injected:
            if entry[0] == method.lower() and entry[4] > 0:
                entry[4] -= 1
                params = {"retry_after": entry[3]} if entry[3] is not None else None
                return APIError(entry[1], entry[2], record=False, parameters=params)
        return None

