"""What the answered entry matched on (``bot/devtools/evidence.py``, ``replay.py evidence``,
twenty-sixth session): each question word credited to the entries holding it, weighed by how
few hold it; rules on that evidence fitted on four folds of blocks and counted on the fifth."""

from __future__ import annotations

import math

import pytest

from bot.devtools.evidence import (
    Answered,
    Word,
    evidence_margin,
    held_out,
    rare_only_elsewhere,
    uncovered_known,
    words_of,
)
from bot.devtools.replay import answered
from bot.matcher import Matcher


def word(tok: str, *credits: float) -> Word:
    return Word(tok, credits)


@pytest.mark.parametrize(("credits", "held", "weight"), [
    ((1.0, 0.0, 0.0, 0.0), 1, math.log(5 / 1.5)),   # one entry of four holds it
    ((1.0, 0.5, 0.4, 0.0), 2, math.log(5 / 2.5)),   # an answer's word (0.5) is held, 0.4 not
    ((0.0, 0.0, 0.0, 0.0), 0, math.log(5 / 0.5)),   # no entry: the most distinctive
    ((1.0, 1.0, 1.0, 1.0), 4, math.log(5 / 4.5)),   # every entry: next to nothing
])
def test_a_word_weighs_by_how_few_entries_hold_it(credits: tuple[float, ...], held: int,
                                                 weight: float) -> None:
    assert word("w", *credits).held_by == held
    assert word("w", *credits).distinctiveness() == pytest.approx(weight)


RARE = math.log(5 / 1.5)
WORDS = (word("rare", 1.0, 0.0, 0.0, 0.0), word("common", 1.0, 1.0, 1.0, 1.0),
         word("half", 0.0, 0.0, 0.5, 0.0))


@pytest.mark.parametrize(("got", "others", "margin"), [
    (0, (1,), RARE),                     # the answered entry holds the rare word
    (1, (0,), -RARE),                    # the next one does: the answer won on "common"
    (1, (3, 0), -RARE),                  # the least over the next ones
    (2, (1,), 0.5 * RARE),               # a word held at half credit counts half
    (0, (), math.inf),                   # nothing ranked after it
])
def test_the_evidence_margin_is_what_the_answer_covers_less_the_next(
        got: int, others: tuple[int, ...], margin: float) -> None:
    assert evidence_margin(WORDS, got, others) == pytest.approx(margin)


@pytest.mark.parametrize(("words", "got", "share"), [
    ((word("rare", 1.0, 0.0), word("unknown", 0.0, 0.0)), 1,
     math.log(3 / 1.5) / (math.log(3 / 1.5) + math.log(3 / 0.5))),  # a word no entry holds
    ((word("rare", 1.0, 0.0), word("unknown", 0.0, 0.0)), 0, 0.0),   # is nobody's to cover
    ((), 0, 0.0),
])
def test_the_uncovered_share_counts_words_some_entry_holds(words: tuple[Word, ...], got: int,
                                                          share: float) -> None:
    assert uncovered_known(words, got) == pytest.approx(share)


SHARED = word("shared", 1.0, 1.0, 0.0, 0.0)
THEIRS = word("theirs", 0.0, 1.0, 0.0, 0.0)
OURS = word("ours", 1.0, 0.0, 0.0, 0.0)


@pytest.mark.parametrize(("words", "rare", "fires"), [
    ((SHARED, THEIRS), 2, True),         # the next holds a rare word, the answer none of its own
    ((SHARED, THEIRS, OURS), 2, False),  # the answer has a rare word of its own too
    ((SHARED, THEIRS), 0, False),        # "theirs" is held by one entry: not rare enough
    ((SHARED,), 2, False),               # nothing told them apart
])
def test_a_rare_word_only_the_next_entry_holds(words: tuple[Word, ...], rare: int,
                                              fires: bool) -> None:
    assert rare_only_elsewhere(words, 0, 1, rare) is fires


def line(block: str, score: float, wrong: bool) -> Answered:
    return Answered(block, not wrong, wrong, score, 0, (1,), ())


def test_each_fold_is_counted_with_the_rule_fitted_on_the_others() -> None:
    # Per block: a wrong answer at 55, a right one at 55 and one at 80. "below 60" removes
    # a wrong answer for a right one (worth 1/2 a block), "always" for two (worth 0).
    lines = [line(f"b{k}", s, w) for k in range(5) for s, w in ((55, True), (55, False),
                                                               (80, False))]
    lines.append(line("b1", 55, True))   # the second fold has a second wrong answer
    named = {"always": lambda a: True, "below 60": lambda a: a.score < 60}
    assert held_out(lines, named) == [("below 60", 1, 1), ("below 60", 2, 1),
                                      ("below 60", 1, 1), ("below 60", 1, 1),
                                      ("below 60", 1, 1)]


def dumped(want: str, best: float, at: dict[str, str | None] | None) -> dict:
    row = {"want": want, "best": best}
    if at is not None:
        row["answered"] = at
    return row


@pytest.mark.parametrize(("row", "got"), [
    (dumped("id", 58.0, {"2": "a", "6": None}), None),      # below 65 a lead of 6: asked
    (dumped("id", 58.0, {"2": "a", "6": "a"}), "a"),
    (dumped("clarify", 70.0, {"2": "a", "6": None}), "a"),  # from 65 the lead of 2
    (dumped("null", 70.0, {"2": "a", "6": "a"}), None),     # no id or clarify line
    (dumped("id", 70.0, None), None),                       # a dump from before 26
])
def test_the_answer_a_dumped_line_gets_under_the_lead_rule(row: dict, got: str | None) -> None:
    assert answered(row, 65, 6) == got


@pytest.mark.parametrize(("question", "tok", "holder", "at_most"), [
    ("What is the Schengen Agreement?", "~schengen", "coop-schengen", 1),
    ("What is the Schengen Agreement?", "shengen", "coop-schengen", 1),
    ("xalqaro mehnat tashkiloti nima qiladi", "~ilo", "org-ilo", 4),
    ("Привет! Что такое денежные переводы мигрантов?", "~remittance", "remit-definition", 12),
])
def test_a_question_word_is_credited_to_the_entries_holding_it(
        matcher: Matcher, question: str, tok: str, holder: str, at_most: int) -> None:
    found = {w.tok: w for w in words_of(matcher, question)}
    assert found[tok].credits[matcher.entry_ids.index(holder)] >= 0.5
    assert found[tok].held_by <= at_most


@pytest.mark.parametrize("question", ["hello, how are you", "Привет!"])
def test_a_greeting_gives_no_words(matcher: Matcher, question: str) -> None:
    assert words_of(matcher, question) == []
