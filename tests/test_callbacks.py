"""Callback data: every button fits 64 bytes and parses back; forged data parses to None."""

from __future__ import annotations

import pytest

from bot.i18n import LANGUAGE_NAMES
from bot.knowledge import KnowledgeBase
from bot.quiz import ALL, LENGTHS
from bot.telegram import callbacks as cbs
from bot.telegram import keyboards as kbd

ENTRY = "remit-2024-total"
LONG_ID = "a" + "-b" * 23 + "c"  # 48 characters, the longest id bot.knowledge allows

UNICODE_DIGITS = ["²", "٣", "１", "߀", "৩", "⁵", "①", "𝟙", "໑", "൧"]

FORGED: list[str] = [
    # unknown kinds, or known ones spelt differently
    "x", "garbage", "help", "start", "FAQ:" + ENTRY, "Faq:" + ENTRY, "faq2:" + ENTRY,
    " faq:" + ENTRY, "faq:" + ENTRY + " ", "faq:" + ENTRY + "\n", "topics ", "qstop\n",
    "quiz_:*", ":faq:" + ENTRY, "faq;" + ENTRY, "faq|" + ENTRY, "\u200bfaq:" + ENTRY,
    # wrong number of arguments
    "faq", "faq:", "faq::", "vote:up", "vote:up:", "vote:up:" + ENTRY + ":x", "topics:",
    "topics:x", "qstop:x", "topic:law", "topic:law:", "topic:law:0:0", "open:" + ENTRY,
    "quiz", "quiz:", "qlen:*", "qlen:*:5:5", "lang", "lang:",
    # Unicode digits where a page number or a quiz length goes
    *(f"topic:law:{d}" for d in UNICODE_DIGITS),
    *(f"open:{ENTRY}:{d}" for d in UNICODE_DIGITS[:5]),
    *(f"qlen:*:{d}" for d in UNICODE_DIGITS[:5]), "qlen:*:１０", "qlen:*:²⁰",
    # numbers that are ASCII but not ones this bot writes
    "topic:law:00", "topic:law:01", "topic:law:-1", "topic:law:+1", "topic:law: 1",
    "topic:law:1.0", "topic:law:0x1", "topic:law:1e2", "topic:law:99", "topic:law:1000",
    f"open:{ENTRY}:99", f"open:{ENTRY}:-0", "qlen:*:7", "qlen:*:05", "qlen:*:0", "qlen:*:50",
    # overlong ids and numbers (over Telegram's 64 bytes, or over the id rule)
    "faq:" + "a" * 60, "vote:up:" + "a" * 56, "open:org-un:" + "9" * 52,
    "topic:law:" + "1" * 52, "faq:" + "a" * 49, "quiz:" + "a" * 49, "faq:" + "ы" * 30,
    # names that do not exist
    "faq:no-such-entry", "vote:up:no-such-entry", "topic:nope:0", "open:no-such-entry:0",
    "quiz:nope", "qlen:nope:5", "lang:xx", "lang:EN", "lang:uz-cyrl", "lang:uz-Cyrl-x",
    "lang:crh", "vote:maybe:" + ENTRY, "vote:UP:" + ENTRY, "faq:" + ENTRY.upper(),
    "quiz:**", "qlen:**:5",
    # hostile text
    f"faq:{ENTRY}'; DROP TABLE users;--", "faq:<b>x</b>", "faq:%00", "faq:\x00",
    "faq:../../etc/passwd", "lang:en\u200b", "faq:😀", "topic:law:\u202e0",
    "faq:-leading-dash", "topic:law:٠",
    # an answer's button in the language of its reply: a language this bot speaks
    "faqin:" + ENTRY, "faqin:" + ENTRY + ":", "faqin:" + ENTRY + ":xx",
    "faqin:" + ENTRY + ":uz-cyrl", "faqin:no-such-entry:ru", "faqin:ru:" + ENTRY,
]


def test_the_forged_table_holds_a_hundred_distinct_values() -> None:
    assert len(FORGED) == len(set(FORGED)) >= 100


def test_forged_data_parses_to_none(kb: KnowledgeBase) -> None:
    """One test for the table's hundred-odd rows (each ~0.3 ms of work, ~2 ms of pytest's
    bookkeeping as a test of its own): a failure lists every row that parsed, with what."""
    parsed = [(raw, found) for raw in FORGED if (found := cbs.parse(raw, kb)) is not None]
    assert not parsed, "\n".join(f"{raw!r} parsed to {found!r}" for raw, found in parsed)


