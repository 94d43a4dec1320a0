"""A load of users asking questions through the fake Bot API, and what came back."""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field

from bot.devtools import targets
from bot.devtools.fakebotapi import FakeBotAPI

QUESTIONS = (
    "How much money did migrants send home in 2024?",
    "what is the schengen agreement",
    "qaysi qonun migratsiyani tartibga soladi",
    "что такое трудовая миграция",
    "what is the weather in Tashkent",
)
FIRST_USER = 5000


@dataclass
class Outcome:
    """Per chat: questions sent (and when), replies delivered (as the fake holds them) and
    latencies."""

    sent: dict[int, int] = field(default_factory=dict)
    pushed: dict[int, list[float]] = field(default_factory=dict)
    delivered: dict[int, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    by_chat: dict[int, list[float]] = field(default_factory=dict)

    @property
    def once(self) -> int:
        return sum(min(self.sent[u], self.delivered.get(u, 0)) for u in self.sent)

    @property
    def missing(self) -> int:
        return sum(max(0, self.sent[u] - self.delivered.get(u, 0)) for u in self.sent)

    @property
    def duplicates(self) -> int:
        return sum(max(0, self.delivered.get(u, 0) - self.sent[u]) for u in self.sent)

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        if len(self.latencies) == 1:
            return self.latencies[0]
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[round(q) - 1]

    def row(self) -> str:
        return (f"{self.once} / {self.missing} / {self.duplicates}, "
                f"median {self.percentile(50):.1f} s, p95 {self.percentile(95):.1f} s")


async def burst(api: FakeBotAPI, users: int = 50, questions: int = 200, spread: float = 2.0,
                settle: float = 30.0, users_from: int = FIRST_USER,
                busy_every: int = 0) -> Outcome:
    """``questions`` questions from ``users`` chats, evenly over ``spread`` seconds; with
    ``busy_every`` = n, every n-th in one busy group (``targets.BUSY_CHAT``, the load (c)
    of ``bench --targets``). Waits up to ``settle`` seconds after the last one for every
    reply."""
    outcome = Outcome()
    asks = targets.spread([(q, "en") for q in QUESTIONS], users_from, users, questions,
                          spread, busy_every)
    started = time.monotonic()
    for ask in asks:
        await asyncio.sleep(max(0.0, started + ask.at - time.monotonic()))
        targets.push(api, ask)
        outcome.pushed.setdefault(ask.chat, []).append(time.monotonic())
        outcome.sent[ask.chat] = outcome.sent.get(ask.chat, 0) + 1
    deadline = time.monotonic() + settle
    while time.monotonic() < deadline:
        if all(len(_replies(api, c)) >= n for c, n in outcome.sent.items()):
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)  # a duplicate would come now
    replied = {chat: _replies(api, chat) for chat in outcome.pushed}
    outcome.delivered = {chat: len(times) for chat, times in replied.items()}
    outcome.by_chat = targets.latencies(outcome.pushed, replied)
    outcome.latencies = [t for times in outcome.by_chat.values() for t in times]
    return outcome


def _replies(api: FakeBotAPI, chat: int) -> list[float]:
    """When each reply in ``chat`` was delivered (executed by the fake), in order."""
    with api._lock:
        return [c.at for c in api.requests
                if c.method == "sendMessage" and c.ok and c.params.get("chat_id") == chat]
