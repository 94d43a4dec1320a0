"""A burst of users asking questions through the fake Bot API, and what came back."""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field

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
    """Per user: questions sent, replies delivered (as the fake holds them) and latencies."""

    sent: dict[int, int] = field(default_factory=dict)
    delivered: dict[int, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    by_user: dict[int, list[float]] = field(default_factory=dict)

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
                settle: float = 30.0, users_from: int = FIRST_USER) -> Outcome:
    """``questions`` questions from ``users`` users, evenly over ``spread`` seconds; waits up to
    ``settle`` seconds after the last one for every reply."""
    outcome = Outcome()
    pushed: dict[int, list[float]] = {}
    started = time.monotonic()
    for k in range(questions):
        user = users_from + k % users
        await asyncio.sleep(max(0.0, started + spread * k / questions - time.monotonic()))
        api.push_update(api.message(user, QUESTIONS[k % len(QUESTIONS)]))
        pushed.setdefault(user, []).append(time.monotonic())
        outcome.sent[user] = outcome.sent.get(user, 0) + 1
    deadline = time.monotonic() + settle
    while time.monotonic() < deadline:
        if all(len(_replies(api, u)) >= n for u, n in outcome.sent.items()):
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.3)  # a duplicate would come now
    for user, times in pushed.items():
        replies = _replies(api, user)
        outcome.delivered[user] = len(replies)
        outcome.by_user[user] = [at - t for t, at in zip(times, replies, strict=False)]
        outcome.latencies += outcome.by_user[user]
    return outcome


def _replies(api: FakeBotAPI, user: int) -> list[float]:
    """When each reply to ``user`` was delivered (executed by the fake), in order."""
    with api._lock:
        return [c.at for c in api.requests
                if c.method == "sendMessage" and c.ok and c.params.get("chat_id") == user]
