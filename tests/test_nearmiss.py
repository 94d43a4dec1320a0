"""Near misses that no number makes: another organisation, another country, another people
(bot/nearmiss.py, knowledge/thesaurus.yaml)."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize(("message", "entry", "other"), [
    # the IOM's entry names the ILO in passing ("like the ILO"): it is not about it
    ("чем занимается МОТ", "org-ilo", "org-iom"),
    ("ILO nima ish qiladi", "org-ilo", "org-iom"),
])
def test_an_organisation_an_entry_names_in_passing_is_no_answer(
        matcher: Matcher, message: str, entry: str, other: str) -> None:
    m = matcher.match(message)
    assert not (m.decision == "answer" and m.best.entry_id == other)
    assert m.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("what does the ILO do", "org-ilo"), ("ХМТ нима қилади", "org-ilo"),
    ("Что делает МОМ", "org-iom"), ("IOM nima qiladi", "org-iom"),
    ("BMT nima qiladi", "org-un"),
    # the ILO is a UN organisation (``within:``): naming the UN contradicts no entry of it
    ("which UN body reviewed uzbekistan's labour migration policy in 2023", "org-ilo"),
])
def test_an_organisation_is_answered_by_its_own_entry(matcher: Matcher, message: str,
                                                      entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id, m.near_miss) == ("answer", entry, None)


def test_a_body_is_within_the_bodies_it_is_part_of(matcher: Matcher) -> None:
    concepts = matcher.thesaurus.concepts
    assert "un" in concepts["ilo"].within and "un" in concepts["iom"].within
    assert all(concepts[w].kind == "body" for c in concepts.values() for w in c.within)
