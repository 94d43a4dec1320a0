"""The fake server: HTTP plumbing, lifecycle, assertions and request dispatch."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import email.parser
import email.policy
import json
import re
import socket
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from bot.devtools.fakebotapi.faults import Fault, Faults
from bot.devtools.fakebotapi.limits import method_limits
from bot.devtools.fakebotapi.methods import Methods
from bot.devtools.fakebotapi.model import (
    DEFAULT_TOKEN,
    MAX_HOLD_SECONDS,
    Answer,
    APIError,
    Call,
    Upload,
)
from bot.devtools.fakebotapi.spec import Validator, load_spec, short
from bot.devtools.fakebotapi.updates import Updates

# --------------------------------------------------------------------------- HTTP plumbing


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # one request per connection, unless keep_alive

    def setup(self) -> None:
        if self.server.api.keep_alive:
            # Connections stay open for the next request (stop() closes them); without
            # Nagle's algorithm, or each answer's body would wait for the client's delayed
            # acknowledgement of its headers (~40 ms).
            self.protocol_version = "HTTP/1.1"
            self.disable_nagle_algorithm = True
        super().setup()

    def do_GET(self) -> None:  # noqa: N802
        self._handle()

    def do_POST(self) -> None:  # noqa: N802
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output clean

    def _handle(self) -> None:
        api = self.server.api
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if api.rtt:
            time.sleep(api.rtt / 2)  # the request's way there
        answer = api._dispatch(self.path, self.headers.get("Content-Type", ""), body)
        time.sleep(answer.delay + api.rtt / 2)  # (a late answer, then) the way back
        if answer.body is None:
            self.close_connection = True  # dropped: the client sees no answer at all
            return
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 resets connections when a bot sends many
    # requests at once (bench --e2e); Telegram does not.
    request_queue_size = 1024

    def __init__(self, api: FakeBotAPI):
        self.api = api
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """End every open connection: a handler waiting for its next request gets none."""
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):  # already closed by the client
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (e.g. PTB cancelling a long-poll at shutdown) is normal.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _parse_body(content_type: str, body: bytes) -> tuple[dict[str, Any], dict[str, Upload], bool]:
    """(fields, uploads, is_json). Form values stay strings; JSON values keep their types."""
    ctype = content_type.split(";")[0].strip().lower()
    if not body:
        return {}, {}, False
    if ctype == "application/json":
        data = json.loads(body.decode("utf-8"))
        if not isinstance(data, dict):
            raise APIError(400, "Bad Request: the JSON body must be an object")
        return data, {}, True
    if ctype == "multipart/form-data":
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        fields: dict[str, Any] = {}
        uploads: dict[str, Upload] = {}
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            filename = part.get_filename()
            payload = part.get_payload(decode=True) or b""
            if filename is not None:
                uploads[name] = Upload(name, filename, part.get_content_type(), payload)
            else:
                charset = part.get_content_charset() or "utf-8"
                fields[name] = payload.decode(charset)
        return fields, uploads, False
    # application/x-www-form-urlencoded (also the default for anything else)
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True)), {}, False


def _attach_refs(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value[len("attach://") :]} if value.startswith("attach://") else set()
    if isinstance(value, list):
        return set().union(*(_attach_refs(v) for v in value)) if value else set()
    if isinstance(value, dict):
        return set().union(*(_attach_refs(v) for v in value.values())) if value else set()
    return set()



class FakeBotAPI(Updates, Methods, Faults):
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
        self._server: _Server | None = None
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
        self._server = _Server(self)
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
        while True:
            with self._lock:
                calls = self.requests[index:]
            for call in calls:
                index += 1
                if call.method.lower() == wanted and predicate(call.params):
                    return call
            if time.monotonic() >= deadline:
                break
            await asyncio.sleep(0.01)
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
                copy.deepcopy(m)
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
                body_fields, uploads, is_json = _parse_body(content_type, body)
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
                call = Call(method, params, False, None, exc.code, exc.description,
                            fault=fault_kind)
                call.index = len(self.requests)
                self.requests.append(call)
                if exc.record:
                    self.errors.append(f"{method}: {exc.description}")
            return _json_answer(exc.code, payload)
        with self._lock:
            call = Call(method, params, True, copy.deepcopy(result))
            call.index = len(self.requests)
            call.fault = fault.kind if fault is not None else None
            self.requests.append(call)
        answer = _json_answer(200, {"ok": True, "result": result})
        if fault is not None:  # late but delivered: the client has given up by then
            answer.delay = fault.delay
        return answer

    def _faulted(self, method: str, params: dict[str, Any], fault: Fault) -> Answer:
        """An HTML error page, a dropped connection, or a late answer never delivered."""
        with self._lock:
            call = Call(method, params, False, None, fault.code, fault.kind, fault=fault.kind)
            call.index = len(self.requests)
            self.requests.append(call)
        if fault.kind == "html":
            return Answer(fault.code, fault.description.encode(), "text/html")
        return Answer(0, None, delay=fault.delay)

    def _decode_and_check(
        self, spec_method: dict, fields: dict[str, Any], uploads: dict[str, Upload], is_json: bool
    ) -> tuple[dict[str, Any], list[str]]:
        spec_fields = {f["name"]: f for f in spec_method.get("fields", [])}
        params: dict[str, Any] = {}
        errs: list[str] = []
        for name, raw in fields.items():
            f = spec_fields.get(name)
            if f is None:
                params[name] = raw
                errs.append(f"unknown parameter {name!r} for {spec_method['name']}")
                continue
            value, e = self._decode_field(name, raw, f["types"])
            params[name] = value
            errs += e
        referenced = _attach_refs(params)
        for name, upload in uploads.items():
            if name in spec_fields and name not in params:
                params[name] = upload
                errs += self._validator.check(upload, spec_fields[name]["types"], name)
            elif name not in referenced:
                errs.append(f"uploaded file {name!r} is not a parameter nor attach:// referenced")
        for name, f in spec_fields.items():
            if f["required"] and name not in params:
                errs.append(f"required parameter {name!r} is missing")
        return params, errs

    def _decode_field(self, name: str, raw: Any, types: list[str]) -> tuple[Any, list[str]]:
        """JSON-decode a string value unless the parameter is String-only, then type-check.

        For unions with String (chat_id: Integer or String) the decoded value is tried first,
        then the raw string; "attach://name" is accepted where an InputFile may go."""
        decodable = any(t not in ("String", "InputFile") for t in types)
        textual = "String" in types or "InputFile" in types
        candidates: list[Any] = [raw]
        if isinstance(raw, str) and decodable:
            try:
                candidates = [json.loads(raw), raw] if textual else [json.loads(raw)]
            except ValueError:
                if not textual:
                    wanted = " or ".join(types)
                    return raw, [f"{name}: can't parse {short(raw)} as JSON ({wanted})"]
        if isinstance(raw, str) and raw.startswith("attach://") and "InputFile" in types:
            return raw, []
        first_errs: list[str] = []
        for value in candidates:
            errs = self._validator.check(value, types, name)
            if not errs:
                return value, []
            first_errs = first_errs or errs
        return candidates[0], first_errs



def short_params(params: dict) -> str:
    s = json.dumps(params, ensure_ascii=False, default=repr)
    return s if len(s) <= 200 else s[:197] + "..."


def _json_answer(status: int, payload: dict) -> Answer:
    return Answer(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
