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
from bot.telegram.batches import Batches

log = logging.getLogger(__name__)


class JournalQueue(asyncio.Queue):
    """An update queue that journals each update first and drops a repeated ``update_id``."""

    def __init__(self, journal: Journal,
                 run: Callable[..., Awaitable[Any]] | None = None,
                 post: Callable[..., None] | None = None) -> None:
        """``run(fn, *args)`` runs a journal operation off the event loop and waits for it;
        ``post(fn, *args)`` queues one without waiting (the "handled" marks). The bot passes
        ``Store.call`` and ``Store.post``: the store's one thread, in call order. By default
        ``run`` uses a thread of asyncio's and ``post`` runs at once."""
        super().__init__()
        self.journal = journal
        self.run = run or asyncio.to_thread
        self.post = post or _now
        # Updates' JSON as Telegram sent it, by update_id, noted by the getUpdates client
        # (bot/telegram/heartbeat.py): journaling that text spares re-encoding the Update
        # (PTB's ``to_json``, ~8% of the event loop's CPU per update in bench --e2e).
        self.bodies: dict[int, str] = {}
        self._fresh: dict[int, bool] = {}  # the rest of the last batch: id -> not a repeat
        self._marks: Batches[int] = Batches(self.post, journal.handled_many,
                                            next_turn=post is not None)
        """Handled updates, marked together on the store's thread: those of one turn of the
        event loop in one transaction (``bench --e2e``: ~30 a transaction, not 1.3). Without
        a ``post`` they are marked at once."""

    async def put(self, item: object) -> None:
        """Journal an update, then queue it; a repeat is dropped (and only logged)."""
        if isinstance(item, Update):
            fresh = self._fresh.pop(item.update_id, None)
            if fresh is None:
                fresh = await self._journal_batch(item)
            if not fresh:
                log.info("update %d is a repeat: dropped", item.update_id)
                return
        await super().put(item)

    async def _journal_batch(self, update: Update) -> bool:
        """Journal ``update`` with every other update noted from the same ``getUpdates``
        answer, in one transaction. The Updater queues that answer's updates one by one
        and confirms them only with its next ``getUpdates``, so all of them are still
        journaled before they are confirmed."""
        rows = list(self.bodies.items())
        self.bodies.clear()
        if update.update_id not in (uid for uid, _ in rows):
            rows.append((update.update_id, update.to_json()))  # a webhook's update
        fresh = await self.run(self.journal.add_many, rows)
        self._fresh = {uid: uid in fresh for uid, _ in rows}
        return self._fresh.pop(update.update_id)

    async def handled(self, update: object) -> None:
        """Mark an update handled: it will not be replayed.

        The mark is queued at the event loop's next turn, not awaited; the marks of one
        turn, and those that arrive while the store's thread is busy, are written together,
        in one transaction, after everything queued before them (the question's own writes
        among it). A crash before the write replays the update at the next start, as it
        would a crash a moment earlier, while it was being handled: nothing is lost."""
        if isinstance(update, Update):
            self._marks.add(update.update_id)

    async def pending(self, app: Application) -> list[Update]:
        """Updates journaled but never handled (the process died first), oldest first."""
        await self.run(self.journal.prune)
        rows = await self.run(self.journal.pending)
        return [Update.de_json(json.loads(body), app.bot) for _, body in rows]

    async def close(self) -> None:
        """Close the journal's connection, after the operations queued before (the marks
        due at the next turn among them)."""
        self._marks.flush()
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


def _now(fn: Callable[..., object], *args: object) -> None:
    fn(*args)
