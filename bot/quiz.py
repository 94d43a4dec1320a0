"""Quizzes as plain data and functions: choosing items, shuffling, scoring, Leitner boxes.

Pure: the clock (``now``) and the random generator are arguments, so tests control both.

Spaced repetition uses five Leitner boxes. A missed item goes to box 1, which is due at
once, so it comes back in the very next quiz. Each right answer moves it up one box and
pushes its next review further away (``INTERVALS``). An item in box ``LEARNT_BOX`` or
higher has been answered right three times in a row and counts as learnt.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from bot.i18n import N_, translator
from bot.knowledge import KnowledgeBase, QuizItem
from bot.quizstore import BoxRow, SessionRow
from bot.store import Store

DAY = 86_400.0
STREAK_ZONE = ZoneInfo("Asia/Tashkent")
"""Where a streak's days begin and end (the tzdata package supplies the zone database)."""
INTERVALS = {1: 0.0, 2: 1 * DAY, 3: 3 * DAY, 4: 7 * DAY, 5: 21 * DAY}
"""Seconds from an answer until the item is due again, by the box it lands in."""
LEARNT_BOX = 4
LENGTHS = (5, 10, 20)
ALL = "*"


def schedule(previous: BoxRow | None, item_id: str, correct: bool, now: float) -> BoxRow:
    """The item's box after one answer.

    Args:
        previous: the item's box before the answer, None if never answered.
        item_id: the quiz item.
        correct: whether the answer was right.
        now: the time of the answer (seconds).

    Returns:
        The new BoxRow: box 1 and due now after a miss; one box up after a right answer.
    """
    box = 1 if not correct else min(5, (previous.box if previous else 1) + 1)
    seen = (previous.seen if previous else 0) + 1
    right = (previous.right if previous else 0) + int(correct)
    return BoxRow(item_id, box, now + INTERVALS[box], seen, right)


def due(boxes: Mapping[str, BoxRow], now: float) -> list[str]:
    """Items whose review time has come, the most overdue (and lowest box) first."""
    ready = [b for b in boxes.values() if b.due_at <= now]
    return [b.item_id for b in sorted(ready, key=lambda b: (b.box, b.due_at, b.item_id))]


def pick_items(kb: KnowledgeBase, topic: str | None, length: int,
               boxes: Mapping[str, BoxRow], now: float, rng: random.Random) -> list[str]:
    """Choose the items of a new quiz.

    Due items of the topic come first (a missed item is due at once), then items the
    user has never seen, then the rest, least recently due first; each group shuffled.

    Args:
        kb: the knowledge base.
        topic: a topic id, or None / ``ALL`` for every topic.
        length: how many items at most.
        boxes: the user's Leitner boxes.
        now: the current time.
        rng: the random generator.

    Returns:
        Item ids, at most ``length``.
    """
    pool = [q.id for q in kb.quiz.values() if topic in (None, ALL) or q.topic == topic]
    in_pool = set(pool)
    due_now = [i for i in due(boxes, now) if i in in_pool]
    unseen = [i for i in pool if i not in boxes]
    rng.shuffle(unseen)
    later = sorted((i for i in pool if i in boxes and i not in due_now),
                   key=lambda i: boxes[i].due_at)
    return (due_now + unseen + later)[:length]


@dataclass(frozen=True)
class Prepared:
    """An item ready to send: shuffled option texts and where the correct one went."""

    item: QuizItem
    question: str
    options: tuple[str, ...]
    option_map: tuple[int, ...]
    """option_map[k]: the item's option index shown at position k (0 is the correct one)."""
    explanation: str

    @property
    def correct_position(self) -> int:
        return self.option_map.index(0)


def prepare(item: QuizItem, lang: str, rng: random.Random,
            order: Iterable[int] | None = None) -> Prepared:
    """Shuffle an item's options for one send, in ``lang`` (or keep a given ``order``)."""
    order = None if order is None else list(order)  # an iterator is read only once
    if order is None or sorted(order) != list(range(len(item.options))):
        order = list(range(len(item.options)))
        rng.shuffle(order)
    order = list(order)
    return Prepared(item, item.question[lang], tuple(item.options[k][lang] for k in order),
                    tuple(order), item.explanation[lang])


def is_correct(option_map: Iterable[int], chosen: Iterable[int]) -> bool:
    """Whether the chosen positions are exactly the correct option."""
    positions = list(chosen)
    mapping = list(option_map)
    return (len(positions) == 1 and 0 <= positions[0] < len(mapping)
            and mapping[positions[0]] == 0)


