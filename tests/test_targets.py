"""The loads of issue 11's targets (``bench --targets``, tests/faultload.py): who asks when."""

from __future__ import annotations

import pytest

from bot.devtools import targets
from bot.flood import FloodGuard

MESSAGES = [("what is the schengen agreement", "en"), ("что такое миграция", "ru")]


@pytest.mark.parametrize(("busy_every", "busy", "chats"), [(0, 0, 50), (5, 40, 50)])
def test_a_spread_load_asks_evenly_and_one_chat_can_be_busy(busy_every: int, busy: int,
                                                            chats: int) -> None:
    asks = targets.spread(MESSAGES, 1000, busy_every=busy_every)
    assert len(asks) == 200
    assert [a.at for a in asks] == sorted(a.at for a in asks)
    assert asks[0].at == 0.0 and asks[-1].at < targets.SECONDS
    per_chat = targets.counts(asks)
    assert len(per_chat) == chats
    assert per_chat.get(targets.BUSY_CHAT, 0) == busy
    assert max(n for c, n in per_chat.items() if c != targets.BUSY_CHAT) <= 5
    # The busy chat is a group of members who take turns: none of them is a flooder.
    guard = FloodGuard()
    assert all(guard.check(a.user) == "ok" for a in asks)
    assert all((a.chat == a.user) != (a.chat == targets.BUSY_CHAT) for a in asks)


def test_a_chats_replies_answer_its_questions_in_order() -> None:
    pushed = {1: [0.0, 1.0, 2.0], 2: [0.5]}
    replied = {1: [0.25, 1.5]}  # the third question is still unanswered
    assert targets.latencies(pushed, replied) == {1: [0.25, 0.5], 2: []}
