"""Callback data: the one module that builds, parses and validates what a button carries.

Data is ``<kind>[:<arg>...]``, ASCII only, at most 64 bytes (Telegram's limit). Each kind
declares the shape of its arguments (a pattern and a longest length), so every button this
module builds fits, and ``parse`` refuses anything it could not have built: unknown kinds,
wrong argument counts, Unicode digits ("²", "٣"), overlong ids and numbers, and names that
no longer exist in the knowledge base. A client can send any data on any button, so the
handlers act only on what ``parse`` returns. Handler patterns come from ``pattern``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.knowledge import KnowledgeBase
from bot.quiz import ALL, LENGTHS
from bot.text import LANGS

MAX_BYTES = 64
PAGE_SIZE = 6
"""Entries per page when a topic is browsed (the keyboards and the checks share it)."""


@dataclass(frozen=True)
class Arg:
    """One argument's shape: a full-match ASCII pattern and its longest length."""

    pattern: str
    longest: int
    number: bool = False


_ID = Arg(r"[a-z0-9][a-z0-9-]{1,47}", 48)  # the id rule of bot.knowledge
_TOPIC_OR_ALL = Arg(rf"{re.escape(ALL)}|{_ID.pattern}", 48)
_PAGE = Arg(r"0|[1-9][0-9]{0,2}", 3, number=True)
_LANG = Arg("|".join(map(re.escape, LANGS)), max(map(len, LANGS)))
_VOTE = Arg("up|down", 4)
_LENGTH = Arg("|".join(str(n) for n in LENGTHS), max(len(str(n)) for n in LENGTHS), number=True)

KINDS: dict[str, tuple[Arg, ...]] = {
    "lang": (_LANG,),  # choose the reply language
    "faq": (_ID,),  # send an entry's answer as a new message (buttons sent before "faqin")
    "faqin": (_ID, _LANG),  # the same, in the language of the reply the button is under
    "vote": (_VOTE, _ID),  # 👍/👎 on an answer
    "topics": (),  # the topic list, in place (buttons sent before "topicsin")
    "topic": (_ID, _PAGE),  # one page of a topic's entries, in place (before "tp")
    "open": (_ID, _PAGE),  # an entry opened while browsing page n, in place (before "op")
    # The same three in the language of the message the button is under: a user who writes
    # Uzbek from a Russian phone browses in Uzbek. Short kinds: an id of 48 letters, a page
    # and "uz-Cyrl" must fit 64 bytes.
    "topicsin": (_LANG,),
    "tp": (_LANG, _ID, _PAGE),
    "op": (_LANG, _ID, _PAGE),
    "quiz": (_TOPIC_OR_ALL,),  # quiz topic chosen: ask for the length
    "qlen": (_TOPIC_OR_ALL, _LENGTH),  # quiz length chosen: start
    "qstop": (),  # stop the running quiz
}
"""Every kind of button and the shape of its arguments."""

LEGACY = frozenset({"faq", "topics", "topic", "open"})
"""Kinds this bot no longer builds but still serves: buttons sent by an earlier version
(pressed in ``tests/test_e2e_legacy_buttons.py``)."""
LANG_FIRST = frozenset({"topicsin", "tp", "op"})
"""Kinds whose first argument is the language of the message the button is under."""
BROWSING = frozenset({"topics", "topic", "open"}) | LANG_FIRST
"""Buttons that browse the topics in place."""
QUIZ_KINDS = ("quiz", "qlen", "qstop")
_SHAPES = {kind: re.compile(":".join([re.escape(kind), *(f"({a.pattern})" for a in args)]),
                            re.ASCII)
           for kind, args in KINDS.items()}


@dataclass(frozen=True)
class Callback:
    """Parsed callback data: its kind and its arguments (numbers as int)."""

    kind: str
    args: tuple[str | int, ...]

    def text(self, k: int) -> str:
        return str(self.args[k])

    def number(self, k: int) -> int:
        return int(self.args[k])

    def in_language(self) -> tuple[str | None, tuple[str | int, ...]]:
        """The language a browsing button carries (None on one sent before buttons carried
        it), and its other arguments."""
        if self.kind in LANG_FIRST:
            return self.text(0), self.args[1:]
        return None, self.args


def longest(kind: str) -> int:
    """The longest data a button of ``kind`` can carry, in bytes."""
    return len(kind) + sum(1 + a.longest for a in KINDS[kind])


def pattern(*kinds: str) -> str:
    """A regex for CallbackQueryHandler that selects these kinds (by kind only: the
    handler still parses, so forged arguments get a polite answer instead of no answer)."""
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"unknown callback kinds: {sorted(unknown)}")
    return "^(?:" + "|".join(map(re.escape, kinds)) + ")(?::|$)"


def data(kind: str, *args: object) -> str:
    """Build callback data; ValueError if it does not fit its kind's shape or 64 bytes."""
    text = ":".join([kind, *map(str, args)])
    if kind not in KINDS or len(text.encode()) > MAX_BYTES or _parse(text) is None:
        raise ValueError(f"not valid callback data: {text[:80]!r}")
    return text


def _parse(raw: str) -> Callback | None:
    kind = raw.split(":", 1)[0]
    shape = _SHAPES.get(kind)
    match = shape.fullmatch(raw) if shape is not None else None
    if match is None:
        return None
    args = tuple(int(v) if a.number else v for a, v in zip(KINDS[kind], match.groups(),
                                                              strict=True))
    return Callback(kind, args)


def pages(count: int) -> int:
    """How many pages ``count`` entries of a topic fill."""
    return max(1, -(-count // PAGE_SIZE))


def parse(raw: str | None, kb: KnowledgeBase) -> Callback | None:
    """Parse callback data and check it names things that exist now.

    Args:
        raw: the data a client sent (anything, at most 64 bytes on Telegram).
        kb: the running knowledge base.

    Returns:
        The callback, or None when this bot could not have built it or what it names is
        gone (an entry removed by a reload, a page past the end).
    """
    if not raw or len(raw.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    cb = _parse(raw)
    if cb is None:
        return None
    match cb.kind:
        case "faq" | "faqin":
            ok = cb.text(0) in kb.entries
        case "vote":
            ok = cb.text(1) in kb.entries
        case "topic" | "tp":
            topic, page = cb.in_language()[1]
            ok = str(topic) in kb.topics and int(page) < pages(len(kb.entries_of(str(topic))))
        case "open" | "op":
            eid, page = cb.in_language()[1]
            entry = kb.entries.get(str(eid))
            ok = entry is not None and int(page) < pages(len(kb.entries_of(entry.topic)))
        case "quiz" | "qlen":
            ok = cb.text(0) == ALL or cb.text(0) in kb.topics
        case _:
            ok = True
    return cb if ok else None
