"""Property-based tests: any Unicode a user can type goes through normalisation, matching and
rendering without an exception, and gives one valid Telegram message.

Strings mix what breaks naive code: emoji (with joiners and skin tones), zero-width and bidi
controls, C0/C1 control characters, HTML-looking text, Latin/Cyrillic/Arabic mixtures and
real questions, up to 5,000 characters. Bounded (max_examples) so the suite stays quick.
"""

from __future__ import annotations

import html

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.answers import Answerer
from bot.devtools.fakebotapi import parse_html
from bot.devtools.fakebotapi.htmlrules import utf16_len
from bot.knowledge import KnowledgeBase
from bot.langguess import guess_language
from bot.telegram import callbacks as cbs
from bot.telegram import keyboards as kbd
from bot.telegram import render
from bot.text import LANGS, fold

pytestmark = pytest.mark.slow

PIECES = [
    "😀", "👩\u200d👩\u200d👧", "👍🏽", "🇺🇿", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2063",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
    "\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\r\n", "\t", "<b>", "</b>", "<i>", "&amp;",
    "&", "&#0;", "&#x110000;", "<a href=\"javascript:alert(1)\">x</a>", "<script>", "<pre>",
    "</code>", "<tg-spoiler>", "<<>>", "'\"", "ʻ", "ʼ", "’", "Ўзбекистон", "мигрант", "pul",
    "remittances", "2024", "١٢٣", "²", "مهاجر", "中文", "ﷺ", "e\u0301", "İ", "ß", "Σ",
    "what is the schengen agreement", "сколько денег перевели мигранты",
    "migrantlar qancha pul o'tkazgan", "@hamroh_test_bot", "/start", " ", "\n",
]

user_text = st.one_of(
    st.text(max_size=5000),
    st.text(st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), max_size=5000),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=400)
    .map(lambda parts: "".join(parts)[:5000]),
)

class Core:
    """The session's knowledge base and answerer, with a short repr for Hypothesis reports."""

    def __init__(self, answerer: Answerer, kb: KnowledgeBase) -> None:
        self.answerer, self.kb = answerer, kb

    def __repr__(self) -> str:
        return "Core(shipped knowledge)"


@pytest.fixture(scope="module")
def core(answerer: Answerer, kb: KnowledgeBase) -> Core:
    return Core(answerer, kb)


BOUNDED = settings(max_examples=60, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@BOUNDED
@given(text=user_text)
def test_normalisation_never_fails(core: Core, text: str) -> None:
    folded = fold(text)
    assert isinstance(folded, str)
    assert guess_language(text, core.answerer.matcher.lexicon) in (*LANGS, None)


def assert_one_valid_message(text: str, user: str) -> None:
    """Valid Telegram HTML that fits one message and shows any echoed user text escaped."""
    plain, _entities = parse_html(text)  # raises on anything Telegram would refuse
    assert 0 < utf16_len(plain) <= render.MESSAGE_LIMIT
    if any(c in user for c in "<&") and len(user.strip()) > 3:
        assert user not in text


@BOUNDED
@given(text=user_text, lang=st.sampled_from([None, *LANGS]),
       default=st.sampled_from(LANGS))
def test_any_question_gets_one_valid_reply(core: Core, text: str, lang: str | None,
                                           default: str) -> None:
    kb = core.kb
    reply = core.answerer.ask(text, lang=lang, default=default)
    assert_one_valid_message(render.reply_html(reply, kb), text)
    for row in kbd.reply_keyboard(reply, kb).inline_keyboard:
        for button in row:
            if button.callback_data is not None:
                assert cbs.parse(str(button.callback_data), kb) is not None


@BOUNDED
@given(heading=user_text, problems=st.lists(user_text, max_size=30))
@example(heading="x", problems=["😀" * 5000])  # Telegram counts UTF-16 units, not characters
def test_problem_listings_are_valid_html(heading: str, problems: list[str]) -> None:
    text = render.problems_html(heading[:200] or "x", problems)
    plain, _ = parse_html(text)
    assert utf16_len(plain) <= render.MESSAGE_LIMIT or len(heading) > 200
    assert html.escape(heading[:200] or "x") in text


@BOUNDED
@given(raw=st.one_of(st.text(max_size=80), st.binary(max_size=64).map(
    lambda b: b.decode("utf-8", "replace"))))
def test_any_callback_data_parses_or_is_refused(core: Core, raw: str) -> None:
    cb = cbs.parse(raw, core.kb)
    if cb is not None:
        assert cbs.data(cb.kind, *cb.args) == raw
