"""Quizzes: Leitner scheduling, choosing and shuffling items, scoring, and the QuizRunner
against a real SQLite Store on a fake clock (including a restart in the middle of a quiz)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase
from bot.quiz import (
    ALL,
    DAY,
    INTERVALS,
    LEARNT_BOX,
    Prepared,
    QuizRunner,
    Summary,
    due,
    is_correct,
    leaderboard,
    pick_items,
    prepare,
    schedule,
    summarize,
    user_stats,
)
from bot.quizstore import BoxRow, SessionRow
from bot.store import Store
from bot.text import LANGS

T0 = 1_750_000_000.0
"""The fake clock's start (a weekday afternoon, UTC)."""
OWNER = 1
CHAT = 10
TOPIC = "law"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "state" / "quiz.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as s:
        yield s


@pytest.fixture
def now() -> list[float]:
    return [T0]


@pytest.fixture
def runner(kb: KnowledgeBase, store: Store, now: list[float]) -> QuizRunner:
    return QuizRunner(kb, store, random.Random(1), clock=lambda: now[0])


def topic_items(kb: KnowledgeBase, topic: str) -> list[str]:
    return sorted(q.id for q in kb.quiz.values() if q.topic == topic)


def send(runner: QuizRunner, session: SessionRow, poll_id: str) -> Prepared:
    """Show the session's current question and remember its poll, like a front end."""
    prepared = runner.current(session)
    assert prepared is not None
    runner.sent(session, prepared, poll_id, 100 + session.position)
    return prepared


def wrong(prepared: Prepared) -> int:
    return next(k for k in range(len(prepared.options)) if k != prepared.correct_position)


def start_private(runner: QuizRunner, length: int = 5, topic: str | None = TOPIC,
                  lang: str = "en") -> SessionRow:
    session = runner.start(CHAT, OWNER, False, lang, topic, length)
    assert session is not None
    return session


# ---------------------------------------------------------------- schedule, due


@pytest.mark.parametrize(
    ("previous", "correct", "box", "seen", "right"),
    [
        (None, False, 1, 1, 0),
        (None, True, 2, 1, 1),
        (BoxRow("q", 1, 0.0, 3, 1), True, 2, 4, 2),
        (BoxRow("q", 2, 0.0, 1, 1), True, 3, 2, 2),
        (BoxRow("q", 3, 0.0, 2, 2), True, 4, 3, 3),
        (BoxRow("q", 4, 0.0, 3, 3), True, 5, 4, 4),
        (BoxRow("q", 5, 0.0, 4, 4), True, 5, 5, 5),  # capped at the last box
        (BoxRow("q", 1, 0.0, 1, 0), False, 1, 2, 0),
        (BoxRow("q", 4, 0.0, 3, 3), False, 1, 4, 3),  # a miss sends it back to box 1
        (BoxRow("q", 5, 0.0, 9, 9), False, 1, 10, 9),
    ],
)
def test_schedule_moves_the_item_between_boxes(previous: BoxRow | None, correct: bool,
                                               box: int, seen: int, right: int) -> None:
    row = schedule(previous, "q", correct, T0)
    assert row == BoxRow("q", box, T0 + INTERVALS[box], seen, right)
    if not correct:
        assert row.due_at == T0  # due at once: back in the very next quiz


@pytest.mark.parametrize(("rights", "learnt"), [(1, False), (2, False), (3, True), (6, True)])
def test_three_right_answers_in_a_row_make_an_item_learnt(rights: int, learnt: bool) -> None:
    row = None
    for k in range(rights):
        row = schedule(row, "q", True, T0 + k * 30 * DAY)
    assert row is not None
    assert (row.box >= LEARNT_BOX) is learnt


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([], []),
        ([("a", 2, T0 + 1)], []),  # not yet
        ([("a", 2, T0)], ["a"]),  # due exactly now
        ([("a", 3, T0 - 50), ("b", 1, T0 - 10), ("c", 1, T0 - 20)], ["c", "b", "a"]),
        ([("b", 2, T0 - 5), ("a", 2, T0 - 5), ("z", 1, T0 + 5)], ["a", "b"]),  # ties by id
        ([("x", 5, T0 - 99 * DAY), ("y", 4, T0 - 1)], ["y", "x"]),  # lower box first
    ],
)
def test_due_lists_ready_items_lowest_box_then_most_overdue_first(
        rows: list[tuple[str, int, float]], expected: list[str]) -> None:
    boxes = {i: BoxRow(i, box, at, 1, 0) for i, box, at in rows}
    assert due(boxes, T0) == expected


