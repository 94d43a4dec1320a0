"""PTB's update queue backed by the journal: journaled before confirmed, replayed after a crash.

Both long polling and the webhook put every update into ``Application.update_queue`` before
they confirm it to Telegram (polling at its next ``getUpdates``, the webhook with its 200),
so journaling in ``put`` is journaling before confirming. See bot/journal.py.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.journal import Journal

log = logging.getLogger(__name__)


class JournalQueue(asyncio.Queue):
    """An update queue that journals each update first and drops a repeated ``update_id``."""

    def __init__(self, journal: Journal,
                 run: Callable[..., Awaitable[Any]] | None = None) -> None:
        """``run(fn, *args)`` runs a journal operation off the event loop: the bot passes
        ``Store.call``, the store's one thread; by default, a thread of asyncio's."""
        super().__init__()
        self.journal = journal
        self.run = run or asyncio.to_thread
        # Updates' JSON as Telegram sent it, by update_id, noted by the getUpdates client
        # (bot/telegram/heartbeat.py): journaling that text spares re-encoding the Update
        # (PTB's ``to_json``, ~8% of the event loop's CPU per update in bench --e2e).
        self.bodies: dict[int, str] = {}

    async def put(self, item: object) -> None:
        """Journal an update, then queue it; a repeat is dropped (and only logged)."""
        fresh = not isinstance(item, Update) or await self.run(
            self.journal.add, item.update_id,
            self.bodies.pop(item.update_id, None) or item.to_json())
        if not fresh:
            log.info("update %d is a repeat: dropped", item.update_id)  # type: ignore[union-attr]
            return
        await super().put(item)

    async def handled(self, update: object) -> None:
        """Mark an update handled: it will not be replayed."""
        if isinstance(update, Update):
            await self.run(self.journal.handled, update.update_id)

    async def pending(self, app: Application) -> list[Update]:
        """Updates journaled but never handled (the process died first), oldest first."""
        await self.run(self.journal.prune)
        rows = await self.run(self.journal.pending)
        return [Update.de_json(json.loads(body), app.bot) for _, body in rows]

    async def close(self) -> None:
        """Close the journal's connection, after the operations queued before."""
        await self.run(self.journal.close)


async def replay(app: Application) -> int:
    """Handles the updates a crash left unhandled, each chat in order; returns how many."""
    queue = app.update_queue
    if not isinstance(queue, JournalQueue):
        return 0
    updates = await queue.pending(app)
    if updates:
        log.warning("replaying %d updates received but not handled before a stop",
                    len(updates))
        processor = app.update_processor
        await asyncio.gather(*(processor.process_update(u, app.process_update(u))
                               for u in updates))
    return len(updates)
