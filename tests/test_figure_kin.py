"""A "how much" whose best entry gives no figure offers first the entry of its topic that
gives the figure, rather than saying the documents do not give it (bot/figurekin.py; the
session-9 tester's finding 2)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.matcher import Matcher


@pytest.mark.parametrize("message", [
    # the tester's messages
    "migrantlar qancha pul yuborgan", "migrantlar qancha pul jo'natgan",
    "migrantlar uyga qancha pul yuboradi", "мигрантлар қанча пул юборган",
    "мигрантлар канча пул юборган", "сколько мигранты отправляют домой", "переводы сколько",
    "how much are remittances",
    # variants: every script, Russian in Latin letters, the Russian keyboard
    "migrantlar uyga qancha pul jo‘natadi", "мигрантлар уйга канча пул юборади",
    "сколько денег мигранты отправляют домой", "skolko deneg migranty otpravlyayut domoy",
    "how much do migrants send home",
])
def test_a_how_much_offers_the_entry_that_gives_the_figure_first(matcher: Matcher,
                                                                 message: str) -> None:
    m = matcher.match(message)
    assert m.near_miss is None
    assert m.candidates[0].entry_id == "remit-2024-total"


@pytest.mark.parametrize(("message", "entry"), [
    # another topic's figure is no answer to it: the documents give no premium
    ("какая сумма страховки", "strategy-insurance-support"),
    ("how much does insurance cost", "strategy-insurance-support"),
    # the uses of the money asked (an aspect the total does not stand for)
    ("how much do families spend on food from remittances", "remit-uses"),
    ("oilalar pul o'tkazmalarining qancha qismini oziq-ovqatga sarflaydi", "remit-uses"),
    ("семьи сколько тратят из переводов на еду", "remit-uses"),
])
def test_a_how_much_of_what_no_entry_counts_stays_a_near_miss(matcher: Matcher, message: str,
                                                              entry: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None
    assert [c.entry_id for c in m.candidates] == [entry]


@pytest.mark.parametrize(("message", "lang"), [
    ("migrantlar qancha pul yuborgan", "uz"), ("мигрантлар қанча пул юборган", "uz-Cyrl"),
    ("сколько мигранты отправляют домой", "ru"), ("how much are remittances", "en"),
])
def test_the_reply_does_not_say_the_documents_lack_the_figure(answerer: Answerer,
                                                              message: str, lang: str) -> None:
    reply = answerer.ask(message, lang)
    assert reply.kind == "clarify" and not reply.note
    assert reply.choices[0].id == "remit-2024-total"