# ---------------------------------------------------------------- pick_items


@pytest.mark.parametrize(
    ("topic", "length", "expected_len", "topics"),
    [
        (TOPIC, 5, 5, {TOPIC}),
        (TOPIC, 20, None, {TOPIC}),  # None: the whole topic, fewer than 20
        ("remittances", 10, 10, {"remittances"}),
        (None, 20, 20, None),  # None: any topic
        (ALL, 20, 20, None),
        ("no-such-topic", 5, 0, set()),
    ],
)
def test_pick_items_without_history(kb: KnowledgeBase, topic: str | None, length: int,
                                    expected_len: int | None, topics: set[str] | None) -> None:
    items = pick_items(kb, topic, length, {}, T0, random.Random(3))
    assert len(items) == len(set(items))
    assert all(i in kb.quiz for i in items)
    if expected_len is None:
        assert sorted(items) == topic_items(kb, TOPIC)
        assert len(items) < length
    else:
        assert len(items) == expected_len
    if topics is not None:
        assert {kb.quiz[i].topic for i in items} <= topics
    else:
        assert len({kb.quiz[i].topic for i in items}) > 1


def test_all_topics_is_the_same_as_none(kb: KnowledgeBase) -> None:
    assert (pick_items(kb, ALL, 20, {}, T0, random.Random(5))
            == pick_items(kb, None, 20, {}, T0, random.Random(5)))


def test_pick_items_shuffles_the_unseen(kb: KnowledgeBase) -> None:
    picks = {tuple(pick_items(kb, TOPIC, 5, {}, T0, random.Random(s))) for s in range(10)}
    assert len(picks) > 1


@pytest.mark.parametrize("length", [1, 2, 3, 5, 20])
def test_pick_items_puts_due_items_first_then_unseen_then_later(kb: KnowledgeBase,
                                                               length: int) -> None:
    law = topic_items(kb, TOPIC)
    other = topic_items(kb, "remittances")[0]
    boxes = {
        law[0]: BoxRow(law[0], 3, T0 - 10, 3, 2),  # due
        law[1]: BoxRow(law[1], 1, T0, 2, 0),  # due (missed just now)
        law[2]: BoxRow(law[2], 2, T0 + DAY, 1, 1),  # later
        law[3]: BoxRow(law[3], 2, T0 + 3600, 1, 1),  # later, but sooner
        other: BoxRow(other, 1, T0 - DAY, 1, 0),  # due, other topic: never picked
    }
    items = pick_items(kb, TOPIC, length, boxes, T0, random.Random(2))
    unseen = set(law[4:])
    full = [law[1], law[0], *(["unseen"] * len(unseen)), law[3], law[2]]
    assert len(items) == min(length, len(law))
    assert other not in items
    for got, want in zip(items, full, strict=False):
        if want == "unseen":
            assert got in unseen
        else:
            assert got == want


# ---------------------------------------------------------------- prepare, is_correct


@pytest.mark.parametrize("lang", LANGS)
def test_prepare_shuffles_but_always_knows_where_the_correct_option_went(
        kb: KnowledgeBase, lang: str) -> None:
    for item in kb.quiz.values():
        positions = set()
        for seed in range(24):
            p = prepare(item, lang, random.Random(seed))
            assert sorted(p.option_map) == list(range(len(item.options)))
            assert p.options == tuple(item.options[k][lang] for k in p.option_map)
            assert p.option_map[p.correct_position] == 0
            assert p.options[p.correct_position] == item.options[0][lang]
            assert is_correct(p.option_map, [p.correct_position])
            assert (p.question, p.explanation) == (item.question[lang], item.explanation[lang])
            positions.add(p.correct_position)
        # The correct answer does not always sit at the same place.
        assert len(positions) > 1, item.id