@pytest.mark.parametrize("kind", sorted(cbs.KINDS))
def test_every_kind_fits_telegrams_64_bytes(kind: str) -> None:
    assert cbs.longest(kind) <= cbs.MAX_BYTES


@pytest.mark.parametrize(("kind", "args"), [
    ("faq", (LONG_ID,)), ("faqin", (LONG_ID, "uz-Cyrl")), ("vote", ("down", LONG_ID)),
    ("topic", (LONG_ID, 999)), ("open", (LONG_ID, 999)), ("qlen", (LONG_ID, max(LENGTHS))),
    ("lang", ("uz-Cyrl",)), ("tp", ("uz-Cyrl", LONG_ID, 999)), ("op", ("uz-Cyrl", LONG_ID, 999)),
    ("topicsin", ("uz-Cyrl",)),
])
def test_the_longest_arguments_build(kind: str, args: tuple) -> None:
    assert len(cbs.data(kind, *args).encode()) <= cbs.MAX_BYTES


@pytest.mark.parametrize(("kind", "args"), [
    ("faq", ("a" * 49,)), ("topic", ("law", 1000)), ("topic", ("law", "²")),
    ("open", ("org-un", "9" * 52)), ("nope", ()), ("qlen", ("*", 7)), ("lang", ("xx",)),
    ("tp", ("law", 0)), ("tp", ("xx", "law", 0)), ("op", ("uz", "org-un", 1000)),
    ("topicsin", ()),
])
def test_data_refuses_what_parse_would_refuse(kind: str, args: tuple) -> None:
    with pytest.raises(ValueError):
        cbs.data(kind, *args)


def all_keyboards(kb: KnowledgeBase):  # noqa: ANN201
    """Every keyboard the bot can show for the shipped knowledge, in every language."""
    yield kbd.language_picker()
    for lang in LANGUAGE_NAMES:
        yield kbd.topics_keyboard(kb, lang)
        yield kbd.quiz_topics_keyboard(kb, lang)
        yield kbd.stop_quiz_keyboard(lang)
        for topic in [ALL, *kb.topics]:
            yield kbd.quiz_length_keyboard(topic, lang)
        for topic in kb.topics:
            for page in range(cbs.pages(len(kb.entries_of(topic)))):
                yield kbd.topic_keyboard(kb, topic, page, lang)
        for entry in kb.entries.values():
            page = kb.entries_of(entry.topic).index(entry) // cbs.PAGE_SIZE
            yield kbd.browse_entry_keyboard(entry, page, lang)
            yield kbd.answer_keyboard(entry, tuple(kb.entries.values())[:3], lang)
        yield kbd.missed_keyboard(list(kb.entries.values()), lang)


def test_every_button_built_parses_back(kb: KnowledgeBase) -> None:
    seen = set()
    for markup in all_keyboards(kb):
        for row in markup.inline_keyboard:
            for button in row:
                if button.callback_data is None:
                    continue
                raw = str(button.callback_data)
                assert len(raw.encode()) <= cbs.MAX_BYTES
                cb = cbs.parse(raw, kb)
                assert cb is not None, raw
                seen.add(cb.kind)
    assert seen == set(cbs.KINDS) - cbs.LEGACY


@pytest.mark.parametrize(("raw", "parsed"), [
    ("topic:law:0", cbs.Callback("topic", ("law", 0))),
    ("tp:uz-Cyrl:law:0", cbs.Callback("tp", ("uz-Cyrl", "law", 0))),
    ("op:ru:remit-2024-total:0", cbs.Callback("op", ("ru", "remit-2024-total", 0))),
    ("tp:ru:law:99", None),  # past the topic's last page
    ("op:ru:no-such-entry:0", None),
])
def test_numbers_come_back_as_int(kb: KnowledgeBase, raw: str,
                                  parsed: cbs.Callback | None) -> None:
    assert cbs.parse(raw, kb) == parsed


@pytest.mark.parametrize(("kinds", "raw", "matches"), [
    (cbs.QUIZ_KINDS, "quiz:*", True), (cbs.QUIZ_KINDS, "qstop", True),
    (cbs.QUIZ_KINDS, "qlen:x:y:z", True), (cbs.QUIZ_KINDS, "qstopx", False),
    (cbs.QUIZ_KINDS, "quizz:*", False), (cbs.QUIZ_KINDS, "faq:x", False),
])
def test_handler_patterns_select_by_kind(kinds: tuple[str, ...], raw: str,
                                         matches: bool) -> None:
    import re

    assert bool(re.match(cbs.pattern(*kinds), raw)) is matches
