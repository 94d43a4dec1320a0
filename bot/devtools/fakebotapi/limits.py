"""Telegram's documented limits: text lengths after entity parsing, buttons, polls..."""

from __future__ import annotations

import re

from bot.devtools.fakebotapi.htmlrules import HTMLParseError, parse_html, utf16_len

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



def plain_text(obj: dict, text_field: str, path: str) -> tuple[str | None, list[str]]:
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


def length_error(what: str, text: str | None, lo: int, hi: int) -> list[str]:
    if text is None:
        return []
    n = len(text)
    if n < lo or n > hi:
        return [f"{what}: length {n} is outside {lo}-{hi} characters after entities parsing"]
    return []


def object_limits(t: str, v: dict, path: str) -> list[str]:
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
        text, e = plain_text(v, "text", path)
        errs += e + length_error(f"{path}.text", text, 1, 100)
    elif t == "BotCommand":
        if not _BOT_COMMAND.fullmatch(v["command"]):
            errs.append(
                f"{path}.command: {v['command']!r} must be 1-32 characters of a-z, 0-9 and _"
            )
        if not 1 <= len(v["description"]) <= 256:
            errs.append(f"{path}.description: must be 1-256 characters")
    elif t == "InputTextMessageContent":
        text, e = plain_text(v, "message_text", path)
        errs += e + length_error(f"{path}.message_text", text, 1, 4096)
        if text is not None and not text.strip():
            errs.append(f"{path}.message_text: message text is empty")
    elif t.startswith("InlineQueryResult") and "id" in v:
        rid = v["id"]
        if not 1 <= len(rid.encode("utf-8")) <= 64:
            errs.append(f"{path}.id: must be 1-64 bytes")
    if "caption" in v:
        caption, e = plain_text(v, "caption", path)
        errs += e + length_error(f"{path}.caption", caption, 0, 1024)
    return errs


def method_limits(spec: dict, method: str, p: dict) -> list[str]:
    errs: list[str] = []
    if method in ("sendMessage", "editMessageText"):
        text, e = plain_text(p, "text", "")
        errs += [x.lstrip(".") for x in e]
        errs += length_error("text", text, 1, 4096)
        if text is not None and not e and not text.strip():
            errs.append("message text is empty")
        if text is not None and "entities" in p and "parse_mode" not in p:
            size = utf16_len(text)
            for k, ent in enumerate(p["entities"]):
                start, length = ent["offset"], ent["length"]
                if start < 0 or length < 1 or start + length > size:
                    errs.append(f"entities[{k}]: out of the text bounds")
    edits = ("editMessageText", "editMessageReplyMarkup", "editMessageCaption")
    if method in edits and "inline_message_id" not in p and not (
            "chat_id" in p and "message_id" in p):
        errs.append("chat_id and message_id, or inline_message_id, are required")
    if "caption" in p:
        caption, e = plain_text(p, "caption", "")
        errs += [x.lstrip(".") for x in e] + length_error("caption", caption, 0, 1024)
    if method == "answerCallbackQuery" and len(p.get("text", "")) > 200:
        errs.append(f"text: {len(p['text'])} characters, must be 0-200")
    if method == "sendPoll":
        errs += _poll_limits(spec, p)
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

def _poll_limits(spec: dict, p: dict) -> list[str]:
    errs: list[str] = []
    question, e = plain_text(p, "question", "")
    errs += [x.lstrip(".") for x in e] + length_error("question", question, 1, 300)
    lo, hi = _poll_option_range(spec)
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
    explanation, e = plain_text(p, "explanation", "")
    errs += [x.lstrip(".") for x in e] + length_error("explanation", explanation, 0, 200)
    if explanation is not None and explanation.count("\n") > 2:
        errs.append(
            f"explanation: {explanation.count(chr(10))} line feeds, at most 2 are allowed"
        )
    if "open_period" in p:
        if not 5 <= p["open_period"] <= 2628000:
            errs.append(f"open_period: {p['open_period']} is outside 5-2628000")
        if "close_date" in p:
            errs.append("open_period can't be used together with close_date")
    description, e = plain_text(p, "description", "")
    errs += [x.lstrip(".") for x in e] + length_error("description", description, 0, 1024)
    return errs

def _poll_option_range(spec: dict) -> tuple[int, int]:
    """The option count range as the spec words it ("1-12 answer options" in 10.0)."""
    for f in spec["methods"]["sendPoll"]["fields"]:
        if f["name"] == "options":
            m = re.search(r"(\d+)-(\d+) answer options", f["description"])
            if m:
                return int(m.group(1)), int(m.group(2))
    return 2, 12