@pytest.mark.parametrize("wrap", [tuple, list, iter])  # any iterable, even a one-shot one
@pytest.mark.parametrize(
    ("order", "kept"),
    [
        ((2, 0, 1), True),
        ((1, 2, 0), True),
        ((0, 1, 2), True),
        ((0, 1), False),  # not a permutation of the options: shuffled instead
        ((0, 0, 1), False),
        ((0, 1, 2, 3), False),
        ((3, 1, 2), False),
        ((), False),
    ],
)
def test_prepare_keeps_a_given_order(kb: KnowledgeBase, order: tuple[int, ...], kept: bool,
                                     wrap: Callable[[tuple[int, ...]], Iterable[int]]) -> None:
    item = next(q for q in kb.quiz.values() if len(q.options) == 3)
    rng = random.Random(9)
    state = rng.getstate()
    p = prepare(item, "ru", rng, wrap(order))
    assert sorted(p.option_map) == [0, 1, 2]
    assert p.options == tuple(item.options[k]["ru"] for k in p.option_map)
    assert p.options[p.correct_position] == item.options[0]["ru"]
    if kept:
        assert p.option_map == order
        assert rng.getstate() == state  # nothing drawn
    else:
        assert rng.getstate() != state


def test_prepare_without_an_order_draws_a_fresh_shuffle(kb: KnowledgeBase) -> None:
    item = next(q for q in kb.quiz.values() if len(q.options) == 4)
    rng = random.Random(9)
    maps = {prepare(item, "en", rng).option_map for _ in range(40)}
    assert len(maps) > 1


@pytest.mark.parametrize(
    ("option_map", "chosen", "expected"),
    [
        ((0, 1, 2), [0], True),
        ((1, 0, 2), [1], True),
        ((2, 3, 1, 0), [3], True),
        ((1, 0, 2), [0], False),
        ((1, 0, 2), [2], False),
        ((1, 0, 2), [], False),
        ((1, 0, 2), [1, 1], False),  # several choices are never right
        ((1, 0, 2), [1, 0], False),
        ((1, 0, 2), [0, 1], False),
        ((1, 0, 2), [3], False),  # out of range
        ((1, 0, 2), [99], False),
        ((2, 1, 0), [-1], False),  # not a Python index from the end
        ((), [0], False),
    ],
)
def test_is_correct(option_map: tuple[int, ...], chosen: list[int], expected: bool) -> None:
    assert is_correct(option_map, chosen) is expected
    assert is_correct(iter(option_map), iter(chosen)) is expected


# ---------------------------------------------------------------- summaries and statistics


def test_summarize_counts_right_missed_and_topics(kb: KnowledgeBase) -> None:
    law = topic_items(kb, TOPIC)[:3]
    rem = topic_items(kb, "remittances")[:2]
    asked = [law[0], rem[0], law[1], rem[1], law[2], "gone-item"]
    answers = {law[0]: True, rem[0]: False, law[1]: True, rem[1]: True, "gone-item": True,
               "not-asked": True}  # law[2] unanswered; an answer outside asked is ignored
    s = summarize(kb, asked, answers)
    assert (s.asked, s.right) == (6, 4)
    assert s.by_topic == {TOPIC: (2, 3), "remittances": (1, 2), "?": (1, 1)}
    assert s.missed == (rem[0], law[2])
    assert s.weak_topics == ["remittances", TOPIC]


@pytest.mark.parametrize(
    ("by_topic", "weak"),
    [
        ({}, []),
        ({"a": (2, 2)}, []),
        ({"a": (0, 0)}, []),
        ({"a": (1, 2), "b": (0, 1), "c": (2, 2)}, ["b", "a"]),
        ({"b": (1, 2), "a": (2, 4)}, ["a", "b"]),  # ties by topic id
        ({"a": (2, 3), "b": (1, 3), "c": (0, 3)}, ["c", "b", "a"]),
    ],
)
def test_weak_topics_worst_first(by_topic: dict[str, tuple[int, int]], weak: list[str]) -> None:
    assert Summary(0, 0, by_topic, ()).weak_topics == weak


