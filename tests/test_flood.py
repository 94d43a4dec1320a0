"""The flood guard on a fake clock."""

from bot.flood import FloodGuard


def test_warns_once_then_drops_until_the_rate_falls() -> None:
    now = [0.0]
    guard = FloodGuard(limit=20, window=10, clock=lambda: now[0])
    verdicts = []
    for _ in range(25):
        now[0] += 0.1
        verdicts.append(guard.check(1))
    assert verdicts[:20] == ["ok"] * 20
    assert verdicts[20:] == ["warn", "drop", "drop", "drop", "drop"]
    assert guard.check(2) == "ok"  # other users are not affected
    now[0] += 11
    assert guard.check(1) == "ok"
