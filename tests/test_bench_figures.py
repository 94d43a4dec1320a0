"""``bench --e2e``'s closing figures: medians over the pairs of bursts, never one pair's."""

from __future__ import annotations

from bot.devtools.e2efigures import Run, format_e2e
from bot.devtools.loadtest import PAIRS, burst_order


def pair(floor_s: float, floor_cpu: float, ours_s: float, ours_cpu: float) -> tuple[Run, Run]:
    """A floor burst and hamroh's after it, 100 users each."""
    return (Run("floor", 100, floor_s, 0.01, 0.02, floor_cpu, 0.1, floor_cpu * 0.9),
            Run("hamroh", 100, ours_s, 0.01, 0.02, ours_cpu, 0.2, ours_cpu * 0.8))


def test_the_ratios_are_the_medians_of_each_pairs_own() -> None:
    # The second pair ran while the machine was busy: both bots slower, the ratio alike.
    runs = [pair(1.0, 0.15, 2.0, 0.30), pair(4.0, 0.60, 5.0, 0.75), pair(1.0, 0.15, 1.25, 0.2)]
    out = format_e2e({"runs": runs, "errors": [], "pinned": True, "rtt": 0.0})
    lines = out.splitlines()
    assert lines[0] == ("median of 3 pairs, per update: floor 100 updates/s, bot CPU 1.50 ms "
                        "(event loop 1.35 ms), server CPU 1.00 ms; hamroh 50 updates/s, bot "
                        "CPU 3.00 ms (event loop 2.40 ms), server CPU 2.00 ms")
    assert lines[1] == ("ratio hamroh / floor: 0.80 (rtt 0 ms, bot and server on separate "
                        "cores; median of 3: 0.50, 0.80, 0.80)")
    assert lines[2] == ("ratio by bot CPU per update (floor / hamroh): 0.75 (median of "
                        "0.50, 0.80, 0.75)")
    assert len(lines) == 3


def test_each_bot_bursts_first_in_as_many_pairs_as_the_other() -> None:
    orders = [burst_order(k) for k in range(PAIRS + 1)]
    assert orders[0] == ("floor", "hamroh")  # --quick's one pair: as before
    assert all(sorted(o) == ["floor", "hamroh"] for o in orders)
    assert [o[0] for o in orders[:4]] == ["floor", "hamroh", "floor", "hamroh"]
    firsts = [burst_order(k)[0] for k in range(PAIRS)]  # the default run: balanced
    assert firsts.count("floor") == firsts.count("hamroh") == PAIRS // 2
