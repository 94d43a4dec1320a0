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
    # an article and an act: the article's number is its entry's own too (tester s6
    # finding 4; fix7)
    ("Konstitutsiyaning 23-moddasi va UP-5785 farmoni", {"law-article-23", "decree-up-5785"}),
    ("Konstitutsiyaning 23-moddasi va UP-5785 farmoni haqida aytib bering, rahmat",
     {"law-article-23", "decree-up-5785"}),
    ("Конституциянинг 23-моддаси ва УП-5785 фармони", {"law-article-23", "decree-up-5785"}),
    ("Article 23 of the Constitution and decree UP-5785", {"law-article-23", "decree-up-5785"}),
    ("Статья 23 Конституции и указ УП-5785", {"law-article-23", "decree-up-5785"}),
    ("statya 23 konstitutsii i ukaz UP-5785", {"law-article-23", "decree-up-5785"}),
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


@pytest.mark.parametrize(("message", "entries"), [
    # a comparison of two things that each have an entry: both, in the order named
    ("МОМ и МОТ в чём разница", ["org-iom", "org-ilo"]),
    ("Здравствуйте! Чем отличается МОМ от МОТ? Спасибо", ["org-iom", "org-ilo"]),
    ("Что такое МОМ и чем она отличается от МОТ?", ["org-iom", "org-ilo"]),
    ("chem otlichaetsya MOT ot IOM", ["org-ilo", "org-iom"]),
    ("What is the difference between IOM and ILO?", ["org-iom", "org-ilo"]),
    ("difference between ILO and IOM", ["org-ilo", "org-iom"]),
    ("IOM va ILO farqi nima", ["org-iom", "org-ilo"]),
    ("XMT va IOM oʻrtasidagi farq nimada?", ["org-ilo", "org-iom"]),
    ("ХМТ ва IOM фарқи нима", ["org-ilo", "org-iom"]),
    ("What is the difference between UP-4947 and UP-5785?", ["decree-up-4947", "decree-up-5785"]),
    ("УП-4947 и УП-5785 чем отличаются", ["decree-up-4947", "decree-up-5785"]),
    ("UP-4947 va UP-5785 farqi nimada", ["decree-up-4947", "decree-up-5785"]),
])
def test_a_comparison_offers_both_entries(matcher: Matcher, message: str,
                                          entries: list[str]) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is None
    assert [c.entry_id for c in m.candidates] == entries


@pytest.mark.parametrize("message", [
    # one thing with an entry: the comparison is with something the documents lack
    "What is the difference between IOM and UNHCR?", "МОМ и УВКБ в чём разница",
])
def test_a_comparison_with_one_documented_thing_offers_no_pair(matcher: Matcher,
                                                               message: str) -> None:
    m = matcher.match(message)
    assert len({c.entry_id for c in m.candidates} & {"org-iom", "org-ilo"}) <= 1 or (
        m.decision != "clarify")
