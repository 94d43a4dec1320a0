"""Threshold search behind ``python -m bot eval --calibrate`` (tune set only).

Each labelled message is analysed once (``Matcher.analyse``: reading, scores, near misses);
each threshold setting then only re-runs ``Matcher.settle``, the same decision the bot
makes, so a grid takes seconds. A setting is judged by the worst per-language share of
lines right, subject to two limits: abstention on out-of-scope lines at least
``ABSTENTION_TARGET``, and confident wrong answers at most ``WRONG_LIMIT`` of id and
clarify lines, because a wrong answer misleads where a "did you mean" only costs a tap.
Ties prefer fewer wrong answers, then more abstention.

The figure reported for a setting chosen on the same lines flatters it, so the search is
also run ``FOLDS`` times, each time on all folds but one and scored on the fold left out:
that held-out figure is what to expect on new messages.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.decision import Thresholds
from bot.evaluation import Labelled, judge
from bot.matcher import Matcher
from bot.text import LANGS
from bot.verdict import Analysis

ABSTENTION_TARGET = 0.90
WRONG_LIMIT = 0.02
FOLDS = 5
GRID = [Thresholds(a, c, m) for a, c, m in itertools.product(
    range(50, 81, 2), range(40, 81, 2), range(0, 9, 2)) if c <= a]


@dataclass(frozen=True)
class Score:
    worst: float
    wrong: float
    abstention: float

    @property
    def ok(self) -> bool:
        return self.abstention >= ABSTENTION_TARGET and self.wrong <= WRONG_LIMIT

    def key(self) -> tuple[bool, float, float, float]:
        return self.ok, self.worst, -self.wrong, self.abstention

    def __str__(self) -> str:
        return (f"worst language {self.worst:.1%}, confident wrong {self.wrong:.1%}, "
                f"abstention {self.abstention:.1%}{'' if self.ok else ' (a limit is not met)'}")


def score(matcher: Matcher, rows: Sequence[tuple[Labelled, Analysis]], t: Thresholds) -> Score:
    """How the bot does on analysed lines under thresholds ``t``."""
    hits = {lang: [0, 0] for lang in LANGS}
    null = [0, 0]
    wrong = [0, 0]
    for item, analysis in rows:
        right, bad = judge(item, matcher.settle(analysis, t))
        if item.want == "null":
            null[0] += right
            null[1] += 1
            continue
        hits[item.lang][0] += right
        hits[item.lang][1] += 1
        if item.want in ("id", "clarify"):
            wrong[0] += bad
            wrong[1] += 1
    worst = min((h / n for h, n in hits.values() if n), default=0.0)
    return Score(worst, wrong[0] / max(1, wrong[1]), null[0] / null[1] if null[1] else 1.0)


def search(matcher: Matcher, rows: Sequence[tuple[Labelled, Analysis]]) -> tuple[Thresholds, Score]:
    """The grid setting that does best on ``rows`` (the grid sets the three lines; the lead
    a middling score needs, ``close``/``close_margin``, stays the matcher's own: it was
    fitted on blind blocks as they landed, which tune's fixed lines would flatter)."""
    own = matcher.settings.thresholds
    grid = (replace(own, answer=g.answer, clarify=g.clarify, margin=g.margin) for g in GRID)
    return max(((t, score(matcher, rows, t)) for t in grid), key=lambda ts: ts[1].key())


def calibrate(matcher: Matcher, items: list[Labelled]) -> str:
    """Search thresholds on ``items`` (the tune set) and report them with a k-fold figure."""
    rows = [(item, matcher.analyse(item.q)) for item in items]
    chosen, fitted = search(matcher, rows)
    held: list[Score] = []
    for k in range(FOLDS):
        train = [r for j, r in enumerate(rows) if j % FOLDS != k]
        test = [r for j, r in enumerate(rows) if j % FOLDS == k]
        t, _ = search(matcher, train)
        held.append(score(matcher, test, t))
    mean = Score(sum(s.worst for s in held) / FOLDS, sum(s.wrong for s in held) / FOLDS,
                 sum(s.abstention for s in held) / FOLDS)
    current = matcher.settings
    now = score(matcher, rows, current.thresholds)
    proposed = replace(current, answer_threshold=chosen.answer,
                       clarify_threshold=chosen.clarify, margin=chosen.margin)
    return "\n".join([
        f"best on all {len(rows)} tune lines: answer={chosen.answer} clarify={chosen.clarify} "
        f"margin={chosen.margin}: {fitted}",
        f"held out ({FOLDS}-fold cross-validation, mean of the folds): {mean}",
        f"current: answer={current.answer_threshold} clarify={current.clarify_threshold} "
        f"margin={current.margin}: {now}",
        f"to adopt, set these in MatcherSettings: {proposed}",
    ])
