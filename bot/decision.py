"""The one rule that turns ranked scores into answer, "did you mean" or abstain.

Pure. The matcher and ``eval --calibrate`` both call ``decide``, so the thresholds that
calibration proposes are the thresholds the bot applies. Scores are compared unrounded;
they are rounded only when shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Verdict = Literal["answer", "clarify", "abstain"]


@dataclass(frozen=True)
class Thresholds:
    """Where the rule draws its lines (scores are 0-100)."""

    answer: float = 62.0
    """At or above this, with a clear lead, the best entry is answered."""
    clarify: float = 60.0
    """Between this and ``answer``: "did you mean" choices; below: abstain."""
    margin: float = 2.0
    """An answer needs this lead over the second entry; closer means "did you mean"."""
    close: float = 0.0
    """Below this best score, an answer needs ``close_margin`` instead (if larger)."""
    close_margin: float = 0.0
    """The lead an answer scored under ``close`` needs: a middling best score with a
    neighbour a few points behind is where confident wrong answers gather."""

    def lead_needed(self, best: float) -> float:
        """The lead over the second entry that an answer scored ``best`` needs."""
        return max(self.margin, self.close_margin) if best < self.close else self.margin


def decide(ranked: Sequence[tuple[str, float]], t: Thresholds,
           max_choices: int = 3) -> tuple[Verdict, tuple[tuple[str, float], ...]]:
    """Decide what to do with ranked (entry id, score) pairs.

    Args:
        ranked: best first.
        t: the thresholds.
        max_choices: how many entries a "did you mean" offers at most.

    Returns:
        The verdict and the entries it concerns: the answer first for "answer", the
        choices for "clarify", the best few (for display only) for "abstain".
    """
    top = tuple(ranked[:max_choices])
    if not ranked or ranked[0][1] < t.clarify:
        return "abstain", top
    lead = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0.0)
    if ranked[0][1] >= t.answer and lead >= t.lead_needed(ranked[0][1]):
        return "answer", top
    return "clarify", tuple(c for c in top if c[1] >= t.clarify)