RESULT = N_("Your score: {right} of {asked}.")
STOPPED = N_("Quiz stopped.")
WEAK = N_("Topics to work on: {topics}.")
PERFECT = N_("No mistakes. Well done!")
MISSED = N_("Open the answers to the questions you missed:")
NOTHING_TO_ASK = N_("There are no quiz questions for this choice.")
ALL_TOPICS = N_("All topics")


@dataclass(frozen=True)
class Summary:
    """The end of a quiz for one player."""

    asked: int
    right: int
    by_topic: Mapping[str, tuple[int, int]]
    """topic -> (right, answered)."""
    missed: tuple[str, ...]
    """Item ids answered wrong or not answered, in quiz order."""

    @property
    def weak_topics(self) -> list[str]:
        """Topics answered worst (below 100%), worst first."""
        rated = [(right / n, t) for t, (right, n) in self.by_topic.items() if n and right < n]
        return [t for _, t in sorted(rated)]


def summarize(kb: KnowledgeBase, item_ids: Iterable[str],
              answers: Mapping[str, bool]) -> Summary:
    """Score the items asked so far from one player's answers (item id -> correct)."""
    asked = list(item_ids)
    by_topic: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed = []
    for item_id in asked:
        item = kb.quiz.get(item_id)
        topic = item.topic if item else "?"
        ok = answers.get(item_id, False)
        by_topic[topic][0] += int(ok)
        by_topic[topic][1] += 1
        if not ok:
            missed.append(item_id)
    return Summary(len(asked), sum(answers.get(i, False) for i in asked),
                   {t: (r, n) for t, (r, n) in by_topic.items()}, tuple(missed))


def topic_title(kb: KnowledgeBase, topic: str | None, lang: str) -> str:
    """A topic's title in ``lang``; "All topics" for None or ``ALL``."""
    if topic in (None, ALL) or topic not in kb.topics:
        return translator(lang)(ALL_TOPICS)
    return kb.topics[topic].title[lang]


def summary_lines(kb: KnowledgeBase, summary: Summary, lang: str, stopped: bool) -> list[str]:
    """The end-of-quiz message: score, weak topics, and a pointer to the missed answers."""
    _ = translator(lang)
    lines = [_(STOPPED)] if stopped else []
    lines.append(_(RESULT).format(right=summary.right, asked=summary.asked))
    weak = [topic_title(kb, t, lang) for t in summary.weak_topics]
    if weak:
        lines.append(_(WEAK).format(topics=", ".join(weak)))
    elif summary.asked:
        lines.append(_(PERFECT))
    if summary.missed:
        lines.append(_(MISSED))
    return lines


def leaderboard(answers: Iterable[tuple[str, int, bool]]) -> list[tuple[int, int]]:
    """(user id, right answers) for every participant, best first (ties by id)."""
    score: dict[int, int] = defaultdict(int)
    for _, user, ok in answers:
        score[user] += int(ok)
    return sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))


def _day(at: float, zone: tzinfo) -> int:
    """The calendar day of a Unix time in ``zone``, as a day number."""
    return datetime.fromtimestamp(at, zone).date().toordinal()


@dataclass(frozen=True)
class Stats:
    quizzes: int
    answered: int
    right: int
    by_topic: Mapping[str, tuple[int, int]]
    streak_days: int
    learnt: int


def user_stats(kb: KnowledgeBase, history: Iterable[tuple[int, str, bool, float]],
               boxes: Mapping[str, BoxRow], now: float, zone: tzinfo = STREAK_ZONE) -> Stats:
    """A player's history: quizzes, accuracy per topic, learnt items and day streak.

    The streak counts consecutive days with at least one answer, ending today or yesterday.
    Days are calendar days in ``zone`` (the users live in Uzbekistan, UTC+5): an answer at
    23:30 and one at 08:00 the next morning there are two days, whatever UTC says.
    """
    sessions = set()
    by_topic: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    days = set()
    answered = right = 0
    for session_id, item_id, ok, at in history:
        sessions.add(session_id)
        item = kb.quiz.get(item_id)
        topic = item.topic if item else "?"
        by_topic[topic][0] += int(ok)
        by_topic[topic][1] += 1
        answered += 1
        right += int(ok)
        days.add(_day(at, zone))
    today = _day(now, zone)
    start = today if today in days else today - 1
    streak = 0
    while start - streak in days:
        streak += 1
    learnt = sum(1 for b in boxes.values() if b.box >= LEARNT_BOX)
    return Stats(len(sessions), answered, right, {t: (r, n) for t, (r, n) in by_topic.items()},
                 streak, learnt)


