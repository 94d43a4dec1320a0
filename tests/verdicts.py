"""The verdicts the near-miss tables assert, written once: a message is its entry's near
miss ("did you mean" that entry, with the conflict or the detail named), or it is answered
with the entry and no near miss (or, beside a detail of another subject, with its note)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.matcher import Matcher


def assert_near_miss(matcher: Matcher, message: str, entry: str, *, detail: bool = False) -> None:
    """``message`` offers ``entry`` as a near miss; ``detail``: of a detail no document gives
    (not of a number, place or body that conflicts)."""
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("clarify", entry)
    assert m.near_miss is not None
    assert not detail or m.near_miss.detail


def assert_answered(matcher: Matcher, message: str, entry: str) -> None:
    """``message`` is answered with ``entry``, with no near miss said beside it."""
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id, m.near_miss) == ("answer", entry, None)


def assert_answered_with_any_note(matcher: Matcher, message: str, entry: str) -> None:
    """``message`` is answered with ``entry``; a note on a detail of another subject asked
    beside it ("... where can I buy a SIM card") may come with the answer."""
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", entry)
