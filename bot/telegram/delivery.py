"""Every Bot API call goes through here: Telegram's rate limits, 429 pauses, retries.

The policy, in one place (docs/reliability.md explains why):

* **429** (``RetryAfter``): pause the chat it was for during ``retry_after``, then retry. A
  429 for a call without a chat, or 429s for several chats within one pause, pause every
  call: that is Telegram telling the whole bot to slow down. A 429 is not a failed attempt
  (Telegram says when to come back): a call gives up only when its 429 pauses would pass
  ``RETRY_AFTER_BUDGET`` seconds.
* **5xx, a proxy's HTML error page, a refused or dropped connection, a connection or pool
  timeout**: retry with bounded, jittered exponential backoff. A rare duplicate is better
  than silence.
* **A read timeout** may have been delivered: never retried, logged once as an unknown
  outcome. Sends get a read timeout generous enough that a slow Telegram is not a timeout.
* Anything else (400, 403, 409, ...) is answered by Telegram itself: not retried.

One WARNING line per incident (a call that met any fault), naming the method and the fault,
and never a traceback: these are the network's faults, not bugs in the bot.

With ``throttle=True`` calls are also spaced like PTB's ``AIORateLimiter``: at most 30 a
second in all and 20 a minute per group. ``TELEGRAM_RATE_LIMIT=off`` turns off only that
throttle (for load tests on a local server); retries and pauses always apply.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import httpx
from aiolimiter import AsyncLimiter
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import BaseRateLimiter
from telegram.request import BaseRequest, HTTPXRequest, RequestData

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
"""Attempts of one call that meet a network fault (429s do not count)."""
RETRY_AFTER_BUDGET = 300.0
"""Seconds of 429 pauses one call may wait out in all; a 429 that would pass it is given up."""
BACKOFF_BASE = 0.25
BACKOFF_CAP = 4.0
CHATS_FOR_GLOBAL_PAUSE = 3
"""429s for this many chats within one pause mean the whole bot is being limited."""
UNTHROTTLED = frozenset({"getUpdates", "getMe", "close", "logOut"})
SPELLED = {name.lower(): name for name in ("sendMessage",)}
"""Bot API method names are case-insensitive, and answers go out as "sendmessage"
(``handlers.send_reply``): logs and checks use the documented spelling."""


@dataclass(frozen=True)
class Verdict:
    """How to treat a failed attempt: retry it (after ``wait`` seconds) or not."""

    retry: bool
    fault: str
    wait: float = 0.0
    unknown_outcome: bool = False


def classify(exc: Exception, attempt: int, rng: random.Random) -> Verdict:
    """The policy for one failed attempt (``attempt`` counts from 1)."""
    backoff = min(BACKOFF_CAP, BACKOFF_BASE * 2 ** (attempt - 1)) * rng.uniform(0.5, 1.0)
    if isinstance(exc, RetryAfter):
        return Verdict(True, f"429 retry after {_seconds(exc):g} s", _seconds(exc))
    if isinstance(exc, TimedOut):
        cause = exc.__cause__
        if isinstance(cause, httpx.ConnectTimeout | httpx.PoolTimeout):
            return Verdict(True, "not sent: " + type(cause).__name__, backoff)
        return Verdict(False, "no answer in time: outcome unknown, not retried",
                       unknown_outcome=True)
    if isinstance(exc, BadRequest):
        return Verdict(False, str(exc))
    if isinstance(exc, NetworkError):  # 5xx, HTML error pages, refused or dropped connections
        return Verdict(True, _short(str(exc)), backoff)
    return Verdict(False, _short(str(exc)))


def _seconds(exc: RetryAfter) -> float:
    # The private field avoids PTB 22's deprecation warning on the public one.
    return float(exc._retry_after.total_seconds())


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:117] + "..."


class QuietRequest(HTTPXRequest):
    """PTB's HTTP client, minus a traceback in the log for each non-JSON answer (a proxy's
    HTML error page): the failure is still raised and logged once by :class:`Delivery`.

    A call without files is sent as a JSON body, not as a form: PTB's form encoding
    (``urlencode``, in Python) took ~0.5 ms of the event loop for each long answer with its
    keyboard, the largest item of a reply's cost after matching; ``json.dumps`` is in C.
    """

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
                         ) -> tuple[int, bytes]:
        """As PTB's, with a JSON body when there are parameters and no files."""
        if request_data is None or request_data.contains_files or not request_data.parameters:
            return await super().do_request(url, method, request_data, read_timeout,
                                            write_timeout, connect_timeout, pool_timeout)
        client = self._client
        timeout = httpx.Timeout(
            connect=_given(connect_timeout, client.timeout.connect),
            read=_given(read_timeout, client.timeout.read),
            write=_given(write_timeout, client.timeout.write),
            pool=_given(pool_timeout, client.timeout.pool))
        try:
            res = await client.request(
                method=method, url=url, timeout=timeout,
                content=json.dumps(request_data.parameters).encode("utf-8"),
                headers={"User-Agent": self.USER_AGENT, "Content-Type": "application/json"})
        except httpx.PoolTimeout as err:
            raise TimedOut("Pool timeout: the request was not sent") from err
        except httpx.TimeoutException as err:
            raise TimedOut from err
        except httpx.HTTPError as err:  # as PTB's: the class name makes empty messages useful
            raise NetworkError(f"httpx.{err.__class__.__name__}: {err}") from err
        return res.status_code, res.content

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """The JSON answer, or TelegramError("Invalid server response") without logging."""
        try:
            return json.loads(payload.decode("utf-8", "replace"))
        except ValueError as exc:
            raise TelegramError("Invalid server response") from exc


