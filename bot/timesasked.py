"""Times and sums a question asks that no entry gives a figure of (pure, near15): progress
made so far ("how many have *already* been trained"), this year's figure («в этом году
сколько перевели»), a sum over the last years ("over the last 5 years"), and a sum of
money asked of an entry whose figures count people (``details:`` kinds ``so_far``,
``this_year``, ``years_span`` and ``counted:``'s ``money`` in ``knowledge/phrases.yaml``);
``bot.nearmiss`` makes them near misses."""

from __future__ import annotations

from bot.countedwords import MONEY
from bot.numbers import read_numbers
from bot.phrases import Hit
from bot.placesasked import PlacesAsked

THIS_YEAR = "this_year"
SPAN = "years_span"
SPAN_WORDS = frozenset({"span_before", "span_after", "duration"})
"""``number_words:`` kinds said with a count of years a sum is asked over (``_span_asked``)."""
RELATIVE_YEAR = "relative_year"
PER_MONTH = "per_month"
TIMES = frozenset({"so_far", THIS_YEAR, RELATIVE_YEAR, SPAN, PER_MONTH})
"""The ``details:`` kinds that ask a time no answer gives a figure of: progress made so far,
this year's, last or next year's, a sum over the last years (``TimesAsked._timed``)."""


class TimesAsked(PlacesAsked):
    """What each entry's figures are (of money, dated) for the times and sums asked."""

    def _timed(self, hits: list[Hit], idx: int, toks: tuple[str, ...],
               quantity: str | None) -> list[Hit]:
        """``hits`` (``details:`` found) less the times asked that ask nothing of entry
        ``idx``: progress ("already", ``so_far``) or a sum of years ("over the last 5
        years", ``years_span``) asked without a "how many" (``quantity``), last or next year
        (``relative_year``) without one or beside a year named ("last year, 2024": that
        year), and "this year" asked of an entry that gives no year or no figure with its
        unit ("14.8 billion", "300 thousand"), or in a sentence that names a year of its own
        ("what happened in 2017, why is this year a turning point": that year); a figure
        per month (``per_month``) without one, beside a year named or told of the writer
        ('men har oy pul yuboraman': the writer's habit, not what is asked)."""
        if not any(h.label in TIMES for h in hits):
            return hits
        named = bool(read_numbers(toks, self.reader.number_words).years)
        return [h for h in hits if h.label not in TIMES or (
            self._dated_figure(idx) and not named if h.label == THIS_YEAR
            else quantity is not None and not (named and h.label in (RELATIVE_YEAR, PER_MONTH))
            and not (h.label == PER_MONTH and self.reader._personal(toks)))]

    def _span_asked(self, toks: tuple[str, ...]) -> list[Hit]:
        """A sum asked over a count of years said without "last" ("over 10 years how much
        was sent", «за 10 лет сколько перевели», '10 yil ichida qancha'; ``Numbers.spans``):
        a ``years_span`` hit at the count, unless the sentence names a year of its own or
        speaks of the writer ("I have worked there for over 10 years, …"; near17)."""
        numbers = read_numbers(toks, self.reader.number_words)
        if not numbers.spans or numbers.years or self.reader._personal(toks):
            return []
        k = next(k for k, t in enumerate(toks) if t.isdigit() and int(t) in numbers.spans)
        spoken = [h for h in self.reader.number_words.find(toks) if h.label in SPAN_WORDS]
        said = [*[h.phrase for h in spoken if h.end == k][:1], toks[k],
                *[h.phrase for h in spoken if h.start == k + 1][:1]]
        return [Hit(SPAN, k, k + 1, " ".join(said))]

    @staticmethod
    def _asks_this_year(hits: list[Hit]) -> bool:
        """Whether ``details:`` found (``hits``) ask "this year" («в этом году», 'bu yil')."""
        return any(h.label == THIS_YEAR for h in hits)

    def _counts_money(self, idx: int) -> bool:
        """Whether a figure of entry ``idx`` is a sum of money ("14.8 billion US dollars")."""
        return MONEY in self._counted[idx]

    def _dated_figure(self, idx: int) -> bool:
        """Whether entry ``idx`` gives a figure with its unit and a year ("in 2024 ...
        14.8 billion"): what "this year" asks of."""
        return bool(self._numbers[idx].figures and self._numbers[idx].years)
