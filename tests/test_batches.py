"""Items queued on the event loop are written together, one write queued at a time."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from bot.telegram.batches import Batches


def test_items_added_while_a_write_waits_join_it() -> None:
    posted: list[Callable[[], None]] = []
    written: list[list[int]] = []
    batches: Batches[int] = Batches(posted.append, written.append)
    for item in (1, 2, 3):
        batches.add(item)
    assert len(posted) == 1 and written == []  # one write queued, not run yet
    posted.pop()()
    assert written == [[1, 2, 3]]
    batches.add(4)  # after the write began: a write of its own
    assert len(posted) == 1
    posted.pop()()
    assert written == [[1, 2, 3], [4]]


@pytest.mark.parametrize("next_turn", [False, True])
def test_without_an_event_loop_a_write_is_queued_at_once(next_turn: bool) -> None:
    posted: list[Callable[[], None]] = []
    written: list[list[int]] = []
    batches: Batches[int] = Batches(posted.append, written.append, next_turn=next_turn)
    batches.add(1)
    assert len(posted) == 1
    posted.pop()()
    assert written == [[1]]


async def test_the_items_of_one_turn_are_one_write_queued_at_the_next() -> None:
    posted: list[Callable[[], None]] = []
    written: list[list[int]] = []
    batches: Batches[int] = Batches(posted.append, written.append, next_turn=True)
    for item in (1, 2):
        batches.add(item)
    assert posted == []  # due at the next turn
    await asyncio.sleep(0)
    assert len(posted) == 1
    batches.add(3)  # queued, not begun: joins it
    await asyncio.sleep(0)
    assert len(posted) == 1
    posted.pop()()
    assert written == [[1, 2, 3]]
    batches.add(4)  # after the write began: a write of its own, at the next turn
    assert posted == []
    await asyncio.sleep(0)
    posted.pop()()
    assert written == [[1, 2, 3], [4]]


async def test_flush_queues_a_write_due_at_the_next_turn_now() -> None:
    posted: list[Callable[[], None]] = []
    written: list[list[int]] = []
    batches: Batches[int] = Batches(posted.append, written.append, next_turn=True)
    batches.flush()  # nothing due: nothing queued
    assert posted == []
    batches.add(1)
    batches.flush()
    assert len(posted) == 1
    await asyncio.sleep(0)  # the turn's own queuing was cancelled: no second write
    assert len(posted) == 1
    posted.pop()()
    assert written == [[1]]