def _given(value: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


def requests(timeout: float) -> tuple[QuietRequest, QuietRequest]:
    """HTTP clients for the calls and for getUpdates; ``timeout`` for every send."""
    calls = QuietRequest(connection_pool_size=256, read_timeout=timeout, write_timeout=timeout,
                         connect_timeout=5.0, pool_timeout=timeout)
    return calls, QuietRequest(connection_pool_size=2)


class Delivery(BaseRateLimiter[int]):
    """PTB rate limiter that pauses per chat on 429 and retries by the policy above."""

    def __init__(self, throttle: bool = True, max_attempts: int = MAX_ATTEMPTS,
                 rng: random.Random | None = None,
                 retry_after_budget: float = RETRY_AFTER_BUDGET) -> None:
        self.throttle = throttle
        self.max_attempts = max_attempts
        self.retry_after_budget = retry_after_budget
        self.rng = rng or random.Random()
        self._overall = AsyncLimiter(30, 1)
        self._groups: dict[int | str, AsyncLimiter] = {}
        self._chat_until: dict[int | str, float] = {}
        self._all_until = 0.0
        self._limited: dict[int | str, float] = {}  # chat -> when its last 429 came
        self.incidents = 0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Run one Bot API call under the pauses, the throttle and the retry policy."""
        endpoint = SPELLED.get(endpoint, endpoint)
        if endpoint in UNTHROTTLED:
            return await callback(*args, **kwargs)
        chat = _chat_key(data.get("chat_id"))
        faults: list[str] = []
        attempts = rate_limit_args or self.max_attempts
        failed = 0  # attempts that met a network fault
        paused = 0.0  # seconds of 429 pauses
        attempt = 0
        while True:
            attempt += 1
            await self._wait_for_pause(chat)
            try:
                async with self._throttled(chat):
                    result = await callback(*args, **kwargs)
            except Exception as exc:
                verdict = classify(exc, failed + 1, self.rng)
                if not isinstance(exc, NetworkError | RetryAfter) or (
                        not verdict.retry and not verdict.unknown_outcome):
                    if faults:  # it failed for good after faults: still one line
                        self._incident(endpoint, faults, f"then {verdict.fault}")
                    raise
                faults.append(verdict.fault)
                if verdict.unknown_outcome:
                    self._incident(endpoint, faults, "")
                    raise
                if isinstance(exc, RetryAfter):
                    if paused + verdict.wait > self.retry_after_budget:
                        self._incident(endpoint, faults, f"given up: its 429 pauses would "
                                       f"pass {self.retry_after_budget:g} s")
                        raise
                    paused += verdict.wait
                    self._pause(chat, verdict.wait)
                    continue
                failed += 1
                if failed == attempts:
                    self._incident(endpoint, faults, f"given up after {attempt} attempts")
                    raise
                await asyncio.sleep(verdict.wait)
                continue
            if faults:
                self._incident(endpoint, faults, f"delivered on attempt {attempt}")
            return result

    # ---------------------------------------------------------------- pauses and throttle

    def _pause(self, chat: int | str | None, seconds: float) -> None:
        now = time.monotonic()
        until = now + seconds + self.rng.uniform(0.0, 0.1)
        if chat is None:
            self._all_until = max(self._all_until, until)
            return
        self._chat_until[chat] = max(self._chat_until.get(chat, 0.0), until)
        self._limited[chat] = now
        recent = [c for c, t in self._limited.items() if now - t <= max(seconds, 1.0)]
        if len(recent) >= CHATS_FOR_GLOBAL_PAUSE:
            self._all_until = max(self._all_until, until)
        for c in [c for c, t in self._limited.items() if now - t > 60]:
            del self._limited[c]

    async def _wait_for_pause(self, chat: int | str | None) -> None:
        while True:
            mine = self._chat_until.get(chat, 0.0) if chat is not None else 0.0
            until = max(self._all_until, mine)
            delay = until - time.monotonic()
            if delay <= 0:
                if chat is not None and chat in self._chat_until:
                    del self._chat_until[chat]
                return
            await asyncio.sleep(delay)

    @contextlib.asynccontextmanager
    async def _throttled(self, chat: int | str | None):  # noqa: ANN202
        if not self.throttle or chat is None:
            yield
            return
        group = None
        if isinstance(chat, str) or chat < 0:
            group = self._groups.setdefault(chat, AsyncLimiter(20, 60))
        async with group or contextlib.nullcontext(), self._overall:
            yield

    def _incident(self, endpoint: str, faults: list[str], outcome: str) -> None:
        self.incidents += 1
        seen = "; ".join(f"{n}× {f}" if n > 1 else f for f, n in _counted(faults))
        log.warning("%s: %s%s", endpoint, seen, f"; {outcome}" if outcome else "")


def _chat_key(chat_id: object) -> int | str | None:
    if chat_id is None:
        return None
    with contextlib.suppress(TypeError, ValueError):
        return int(chat_id)  # type: ignore[call-overload]
    return str(chat_id)


def _counted(items: list[str]) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return list(counts.items())
