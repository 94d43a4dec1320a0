"""Classes of the thirty-fourth session's blind block in the typing styles (scripts34):

* when a body puts out its report ("when does the MFA publish its report", «когда выйдет
  отчёт МИД», 'hisobotni qachon chiqaradi', Russian keyboard «качон чикаради»): a time, asked
  as `when:` is; an entry whose answer holds no year is its near miss, one that holds a year
  stays answered (bot/data/detail_words.yaml `when:`);
* who proposed a thing ('uni kim taklif qilgan', «кто предложил», "who proposed"): no document
  names one, so it is a near miss (`initiator:`), not the proposals for Uzbekistan;
* the SWOT table's bureaucratic barriers and delays, why migration processes demand
  cooperation, and improving the legislation as a proposal, in everyday words.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss

NEAR_MISSES = [
    # when a body without a dated report puts it out
    ("Tashqi ishlar vazirligi hisobotni qachon chiqaradi", "org-foreign-ministry"),
    ("TIV migrantlar haqidagi hisobotini qachon nashr etadi", "org-foreign-ministry"),
    ("Когда выйдет отчёт МИД о мигрантах?", "org-foreign-ministry"),
    ("When does the MFA publish its report on migrants?", "org-foreign-ministry"),
    ("Ташқи ишлар вазирлиги ҳисоботни қачон чиқаради", "org-foreign-ministry"),
    ("ташки ишлар вазирлиги хисоботни качон чикаради", "org-foreign-ministry"),
    # who proposed it
    ("who proposed the Global Compact", "org-global-compact"),
    ("Кто предложил проект Я инвестор своего будущего?", "strategy-investor-project"),
]

ANSWERED = [
    # a report with a year stays answered, and what a body publishes
    ("When does the migration agency publish its annual report", "org-agency"),
    ("Когда МОМ выпускает доклад о миграции", "org-iom"),
    ("when was the age of migration published", "concept-literature"),
    ("What does the foreign ministry publish about migrants", "org-foreign-ministry"),
    # the proposals themselves
    ("muallif qanday taklif qilgan", "coop-proposals-uz"),
    ("What is proposed for Uzbekistan to improve international cooperation on migration?",
     "coop-proposals-uz"),
    ("Надо ли совершенствовать миграционные законы?", "coop-proposals-uz"),
    ("qonunchilikni takomillashtirish boʻyicha taklif", "coop-proposals-uz"),
    # the SWOT table's bureaucracy
    ("bureaucratic delays", "coop-swot"),
    ("бюрократические барьеры для мигрантов", "coop-swot"),
    ("byurokratik toʻsiqlar", "coop-swot"),
    ("бюрократик тусиклар", "coop-swot"),
    # why migration demands cooperation
    ("why does migration demand cooperation between states", "coop-why-cooperate"),
    ("Почему миграционные процессы требуют сотрудничества стран?", "coop-why-cooperate"),
    ("Nega migratsiya xalqaro hamkorlikni talab qiladi", "coop-why-cooperate"),
    ("Нега миграция халқаро ҳамкорликни талаб қилади", "coop-why-cooperate"),
]

ABSTAINED = [
    "когда выходит новый фильм",
    "when does the new iphone come out",
    "yaxshi kino tavsiya qiling",
]


@pytest.mark.parametrize(("message", "entry"), NEAR_MISSES)
def test_a_time_or_a_proposer_no_document_gives_is_a_near_miss(matcher: Matcher, message: str,
                                                               entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_the_entry_itself_is_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", ABSTAINED)
def test_out_of_scope_stays_abstained(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"
