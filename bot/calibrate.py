"""Threshold search behind ``python -m bot eval --calibrate``.

Scores are computed once per labelled question; each threshold setting then only re-runs
the decision, so a full grid takes a second. The chosen setting maximises the worst
per-language accuracy subject to two limits: abstention on out-of-scope questions at least
``ABSTENTION_TARGET``, and wrong answers (a confident answer with another entry) at most
``WRONG_LIMIT`` of in-scope questions, because a wrong answer misleads where a "did you
mean" only costs a tap. Ties prefer fewer wrong answers, then more abstention.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from bot.evaluation import Labelled
from bot.matcher import Matcher
from bot.text import LANGS

ACCURACY_TARGET = 0.90
ABSTENTION_TARGET = 0.85
WRONG_LIMIT = 0.03


def _decide(ranked: list[tuple[str, float]], answer: float, clarify: float,
            margin: float) -> tuple[str, str | None]:
    if not ranked or ranked[0][1] < clarify:
        return "abstain", None
    lead = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0.0)
    if ranked[0][1] >= answer and lead >= margin:
        return "answer", ranked[0][0]
    return "clarify", ranked[0][0]


def calibrate(matcher: Matcher, items: list[Labelled]) -> str:
    """Try a grid of thresholds and describe the best setting found."""
    scored = []
    for item in items:
        combined, _ = matcher.scores(matcher.match(item.q).query)
        ranked = sorted(((matcher.entry_ids[i], s) for i, s in combined.items()),
                        key=lambda kv: -kv[1])
        scored.append((item, ranked))
    best = None
    for answer, clarify, margin in itertools.product(
            range(40, 81, 2), range(30, 71, 2), range(0, 15, 2)):
        if clarify > answer:
            continue
        hits = {lang: [0, 0] for lang in LANGS}
        oos = [0, 0]
        wrong = 0
        for item, ranked in scored:
            decision, eid = _decide(ranked, answer, clarify, margin)
            if item.expect is None:
                oos[0] += decision == "abstain"
                oos[1] += 1
            else:
                hits[item.lang][0] += decision == "answer" and eid == item.expect
                hits[item.lang][1] += 1
                wrong += decision == "answer" and eid != item.expect
        worst = min(h / n for h, n in hits.values() if n)
        abst = oos[0] / oos[1] if oos[1] else 1.0
        wrong_rate = wrong / max(1, sum(n for _, n in hits.values()))
        ok = abst >= ABSTENTION_TARGET and wrong_rate <= WRONG_LIMIT
        key = (ok, worst, -wrong_rate, abst)
        if best is None or key > best[0]:
            best = (key, answer, clarify, margin)
    assert best is not None
    (ok, worst, neg_wrong, abst), answer, clarify, margin = best
    current = matcher.settings
    proposed = replace(current, answer_threshold=answer, clarify_threshold=clarify,
                       margin=margin)
    return (f"best: answer_threshold={answer} clarify_threshold={clarify} margin={margin}: "
            f"worst language accuracy {worst:.1%}, wrong answers {-neg_wrong:.1%}, "
            f"abstention {abst:.1%}{'' if ok else ' (a limit is not met)'}\n"
            f"current: answer_threshold={current.answer_threshold} "
            f"clarify_threshold={current.clarify_threshold} margin={current.margin}\n"
            f"to adopt, set these in MatcherSettings: {proposed}")
