"""The figures of ``bench --e2e``: one burst's measures (``Run``) and the lines that report them."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Run:
    """One burst: ``users`` updates through one bot."""

    name: str
    users: int
    seconds: float
    p50: float
    p99: float
    cpu: float
    """CPU seconds the bot's process spent on the burst (less sensitive to other load)."""
    server_cpu: float = 0.0
    """CPU seconds the fake server's process spent on the burst."""
    loop_cpu: float = 0.0
    """Of ``cpu``, the event loop's thread's (the rest: the bot's other threads, such as the
    store's, and the calls to the server's process)."""

    @property
    def rate(self) -> float:
        return self.users / self.seconds if self.seconds else 0.0


def _format_run(run: Run) -> str:
    return (f"{run.name:>6}: {run.users} users in {run.seconds:.2f} s = {run.rate:.0f} "
            f"updates/s; getUpdates to reply p50 {run.p50 * 1000:.0f} ms, "
            f"p99 {run.p99 * 1000:.0f} ms; bot CPU {run.cpu / run.users * 1000:.2f} ms per update")


def format_e2e(result: dict[str, Any]) -> str:
    """The closing lines: each bot's median over the pairs, the ratios, and any request the
    fake server rejected.

    The ratios are the median of each pair's (a floor burst and hamroh's right after it,
    so the machine's other load is about the same for both): updates per second, hamroh's
    over the floor's, and CPU per update, the floor's over hamroh's.
    """
    runs: list[tuple[Run, Run]] = result["runs"]
    ratio = statistics.median(ours.rate / floor.rate if floor.rate else 0.0
                              for floor, ours in runs)
    by_cpu = statistics.median(floor.cpu / ours.cpu if ours.cpu else 0.0
                               for floor, ours in runs)
    lines = [f"median of {len(runs)} {'pair' if len(runs) == 1 else 'pairs'}, per update: "
             + "; ".join(_median_line(bot) for bot in zip(*runs, strict=True)),
             f"ratio hamroh / floor: {ratio:.2f} (rtt {result['rtt'] * 1000:.0f} ms, "
             + ("bot and server on separate cores" if result["pinned"] else "not pinned")
             + f"; median of {len(runs)}: "
             + ", ".join(f"{ours.rate / floor.rate:.2f}" if floor.rate else "-"
                         for floor, ours in runs) + ")",
             f"ratio by bot CPU per update (floor / hamroh): {by_cpu:.2f} (median of "
             + ", ".join(f"{floor.cpu / ours.cpu:.2f}" if ours.cpu else "-"
                         for floor, ours in runs) + ")"]
    lines += [f"fake server rejected: {e}" for e in result["errors"]]
    return "\n".join(lines)


def _median_line(bursts: tuple[Run, ...]) -> str:
    """One bot's median updates/s and CPU per update (its own and the fake server's)."""
    def per_update(seconds: list[float]) -> str:
        return f"{statistics.median(seconds) * 1000:.2f} ms"

    return (f"{bursts[0].name} {statistics.median(b.rate for b in bursts):.0f} updates/s, "
            f"bot CPU {per_update([b.cpu / b.users for b in bursts])} (event loop "
            f"{per_update([b.loop_cpu / b.users for b in bursts])}), "
            f"server CPU {per_update([b.server_cpu / b.users for b in bursts])}")