@pytest.mark.parametrize(
    ("answers", "board"),
    [
        ([], []),
        ([("q", 3, False)], [(3, 0)]),
        ([("q1", 2, True), ("q1", 1, True), ("q2", 1, False), ("q2", 2, True),
          ("q1", 3, False)], [(2, 2), (1, 1), (3, 0)]),
        ([("q", 9, True), ("q", 4, True)], [(4, 1), (9, 1)]),  # ties by user id
    ],
)
def test_leaderboard(answers: list[tuple[str, int, bool]], board: list[tuple[int, int]]) -> None:
    assert leaderboard(answers) == board


TODAY = 20_000
NOW = TODAY * DAY + 15 * 3600.0


@pytest.mark.parametrize(
    ("times", "streak"),
    [
        ([], 0),
        ([0], 1),
        ([0, -1, -2], 3),
        ([0, 0, -1], 2),  # several answers a day count once
        ([-1, -2], 2),  # ending yesterday still counts
        ([-2, -3], 0),  # a day missed: broken
        ([0, -2, -3], 1),
        ([-1, -3, -4], 1),
        ([1], 0),  # tomorrow (a clock skew) is no streak
    ],
)
def test_streak_counts_consecutive_days_ending_today_or_yesterday(
        kb: KnowledgeBase, times: list[int], streak: int) -> None:
    history = [(1, "x", True, (TODAY + d) * DAY + 60) for d in times]
    assert user_stats(kb, history, {}, NOW).streak_days == streak


TASHKENT = 5 * 3600.0  # UTC+5 all year (no summer time)


@pytest.mark.parametrize(
    ("at", "streak"),
    [
        (TODAY * DAY - TASHKENT, 1),  # midnight in Tashkent (19:00 UTC the day before) is today
        (TODAY * DAY - TASHKENT - 1, 1),  # one second before is yesterday: still a streak
        ((TODAY - 1) * DAY - TASHKENT - 1, 0),  # the day before yesterday
        ((TODAY - 1) * DAY - 1, 1),  # 23:59 UTC two days ago is 04:59 yesterday in Tashkent
    ],
)
def test_streak_day_boundaries_are_midnight_in_tashkent(kb: KnowledgeBase, at: float,
                                                        streak: int) -> None:
    assert user_stats(kb, [(1, "x", True, at)], {}, NOW).streak_days == streak


@pytest.mark.parametrize(
    ("times", "streak"),
    [
        # 00:30 yesterday and 20:00 today in Tashkent: two days there, not consecutive in UTC
        ([(TODAY - 2) * DAY + 19.5 * 3600, NOW], 2),
        # 01:00 and 20:00 today in Tashkent: one day there, two UTC days
        ([(TODAY - 1) * DAY + 20 * 3600, NOW], 1),
    ],
)
def test_streak_days_are_days_in_tashkent(kb: KnowledgeBase, times: list[float],
                                          streak: int) -> None:
    history = [(1, "x", True, at) for at in times]
    assert user_stats(kb, history, {}, NOW).streak_days == streak


def test_user_stats_counts_quizzes_answers_topics_and_learnt_items(kb: KnowledgeBase) -> None:
    law = topic_items(kb, TOPIC)
    rem = topic_items(kb, "remittances")
    history = [(1, law[0], True, NOW - 10), (1, law[1], False, NOW - 9),
               (2, rem[0], True, NOW - 8), (3, law[0], True, NOW - 7)]
    boxes = {i: BoxRow(i, box, NOW, 1, 1)
             for i, box in ((law[0], LEARNT_BOX), (law[1], 1), (rem[0], 5), (rem[1], 3))}
    stats = user_stats(kb, history, boxes, NOW)
    assert (stats.quizzes, stats.answered, stats.right) == (3, 4, 3)
    assert stats.by_topic == {TOPIC: (2, 3), "remittances": (1, 1)}
    assert stats.learnt == 2
    assert stats.streak_days == 1


