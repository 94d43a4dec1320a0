"""Many chats at once, each chat's updates in the order Telegram sent them."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT_UPDATES = 64


def chat_key(update: object) -> int | None:
    """The conversation an update belongs to: its chat, else its user (a poll answer or an
    inline query has no chat; a private quiz's chat id is its user's id)."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Handles up to ``max_concurrent_updates`` updates at once, one at a time per chat.

    Each chat has a lock, taken before a slot of the concurrency bound, so a burst in one
    chat waits in line without holding slots the other chats need. ``asyncio.Lock`` wakes its
    waiters first come, first served, and PTB starts the update tasks in arrival order, so a
    chat's updates are handled in order.
    """

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES,
                 on_done: Callable[[object], Awaitable[None]] | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self.on_done = on_done
        """Awaited after each update's handlers have run (the journal marks it handled)."""
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Waits for the chat's turn, then for a free slot, then handles the update."""
        await self._in_turn(update, coroutine)
        if self.on_done is not None:  # not reached when cancelled: the update is replayed
            await self.on_done(update)

    async def _in_turn(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await super().process_update(update, coroutine)
            return
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await super().process_update(update, coroutine)
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:  # forget idle chats: memory stays bounded
                del self._waiting[key]
                del self._locks[key]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Awaits the handlers."""
        await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    @property
    def chats(self) -> int:
        """Chats with an update in progress or waiting."""
        return len(self._locks)
