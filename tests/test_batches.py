"""Items queued on the event loop are written together, one write queued at a time."""

from __future__ import annotations

from collections.abc import Callable

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
