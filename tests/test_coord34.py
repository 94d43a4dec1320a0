"""Details the documents never give, asked of an entry that is about their subject
(thirty-fourth session, coordinator): which projects a body funded or carried out ("what
projects did the World Bank fund", «какие проекты МОТ реализовала»: the `funded` kind, asked
only of a body the sentence names), and the conditions of getting a thing ("what are the
conditions to get insurance": the `requirements` kind). They get the entry's "did you mean"
with the note, never its answer. A project asked with no body named ("what projects are
there for migrants": "I am an investor in my future") and a body's own support stay
answered.

And Uzbekistan's migration policy as a whole, when it is all a question names ("what is
uzbekistan's migration policy", «какая миграционная политика у Узбекистана»): no entry is
about it all, and a narrow entry whose phrasing holds the words was answered (the World
Bank's, the diaspora's, international agreements). The state's support abroad, the acts that
regulate migration and the strategy's goal 86 are offered (``broad:`` of the `migration
policy` group in knowledge/phrases.yaml). A question that names a narrow subject beside the
policy (the World Bank, the legal acts, harmonising policies) stays answered.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss

NEAR_MISSES = [
    # the projects a body funded or ran
    ("what projects did the world bank fund", "org-world-bank-imf"),
    ("which projects did the World Bank finance in Uzbekistan?", "org-world-bank-imf"),
    ("Какие проекты Всемирный банк финансировал в Узбекистане?", "org-world-bank-imf"),
    ("Жаҳон банки Ўзбекистонда қайси лойиҳаларни молиялаштирган?", "org-world-bank-imf"),
    ("ILO Uzbekistonda qaysi loyihalarni amalga oshirgan", "org-ilo"),
    ("what projects does the IOM have in uzbekistan", "org-iom"),
    # the conditions of getting a thing
    ("what are the conditions to get insurance as a migrant", "strategy-insurance-support"),
    ("Какие условия нужны для получения страховки мигранту?", "strategy-insurance-support"),
]

ANSWERED = [
    ("what projects are there for migrants", "strategy-investor-project"),
    ("какие проекты есть для мигрантов", "strategy-investor-project"),
    ("qanday loyihalar bor migrantlar uchun", "strategy-investor-project"),
    ("How do the World Bank and the IMF support Uzbekistan?", "org-world-bank-imf"),
    ("Жаҳон банки ва ХВФ Ўзбекистонни қандай қўллаб-қувватлайди?", "org-world-bank-imf"),
    ("Does the state insure migrants' life and health?", "strategy-insurance-support"),
    ("what conditions do migrants face abroad", "abroad-problems"),
]


BROAD_OFFERED = ("abroad-state-support", "law-regulation", "strategy-goal-86")
BROAD = [
    "what is uzbekistans migration policy",
    "hi! can you explain uzbekistan's migration policy in general? thanks",
    "какая миграционная политика у Узбекистана",
    "Охарактеризуйте государственную миграционную политику Республики Узбекистан",
    "O'zbekiston Respublikasining davlat migratsiya siyosatini tavsiflab bering",
    "Ўзбекистон Республикасининг давлат миграция сиёсатини изоҳлаб беринг",
    "Узбекистон миграция сиёсати кандай",  # on a Russian keyboard
    "привет, какая у нас миграционная политика? спасибо",
    "Oʻzbekistonda davlat migratsiya siyosati qanday olib borilyapti",
    "uzbekistan migratsiya politikasi qanaqa",
]
NARROW = [
    ("How do the World Bank and the IMF support Uzbekistan's migration policy?",
     "org-world-bank-imf"),
    ("Как Всемирный банк и МВФ поддерживают миграционную политику Узбекистана?",
     "org-world-bank-imf"),
    ("which legal acts regulate migration policy in uzbekistan", "law-regulation"),
    ("what are the challenges of harmonising migration policies",
     "coop-harmonising-challenges"),
]


@pytest.mark.parametrize("message", BROAD)
def test_the_migration_policy_as_a_whole_is_offered_not_answered(matcher: Matcher,
                                                                  message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify"
    assert {c.entry_id for c in m.candidates} == set(BROAD_OFFERED)


@pytest.mark.parametrize(("message", "entry"), NARROW)
def test_a_narrow_subject_beside_the_policy_stays_answered(matcher: Matcher, message: str,
                                                           entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), NEAR_MISSES)
def test_a_detail_no_document_gives_is_a_near_miss(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_the_entry_itself_stays_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
