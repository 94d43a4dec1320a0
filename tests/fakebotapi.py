"""A validating fake Telegram Bot API server for end-to-end tests.

Standard library only: a :class:`http.server.ThreadingHTTPServer` on 127.0.0.1 runs in a
background thread, so it lives happily beside python-telegram-bot's asyncio loop.

Every request is checked against the machine-readable Bot API spec in
``../shared/telegram-bot-api/`` (``api-<major>.<minor>.json`` matching
``telegram.constants.BOT_API_VERSION_INFO``, else ``api.json``; override the folder with the
environment variable ``TELEGRAM_API_SPEC_DIR``): method name, parameter names, required
parameters, types (recursively, including unions, ``Array of X`` and abstract types with
subtypes), the documented limits (text lengths after HTML parsing, callback_data bytes, poll
rules, inline results, bot commands ...) and Telegram's HTML parse mode.

A failed check is recorded in :attr:`FakeBotAPI.errors` and answered like Telegram would
(400 ``Bad Request: ...``), so PTB raises ``telegram.error.BadRequest``.

Typical use::

    with FakeBotAPI() as api:
        app = (ApplicationBuilder().token(api.token).base_url(api.base_url)
               .base_file_url(api.base_file_url).build())
        ...
        api.push_update(api.message(42, "/start"))
        call = await api.wait_for("sendMessage", lambda p: p["chat_id"] == 42)
        api.assert_clean()

Public API (everything else is private):

* ``FakeBotAPI(token=..., spec_dir=None, bot_username=...)``; ``start()``, ``stop()``,
  context manager; ``token``, ``base_url``, ``base_file_url``, ``bot_user``, ``spec_version``.
* ``push_update(update) -> update_id``; builders ``message()``, ``callback_query()``,
  ``inline_query()``, ``poll_answer()`` returning update dicts (without ``update_id``).
* ``requests: list[Call]``, ``errors: list[str]``, ``assert_clean()``, ``mark()``,
  ``async wait_for(method, predicate, timeout, after) -> Call``.
* ``sent_messages(chat_id)``, ``polls``, ``commands``, ``descriptions``.
* ``inject_error(method, error_code, description, retry_after=None, times=1)`` to make the
  next call(s) of a method fail like Telegram does (e.g. 403 when a user blocked the bot).
  Injected failures are not validation errors and are not recorded in ``errors``.

What counts as an error in ``errors``: any request the fake answers with ``ok: false``, except
injected failures and Telegram's benign "message is not modified" answer.

Notes:

* Unknown methods get Telegram's 404 "Not Found" (PTB raises ``InvalidToken``, or
  ``EndPointNotFound`` from ``do_api_request``); a wrong token gets 401 "Unauthorized".
* Implemented: getMe, getUpdates, (delete|set)Webhook, getWebhookInfo, logOut,
  (set|get|delete)MyCommands, (set|get)My(Short)Description, (set|get)MyName, sendMessage,
  editMessageText, editMessageReplyMarkup, deleteMessage(s), sendChatAction, sendPoll, stopPoll,
  answerCallbackQuery, answerInlineQuery. Other methods returning only Boolean answer True
  after validation; any other method is answered 400 "FakeBotAPI does not implement ...".
* Every result is itself checked against the spec's return type before it is sent.
* getUpdates holds a long-poll for at most ``MAX_HOLD_SECONDS`` (1 s) so shutdown is fast.
  Updates excluded by ``allowed_updates`` are dropped and reported in ``errors``.
* Lengths are counted in code points. MarkdownV2/Markdown text is not parsed (its raw length
  is checked); HTML is parsed strictly, following the documented rules.
* The ``Update`` builders raise ValueError for things Telegram can't produce (pressing a
  button that isn't on the message, voting in an anonymous or closed poll, ...).
"""

from __future__ import annotations

import asyncio
import copy
import email.parser
import email.policy
import functools
import json
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = ["Call", "FakeBotAPI", "HTMLParseError", "Upload", "load_spec", "parse_html"]

DEFAULT_TOKEN = "123456:TEST-token"
MAX_HOLD_SECONDS = 1.0  # cap for long-polling getUpdates so shutdown stays fast

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


# --------------------------------------------------------------------------- data classes


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


@dataclass
class Upload:
    """A file part of a multipart/form-data request."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes = field(repr=False)


class _APIError(Exception):
    def __init__(self, code: int, description: str, *, record: bool = True, parameters=None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.record = record
        self.parameters = parameters


class HTMLParseError(ValueError):
    """Raised by :func:`parse_html` for text Telegram would reject."""


# --------------------------------------------------------------------------- spec loading


def default_spec_dir() -> Path:
    env = os.environ.get("TELEGRAM_API_SPEC_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "telegram-bot-api"


def spec_path(spec_dir: Path | None = None) -> Path:
    """The spec file matching the installed PTB's Bot API version, else ``api.json``."""
    spec_dir = Path(spec_dir) if spec_dir is not None else default_spec_dir()
    try:
        from telegram.constants import BOT_API_VERSION_INFO

        major, minor = BOT_API_VERSION_INFO[:2]
        candidate = spec_dir / f"api-{major}.{minor}.json"
        if candidate.is_file():
            return candidate
    except ImportError:  # pragma: no cover - PTB is a dependency
        pass
    return spec_dir / "api.json"


