"""Fires among the urgent triggers (pure after loading): a fire that hurt someone is a danger
however far apart the two are told ("there was a fire, my brother is in hospital"), a fire in
the news or in the wild ("last year", «лесной пожар», 'oʻrmon yongʻini') is not, unless it
befalls the writer or someone close. ``bot.urgency.Urgency`` reads them so.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from bot.asking import Asking
from bot.phrases import Hit, bare, phrase_words

_YEAR = re.compile(r"(?:19|20)\d\d")
"""A year in digits: it dates what its clause tells."""
FIRE_GAP = 1
"""Words that may stand between the words of a phrase that dates a fire, tells it happened,
or tells someone hurt ("в прошлом году", 'oʻtgan yili', "took place")."""


def clause_of(starts: list[int], at: int, length: int) -> tuple[int, int]:
    """Where the clause that holds token ``at`` starts and ends (``starts``: where the
    clauses of ``length`` tokens start)."""
    k = bisect_right(starts, at) - 1
    return (starts[k] if k >= 0 else 0,
            starts[k + 1] if k + 1 < len(starts) else length)


class Fires(Asking):
    """The fires of the urgent triggers' reading (``bot.urgency.Urgency`` is one)."""

    def _fires_hurting(self, toks: list[str], hits: list[Hit]) -> list[Hit]:
        """``hits`` and, when the message tells someone hurt (``hurt``: "in hospital",
        «обгорел», 'kuyib qoldi'), each fire word of ``urgent_fire`` that no danger holds yet,
        as a danger: "there was a fire, my brother is in hospital" tells them four words
        apart, beyond a trigger's gap, and English has no fire word alone as a trigger
        ("fire the workers": ``urgent_not`` still says it otherwise)."""
        if not self.hurt.find(toks, FIRE_GAP):
            return hits
        held = {k for h in hits if h.label == "urgent" for k in range(h.start, h.end)}
        return hits + [Hit("urgent", h.start, h.end, h.phrase) for h in self.fires.find(toks)
                       if held.isdisjoint(range(h.start, h.end))]

    def _news(self, toks: list[str], hits: list[Hit],
              clauses: Callable[[], list[int]], asks: bool) -> list[Hit]:
        """``hits`` but the fires told as news: a trigger with a fire word (``fire_words``)
        in a clause that a phrase of ``urgent_news`` or a year in digits dates ("fire broke
        out in the market last year, what is the IOM", «в прошлом году на рынке был пожар»,
        'oʻtgan yili bozorda yongʻin boʻlgan'): a fire burning now is never dated; and a
        fire word alone (no place of people beside it) in a clause that tells it happened,
        in a message that asks (``happened``: 'Rossiyada katta yongʻin boʻldi, migrantlar
        qancha pul yubordi'), or that names it a fire of the wild (``fire_wild``: «лесные
        пожары и экологическая миграция», 'oʻrmon yongʻini'), unless the message says
        someone was hurt (``hurt``: «вчера был пожар, брат в больнице, что делать?» keeps
        the block) or, for the wild, speaks of the writer or someone close ("the forest fire
        is near our village"). ``clauses()``: where the clauses start."""
        fires = [h for h in hits if h.label == "urgent"
                 and self.fire_words.intersection(map(bare, phrase_words(h.phrase)))]
        if not fires:
            return hits
        dated = {k for h in self.news.find(toks, FIRE_GAP) for k in range(h.start, h.end)}
        dated.update(k for k, t in enumerate(toks) if _YEAR.fullmatch(t))
        hurt = bool(self.hurt.find(toks, FIRE_GAP))
        told = {k for h in self.happened.find(toks, FIRE_GAP)
                for k in range(h.start, h.end)} if asks and not hurt else set()
        wild = {k for h in self.fire_wild.find(toks) for k in range(h.start, h.end)}
        if wild and (hurt or self._personal(tuple(toks)) or self.silent_persons.find(toks)):
            wild = set()
        if not dated and not told and not wild:
            return hits
        starts = clauses() or [0]

        def news(h: Hit) -> bool:
            first, last = clause_of(starts, h.start, len(toks))
            seen = dated if len(phrase_words(h.phrase)) > 1 else dated | told | wild
            return any(first <= k < last for k in seen)
        return [h for h in hits if h not in fires or not news(h)]