# ---------------------------------------------------------------- playing against the store


@dataclass(frozen=True)
class Answered:
    """What one poll answer did."""

    session: SessionRow
    correct: bool
    advanced: bool
    """True when this answer moved the quiz on (private quizzes), so the next item is due."""


class QuizRunner:
    """Runs quizzes against the Store; the front end only sends what this decides.

    Every state change is a store transaction guarded by a condition (a poll still open,
    a position not yet advanced, an answer not yet recorded), so a repeated or late
    update changes nothing and nothing is counted twice.
    """

    def __init__(self, kb: KnowledgeBase, store: Store, rng: random.Random | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.kb = kb
        self.store = store
        self.rng = rng or random.Random()
        self.clock = clock

    def start(self, chat_id: int, owner_id: int, is_group: bool, lang: str,
              topic: str | None, length: int, review: bool = False) -> SessionRow | None:
        """Open a quiz; None when there is nothing to ask (or nothing due, for a review)."""
        now = self.clock()
        boxes = {} if is_group else self.store.boxes(owner_id)
        if review:
            items = due(boxes, now)[:length]
        else:
            items = pick_items(self.kb, topic, length, boxes, now, self.rng)
        items = [i for i in items if i in self.kb.quiz]
        if not items:
            return None
        return self.store.create_session(chat_id, owner_id, is_group, lang, topic, items, now)

    def current(self, session: SessionRow) -> Prepared | None:
        """The question at the session's position, shuffled; None past the last one."""
        if session.position >= len(session.item_ids):
            return None
        item = self.kb.quiz.get(session.item_ids[session.position])
        if item is None:  # removed by a reload: the quiz ends here
            return None
        sent = self.store.current_poll(session.id, session.position)
        return prepare(item, session.lang, self.rng, sent.option_map if sent else None)

    def sent(self, session: SessionRow, prepared: Prepared, poll_id: str,
             message_id: int | None) -> None:
        """Remember a sent poll so its answers can be scored."""
        self.store.add_poll(poll_id, session.id, session.position, prepared.item.id,
                            list(prepared.option_map), message_id, self.clock())

    def answer(self, poll_id: str, user_id: int, option_ids: list[int]) -> Answered | None:
        """Score a poll answer; None when it is for no open poll of ours or not counted."""
        poll = self.store.poll(poll_id)
        if poll is None or not poll.is_open:
            return None
        session = self.store.session(poll.session_id)
        if session is None or session.status != "active":
            return None
        if not session.is_group and user_id != session.owner_id:
            return None
        correct = is_correct(poll.option_map, option_ids)
        now = self.clock()
        box = None if session.is_group else schedule(
            self.store.boxes(user_id).get(poll.item_id), poll.item_id, correct, now)
        if not self.store.record_answer(session.id, poll.item_id, user_id, correct, now, box):
            return None
        advanced = False
        if not session.is_group and self.store.close_poll(poll_id):
            advanced = self.store.advance(session.id, poll.position)
        return Answered(self.store.session(session.id) or session, correct, advanced)

    def timeout(self, session_id: int, position: int) -> SessionRow | None:
        """The question's time ran out: a private player's silence counts as a miss.

        Returns the advanced session, or None when the quiz had already moved on.
        """
        session = self.store.session(session_id)
        if session is None or session.status != "active" or session.position != position:
            return None
        poll = self.store.current_poll(session_id, position)
        if poll is not None:
            self.store.close_poll(poll.poll_id)
            if not session.is_group:
                now = self.clock()
                box = schedule(self.store.boxes(session.owner_id).get(poll.item_id),
                               poll.item_id, False, now)
                self.store.record_answer(session_id, poll.item_id, session.owner_id, False,
                                         now, box)
        if not self.store.advance(session_id, position):
            return None
        return self.store.session(session_id)

    def end(self, session: SessionRow, stopped: bool = False) -> bool:
        """Close a quiz (finished, or stopped by /stop); False if it was already closed."""
        return self.store.end_session(session.id, "stopped" if stopped else "finished",
                                      self.clock())

    def summary(self, session: SessionRow, user_id: int) -> Summary:
        """One player's score over the questions asked so far."""
        answers = {item: ok for item, uid, ok in self.store.answers(session.id)
                   if uid == user_id}
        asked = list(session.item_ids[: session.position])
        if session.position < len(session.item_ids) and (
                session.item_ids[session.position] in answers):
            asked.append(session.item_ids[session.position])
        return summarize(self.kb, asked, answers)
