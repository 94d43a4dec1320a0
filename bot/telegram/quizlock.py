"""One lock between sending quiz polls and scoring answers to polls not stored yet.

A quiz poll is stored once Telegram has answered ``sendPoll`` with the poll's id, but
Telegram can deliver a vote on the poll before that answer reaches us. So sending a poll and
storing it happen under this lock, and an answer to a poll the store does not know takes the
lock before it looks again: by then every send that was in flight has stored its poll.

Sends hold the lock shared, so many chats' quizzes are sent at once. An answer to an unknown
poll holds it exclusively: it waits for the sends in flight, and sends that start meanwhile
wait for it (it is short: a store read and write). An answer to a known poll, nearly every
answer, never touches the lock.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class QuizLock:
    """Shared by sends of quiz polls, exclusive for an answer to an unknown poll."""

    def __init__(self) -> None:
        self._cond = asyncio.Condition()
        self._sending = 0
        self._answering = 0

    @asynccontextmanager
    async def sending(self) -> AsyncIterator[None]:
        """Held from a poll's ``sendPoll`` until the poll is stored (or the send failed)."""
        async with self._cond:
            await self._cond.wait_for(lambda: not self._answering)
            self._sending += 1
        try:
            yield
        finally:
            async with self._cond:
                self._sending -= 1
                self._cond.notify_all()

    @asynccontextmanager
    async def unknown_poll(self) -> AsyncIterator[None]:
        """Held by an answer whose poll was not stored: no send is in flight meanwhile."""
        async with self._cond:
            self._answering += 1
            try:
                await self._cond.wait_for(lambda: not self._sending)
            except BaseException:
                self._answering -= 1
                self._cond.notify_all()
                raise
        try:
            yield
        finally:
            async with self._cond:
                self._answering -= 1
                self._cond.notify_all()

    @property
    def sends(self) -> int:
        """Sends in flight."""
        return self._sending
