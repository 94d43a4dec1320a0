"""Two documented things asked in one message are offered both, never "the documents do not
give X" for the second (tester s6 finding 4)."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize(("message", "entries"), [
    # two acts: each number is an entry's own
    ("Указ УП-4947 о чём, а постановление ПП-4829 о чём?",
     {"decree-up-4947", "decree-pp-4829"}),
    ("Decree UP-4947 is about what, and resolution PP-4829?",
     {"decree-up-4947", "decree-pp-4829"}),
    ("When was UP-4947 signed, and UP-5785?", {"decree-up-4947", "decree-up-5785"}),
    ("UP-4947 qachon imzolangan, UP-5785 qachon?", {"decree-up-4947", "decree-up-5785"}),
    ("УП-4947 қачон имзоланган, УП-5785 қачон?", {"decree-up-4947", "decree-up-5785"}),
    # two organisations: each is an entry's subject
    ("Чем занимаются Всемирный банк и МОТ?", {"org-world-bank-imf", "org-ilo"}),
    ("What do the World Bank and the ILO do?", {"org-world-bank-imf", "org-ilo"}),
    ("Jahon banki va XMT nima qiladi?", {"org-world-bank-imf", "org-ilo"}),
    ("Жаҳон банки ва ХМТ нима қилади?", {"org-world-bank-imf", "org-ilo"}),
])
def test_two_documented_things_are_both_offered(matcher: Matcher, message: str,
                                                entries: set[str]) -> None:
    m = matcher.match(message)
    assert m.near_miss is None
    assert m.decision == "clarify"
    assert entries <= {c.entry_id for c in m.candidates}


@pytest.mark.parametrize(("message", "asked"), [
    # a number no entry owns stays a near miss of the closest act
    ("Указ УП-4949 о чём?", "4949"),
    ("Что говорит указ УП-4830?", "4830"),
    ("What is decree UP-4949 about?", "4949"),
    ("PF-4949 farmoni nima haqida?", "4949"),
    ("ПФ-4949 фармони нима ҳақида?", "4949"),
])
def test_an_unknown_second_thing_stays_a_near_miss(matcher: Matcher, message: str,
                                                   asked: str) -> None:
    m = matcher.match(message)
    assert m.near_miss is not None and asked in m.near_miss.asked


@pytest.mark.parametrize("message", [
    # a country dealt with that the agreements entry does not name: its near miss, not the
    # Agency's entry, whose full name holds "labour migration" (tester s6 finding 3)
    "есть ли соглашение с Англией по трудовой миграции",
    "есть ли соглашение с Японией по трудовой миграции",
    "Is there an agreement with the UK on labour migration?",
    "Is there an agreement with France on labour migration?",
    "Fransiya bilan mehnat migratsiyasi bo'yicha kelishuv bormi",
    "Франция билан меҳнат миграцияси бўйича келишув борми",
])
def test_an_agreement_with_an_unnamed_country_is_the_agreements_near_miss(
        matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.best is not None and m.best.entry_id == "coop-bilateral-agreements"
    assert m.near_miss is not None and m.near_miss.known
