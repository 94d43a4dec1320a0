"""The long-lived objects a front end needs, built once and swapped whole on reload."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path

from bot import knowledge
from bot.answers import Answerer
from bot.config import Settings
from bot.flood import FloodGuard
from bot.knowledge import KnowledgeBase, Problem
from bot.store import Store

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    store: Store
    answerer: Answerer
    flood: FloodGuard = field(default_factory=FloodGuard)

    @property
    def kb(self) -> KnowledgeBase:
        return self.answerer.kb

    @classmethod
    def build(cls, settings: Settings) -> Services:
        """Load the knowledge base (raising KnowledgeError if broken) and open the store."""
        answerer = started_answerer(settings.knowledge_dir)  # a refused start opens no store
        return cls(settings, Store(settings.database_path), answerer)

    def reload(self) -> list[Problem]:
        """Re-read knowledge/; on errors keep the running knowledge base and return them.

        The new Answerer (knowledge base and index) is built completely before it replaces
        the old one in a single assignment, so a message never sees half of each.
        """
        answerer, errors = self.load_answerer()
        if answerer is not None:
            self.swap(answerer)
        return errors

    async def reload_off_loop(self) -> list[Problem]:
        """``reload`` with the reading and indexing in a worker thread, so the event loop
        goes on answering meanwhile; the swap itself happens back on the loop."""
        answerer, errors = await asyncio.to_thread(self.load_answerer)
        if answerer is not None:
            self.swap(answerer)
        return errors

    def load_answerer(self) -> tuple[Answerer | None, list[Problem]]:
        """Read knowledge/ and index it (the slow part); None and the errors if broken."""
        result = knowledge.load(self.settings.knowledge_dir)
        if result.kb is None:
            log.warning("reload refused, keeping the last good knowledge base: %d errors",
                        len(result.errors))
            return None, result.errors
        # Its words are not remembered as at the start: the reload runs in a thread beside
        # the event loop, and a longer one holds the interpreter longer while users are
        # being answered.
        return Answerer(result.kb), []

    def swap(self, answerer: Answerer) -> None:
        """Put a new answerer in place in one step."""
        self.answerer = answerer
        log.info("knowledge reloaded: %d entries, %d quiz items",
                 len(answerer.kb.entries), len(answerer.kb.quiz))


def started_answerer(knowledge_dir: Path) -> Answerer:
    """The answerer a bot starts with (``Services.build``, and the bots of
    ``bench --targets``): the knowledge folder loaded (raising KnowledgeError if broken) and
    indexed, with its vocabulary's similar words worked out before it serves, so the first
    questions after the start do not pay for them (~0.1 ms a question of ``bench --e2e``'s
    burst, for ~0.13 s at start on the shipped base)."""
    answerer = Answerer(knowledge.load_or_raise(knowledge_dir))
    answerer.matcher.remember_vocabulary()
    return answerer
