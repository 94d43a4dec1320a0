"""Voice-style run-ons: a long sentence without commas is also read around its question."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher

GERMANY_RUNONS = [
    "ok so I am writing from the bus sorry for mistakes my brother is a welder and he wants to "
    "go to Germany next year and people say a new agreement was signed with Germany in 2024 "
    "what did that agreement change",
    "извините пишу голосом из автобуса брат сварщик хочет поехать в германию в следующем году "
    "и говорят что в 2024 году подписали новое соглашение с германией что изменило это "
    "соглашение",
    "avtobusda ketyapman ovozli yozyapman ukam payvandchi kelasi yil Germaniyaga ketmoqchi "
    "odamlar aytishicha 2024 yilda Germaniya bilan yangi kelishuv imzolangan ekan u kelishuv "
    "nimani oʻzgartirdi",
    "автобусда кетяпман овозли ёзяпман укам пайвандчи келаси йил Германияга кетмоқчи одамлар "
    "айтишича 2024 йилда Германия билан янги келишув имзоланган экан у келишув нимани "
    "ўзгартирди",
    "автобусда кетяпман овозли ёзяпман укам пайвандчи келаси йил Германияга кетмокчи одамлар "
    "айтишича 2024 йилда Германия билан янги келишув имзоланган экан у келишув нимани "
    "узгартирди",
]


@pytest.mark.parametrize("message", GERMANY_RUNONS)
def test_a_run_on_is_also_read_around_its_last_question_word(matcher: Matcher,
                                                             message: str) -> None:
    reading = matcher.reader.read(message)
    [clause] = reading.clauses
    whole = reading.parts[0].toks
    assert len(clause.toks) < len(whole) and clause.asks
    assert whole[-len(clause.toks):] == clause.toks  # the chatter before it is left out


@pytest.mark.parametrize("message", GERMANY_RUNONS)
def test_a_run_on_is_answered_by_its_question(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", "coop-germany-2024")


def test_a_sentence_of_fewer_words_is_read_whole(matcher: Matcher) -> None:
    """Its detail ("where do I sign up") stays asked: a near miss, not an answer."""
    message = "how long does the pre-departure language course last and where do i sign up"
    assert matcher.reader.read(message).clauses == ()
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None
