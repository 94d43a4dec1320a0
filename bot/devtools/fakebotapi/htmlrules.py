"""Telegram's HTML parse mode, parsed as strictly as Telegram does."""

from __future__ import annotations

import functools
import re


class HTMLParseError(ValueError):
    """Raised by :func:`parse_html` for text Telegram would reject."""


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
_PLAIN = re.compile(r"[^<&]+")


def utf16_len(s: str) -> int:
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
    plain, entities = _parse(text)
    return plain, [dict(entity) for entity in entities]  # the caller's own to change


@functools.lru_cache(maxsize=64)
def _parse(text: str) -> tuple[str, list[dict]]:
    # Remembered: a sendMessage's text is parsed for its length limit, then for the message
    # the fake keeps (a refused text raises, and is not remembered).
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
        if c != "&":
            # A run of plain text up to the next tag or reference, in one step.
            m = _PLAIN.match(text, i)
            chunk = m.group()
            out.append(chunk)
            pos16 += utf16_len(chunk) if not chunk.isascii() else len(chunk)
            i = m.end()
            continue
        m = _CHAR_REF.match(text, i)
        if not m:
            raise HTMLParseError(
                f"Character '&' at offset {i} is not part of an HTML entity; "
                "escape it as &amp;"
            )
        ch = _ref_char(m, i)
        i = m.end()
        out.append(ch)
        pos16 += 2 if ord(ch) > 0xFFFF else 1
    if stack:
        raise HTMLParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1]["tag"]}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities

