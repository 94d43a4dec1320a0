"""What the sentences before a question fill in of it (pure; near17, review s16 finding 13).

An asking sentence is read for near misses with the facts of the sentences before it
(``Part.context``): "вопрос про 25 статью конституции. что она гарантирует" asks of article
25. But the question's own facts win: "2023 year was hard. how much did migrants send in
2024" asks of 2024, "Работаю в Москве. Соглашение с Германией это что?" of Germany. The
sentences before fill in only the kinds of fact the question leaves unnamed: its years, its
other numbers (an article's, a figure), its countries, its peoples, its organisations, each
kind on its own ("Decree UP-5785. What did it give in 2024?" keeps the decree's number).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.facts import HOME, Facts
from bot.numbers import Numbers, read_numbers
from bot.phrases import Hit, PhraseIndex
from bot.thesaurus import Thesaurus


def _kind_of_number(tok: str, numbers: Numbers) -> str | None:
    """Whether a digit token is one of ``numbers``' years ("year"), a number of another
    kind that is compared ("other"), or neither (an age, a count of years, a date's day)."""
    n = int(tok)
    if n in numbers.years or len(tok) <= 2 and 2000 + n in numbers.years:
        return "year"
    if n in numbers.ages:
        return None
    return "other"


def unnamed(before: tuple[str, ...], toks: tuple[str, ...], own: Facts,
            thesaurus: Thesaurus, number_words: PhraseIndex) -> tuple[str, ...]:
    """``before`` (the folded words of the sentences a question asks of) without the facts
    of the kinds the question (``toks``, its facts ``own``) names itself: its years, its
    other numbers, its foreign countries (one named leaves out the peoples before too: "tajik
    migrants. how much was sent from Kazakhstan"), its foreign peoples, its organisations.
    Uzbekistan named is no rival of a country before ("Kyrgyzstan. how much did migrants
    send to Uzbekistan": from Kyrgyzstan)."""
    mine = read_numbers(toks, number_words)
    kinds = {"year"} if mine.years else set()
    if mine.labels or mine.bare or mine.figures or mine.acts:
        kinds.add("other")
    drop: set[int] = set()
    if kinds:
        theirs = read_numbers(before, number_words)
        drop |= {k for k, t in enumerate(before) if t.isdigit() and len(t) <= 6
                 and _kind_of_number(t, theirs) in kinds}
    facts = {"bodies"} if own.bodies else set()
    if own.places - {HOME}:
        facts |= {"places", "peoples"}
    elif own.peoples - {HOME}:
        facts.add("peoples")
    if facts:
        drop |= {k for hit in _fact_hits(before, thesaurus) if hit[1] in facts
                 for k in range(hit[0].start, hit[0].end)}
    return tuple(t for k, t in enumerate(before) if k not in drop) if drop else before


def _fact_hits(toks: Sequence[str], thesaurus: Thesaurus) -> list[tuple[Hit, str]]:
    """The thesaurus hits of ``toks`` that name a fact, with its kind."""
    return [(hit, fact[0]) for hit in thesaurus.asked_hits(toks)
            if (fact := thesaurus.fact_of(hit.label)) is not None]