# ---------------------------------------------------------------- QuizRunner: private quizzes


def test_start_opens_a_private_session(runner: QuizRunner, store: Store,
                                       kb: KnowledgeBase) -> None:
    session = start_private(runner, length=5)
    assert (session.chat_id, session.owner_id, session.is_group) == (CHAT, OWNER, False)
    assert (session.position, session.status, session.started_at) == (0, "active", T0)
    assert len(session.item_ids) == 5
    assert {kb.quiz[i].topic for i in session.item_ids} == {TOPIC}
    assert store.active_session(CHAT) == session


@pytest.mark.parametrize(
    ("topic", "review"),
    [("no-such-topic", False), (TOPIC, True)],  # nothing in the topic; nothing due yet
)
def test_start_with_nothing_to_ask_opens_nothing(runner: QuizRunner, store: Store,
                                                 topic: str, review: bool) -> None:
    assert runner.start(CHAT, OWNER, False, "en", topic, 5, review=review) is None
    assert store.active_session(CHAT) is None


@pytest.mark.parametrize(("right", "box"), [(True, 2), (False, 1)])
def test_private_answer_scores_schedules_and_advances(runner: QuizRunner, store: Store,
                                                      now: list[float], right: bool,
                                                      box: int) -> None:
    session = start_private(runner)
    p = send(runner, session, "poll-0")
    assert p.item.id == session.item_ids[0]
    assert store.poll("poll-0") is not None and store.poll("poll-0").is_open
    now[0] = T0 + 30
    result = runner.answer("poll-0", OWNER, [p.correct_position if right else wrong(p)])
    assert result is not None
    assert (result.correct, result.advanced) == (right, True)
    assert result.session.position == 1
    assert store.answers(session.id) == [(p.item.id, OWNER, right)]
    assert store.boxes(OWNER) == {
        p.item.id: BoxRow(p.item.id, box, T0 + 30 + INTERVALS[box], 1, int(right))}
    assert not store.poll("poll-0").is_open
    following = runner.current(result.session)
    assert following is not None and following.item.id == session.item_ids[1]


def test_a_whole_private_quiz_to_the_end(runner: QuizRunner, store: Store,
                                         now: list[float]) -> None:
    session = start_private(runner, length=5)
    rights = [True, False, True, True, False]
    for k, right in enumerate(rights):
        now[0] += 10
        p = send(runner, session, f"poll-{k}")
        result = runner.answer(f"poll-{k}", OWNER, [p.correct_position if right else wrong(p)])
        assert result is not None and result.advanced
        session = result.session
    assert runner.current(session) is None
    assert runner.end(session) is True
    session = store.session(session.id)
    assert session is not None and session.status == "finished"
    summary = runner.summary(session, OWNER)
    assert (summary.asked, summary.right) == (5, 3)
    assert summary.missed == (session.item_ids[1], session.item_ids[4])
    assert len(store.user_history(OWNER)) == 5


def _repeat(r: QuizRunner, s: SessionRow, p: Prepared) -> tuple[str, int, list[int]]:
    assert r.answer("poll-0", OWNER, [wrong(p)]) is not None
    return "poll-0", OWNER, [wrong(p)]


def _changed_mind(r: QuizRunner, s: SessionRow, p: Prepared) -> tuple[str, int, list[int]]:
    assert r.answer("poll-0", OWNER, [wrong(p)]) is not None
    return "poll-0", OWNER, [p.correct_position]


def _other_user(r: QuizRunner, s: SessionRow, p: Prepared) -> tuple[str, int, list[int]]:
    return "poll-0", OWNER + 1, [p.correct_position]


def _unknown_poll(r: QuizRunner, s: SessionRow, p: Prepared) -> tuple[str, int, list[int]]:
    return "no-such-poll", OWNER, [p.correct_position]