@functools.lru_cache(maxsize=4)
def _load_spec_file(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_spec(spec_dir: Path | None = None) -> dict:
    """Load (and cache) the JSON spec; see :func:`spec_path`."""
    path = spec_path(spec_dir)
    if not path.is_file():
        raise FileNotFoundError(
            f"Telegram Bot API spec not found at {path}; set TELEGRAM_API_SPEC_DIR"
        )
    return _load_spec_file(str(path))


# --------------------------------------------------------------------------- HTML parse mode

_ENTITY_OF_TAG = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
    "tg-time": "date_time",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_START_TAG = re.compile(
    r"<([a-zA-Z][a-zA-Z0-9-]*)"
    r"((?:\s+[a-zA-Z_][a-zA-Z0-9_-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>"
)
_END_TAG = re.compile(r"</\s*([a-zA-Z][a-zA-Z0-9-]*)\s*>")
_ATTR = re.compile(r"([a-zA-Z_][a-zA-Z0-9_-]*)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_CHAR_REF = re.compile(r"&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|(lt|gt|amp|quot));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _decode_refs(s: str, base: int) -> str:
    out, i = [], 0
    while i < len(s):
        if s[i] == "&":
            m = _CHAR_REF.match(s, i)
            if not m:
                raise HTMLParseError(
                    f"Character '&' at offset {base + i} is not part of an HTML entity; "
                    "escape it as &amp;"
                )
            out.append(_ref_char(m, base + i))
            i = m.end()
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _ref_char(m: re.Match, offset: int) -> str:
    if m.group(3):
        return _NAMED[m.group(3)]
    code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise HTMLParseError(f"Invalid numeric HTML entity at offset {offset}")
    return chr(code)


def parse_html(text: str) -> tuple[str, list[dict]]:
    """Parse Telegram-flavoured HTML; return (plain text, MessageEntity dicts).

    Only Telegram's tags and the entities &lt; &gt; &amp; &quot; plus numeric ones are
    accepted. Offsets/lengths of the returned entities are in UTF-16 code units, like
    Telegram's. Raises :class:`HTMLParseError` with a Telegram-like message otherwise.
    """
    out: list[str] = []
    pos16 = 0
    stack: list[dict] = []  # {"tag", "start", "entity": dict|None, "children": int}
    entities: list[dict] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "<":
            if text.startswith("</", i):
                m = _END_TAG.match(text, i)
                if not m:
                    raise HTMLParseError(f"Unclosed end tag at offset {i}")
                name = m.group(1).lower()
                if not stack:
                    raise HTMLParseError(f'Unexpected end tag "</{name}>" at offset {i}')
                if stack[-1]["tag"] != name:
                    raise HTMLParseError(
                        f'Unmatched end tag at offset {i}, expected "</{stack[-1]["tag"]}>", '
                        f'found "</{name}>"'
                    )
                node = stack.pop()
                ent = node["entity"]
                if ent is not None:
                    ent["offset"] = node["start"]
                    ent["length"] = pos16 - node["start"]
                    if ent["length"] > 0:
                        entities.append(ent)
                i = m.end()
                continue
            m = _START_TAG.match(text, i)
            if not m:
                named = re.match(r"<([a-zA-Z][a-zA-Z0-9-]*)", text[i:])
                if named and named.group(1).lower() not in _ENTITY_OF_TAG:
                    raise HTMLParseError(f'Unsupported start tag "{named.group(1)}" at offset {i}')
                raise HTMLParseError(
                    f"Unsupported start tag at offset {i}: malformed tag, or a bare '<' "
                    "that must be escaped as &lt;"
                )
            name = m.group(1).lower()
            if name not in _ENTITY_OF_TAG:
                raise HTMLParseError(f'Unsupported start tag "{name}" at offset {i}')
            attrs: dict[str, str] = {}
            for am in _ATTR.finditer(m.group(2)):
                raw = am.group(2)
                if raw is None:
                    val = ""
                else:
                    if raw[:1] in "\"'":
                        raw = raw[1:-1]
                    val = _decode_refs(raw, i)
                attrs[am.group(1).lower()] = val
            ent: dict | None = {"type": _ENTITY_OF_TAG[name]}
            inside = [node["tag"] for node in stack]
            if "code" in inside or ("pre" in inside and stack[-1]["tag"] != "pre"):
                raise HTMLParseError(f'Tag "{name}" can\'t be nested inside code/pre')
            if inside and inside[-1] == "pre":
                if name != "code" or stack[-1]["children"]:
                    raise HTMLParseError(f'Tag "{name}" can\'t be nested inside <pre>')
                cls = attrs.get("class", "")
                if cls.startswith("language-") and len(cls) > 9:
                    stack[-1]["entity"]["language"] = cls[9:]
                ent = None  # <pre><code class=...> is one pre entity
            if stack:
                stack[-1]["children"] += 1
            if name == "span" and attrs.get("class") != "tg-spoiler":
                raise HTMLParseError('Tag "span" must have class "tg-spoiler"')
            if name == "a":
                if "a" in inside:
                    raise HTMLParseError("Links can't be nested")
                if not attrs.get("href"):
                    raise HTMLParseError('Tag "a" must have a non-empty attribute "href"')
                ent["url"] = attrs["href"]
            if name == "tg-emoji":
                if not attrs.get("emoji-id", "").isdigit():
                    raise HTMLParseError('Tag "tg-emoji" must have a numeric attribute "emoji-id"')
                ent["custom_emoji_id"] = attrs["emoji-id"]
            if name == "tg-time":
                if not attrs.get("unix", "").isdigit():
                    raise HTMLParseError('Tag "tg-time" must have a numeric attribute "unix"')
                ent["unix_time"] = int(attrs["unix"])
                if attrs.get("format"):
                    ent["date_time_format"] = attrs["format"]
            if name == "blockquote":
                if "blockquote" in inside:
                    raise HTMLParseError("Blockquotes can't be nested")
                if "expandable" in attrs:
                    ent["type"] = "expandable_blockquote"
            stack.append({"tag": name, "start": pos16, "entity": ent, "children": 0})
            i = m.end()
            continue
        if c == "&":
            m = _CHAR_REF.match(text, i)
            if not m:
                raise HTMLParseError(
                    f"Character '&' at offset {i} is not part of an HTML entity; "
                    "escape it as &amp;"
                )
            ch = _ref_char(m, i)
            i = m.end()
        else:
            ch = c
            i += 1
        out.append(ch)
        pos16 += 2 if ord(ch) > 0xFFFF else 1
    if stack:
        raise HTMLParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]["tag"]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


# --------------------------------------------------------------------------- validation

_DISCRIMINATOR = re.compile(r"(?:must be|always)\s+[\"“]?([A-Za-z0-9_]+)[\"”]?\s*$")
_ONE_OF = re.compile(r"one of ((?:[\"“][A-Za-z0-9_]+[\"”](?:,\s*|\s+or\s+)?)+)")
# (text field, parse-mode field) pairs; the text is parsed when the mode field is present.
_FORMATTED = (
    ("text", "parse_mode"),
    ("caption", "parse_mode"),
    ("message_text", "parse_mode"),
    ("text", "text_parse_mode"),
    ("question", "question_parse_mode"),
    ("explanation", "explanation_parse_mode"),
    ("description", "description_parse_mode"),
    ("quote", "quote_parse_mode"),
)
_CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
_BOT_COMMAND = re.compile(r"[a-z0-9_]{1,32}")


