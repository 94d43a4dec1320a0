"""A "how much" whose best entry gives no figure, and a sibling that gives it (pure).

"Migrantlar qancha pul yuborgan?" (how much money did migrants send) scores best on the
entry about where that money goes: its phrasings say "send" and "money" more often than the
total's. The quantity rule then makes a near miss of it ("the documents do not give how
much") though the documents give the figure, in the entry of the same topic that is asked
for it ("How much money did migrants send home in 2024?"). ``kin_with_figure_first`` puts
that entry first, tied with the best one: the reply offers both, the figure first, and says
nothing is missing. Only an entry of the best one's topic counts: "какая сумма страховки"
stays a near miss of the insurance entry, not an offer of the remittances' total; and not
when the question names an aspect the best entry stands for and the other does not ("how
much do families spend on food": the uses of the money, whose share the documents do not
give).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

KIN_RANKS = 5
"""How many best entries are looked at for the topic's entry with the figure."""
KIN_GAP = 30.0
"""How far below the best that entry may score."""


def kin_with_figure_first(ranked: list[tuple[str, float]], index_of: dict[str, int],
                          topics: Sequence[str], gives_amounts: Sequence[bool],
                          fits: Callable[[int], bool], named: Mapping[int, int],
                          stances: Mapping[int, Mapping[int, int]]
                          ) -> list[tuple[str, float]]:
    """``ranked`` (best first) with the first entry of the best one's topic among the
    ``KIN_RANKS`` best that gives a figure and is asked for it (``gives_amounts``), within
    ``KIN_GAP`` points and not contradicting the question (``fits``), moved first with the
    best's score (a tie: a "did you mean" of both); else ``ranked`` itself. ``named``: per
    group of aspects the question names one side of, that side (``Aspects.named``);
    ``stances``: per entry, the side of each group it stands for."""
    if len(ranked) < 2:
        return ranked
    best_id, best_score = ranked[0]
    best = index_of[best_id]
    topic = topics[best]
    held = {g: side for g, side in named.items() if stances.get(best, {}).get(g) == side}
    for j, (eid, score) in enumerate(ranked[1:KIN_RANKS], 1):
        k = index_of[eid]
        if (score >= best_score - KIN_GAP and gives_amounts[k] and topics[k] == topic
                and all(stances.get(k, {}).get(g) == side for g, side in held.items())
                and fits(k)):
            return [(eid, best_score), *ranked[:j], *ranked[j + 1:]]
    return ranked
