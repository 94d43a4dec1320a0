"""What a "how many" asks to count, and what a text's figures count (``counted:`` and
``quantity:`` of ``knowledge/phrases.yaml``).

Pure. A mixin of ``bot.phrasebook.PhraseBook``, which reads the lists
(``self.counted``, ``self.quantity``, ``self.number_words``, ``self.stopwords``).
"""

from __future__ import annotations

from bot.askedgroups import AskedGroups
from bot.numbers import YEARS

ASKS = "asks"
"""The label of ``counted:`` whose words ask a count ("how many"); the others name what is
counted."""
ASKS_SUM = "asks_sum"
"""The ``counted:`` phrases that ask a sum, never a count of people ("how much did *migrants*
send" counts no migrants): they count money only."""
MONEY = "money"
"""The ``counted:`` label of a sum of money ("how much *money*", 'qancha *pul*')."""
PEOPLE = "people"
AMONG_PEOPLE = frozenset({"women", "men", "children", "students", "youth"})
"""``counted:`` labels of some of the people: named after people, they are what is counted."""
COUNTED_AFTER = 4
"""How many tokens after a "how many" (or a figure) the word of what it counts may stand."""


class CountedWords(AskedGroups):
    """Counts asked and counts given, read with the phrase book's lists."""

    def asks_quantity(self, toks: tuple[str, ...] | list[str]) -> str | None:
        """The "how many" phrase of folded tokens, unless it counts kinds or asks an act's
        number; else None."""
        return next((h.phrase for h in self.quantity.find(toks) if h.label == "asks"), None)

    def counted_asked(self, toks: tuple[str, ...] | list[str]) -> str | None:
        """What a "how many" of folded tokens counts: the label of ``counted:`` of the first
        word after it (within ``COUNTED_AFTER`` words, numbers aside) that is no stop word
        ("how many *women*", «сколько *узбеков* работает», "nechtasi *ayollar*", "how much
        *money*": ``MONEY``; after "how much", ``ASKS_SUM``, money only), or None (nothing
        named)."""
        hits = self.counted.find(toks)
        for ask in (h for h in hits if h.label in (ASKS, ASKS_SUM)):
            # the first word after it, numbers and stop words aside ("how many of the
            # 400,000 are women"; not "how many billions did Uzbek migrants send")
            # (nor the unit of a number: "how many of the 400 thousand are women", near18)
            units = {k for h in self.number_words.find(toks) if h.label == "amount"
                     and h.start and toks[h.start - 1].isdigit() for k in range(h.start, h.end)}
            words = [k for k in range(ask.end, len(toks))
                     if not toks[k].isdigit() and k not in units]
            # stop words aside too: they name nothing ("how many of the 400 thousand *will
            # be* women": the future tense put 'women' past the window, left22)
            first = next((k for k in [k for k in words if toks[k] not in self.stopwords
                                      ][:COUNTED_AFTER]), None)
            found = next((h.label for h in hits if h.label not in (ASKS, ASKS_SUM)
                          and h.start == first), None)
            if found == PEOPLE:
                # people, then who among them ("how many of the 400 thousand *people* sent
                # abroad would be *women*"): those are counted
                found = next((h.label for h in hits if first is not None
                              and h.start > first and h.label in AMONG_PEOPLE), found)
            if found is not None and (ask.label == ASKS or found == MONEY):
                return found
        return None

    def counted_in(self, toks: tuple[str, ...] | list[str]) -> frozenset[str]:
        """What the figures of folded tokens count: the labels of ``counted:`` whose word
        follows a figure (not a year) within ``COUNTED_AFTER`` tokens ("400,000 *citizens*",
        "300 thousand *people*"); a number beside a label word is a label, and one before a
        month a date's day: neither counts anything ("Article 23", '86-maqsad', «статья 23»,
        «от 7 февраля 2017 года. В статье»: no count of articles or goals)."""
        labelled = {k + step for h in self.number_words.find(toks)
                    for k, step in ((h.start, -1), (h.end - 1, 1))
                    if h.label == "label" or h.label == "month" and step < 0}
        found = set()
        for h in self.counted.find(toks):
            if h.label not in (ASKS, ASKS_SUM) and any(
                    toks[k].isdigit() and int(toks[k]) not in YEARS and k not in labelled
                    for k in range(max(0, h.start - COUNTED_AFTER), h.start)):
                found.add(h.label)
        return frozenset(found)
