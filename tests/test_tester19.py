"""tester19's findings (nineteenth session) that are mended: each message gets its entry."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "entry"), [
    # "site" was a typo of "cited" (the literature's answer), and no phrasing said "site"
    ("what is the agency site", "org-agency"),
    ("agency site", "org-agency"),
    ("Привет, подскажи сайт агентства", "org-agency"),
    ("agentlik sayti qaysi", "org-agency"),
    ("агентлик сайти қайси", "org-agency"),
])
def test_the_agency_site_is_the_agencys(answerer: Answerer, message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "urgent"), [
    ("I got hurt at work in Russia", True),  # was answered with remit-dependence-risk
    ("my brother got hurt at work", True),
    ("I was hurt on the job and they do not pay", True),
    ("i was injured at work", True),
    ("does migration hurt the economy", False),
])
def test_getting_hurt_at_work_is_a_danger(answerer: Answerer, message: str,
                                          urgent: bool) -> None:
    assert (answerer.ask(message).kind == "urgent") == urgent