class _Validator:
    """Checks JSON values against the spec's types; collects error strings."""

    def __init__(self, spec: dict):
        self.spec = spec
        self.types: dict[str, dict] = spec["types"]
        self._discriminators: dict[str, tuple[str, set[str]] | None] = {}

    # -- helpers
    def discriminator(self, type_name: str) -> tuple[str, set[str]] | None:
        """For subtypes: (field, allowed values) parsed from the field description."""
        if type_name not in self._discriminators:
            found = None
            for f in self.types[type_name].get("fields", []):
                if not f["required"] or f["types"] != ["String"]:
                    continue
                desc = f["description"].rstrip(". ")
                m = _DISCRIMINATOR.search(desc)
                if m:
                    found = (f["name"], {m.group(1)})
                    break
                m = _ONE_OF.search(desc)
                if m and f["name"] in ("type", "source", "status"):
                    found = (f["name"], set(re.findall(r"[A-Za-z0-9_]+", m.group(1))) - {"or"})
                    break
            self._discriminators[type_name] = found
        return self._discriminators[type_name]

    def check(self, value: Any, types: list[str], path: str) -> list[str]:
        """Errors for ``value`` against a union of type strings (empty list: valid)."""
        attempts: list[list[str]] = []
        for t in types:
            errs = self.check_one(value, t, path)
            if not errs:
                return []
            attempts.append(errs)
        if len(attempts) == 1:
            return attempts[0]
        if isinstance(value, dict):
            # Explain with the object type the value resembles most: fewest structural
            # errors (unknown/missing fields, wrong kind) at this level, then fewest errors.
            def score(errs: list[str]) -> tuple[int, int]:
                return sum(e.startswith(f"{path}: ") for e in errs), len(errs)

            best = min(attempts, key=score)
            if score(best)[0] == 0 or all(not e.startswith(f"{path}: expected") for e in best):
                return best
        return [f"{path}: expected {' or '.join(types)}, got {_type_word(value)} {_short(value)}"]

    def check_one(self, value: Any, t: str, path: str) -> list[str]:
        if t.startswith("Array of "):
            if not isinstance(value, list):
                return [f"{path}: expected {t}, got {_type_word(value)}"]
            inner = t[len("Array of ") :]
            errs: list[str] = []
            for k, item in enumerate(value):
                errs += self.check_one(item, inner, f"{path}[{k}]")
            return errs
        primitive = {
            "Integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "Float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
            "Boolean": lambda v: isinstance(v, bool),
            "String": lambda v: isinstance(v, str),
            "InputFile": lambda v: isinstance(v, Upload),
        }.get(t)
        if primitive is not None:
            return [] if primitive(value) else [f"{path}: expected {t}, got {_type_word(value)}"]
        spec_type = self.types.get(t)
        if spec_type is None:
            return [f"{path}: spec has no type {t!r}"]
        if "subtypes" in spec_type:
            return self._check_abstract(value, t, spec_type["subtypes"], path)
        return self._check_object(value, t, path)

    def _check_abstract(self, value: Any, t: str, subtypes: list[str], path: str) -> list[str]:
        if not isinstance(value, dict):
            return [f"{path}: expected {t} (an object), got {_type_word(value)}"]
        candidates = []
        for sub in subtypes:
            disc = self.discriminator(sub)
            if disc is None or value.get(disc[0]) in disc[1]:
                candidates.append(sub)
        if not candidates:
            discs = sorted({v for s in subtypes if (d := self.discriminator(s)) for v in d[1]})
            return [f"{path}: not a valid {t}: discriminator must be one of {discs}"]
        best: list[str] | None = None
        for sub in candidates:
            errs = self._check_object(value, sub, path)
            if not errs:
                return []
            if best is None or len(errs) < len(best):
                best = errs
        return best or []

    def _check_object(self, value: Any, t: str, path: str) -> list[str]:
        if not isinstance(value, dict):
            return [f"{path}: expected {t} (an object), got {_type_word(value)}"]
        fields = {f["name"]: f for f in self.types[t].get("fields", [])}
        errs: list[str] = []
        for key in value:
            if key not in fields:
                errs.append(f"{path}: unknown field {key!r} for {t}")
        for name, f in fields.items():
            if name not in value:
                if f["required"]:
                    errs.append(f"{path}: {t} is missing required field {name!r}")
                continue
            errs += self.check(value[name], f["types"], f"{path}.{name}")
        disc = self.discriminator(t)
        if disc and disc[0] in value and value[disc[0]] not in disc[1]:
            errs.append(f"{path}.{disc[0]}: must be one of {sorted(disc[1])} for {t}")
        if not errs:
            errs += _object_limits(t, value, path)
        return errs


def _type_word(value: Any) -> str:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Float"
    if isinstance(value, str):
        return "String"
    if isinstance(value, list):
        return "Array"
    if isinstance(value, dict):
        return "Object"
    if isinstance(value, Upload):
        return "uploaded file"
    return type(value).__name__


def _short(value: Any) -> str:
    s = repr(value)
    return s if len(s) <= 60 else s[:57] + "..."


def _plain(obj: dict, text_field: str, path: str) -> tuple[str | None, list[str]]:
    """The text after entity parsing (tags removed, entities decoded) and parse errors."""
    text = obj.get(text_field)
    if not isinstance(text, str):
        return None, []
    for tf, mf in _FORMATTED:
        if tf != text_field or mf not in obj:
            continue
        mode = obj[mf]
        if not isinstance(mode, str) or mode == "":
            return text, []
        mode_l = mode.lower()
        if mode_l == "html":
            try:
                return parse_html(text)[0], []
            except HTMLParseError as exc:
                return None, [f"{path}.{text_field}: can't parse entities: {exc}"]
        if mode_l in ("markdown", "markdownv2"):
            return text, []  # not parsed: the raw length is an upper bound
        return None, [f"{path}.{mf}: unsupported parse_mode {mode!r}"]
    return text, []


def _length_error(what: str, text: str | None, lo: int, hi: int) -> list[str]:
    if text is None:
        return []
    n = len(text)
    if n < lo or n > hi:
        return [f"{what}: length {n} is outside {lo}-{hi} characters after entities parsing"]
    return []


