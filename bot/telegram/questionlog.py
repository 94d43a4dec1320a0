"""Each question's outcome, queued and written on the store's thread in batches.

A question's log row (``usage.record``, and the question itself when it went unanswered) is
not awaited: nothing needs it. Written one transaction and one wake of the store's thread
per question, it cost the bot ~0.3 ms of CPU per update in ``bench --e2e``, most of it the
two threads taking turns on the bot's one core. The rows that arrive while a write is
queued join it, as the journal's "handled" marks do. A write is queued before the update's
own "handled" mark and before any later call on the store's thread (a ``/forget`` of the
same user comes after the rows it must delete).
"""

from __future__ import annotations

import time

from bot import usage
from bot.reply import Reply
from bot.store import Store
from bot.telegram.batches import Batches

Row = tuple[int, int, str, Reply, float]
"""user id, update id, the question, the reply, when"""

KEY = "questionlog"
"""The log's key in ``bot_data``."""


class QuestionLog:
    """``add`` a question's outcome; the store's thread writes what has come so far."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._rows: Batches[Row] = Batches(store.post, self._write)

    def add(self, user_id: int, update_id: int, text: str, reply: Reply) -> None:
        """Queue one question's outcome (on the event loop)."""
        self._rows.add((user_id, update_id, text, reply, time.time()))

    def _write(self, rows: list[Row]) -> None:
        """Write the rows queued so far, in two transactions (on the store's thread)."""
        self.store.record_unanswered_many(
            [(user, text, reply.match.lang, at, update)
             for user, update, text, reply, at in rows if reply.kind == "abstain"])
        usage.record_many(self.store, [
            (user, text, reply.kind, reply.entry.id if reply.entry else None, at)
            for user, _update, text, reply, at in rows])
