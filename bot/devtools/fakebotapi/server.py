"""The fake server: lifecycle, assertions and request dispatch."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from bot.devtools.fakebotapi.decode import Decoding, parse_body
from bot.devtools.fakebotapi.faults import Fault, Faults
from bot.devtools.fakebotapi.limits import method_limits
from bot.devtools.fakebotapi.methods import Methods
from bot.devtools.fakebotapi.model import (
    DEFAULT_TOKEN,
    MAX_HOLD_SECONDS,
    Answer,
    APIError,
    Call,
    clone,
)
from bot.devtools.fakebotapi.spec import Validator, load_spec
from bot.devtools.fakebotapi.transport import Server
from bot.devtools.fakebotapi.updates import Updates


class FakeBotAPI(Updates, Methods, Faults, Decoding):
    """A validating fake Telegram Bot API server (see the module docstring)."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        spec_dir: Path | None = None,
        bot_username: str = "hamroh_test_bot",
        rtt: float = 0.0,
        faults: list[Fault] | None = None,
        keep_alive: bool = False,
    ) -> None:
        self.token = token
        self.rtt = rtt
        """Seconds added to every call, half on the way there and half on the way back."""
        self.keep_alive = keep_alive
        """HTTP/1.1 connections kept open between calls, as Telegram's are. The tests use
        them: a new connection and server thread per call cost ~0.4 ms of CPU. Off by default
        so that ``bench --e2e`` measures what it always measured."""
        self.faults: list[Fault] = list(faults or [])
        self.max_hold_seconds = MAX_HOLD_SECONDS  # long-poll cap
        self.spec = load_spec(spec_dir)
        self.spec_version: str = self.spec.get("version", "?")
        self._methods = {name.lower(): m for name, m in self.spec["methods"].items()}
        self._validator = Validator(self.spec)
        self._method_tables = {}
        bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 123456
        self.bot_user: dict = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Hamroh",
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
        }
        self.requests: list[Call] = []
        self.errors: list[str] = []
        self.polls: dict[str, dict] = {}
        self.commands: dict[tuple[str, str], list[dict]] = {}  # (scope json, lang) -> commands
        self.descriptions: dict[tuple[str, str], str] = {}  # (method-kind, lang) -> text
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        # wait_for's callers: each is woken on its own event loop when a call is recorded.
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self._updates: list[dict] = []
        self._next_update_id = 1000
        self._allowed_updates: list[str] = []
        self._messages: dict[int, dict[int, dict]] = {}  # chat_id -> message_id -> message
        self._next_message_id: dict[int, int] = {}
        self._chats: dict[int, dict] = {}
        self._usernames: dict[str, int] = {}
        self._poll_location: dict[str, tuple[int, int]] = {}
        self._callback_ids: set[str] = set()
        self._inline_ids: set[str] = set()
        self._counter = 0
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self.base_url = ""
        self.base_file_url = ""

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Bind to an ephemeral port on 127.0.0.1 and serve in a daemon thread."""
        if self._server is not None:
            return
        self._stopping = False
        self._server = Server(self)
        port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{port}/bot"
        self.base_file_url = f"http://127.0.0.1:{port}/file/bot"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            # stop() waits for the next poll: a short interval keeps test teardowns quick.
            kwargs={"poll_interval": 0.01},
            name="FakeBotAPI",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        """Release long-polls, stop serving and close the socket."""
        if self._server is None:
            return
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeBotAPI:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ assertions
    def assert_clean(self) -> None:
        """Raise AssertionError listing every validation/runtime error seen so far."""
        with self._lock:
            errors = list(self.errors)
        if errors:
            listing = "\n".join(f"  - {e}" for e in errors)
            raise AssertionError(f"FakeBotAPI saw {len(errors)} bad request(s):\n{listing}")

    def mark(self) -> int:
        """Current number of requests; pass as ``after=`` to wait only for later calls."""
        with self._lock:
            return len(self.requests)

    async def wait_for(
        self,
        method: str,
        predicate: Callable[[dict], bool] = lambda params: True,
        timeout: float = 5.0,
        after: int = 0,
    ) -> Call:
        """First call of ``method`` (case-insensitive) at index >= ``after`` whose params
        satisfy ``predicate``. Failed calls match too (check ``call.ok``)."""
        deadline = time.monotonic() + timeout
        wanted = method.lower()
        index = after
        recorded = asyncio.Event()
        waiter = (asyncio.get_running_loop(), recorded)
        with self._lock:
            self._waiters.add(waiter)
        try:
            while True:
                recorded.clear()  # before reading: a call recorded after it sets it again
                with self._lock:
                    calls = self.requests[index:]
                for call in calls:
                    index += 1
                    if call.method.lower() == wanted and predicate(call.params):
                        return call
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(recorded.wait(), left)
        finally:
            with self._lock:
                self._waiters.discard(waiter)
        with self._lock:
            recent = self.requests[-15:]
            errors = list(self.errors)
        lines = [f"  #{c.index} {c.method} ok={c.ok} {short_params(c.params)}" for c in recent]
        raise AssertionError(
            f"timed out after {timeout}s waiting for {method} (after index {after}).\n"
            "Recent calls:\n" + ("\n".join(lines) or "  (none)") + "\nErrors:\n"
            + ("\n".join(f"  - {e}" for e in errors) or "  (none)")
        )

    # ------------------------------------------------------------------ state views
    def sent_messages(self, chat_id: int) -> list[dict]:
        """Messages the bot sent to ``chat_id`` as they look now (edits applied, deletions
        removed), oldest first."""
        with self._lock:
            msgs = self._messages.get(chat_id, {})
            return [
                clone(m)
                for _, m in sorted(msgs.items())
                if m.get("from", {}).get("id") == self.bot_user["id"]
            ]

    # ------------------------------------------------------------------ dispatch
    def _dispatch(self, raw_path: str, content_type: str, body: bytes) -> Answer:
        parts = urlsplit(raw_path)
        path = parts.path
        m = re.fullmatch(r"/bot([^/]*)/([^/]*)", path)
        if path.startswith("/file/"):
            return _json_answer(404, {"ok": False, "error_code": 404, "description": "Not Found"})
        method = m.group(2) if m else path
        params: dict[str, Any] = {}
        fault: Fault | None = None
        try:
            if not m:
                raise APIError(404, "Not Found")
            if m.group(1) != self.token:
                raise APIError(401, "Unauthorized")
            fields = dict(parse_qsl(parts.query, keep_blank_values=True))
            try:
                body_fields, uploads, is_json = parse_body(content_type, body)
            except (ValueError, UnicodeDecodeError) as exc:
                raise APIError(400, f"Bad Request: can't parse request body: {exc}") from exc
            fields.update(body_fields)
            spec_method = self._methods.get(method.lower())
            if spec_method is None:
                params = fields
                raise APIError(404, f"Not Found: method {method!r} is not in {self.spec_version}")
            method = spec_method["name"]
            params, errs = self._decode_and_check(spec_method, fields, uploads, is_json)
            if not errs:
                errs = method_limits(self.spec, method, params)
            if errs:
                raise APIError(400, "Bad Request: " + "; ".join(errs))
            with self._lock:
                fault = self._take_fault(method, params)
            if fault is not None and fault.kind == "error":
                raise fault.api_error()
            if fault is not None and not (fault.kind == "late" and fault.delivered):
                return self._faulted(method, params, fault)
            result = self._execute(method, params)
            returns = self._methods[method.lower()].get("returns", [])
            bad = self._validator.check(result, returns, "result") if returns else []
            if bad:  # a bug in this fake, not in the bot: still fail loudly
                raise APIError(500, "FakeBotAPI produced an invalid result: " + "; ".join(bad))
        except APIError as exc:
            fault_kind = "error" if fault is not None and fault.kind == "error" else None
            payload: dict[str, Any] = {
                "ok": False,
                "error_code": exc.code,
                "description": exc.description,
            }
            if exc.parameters:
                payload["parameters"] = exc.parameters
            with self._lock:
                self._record(Call(method, params, False, None, exc.code, exc.description,
                                  fault=fault_kind))
                if exc.record:
                    self.errors.append(f"{method}: {exc.description}")
            return _json_answer(exc.code, payload)
        answer = _json_answer(200, {"ok": True, "result": result})
        with self._lock:  # the result is sent: the call keeps it (no one else holds it)
            self._record(Call(method, params, True, result,
                              fault=fault.kind if fault is not None else None))
        if fault is not None:  # late but delivered: the client has given up by then
            answer.delay, answer.release = fault.delay, fault.release
        return answer

    def _record(self, call: Call) -> None:
        """Append ``call`` to ``requests`` (the lock held) and wake every ``wait_for``."""
        call.index = len(self.requests)
        self.requests.append(call)
        for loop, recorded in self._waiters:
            with contextlib.suppress(RuntimeError):  # its loop has closed: nobody waits
                loop.call_soon_threadsafe(recorded.set)

    def _faulted(self, method: str, params: dict[str, Any], fault: Fault) -> Answer:
        """An HTML error page, a dropped connection, or a late answer never delivered."""
        with self._lock:
            self._record(Call(method, params, False, None, fault.code, fault.kind,
                              fault=fault.kind))
        if fault.kind == "html":
            return Answer(fault.code, fault.description.encode(), "text/html")
        return Answer(0, None, delay=fault.delay, release=fault.release)


def short_params(params: dict) -> str:
    s = json.dumps(params, ensure_ascii=False, default=repr)
    return s if len(s) <= 200 else s[:197] + "..."


def _json_answer(status: int, payload: dict) -> Answer:
    return Answer(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
