"""Where the blind blocks' confident wrong answers are (``bot/devtools/replay.py table``,
twenty-fifth session): each dumped line's verdicts are read under the shipped lead rule and
counted by kind, by what was wanted, by score and lead band and by language."""

from __future__ import annotations

import pytest

from bot.devtools.replay import KIND, band, block_lines, tally, wrong_under

SCORES = (52, 60, 65, 70, 80, 90)


@pytest.mark.parametrize(("value", "edges", "named"), [
    (52.0, SCORES, "52-60"),
    (59.99, SCORES, "52-60"),
    (60.0, SCORES, "60-65"),
    (89.9, SCORES, "80-90"),
    (90.0, SCORES, "90+"),
    (104.0, SCORES, "90+"),
    (40.0, SCORES, "<52"),
    (0.0, (0, 4, 6, 10, 20), "0-4"),
    (5.9, (0, 4, 6, 10, 20), "4-6"),
    (20.0, (0, 4, 6, 10, 20), "20+"),
])
def test_a_value_falls_in_its_band(value: float, edges: tuple[float, ...], named: str) -> None:
    assert band(value, edges) == named


def row(want: str, best: float, lead: float, wrong_at: set[int], got: str = "a",
        expect: str | None = "b", lang: str = "en", kind: str | None = "plain") -> dict:
    """A dumped line answered (confidently) with ``got`` at the margins ``wrong_at``."""
    judged = {str(m): [False, m in wrong_at] for m in (2, 3, 4, 5, 6, 8)}
    return {"line": 1, "lang": lang, "want": want, "expect": expect, "kind": kind,
            "got": got, "best": best, "lead": lead, "judged": judged}


@pytest.mark.parametrize(("line", "wrong"), [
    (row("id", 58.0, 4.0, {2, 3, 4}), False),        # below 65 a lead of 4 is asked about
    (row("id", 58.0, 7.0, {2, 3, 4, 5, 6}), True),   # a lead of 7 answers, wrongly
    (row("id", 70.0, 3.0, {2, 3}), True),            # from 65 on the lead of 2 answers
    (row("clarify", 70.0, 30.0, {2, 3, 4, 5, 6, 8}, got="b"), True),  # a near miss answered
    (row("null", 70.0, 30.0, {2}), False),           # an answer to an out-of-scope line is
])                                                   # not counted as a wrong entry
def test_a_line_is_wrong_under_the_rule_it_is_read_with(line: dict, wrong: bool) -> None:
    assert wrong_under(line, 65, 6) is wrong


def test_the_tally_counts_each_wrong_answer_once_per_table() -> None:
    rows = [row("id", 58.0, 7.0, {2, 3, 4, 5, 6}, lang="ru", kind="chatty"),
            row("clarify", 86.0, 30.0, {2}, got="b", lang="uz"),
            row("clarify", 66.0, 3.0, {2}, got="c", lang="uz-Cyrl", kind=None),
            row("id", 58.0, 4.0, {2, 3})]            # asked about: not counted
    counts = tally(rows, 65, 6)
    assert counts["expect"] == {"wrong entry": 1, "near miss, own entry": 1,
                                "near miss, another entry": 1}
    assert counts["score"] == {"52-60": 1, "80-90": 1, "65-70": 1}
    assert counts["lead"] == {"6-10": 1, "20+": 1, "0-4": 1}
    assert counts["language"] == {"ru": 1, "uz": 1, "uz-Cyrl": 1}
    assert counts["kind"] == {"chatty": 1, "plain": 1, "-": 1}


def test_a_block_landed_in_halves_is_its_last_half() -> None:
    lines = ["- {q: a}",
             "# ---- blind (twenty-first session, blind21a): ru",
             "- {q: b}",
             "# ---- blind (twenty-first session, blind21b): uz",
             "- {q: c}",
             "# ---- blind (twenty-first session, blind21a): en",
             "- {q: d}",
             "- {q: e}"]
    assert block_lines(lines, "blind21a") == (6, 9)
    assert block_lines(lines, "blind21b") == (4, 6)


@pytest.mark.parametrize(("line", "kind"), [
    ('- {q: "why", lang: en, kind: paraphrase, expect: concept-causes}', "paraphrase"),
    ('- {q: "почему", lang: ru, kind: rukbd, expect: null}', "rukbd"),
    ('- {q: "kind words", lang: en, expect: null}', None),
])
def test_the_kind_is_read_from_the_line_itself(line: str, kind: str | None) -> None:
    found = KIND.search(line)
    assert (found.group(1) if found else None) == kind
