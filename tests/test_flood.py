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


def test_idle_users_are_forgotten_once_the_window_passes() -> None:
    now = [0.0]
    guard = FloodGuard(limit=20, window=10, clock=lambda: now[0])
    for user in range(100_000):
        guard.check(user)
    assert len(guard) == 100_000
    now[0] += 5
    for user in range(0, 100_000, 1000):  # 100 users write again within the window
        guard.check(user)
    now[0] += 6  # the first burst is now older than the window; the 100 are not
    guard.check(-1)
    assert len(guard) == 101
    now[0] += 11
    guard.check(-2)
    assert len(guard) == 1


def test_a_forgotten_flooder_starts_afresh() -> None:
    now = [0.0]
    guard = FloodGuard(limit=2, window=10, clock=lambda: now[0])
    assert [guard.check(1) for _ in range(4)] == ["ok", "ok", "warn", "drop"]
    now[0] += 11
    guard.check(2)  # evicts user 1
    assert len(guard) == 1
    assert guard.check(1) == "ok"


def test_a_user_flooding_for_long_keeps_a_bounded_history() -> None:
    now = [0.0]
    guard = FloodGuard(limit=5, window=10, clock=lambda: now[0])
    verdicts = []
    for _ in range(10_000):
        now[0] += 0.01
        verdicts.append(guard.check(7))
    assert verdicts[:5] == ["ok"] * 5 and verdicts[5] == "warn" and set(verdicts[6:]) == {"drop"}
    assert guard.history(7) <= 6