def _timed_out(r: QuizRunner, s: SessionRow, p: Prepared) -> tuple[str, int, list[int]]:
    assert r.timeout(s.id, 0) is not None
    return "poll-0", OWNER, [p.correct_position]


def _closed(r: QuizRunner, s: SessionRow, p: Prepared) -> tuple[str, int, list[int]]:
    assert r.store.close_poll("poll-0")
    return "poll-0", OWNER, [p.correct_position]


def _stopped(r: QuizRunner, s: SessionRow, p: Prepared) -> tuple[str, int, list[int]]:
    assert r.end(s, stopped=True)
    return "poll-0", OWNER, [p.correct_position]


def _sent_after_stop(r: QuizRunner, s: SessionRow, p: Prepared) -> tuple[str, int, list[int]]:
    assert r.end(s, stopped=True)
    r.sent(s, p, "late-poll", None)  # a front end racing /stop still sends the question
    return "late-poll", OWNER, [p.correct_position]


@pytest.mark.parametrize(
    "setup",
    [_repeat, _changed_mind, _other_user, _unknown_poll, _timed_out, _closed, _stopped,
     _sent_after_stop],
)
def test_answers_that_count_nothing(
        runner: QuizRunner, store: Store, now: list[float],
        setup: Callable[[QuizRunner, SessionRow, Prepared], tuple[str, int, list[int]]]) -> None:
    session = start_private(runner)
    p = send(runner, session, "poll-0")
    poll_id, user, chosen = setup(runner, session, p)
    before = (store.answers(session.id), store.boxes(OWNER), store.boxes(OWNER + 1),
              store.session(session.id), store.user_history(OWNER))
    now[0] += 5
    assert runner.answer(poll_id, user, chosen) is None
    after = (store.answers(session.id), store.boxes(OWNER), store.boxes(OWNER + 1),
             store.session(session.id), store.user_history(OWNER))
    assert after == before
    assert len(store.answers(session.id)) <= 1
    assert store.boxes(OWNER + 1) == {}


@pytest.mark.parametrize("is_group", [False, True])
def test_timeout_counts_a_private_silence_as_a_miss_and_advances_once(
        runner: QuizRunner, store: Store, now: list[float], is_group: bool) -> None:
    session = runner.start(CHAT, OWNER, is_group, "en", TOPIC, 5)
    assert session is not None
    p = send(runner, session, "poll-0")
    now[0] = T0 + 45
    moved = runner.timeout(session.id, 0)
    assert moved is not None and moved.position == 1
    assert not store.poll("poll-0").is_open
    if is_group:
        assert store.answers(session.id) == [] and store.boxes(OWNER) == {}
    else:
        assert store.answers(session.id) == [(p.item.id, OWNER, False)]
        assert store.boxes(OWNER) == {p.item.id: BoxRow(p.item.id, 1, T0 + 45, 1, 0)}
    snapshot = (store.answers(session.id), store.boxes(OWNER))
    now[0] += 45
    assert runner.timeout(session.id, 0) is None  # the same question's timer again
    assert store.session(session.id).position == 1
    assert (store.answers(session.id), store.boxes(OWNER)) == snapshot


def test_timeout_without_a_sent_poll_just_advances(runner: QuizRunner, store: Store) -> None:
    session = start_private(runner)
    moved = runner.timeout(session.id, 0)
    assert moved is not None and moved.position == 1
    assert store.answers(session.id) == [] and store.boxes(OWNER) == {}


def test_timeout_after_an_answer_or_the_end_changes_nothing(runner: QuizRunner,
                                                            store: Store) -> None:
    session = start_private(runner)
    p = send(runner, session, "poll-0")
    assert runner.answer("poll-0", OWNER, [p.correct_position]) is not None
    assert runner.timeout(session.id, 0) is None  # answered: the quiz moved on
    assert store.answers(session.id) == [(p.item.id, OWNER, True)]
    session = store.session(session.id)
    send(runner, session, "poll-1")
    assert runner.end(session, stopped=True)
    assert runner.timeout(session.id, 1) is None
    assert runner.timeout(12345, 0) is None  # no such session
    assert store.session(session.id).position == 1
    assert len(store.answers(session.id)) == 1


