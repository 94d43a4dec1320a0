"""Near misses that were answered (near22, issue 7): a detail the documents do not give,
asked in words no list had. A phone asked by its abbreviation («тел агентства», 'tel
raqami') is abstained on, as "phone" is: no document gives a phone number, and the
agency's entry must not stand for one ("tell" folds like 'tel' and asks nothing). What a
deal requires of its workers, an act changed since in everyday verbs («потом меняли»,
'oʻzgartirishganmi'), which Belt and Road projects are built: each is a near miss of the
entry it is asked of, in every script; what those entries do give stays answered."""

from __future__ import annotations

import pytest

from bot.detailwords import DetailWords
from bot.matcher import Matcher
from bot.text import fold
from tests.verdicts import assert_answered, assert_near_miss


# A phone by its abbreviation, beside a word: abstained on, never the agency's answer.
@pytest.mark.parametrize("message", [
    "тел агентства по внешней трудовой миграции дайте плз",
    "тел агентства по миграции какой",
    "migratsiya agentligi tel raqami bormi",
    "агентликнинг тел рақамини беринг",
    "агентликнинг тел ракамини беринг",  # on a Russian keyboard
    "whats the agency tel number",
])
def test_a_phone_by_its_abbreviation_is_not_answered(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "abstain" and not m.urgent


# ... while "tell" is no phone, nor the agency's site (migration.uz, which it gives).
@pytest.mark.parametrize(("message", "entry"), [
    ("What do the Foreign Ministry's reports tell us about Uzbekistan's ties with its migrants?",
     "org-foreign-ministry"),
    ("сайт агентства дайте плз", "org-agency"),
    ("agentlik sayti qanaqa", "org-agency"),
])
def test_tell_and_the_site_stay_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


# What a deal requires of workers; an act changed since; the Belt and Road's projects named.
@pytest.mark.parametrize(("message", "entry"), [
    ("what does the german deal require from uzbek workers", "coop-germany-2024"),
    ("what documents does the german agreement require from workers", "coop-germany-2024"),
    ("какие требования к работникам по соглашению с германией", "coop-germany-2024"),
    ("Germaniya kelishuvi boʻyicha ishchilarga qanday talablar qoʻyiladi", "coop-germany-2024"),
    ("Германия келишуви бўйича ишчиларга қандай талаблар қўйилади", "coop-germany-2024"),
    ("was decree UP-4947 changed later", "decree-up-4947"),
    ("в указ УП-4947 потом что-то меняли?", "decree-up-4947"),
    ("указ УП-5785 потом как-то меняли?", "decree-up-5785"),
    ("UP-4947 farmonini keyin oʻzgartirishganmi", "decree-up-4947"),
    ("ПҚ-4829 қарорини кейин ўзгартиришганми", "decree-pp-4829"),
    ("ПК-4829 карорини кейин узгартиришганми", "decree-pp-4829"),  # on a Russian keyboard
    ("which belt and road projects are being built in uzbekistan right now", "coop-multivector"),
    ("какие проекты строятся в Узбекистане по инициативе пояс и путь", "coop-multivector"),
    ("Bir makon bir yoʻl doirasida Oʻzbekistonda qaysi loyihalar qurilyapti",
     "coop-multivector"),
    ("Бир макон бир йўл доирасида Ўзбекистонда қайси лойиҳалар қурилмоқда", "coop-multivector"),
])
def test_a_detail_the_entry_lacks_is_a_near_miss(matcher: Matcher, message: str,
                                                 entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


# What the same entries give stays answered: requirements the harmonising article names, what
# the deal made easier, what a decree changed, the projects' growth.
@pytest.mark.parametrize(("message", "entry"), [
    ("why do different immigrant eligibility requirements make harmonisation difficult",
     "coop-harmonising-challenges"),
    ("почему разные требования к иммигрантам мешают согласованию миграционной политики",
     "coop-harmonising-challenges"),
    ("what did the 2024 german agreement make easier for workers", "coop-germany-2024"),
    ("what did decree UP-5785 change", "decree-up-5785"),
    ("что изменил указ УП-4947", "decree-up-4947"),
    ("how did the migration law change in 2017", "law-2017-reforms"),
    ("Xitoy tashabbusi tufayli Oʻzbekistonda infratuzilma loyihalari koʻpaymoqdami",
     "coop-multivector"),
    ("how does the belt and road initiative help uzbekistan trade", "coop-multivector"),
])
def test_what_the_entry_gives_stays_answered(matcher: Matcher, message: str,
                                             entry: str) -> None:
    assert_answered(matcher, message, entry)


# An email asked of the agency: abstained on, as its phone is.
@pytest.mark.parametrize("message", [
    "what is the email of the migration agency",
    "электронная почта агентства внешней трудовой миграции",
    "migratsiya agentligining elektron pochtasi qanaqa",
    "агентликнинг электрон почтаси борми",
])
def test_an_email_is_not_answered(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "abstain" and not m.urgent


# A website asked of a body other than the agency (only the agency's, migration.uz, is
# given); the German deal's cities and the German its workers must know: near misses.
@pytest.mark.parametrize(("message", "entry"), [
    ("what is the website of the ILO", "org-ilo"),
    ("сайт МОМ какой", "org-iom"),
    ("Xalqaro mehnat tashkilotining rasmiy sayti qaysi", "org-ilo"),
    ("Жаҳон банкининг сайти қайси", "org-world-bank-imf"),
    ("Жахон банкининг сайти кайси", "org-world-bank-imf"),  # on a Russian keyboard
    ("which german cities take uzbek workers under the deal", "coop-germany-2024"),
    ("в какие города германии едут работать по новому соглашению", "coop-germany-2024"),
    ("what level of german do workers need for the 2024 deal", "coop-germany-2024"),
    ("Germaniya kelishuvi boʻyicha nemis tili qaysi darajada kerak", "coop-germany-2024"),
])
def test_a_contact_or_term_no_document_gives_is_a_near_miss(matcher: Matcher, message: str,
                                                           entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


# ... while the agency's site and what the bodies and the deal do stay answered, and German
# for studying there (no deal named) is no near miss of the deal.
@pytest.mark.parametrize(("message", "entry"), [
    ("What is the website of the agency for external labour migration?", "org-agency"),
    ("агентлик сайти қайси", "org-agency"),
    ("what does the migration agency do", "org-agency"),
    ("МОТ нима иш қилади", "org-ilo"),
    ("what does the IOM do", "org-iom"),
    ("Germaniya bilan 2024-yilgi kelishuv nima berdi", "coop-germany-2024"),
])
def test_the_site_given_and_the_bodies_stay_answered(matcher: Matcher, message: str,
                                                     entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "germaniyaga oʻqishga kirish uchun nemis tili qaysi darajada kerak",
    "германияда немис тили сертификати қаерда топширилади",
])
def test_german_for_studying_is_abstained_on(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"


def test_germany_is_not_german() -> None:
    """"german" is a whole word of the language asked: a level of cooperation with Germany
    asks no language."""
    words = DetailWords.load()
    assert words.asked(tuple(fold("what level of german do workers need").split()))
    assert not words.asked(tuple(fold("what level of cooperation with Germany").split()))