def _object_limits(t: str, v: dict, path: str) -> list[str]:
    """Documented limits for objects nested in requests (called after type checks passed)."""
    errs: list[str] = []
    if t == "InlineKeyboardButton":
        kinds = [k for k in v if k not in ("text", "icon_custom_emoji_id", "style")]
        if len(kinds) != 1:
            errs.append(
                f"{path}: exactly one of the optional button fields must be used, got {kinds}"
            )
        cd = v.get("callback_data")
        if cd is not None and not 1 <= len(cd.encode("utf-8")) <= 64:
            errs.append(
                f"{path}.callback_data: {len(cd.encode('utf-8'))} bytes, must be 1-64 bytes "
                "(BUTTON_DATA_INVALID)"
            )
        if not v["text"]:
            errs.append(f"{path}.text: button text must be non-empty")
    elif t == "InlineKeyboardMarkup":
        rows = v["inline_keyboard"]
        total = sum(len(r) for r in rows)
        if total > 100:
            errs.append(f"{path}: {total} buttons, at most 100 are allowed")
        for k, row in enumerate(rows):
            if len(row) > 8:
                errs.append(f"{path}.inline_keyboard[{k}]: {len(row)} buttons, at most 8 per row")
    elif t == "InputPollOption":
        text, e = _plain(v, "text", path)
        errs += e + _length_error(f"{path}.text", text, 1, 100)
    elif t == "BotCommand":
        if not _BOT_COMMAND.fullmatch(v["command"]):
            errs.append(
                f"{path}.command: {v['command']!r} must be 1-32 characters of a-z, 0-9 and _"
            )
        if not 1 <= len(v["description"]) <= 256:
            errs.append(f"{path}.description: must be 1-256 characters")
    elif t == "InputTextMessageContent":
        text, e = _plain(v, "message_text", path)
        errs += e + _length_error(f"{path}.message_text", text, 1, 4096)
        if text is not None and not text.strip():
            errs.append(f"{path}.message_text: message text is empty")
    elif t.startswith("InlineQueryResult") and "id" in v:
        rid = v["id"]
        if not 1 <= len(rid.encode("utf-8")) <= 64:
            errs.append(f"{path}.id: must be 1-64 bytes")
    if "caption" in v:
        caption, e = _plain(v, "caption", path)
        errs += e + _length_error(f"{path}.caption", caption, 0, 1024)
    return errs


# --------------------------------------------------------------------------- HTTP plumbing


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers after stop()

    def do_GET(self) -> None:  # noqa: N802
        self._handle()

    def do_POST(self) -> None:  # noqa: N802
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output clean

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, payload = self.server.api._dispatch(
            self.path, self.headers.get("Content-Type", ""), body
        )
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, api: FakeBotAPI):
        self.api = api
        super().__init__(("127.0.0.1", 0), _Handler)

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
            raise _APIError(400, "Bad Request: the JSON body must be an object")
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


# --------------------------------------------------------------------------- the server


