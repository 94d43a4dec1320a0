"""The day an entry was checked against its documents, shown under its answer."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.answers import Answerer
from bot.i18n import format_day
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher
from bot.plaintext import plain_text
from bot.telegram.render import answer_html
from bot.wording import reviewed_text

DAY = dt.date(2026, 9, 5)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Checked against the documents on September 5, 2026."),
    ("ru", "Сверено с документами 5 сентября 2026\u202fг."),
    ("uz", "Hujjatlar bilan solishtirilgan sana: 2026-yil 5-sentabr."),
    ("uz-Cyrl", "Ҳужжатлар билан солиштирилган сана: 2026-йил 5-сентябрь."),
])
def test_reviewed_line_in_every_language(kb: KnowledgeBase, lang: str, expected: str) -> None:
    entry = dataclasses.replace(next(iter(kb.entries.values())), reviewed=DAY)
    assert reviewed_text(entry, lang) == expected


def test_format_day_uses_babel_per_language() -> None:
    assert format_day(DAY, "en") == "September 5, 2026"
    assert format_day(DAY, "ru") == "5 сентября 2026\u202fг."  # narrow no-break space
    assert format_day(DAY, "uz") == "2026-yil 5-sentabr"  # languages.yaml's pattern
    assert format_day(DAY, "uz-Cyrl") == "2026-йил 5-сентябрь"


@pytest.mark.parametrize("lang", ["en", "ru", "uz", "uz-Cyrl"])
def test_answer_shows_the_day_only_when_reviewed(kb: KnowledgeBase, matcher: Matcher,
                                                 lang: str) -> None:
    original = next(iter(kb.entries.values()))
    for reviewed in (DAY, None):
        entry = dataclasses.replace(original, reviewed=reviewed)
        entries = {**kb.entries, entry.id: entry}
        small = dataclasses.replace(kb, entries=entries)
        reply = Answerer(small, matcher).entry_reply(entry.id, lang)
        line = reviewed_text(dataclasses.replace(entry, reviewed=DAY), lang)
        assert (line in plain_text(reply, small)) is (reviewed is not None)
        assert (f"<i>{line}</i>" in answer_html(reply)) is (reviewed is not None)