@pytest.mark.parametrize(("stopped", "status"), [(False, "finished"), (True, "stopped")])
def test_end_closes_once(runner: QuizRunner, store: Store, stopped: bool, status: str) -> None:
    session = start_private(runner)
    send(runner, session, "poll-0")
    assert runner.end(session, stopped=stopped) is True
    assert runner.end(session, stopped=stopped) is False
    assert runner.end(session, stopped=not stopped) is False
    assert store.session(session.id).status == status
    assert store.active_session(CHAT) is None
    assert not store.poll("poll-0").is_open


@pytest.mark.parametrize(
    ("plan", "asked", "right"),
    [
        ([], 0, 0),  # stopped at once
        (["sent"], 0, 0),  # the first poll was out but not answered
        (["right", "sent"], 1, 1),
        (["right", "wrong", "sent"], 2, 1),
        (["wrong", "timeout", "right"], 3, 1),  # a timed-out question was asked and missed
    ],
)
def test_summary_after_stop_counts_only_asked_questions(runner: QuizRunner, store: Store,
                                                        plan: list[str], asked: int,
                                                        right: int) -> None:
    session = start_private(runner, length=5)
    for k, step in enumerate(plan):
        p = send(runner, session, f"poll-{k}")
        if step == "timeout":
            assert runner.timeout(session.id, k) is not None
        elif step != "sent":
            chosen = p.correct_position if step == "right" else wrong(p)
            assert runner.answer(f"poll-{k}", OWNER, [chosen]) is not None
        session = store.session(session.id)
    assert runner.end(session, stopped=True)
    summary = runner.summary(store.session(session.id), OWNER)
    assert (summary.asked, summary.right) == (asked, right)
    assert len(summary.missed) == asked - right


# ---------------------------------------------------------------- Leitner across quizzes


def play(runner: QuizRunner, now: list[float], answers: list[bool], length: int,
         topic: str = TOPIC) -> SessionRow:
    """One private quiz answered right/wrong in order, 10 s apart; returns it ended."""
    session = start_private(runner, length=length, topic=topic)
    for right in answers:
        now[0] += 10
        k = session.position
        p = send(runner, session, f"s{session.id}-{k}")
        result = runner.answer(f"s{session.id}-{k}", OWNER,
                               [p.correct_position if right else wrong(p)])
        assert result is not None
        session = result.session
    assert runner.end(session)
    return session


def test_a_missed_item_comes_back_first_in_the_next_quiz(runner: QuizRunner, kb: KnowledgeBase,
                                                         now: list[float]) -> None:
    first = play(runner, now, [True, False, True], length=3)
    missed, known = first.item_ids[1], {first.item_ids[0], first.item_ids[2]}
    now[0] += 3600
    nxt = start_private(runner, length=3)
    assert nxt.item_ids[0] == missed
    assert not known & set(nxt.item_ids)  # right answers are not due for a day
    runner.end(nxt)
    whole = start_private(runner, length=20)
    law = topic_items(kb, TOPIC)
    # missed first, then the never seen ones, and the ones answered right at the end
    assert whole.item_ids[0] == missed
    assert set(whole.item_ids[1:-2]) == set(law) - {missed} - known
    assert list(whole.item_ids[-2:]) == [first.item_ids[0], first.item_ids[2]]


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (0.0, "missed"),
        (3600.0, "missed"),
        (DAY + 60, "missed+right"),  # box 2 comes due after a day
        (3 * DAY, "missed+right"),
    ],
)
def test_review_only_asks_due_items(runner: QuizRunner, store: Store, now: list[float],
                                    later: float, expected: str) -> None:
    first = play(runner, now, [True, False, True], length=3)
    ids = first.item_ids
    now[0] += later
    review = runner.start(CHAT, OWNER, False, "en", TOPIC, 10, review=True)
    assert review is not None
    want = [ids[1]] if expected == "missed" else [ids[1], ids[0], ids[2]]
    assert list(review.item_ids) == want
    assert set(review.item_ids) <= set(due(store.boxes(OWNER), now[0]))