class FakeBotAPI:
    """A validating fake Telegram Bot API server (see the module docstring)."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        spec_dir: Path | None = None,
        bot_username: str = "hamroh_test_bot",
    ) -> None:
        self.token = token
        self.spec = load_spec(spec_dir)
        self.spec_version: str = self.spec.get("version", "?")
        self._methods = {name.lower(): m for name, m in self.spec["methods"].items()}
        self._validator = _Validator(self.spec)
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
        self._injected: list[list[Any]] = []
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
            kwargs={"poll_interval": 0.05},
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
        lines = [f"  #{c.index} {c.method} ok={c.ok} {_short_params(c.params)}" for c in recent]
        raise AssertionError(
            f"timed out after {timeout}s waiting for {method} (after index {after}).\n"
            "Recent calls:\n" + ("\n".join(lines) or "  (none)") + "\nErrors:\n"
            + ("\n".join(f"  - {e}" for e in errors) or "  (none)")
        )

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

    # ------------------------------------------------------------------ updates
    def push_update(self, update: dict) -> int:
        """Queue an update for getUpdates; assigns, sets and returns its ``update_id``.

        The update is validated against the spec's Update type (ValueError if invalid)."""
        update = copy.deepcopy(update)
        with self._cond:
            update_id = self._next_update_id
            self._next_update_id += 1
            update["update_id"] = update_id
            errs = self._validator.check_one(update, "Update", "update")
            if errs:
                raise ValueError("invalid update: " + "; ".join(errs))
            self._register_update(update)
            self._updates.append(update)
            self._cond.notify_all()
        return update_id

    def _register_update(self, update: dict) -> None:
        for key in ("message", "edited_message", "channel_post", "edited_channel_post"):
            msg = update.get(key)
            if msg:
                self._remember_chat(msg["chat"])
                self._store_message(msg, edited=key.startswith("edited"))
        cq = update.get("callback_query")
        if cq:
            self._callback_ids.add(cq["id"])
            if cq.get("message"):
                self._remember_chat(cq["message"]["chat"])
        iq = update.get("inline_query")
        if iq:
            self._inline_ids.add(iq["id"])
        pa = update.get("poll_answer")
        if pa and pa["poll_id"] in self.polls:
            poll = self.polls[pa["poll_id"]]
            for oid in pa["option_ids"]:
                poll["options"][oid]["voter_count"] += 1
            if pa["option_ids"]:
                poll["total_voter_count"] += 1
            self._sync_poll_message(pa["poll_id"])

    def _remember_chat(self, chat: dict) -> None:
        self._chats.setdefault(chat["id"], copy.deepcopy(chat))

    def _store_message(self, msg: dict, edited: bool = False) -> None:
        chat_id = msg["chat"]["id"]
        self._messages.setdefault(chat_id, {})[msg["message_id"]] = copy.deepcopy(msg)
        nxt = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = max(nxt, msg["message_id"] + 1)

    def _new_message_id(self, chat_id: int) -> int:
        mid = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = mid + 1
        return mid

    def _unique(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter}{int(time.time() * 1000) % 100000}"

    # ------------------------------------------------------------------ update builders
    @staticmethod
    def _user(user_id: int, first_name: str, language_code: str | None, username: str | None):
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    def message(
        self,
        user_id: int,
        text: str,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str | None = "en",
        first_name: str = "Ali",
        reply_to_bot: bool = False,
        username: str | None = None,
        chat_title: str = "Hamroh test group",
    ) -> dict:
        """An update with a text message from a user (``update_id`` is set by push_update).

        Entities are computed for a leading ``/command`` (optionally ``@botname``) and for
        ``@mentions``. ``reply_to_bot=True`` replies to the bot's latest message in the chat.
        """
        if chat_type == "private":
            chat_id = user_id if chat_id is None else chat_id
            chat = {"id": chat_id, "type": "private", "first_name": first_name}
            if username:
                chat["username"] = username
        else:
            if chat_id is None:
                raise ValueError("chat_id is required for group chats")
            chat = {"id": chat_id, "type": chat_type, "title": chat_title}
        with self._lock:
            msg: dict[str, Any] = {
                "message_id": self._new_message_id(chat_id),
                "from": self._user(user_id, first_name, language_code, username),
                "chat": chat,
                "date": int(time.time()),
                "text": text,
            }
            if reply_to_bot:
                own = self.sent_messages(chat_id)
                if not own:
                    raise ValueError(f"reply_to_bot: the bot has sent nothing to chat {chat_id}")
                msg["reply_to_message"] = own[-1]
        entities = _auto_entities(text)
        if entities:
            msg["entities"] = entities
        return {"message": msg}

    def callback_query(
        self,
        user_id: int,
        data: str,
        message: dict,
        language_code: str | None = "en",
        first_name: str = "Ali",
        username: str | None = None,
    ) -> dict:
        """An update pressing an inline button with ``data`` on a message the bot sent.

        The message is refreshed from the server's current state, and ``data`` must be on
        one of its current buttons (a user can't press a button that isn't there)."""
        chat_id = message["chat"]["id"]
        with self._lock:
            current = self._messages.get(chat_id, {}).get(message["message_id"])
            current = copy.deepcopy(current) if current is not None else copy.deepcopy(message)
        buttons = [
            b.get("callback_data")
            for row in current.get("reply_markup", {}).get("inline_keyboard", [])
            for b in row
        ]
        if data not in buttons:
            raise ValueError(f"message {message['message_id']} has no button {data!r}: {buttons}")
        with self._lock:
            qid = self._unique("cq")
        return {
            "callback_query": {
                "id": qid,
                "from": self._user(user_id, first_name, language_code, username),
                "message": current,
                "chat_instance": f"ci{chat_id}",
                "data": data,
            }
        }

    def inline_query(
        self,
        user_id: int,
        query: str,
        offset: str = "",
        chat_type: str | None = "sender",
        language_code: str | None = "en",
        first_name: str = "Ali",
        username: str | None = None,
    ) -> dict:
        """An inline query update (``query`` up to 256 characters)."""
        if len(query) > 256:
            raise ValueError("InlineQuery.query is at most 256 characters")
        with self._lock:
            qid = self._unique("iq")
        iq: dict[str, Any] = {
            "id": qid,
            "from": self._user(user_id, first_name, language_code, username),
            "query": query,
            "offset": offset,
        }
        if chat_type:
            iq["chat_type"] = chat_type
        return {"inline_query": iq}

    def poll_answer(
        self,
        user_id: int,
        poll_id: str,
        option_ids: list[int],
        first_name: str = "Ali",
        language_code: str | None = "en",
        username: str | None = None,
    ) -> dict:
        """A poll_answer update for a non-anonymous, open poll the bot sent
        (``option_ids=[]`` retracts a vote)."""
        with self._lock:
            poll = self.polls.get(poll_id)
            if poll is None:
                raise ValueError(f"unknown poll {poll_id!r}; known: {sorted(self.polls)}")
            if poll["is_anonymous"]:
                raise ValueError(f"poll {poll_id} is anonymous: Telegram sends no poll_answer")
            if poll["is_closed"]:
                raise ValueError(f"poll {poll_id} is closed: nobody can vote")
            n = len(poll["options"])
            if any(not 0 <= o < n for o in option_ids):
                raise ValueError(f"option_ids {option_ids} out of range for {n} options")
            persistent = [poll["options"][o]["persistent_id"] for o in option_ids]
        return {
            "poll_answer": {
                "poll_id": poll_id,
                "user": self._user(user_id, first_name, language_code, username),
                "option_ids": list(option_ids),
                "option_persistent_ids": persistent,
            }
        }

    # ------------------------------------------------------------------ dispatch
    def _dispatch(self, raw_path: str, content_type: str, body: bytes) -> tuple[int, dict]:
        parts = urlsplit(raw_path)
        path = parts.path
        m = re.fullmatch(r"/bot([^/]*)/([^/]*)", path)
        if path.startswith("/file/"):
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        method = m.group(2) if m else path
        params: dict[str, Any] = {}
        try:
            if not m:
                raise _APIError(404, "Not Found")
            if m.group(1) != self.token:
                raise _APIError(401, "Unauthorized")
            fields = dict(parse_qsl(parts.query, keep_blank_values=True))
            try:
                body_fields, uploads, is_json = _parse_body(content_type, body)
            except (ValueError, UnicodeDecodeError) as exc:
                raise _APIError(400, f"Bad Request: can't parse request body: {exc}") from exc
            fields.update(body_fields)
            spec_method = self._methods.get(method.lower())
            if spec_method is None:
                params = fields
                raise _APIError(404, f"Not Found: method {method!r} is not in {self.spec_version}")
            method = spec_method["name"]
            params, errs = self._decode_and_check(spec_method, fields, uploads, is_json)
            if not errs:
                errs = self._method_limits(method, params)
            if errs:
                raise _APIError(400, "Bad Request: " + "; ".join(errs))
            with self._lock:
                injected = self._take_injected(method)
            if injected is not None:
                raise injected
            result = self._execute(method, params)
            returns = self._methods[method.lower()].get("returns", [])
            bad = self._validator.check(result, returns, "result") if returns else []
            if bad:  # a bug in this fake, not in the bot: still fail loudly
                raise _APIError(500, "FakeBotAPI produced an invalid result: " + "; ".join(bad))
        except _APIError as exc:
            payload: dict[str, Any] = {
                "ok": False,
                "error_code": exc.code,
                "description": exc.description,
            }
            if exc.parameters:
                payload["parameters"] = exc.parameters
            with self._lock:
                call = Call(method, params, False, None, exc.code, exc.description)
                call.index = len(self.requests)
                self.requests.append(call)
                if exc.record:
                    self.errors.append(f"{method}: {exc.description}")
            return exc.code, payload
        with self._lock:
            call = Call(method, params, True, copy.deepcopy(result))
            call.index = len(self.requests)
            self.requests.append(call)
        return 200, {"ok": True, "result": result}

    def _take_injected(self, method: str) -> _APIError | None:
        for entry in self._injected:
            if entry[0] == method.lower() and entry[4] > 0:
                entry[4] -= 1
                params = {"retry_after": entry[3]} if entry[3] is not None else None
                return _APIError(entry[1], entry[2], record=False, parameters=params)
        return None

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
                    return raw, [f"{name}: can't parse {_short(raw)} as JSON ({wanted})"]
        if isinstance(raw, str) and raw.startswith("attach://") and "InputFile" in types:
            return raw, []
        first_errs: list[str] = []
        for value in candidates:
            errs = self._validator.check(value, types, name)
            if not errs:
                return value, []
            first_errs = first_errs or errs
        return candidates[0], first_errs

    # ------------------------------------------------------------------ limits per method
    def _method_limits(self, method: str, p: dict) -> list[str]:
        errs: list[str] = []
        if method in ("sendMessage", "editMessageText"):
            text, e = _plain(p, "text", "")
            errs += [x.lstrip(".") for x in e]
            errs += _length_error("text", text, 1, 4096)
            if text is not None and not e and not text.strip():
                errs.append("message text is empty")
            if text is not None and "entities" in p and "parse_mode" not in p:
                size = _utf16_len(text)
                for k, ent in enumerate(p["entities"]):
                    start, length = ent["offset"], ent["length"]
                    if start < 0 or length < 1 or start + length > size:
                        errs.append(f"entities[{k}]: out of the text bounds")
        edits = ("editMessageText", "editMessageReplyMarkup", "editMessageCaption")
        if method in edits and "inline_message_id" not in p and not (
                "chat_id" in p and "message_id" in p):
            errs.append("chat_id and message_id, or inline_message_id, are required")
        if "caption" in p:
            caption, e = _plain(p, "caption", "")
            errs += [x.lstrip(".") for x in e] + _length_error("caption", caption, 0, 1024)
        if method == "answerCallbackQuery" and len(p.get("text", "")) > 200:
            errs.append(f"text: {len(p['text'])} characters, must be 0-200")
        if method == "sendPoll":
            errs += self._poll_limits(p)
        if method == "answerInlineQuery":
            results = p["results"]
            if len(results) > 50:
                errs.append(f"results: {len(results)} results, no more than 50 are allowed")
            ids = [r.get("id") for r in results]
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            if dupes:
                errs.append(f"results: duplicate result ids {dupes}")
            if len(p.get("next_offset", "").encode("utf-8")) > 64:
                errs.append("next_offset: can't exceed 64 bytes")
        if method == "setMyCommands" and len(p["commands"]) > 100:
            errs.append(f"commands: {len(p['commands'])} commands, at most 100")
        for m, key, hi in (
            ("setMyDescription", "description", 512),
            ("setMyShortDescription", "short_description", 120),
            ("setMyName", "name", 64),
        ):
            if method == m and len(p.get(key, "")) > hi:
                errs.append(f"{key}: {len(p[key])} characters, must be 0-{hi}")
        if method == "getUpdates" and "limit" in p and not 1 <= p["limit"] <= 100:
            errs.append("limit: must be 1-100")
        if method == "sendChatAction" and p["action"] not in _CHAT_ACTIONS:
            errs.append(f"action: wrong chat action {p['action']!r}")
        return errs

    def _poll_limits(self, p: dict) -> list[str]:
        errs: list[str] = []
        question, e = _plain(p, "question", "")
        errs += [x.lstrip(".") for x in e] + _length_error("question", question, 1, 300)
        lo, hi = self._poll_option_range()
        n = len(p["options"])
        if not lo <= n <= hi:
            errs.append(f"options: {n} options, must be {lo}-{hi}")
        ptype = p.get("type", "regular")
        if ptype not in ("quiz", "regular"):
            errs.append(f"type: must be 'quiz' or 'regular', got {ptype!r}")
        if ptype == "quiz":
            ids = p.get("correct_option_ids")
            if not ids:
                errs.append("correct_option_ids: required for polls in quiz mode")
            else:
                if any(not 0 <= i < n for i in ids):
                    errs.append(f"correct_option_ids: {ids} out of range for {n} options")
                if any(a >= b for a, b in zip(ids, ids[1:], strict=False)):
                    errs.append(f"correct_option_ids: {ids} must be monotonically increasing")
        explanation, e = _plain(p, "explanation", "")
        errs += [x.lstrip(".") for x in e] + _length_error("explanation", explanation, 0, 200)
        if explanation is not None and explanation.count("\n") > 2:
            errs.append(
                f"explanation: {explanation.count(chr(10))} line feeds, at most 2 are allowed"
            )
        if "open_period" in p:
            if not 5 <= p["open_period"] <= 2628000:
                errs.append(f"open_period: {p['open_period']} is outside 5-2628000")
            if "close_date" in p:
                errs.append("open_period can't be used together with close_date")
        description, e = _plain(p, "description", "")
        errs += [x.lstrip(".") for x in e] + _length_error("description", description, 0, 1024)
        return errs

    def _poll_option_range(self) -> tuple[int, int]:
        """The option count range as the spec words it ("1-12 answer options" in 10.0)."""
        for f in self.spec["methods"]["sendPoll"]["fields"]:
            if f["name"] == "options":
                m = re.search(r"(\d+)-(\d+) answer options", f["description"])
                if m:
                    return int(m.group(1)), int(m.group(2))
        return 2, 12

    # ------------------------------------------------------------------ method behaviour
    def _execute(self, method: str, p: dict) -> Any:
        handler = getattr(self, f"_m_{method}", None)
        if handler is not None:
            with self._cond:
                return handler(p)
        if self._methods[method.lower()]["returns"] == ["Boolean"]:
            return True
        raise _APIError(400, f"Bad Request: FakeBotAPI does not implement {method}")

    def _m_getMe(self, p: dict) -> dict:  # noqa: N802
        return copy.deepcopy(self.bot_user)

    def _m_logOut(self, p: dict) -> bool:  # noqa: N802
        return True

    def _m_getWebhookInfo(self, p: dict) -> dict:  # noqa: N802
        pending = len(self._updates)
        return {"url": "", "has_custom_certificate": False, "pending_update_count": pending}

    def _m_deleteWebhook(self, p: dict) -> bool:  # noqa: N802
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _m_getUpdates(self, p: dict) -> list[dict]:  # noqa: N802
        if "allowed_updates" in p:
            self._allowed_updates = list(p["allowed_updates"])
        offset = p.get("offset")
        limit = p.get("limit", 100)
        hold = min(float(p.get("timeout", 0)), MAX_HOLD_SECONDS)
        deadline = time.monotonic() + hold
        while True:
            if offset is not None:
                if offset < 0:
                    self._updates[:] = self._updates[offset:]
                else:
                    self._updates[:] = [u for u in self._updates if u["update_id"] >= offset]
            self._drop_disallowed()
            if self._updates or self._stopping:
                break
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self._cond.wait(remaining)
        return copy.deepcopy(self._updates[:limit])

    def _drop_disallowed(self) -> None:
        not_by_default = ("update_id", "chat_member", "message_reaction", "message_reaction_count")
        update_fields = [f["name"] for f in self.spec["types"]["Update"]["fields"]]
        allowed = set(self._allowed_updates) or set(update_fields) - set(not_by_default)
        kept = []
        for u in self._updates:
            kind = next(k for k in u if k != "update_id")
            if kind in allowed:
                kept.append(u)
            else:
                self.errors.append(
                    f"getUpdates: update {u['update_id']} ({kind}) dropped: not in allowed_updates"
                )
        self._updates[:] = kept

    @staticmethod
    def _commands_key(p: dict) -> tuple[str, str]:
        scope = json.dumps(p.get("scope", {"type": "default"}), sort_keys=True)
        return scope, p.get("language_code", "")

    def _m_setMyCommands(self, p: dict) -> bool:  # noqa: N802
        key = self._commands_key(p)
        self.commands[key] = copy.deepcopy(p["commands"])
        return True

    def _m_deleteMyCommands(self, p: dict) -> bool:  # noqa: N802
        key = self._commands_key(p)
        self.commands.pop(key, None)
        return True

    def _m_getMyCommands(self, p: dict) -> list[dict]:  # noqa: N802
        key = self._commands_key(p)
        return copy.deepcopy(self.commands.get(key, []))

    def _m_setMyDescription(self, p: dict) -> bool:  # noqa: N802
        self.descriptions[("description", p.get("language_code", ""))] = p.get("description", "")
        return True

    def _m_getMyDescription(self, p: dict) -> dict:  # noqa: N802
        lang = p.get("language_code", "")
        return {"description": self.descriptions.get(("description", lang), "")}

    def _m_setMyShortDescription(self, p: dict) -> bool:  # noqa: N802
        lang = p.get("language_code", "")
        self.descriptions[("short_description", lang)] = p.get("short_description", "")
        return True

    def _m_getMyShortDescription(self, p: dict) -> dict:  # noqa: N802
        lang = p.get("language_code", "")
        return {"short_description": self.descriptions.get(("short_description", lang), "")}

    def _m_setMyName(self, p: dict) -> bool:  # noqa: N802
        self.descriptions[("name", p.get("language_code", ""))] = p.get("name", "")
        return True

    def _m_getMyName(self, p: dict) -> dict:  # noqa: N802
        return {"name": self.descriptions.get(("name", p.get("language_code", "")), "Hamroh")}

    def _chat_for(self, chat_id: int | str) -> dict:
        if isinstance(chat_id, str):
            if re.fullmatch(r"-?\d+", chat_id):
                chat_id = int(chat_id)
            elif chat_id.startswith("@") and len(chat_id) > 1:
                fresh = -1001000000000 - len(self._usernames)
                cid = self._usernames.setdefault(chat_id.lower(), fresh)
                chat = {"id": cid, "type": "channel", "title": chat_id[1:], "username": chat_id[1:]}
                self._chats.setdefault(cid, chat)
                return copy.deepcopy(self._chats[cid])
            else:
                raise _APIError(400, "Bad Request: chat not found")
        if chat_id not in self._chats:
            if chat_id > 0:
                self._chats[chat_id] = {"id": chat_id, "type": "private", "first_name": "User"}
            else:
                kind = "supergroup" if str(chat_id).startswith("-100") else "group"
                self._chats[chat_id] = {"id": chat_id, "type": kind, "title": "Group"}
        return copy.deepcopy(self._chats[chat_id])

    def _find_message(self, p: dict, what: str) -> dict:
        chat = self._chat_for(p["chat_id"])
        msg = self._messages.get(chat["id"], {}).get(p["message_id"])
        if msg is None:
            raise _APIError(400, f"Bad Request: message to {what} not found")
        return msg

    def _new_bot_message(self, p: dict) -> dict:
        chat = self._chat_for(p["chat_id"])
        msg: dict[str, Any] = {
            "message_id": self._new_message_id(chat["id"]),
            "from": copy.deepcopy(self.bot_user),
            "chat": chat,
            "date": int(time.time()),
        }
        rp = p.get("reply_parameters")
        if rp:
            target_chat = self._chat_for(rp.get("chat_id", chat["id"]))["id"]
            replied = self._messages.get(target_chat, {}).get(rp["message_id"])
            if replied is not None:
                replied = copy.deepcopy(replied)
                replied.pop("reply_to_message", None)
                msg["reply_to_message"] = replied
            elif not rp.get("allow_sending_without_reply"):
                raise _APIError(400, "Bad Request: message to be replied not found")
        if "message_thread_id" in p:
            msg["message_thread_id"] = p["message_thread_id"]
        return msg

    @staticmethod
    def _text_and_entities(p: dict, text_key: str, mode_key: str, ent_key: str) -> tuple[str, list]:
        text = p[text_key]
        if str(p.get(mode_key, "")).lower() == "html":
            return parse_html(text)
        return text, list(p.get(ent_key, []))

    @staticmethod
    def _inline_markup(p: dict) -> dict | None:
        rm = p.get("reply_markup")
        if isinstance(rm, dict) and rm.get("inline_keyboard"):
            return copy.deepcopy(rm)
        return None

    def _m_sendMessage(self, p: dict) -> dict:  # noqa: N802
        msg = self._new_bot_message(p)
        msg["text"], entities = self._text_and_entities(p, "text", "parse_mode", "entities")
        if entities:
            msg["entities"] = entities
        if "link_preview_options" in p:
            msg["link_preview_options"] = copy.deepcopy(p["link_preview_options"])
        markup = self._inline_markup(p)
        if markup:
            msg["reply_markup"] = markup
        self._store_message(msg)
        return copy.deepcopy(msg)

    def _m_editMessageText(self, p: dict) -> dict | bool:  # noqa: N802
        if "inline_message_id" in p:
            return True
        msg = self._find_message(p, "edit")
        if "text" not in msg:
            raise _APIError(400, "Bad Request: there is no text in the message to edit")
        text, entities = self._text_and_entities(p, "text", "parse_mode", "entities")
        markup = self._inline_markup(p)
        if (
            msg["text"] == text
            and msg.get("entities", []) == entities
            and msg.get("reply_markup") == markup
        ):
            raise _APIError(400, NOT_MODIFIED, record=False)
        msg["text"] = text
        msg.pop("entities", None)
        if entities:
            msg["entities"] = entities
        msg.pop("reply_markup", None)
        if markup:
            msg["reply_markup"] = markup
        msg["edit_date"] = int(time.time())
        return copy.deepcopy(msg)

    def _m_editMessageReplyMarkup(self, p: dict) -> dict | bool:  # noqa: N802
        if "inline_message_id" in p:
            return True
        msg = self._find_message(p, "edit")
        markup = self._inline_markup(p)
        if msg.get("reply_markup") == markup:
            raise _APIError(400, NOT_MODIFIED, record=False)
        msg.pop("reply_markup", None)
        if markup:
            msg["reply_markup"] = markup
        msg["edit_date"] = int(time.time())
        return copy.deepcopy(msg)

    def _m_deleteMessage(self, p: dict) -> bool:  # noqa: N802
        msg = self._find_message(p, "delete")
        del self._messages[msg["chat"]["id"]][msg["message_id"]]
        return True

    def _m_deleteMessages(self, p: dict) -> bool:  # noqa: N802
        chat = self._chat_for(p["chat_id"])
        for mid in p["message_ids"]:
            self._messages.get(chat["id"], {}).pop(mid, None)
        return True

    def _m_sendChatAction(self, p: dict) -> bool:  # noqa: N802
        self._chat_for(p["chat_id"])
        return True

    def _m_answerCallbackQuery(self, p: dict) -> bool:  # noqa: N802
        if p["callback_query_id"] not in self._callback_ids:
            raise _APIError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        return True

    def _m_answerInlineQuery(self, p: dict) -> bool:  # noqa: N802
        if p["inline_query_id"] not in self._inline_ids:
            raise _APIError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        return True

    def _m_sendPoll(self, p: dict) -> dict:  # noqa: N802
        msg = self._new_bot_message(p)
        ptype = p.get("type", "regular")
        question, q_entities = self._text_and_entities(
            p, "question", "question_parse_mode", "question_entities"
        )
        poll_id = self._unique("5")
        options = []
        for k, opt in enumerate(p["options"]):
            text, ents = self._text_and_entities(opt, "text", "text_parse_mode", "text_entities")
            option: dict[str, Any] = {
                "persistent_id": f"{poll_id}o{k}",
                "text": text,
                "voter_count": 0,
            }
            if ents:
                option["text_entities"] = ents
            options.append(option)
        poll: dict[str, Any] = {
            "id": poll_id,
            "question": question,
            "options": options,
            "total_voter_count": 0,
            "is_closed": bool(p.get("is_closed", False)),
            "is_anonymous": p.get("is_anonymous", True),
            "type": ptype,
            "allows_multiple_answers": p.get("allows_multiple_answers", False),
            "allows_revoting": p.get("allows_revoting", ptype != "quiz"),
            "members_only": p.get("members_only", False),
        }
        if q_entities:
            poll["question_entities"] = q_entities
        if ptype == "quiz":
            poll["correct_option_ids"] = list(p["correct_option_ids"])
        if "explanation" in p:
            poll["explanation"], ents = self._text_and_entities(
                p, "explanation", "explanation_parse_mode", "explanation_entities"
            )
            if ents:
                poll["explanation_entities"] = ents
        if "description" in p:
            poll["description"], ents = self._text_and_entities(
                p, "description", "description_parse_mode", "description_entities"
            )
            if ents:
                poll["description_entities"] = ents
        for key in ("open_period", "close_date", "country_codes"):
            if key in p:
                poll[key] = copy.deepcopy(p[key])
        msg["poll"] = poll
        markup = self._inline_markup(p)
        if markup:
            msg["reply_markup"] = markup
        self._store_message(msg)
        self.polls[poll_id] = copy.deepcopy(poll)
        self._poll_location[poll_id] = (msg["chat"]["id"], msg["message_id"])
        return copy.deepcopy(msg)

    def _sync_poll_message(self, poll_id: str) -> None:
        chat_id, mid = self._poll_location[poll_id]
        msg = self._messages.get(chat_id, {}).get(mid)
        if msg is not None:
            msg["poll"] = copy.deepcopy(self.polls[poll_id])

    def _m_stopPoll(self, p: dict) -> dict:  # noqa: N802
        msg = self._find_message(p, "stop")
        if "poll" not in msg:
            raise _APIError(400, "Bad Request: message with poll to stop not found")
        poll = self.polls[msg["poll"]["id"]]
        if poll["is_closed"]:
            raise _APIError(400, "Bad Request: poll has already been closed")
        poll["is_closed"] = True
        self._sync_poll_message(poll["id"])
        if "reply_markup" in p:
            msg.pop("reply_markup", None)
            markup = self._inline_markup(p)
            if markup:
                msg["reply_markup"] = markup
        return copy.deepcopy(poll)


def _short_params(params: dict) -> str:
    s = json.dumps(params, ensure_ascii=False, default=repr)
    return s if len(s) <= 200 else s[:197] + "..."


_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_RE = re.compile(r"(?<![A-Za-z0-9_])@[A-Za-z0-9_]{5,32}")


def _auto_entities(text: str) -> list[dict]:
    """bot_command for a leading /command, mention for @usernames (UTF-16 offsets)."""
    spans: list[tuple[int, int, str]] = []
    m = _COMMAND_RE.match(text)
    if m and (m.end() == len(text) or not text[m.end()].isalnum()):
        spans.append((m.start(), m.end(), "bot_command"))
    for mm in _MENTION_RE.finditer(text):
        if not any(a <= mm.start() < b for a, b, _ in spans):
            spans.append((mm.start(), mm.end(), "mention"))
    spans.sort()
    return [
        {"type": kind, "offset": _utf16_len(text[:a]), "length": _utf16_len(text[a:b])}
        for a, b, kind in spans
    ]