def test_review_length_is_capped(runner: QuizRunner, now: list[float]) -> None:
    play(runner, now, [False] * 5, length=5)
    review = runner.start(CHAT, OWNER, False, "en", None, 3, review=True)
    assert review is not None and len(review.item_ids) == 3


# ---------------------------------------------------------------- groups


def test_group_quiz_counts_everyone_without_leitner_boxes(runner: QuizRunner, store: Store,
                                                          now: list[float]) -> None:
    session = runner.start(-100, 5, True, "ru", None, 5)
    assert session is not None and session.is_group
    p = send(runner, session, "g-0")
    assert p.options[p.correct_position] == p.item.options[0]["ru"]
    results = []
    for user, right in ((5, True), (7, True), (9, False)):
        now[0] += 1
        results.append(runner.answer("g-0", user, [p.correct_position if right else wrong(p)]))
    assert [(r.correct, r.advanced, r.session.position) for r in results if r] == [
        (True, False, 0), (True, False, 0), (False, False, 0)]
    assert runner.answer("g-0", 7, [wrong(p)]) is None  # once per person
    assert store.poll("g-0").is_open  # a group poll stays open until its time runs out
    moved = runner.timeout(session.id, 0)
    assert moved is not None and moved.position == 1
    assert runner.answer("g-0", 11, [p.correct_position]) is None  # too late
    p2 = send(runner, moved, "g-1")
    for user, right in ((9, True), (7, True)):
        now[0] += 1
        assert runner.answer("g-1", user, [p2.correct_position if right else wrong(p2)])
    assert store.answers(session.id) == [
        (p.item.id, 5, True), (p.item.id, 7, True), (p.item.id, 9, False),
        (p2.item.id, 9, True), (p2.item.id, 7, True)]
    assert all(store.boxes(u) == {} for u in (5, 7, 9, 11))
    assert leaderboard(store.answers(session.id)) == [(7, 2), (5, 1), (9, 1)]
    session = store.session(session.id)
    assert (runner.summary(session, 7).asked, runner.summary(session, 7).right) == (2, 2)
    assert (runner.summary(session, 5).asked, runner.summary(session, 5).right) == (1, 1)
    assert runner.summary(session, 11).asked == 1  # the first question was asked of all


# ---------------------------------------------------------------- restart


def test_a_restart_continues_the_same_quiz(kb: KnowledgeBase, db_path: Path,
                                           now: list[float]) -> None:
    with Store(db_path) as store:
        runner = QuizRunner(kb, store, random.Random(1), clock=lambda: now[0])
        session = start_private(runner, length=5, lang="uz-Cyrl")
        p0 = send(runner, session, "poll-0")
        result = runner.answer("poll-0", OWNER, [wrong(p0)])
        assert result is not None
        p1 = send(runner, result.session, "poll-1")
        boxes = store.boxes(OWNER)
    now[0] += 600
    for seed in (2, 3, 4):  # whatever the new process's random state, the order is kept
        with Store(db_path) as store:
            runner = QuizRunner(kb, store, random.Random(seed), clock=lambda: now[0])
            again = store.active_session(CHAT)
            assert again is not None and again.id == session.id and again.position == 1
            current = runner.current(again)
            assert current == p1
            assert store.answers(session.id) == [(p0.item.id, OWNER, False)]
            assert store.boxes(OWNER) == boxes
    with Store(db_path) as store:
        runner = QuizRunner(kb, store, random.Random(5), clock=lambda: now[0])
        again = store.active_session(CHAT)
        assert again is not None
        result = runner.answer("poll-1", OWNER, [runner.current(again).correct_position])
        assert result is not None and result.correct and result.session.position == 2
        assert runner.answer("poll-0", OWNER, [p0.correct_position]) is None
        assert store.answers(session.id) == [(p0.item.id, OWNER, False),
                                             (p1.item.id, OWNER, True)]
        assert runner.summary(result.session, OWNER).asked == 2
