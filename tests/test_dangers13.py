"""The danger misses last session's tester left open (fix13 item 9: tester s12 findings 8,
23, 31, 43): a sick child turned away by a hospital and a basement told in Uzbek Latin, the
writer sick, broke or alone far from home, in every script; "sick of waiting" is no illness."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "lang"), [
    ("bolam kasal, shifoxona pulsiz qabul qilmayapti, Moskvada", "uz"),
    ("shifoxona qabul qilmayapti", "uz"), ("шифохона қабул қилмаяпти", "uz-Cyrl"),
    ("biz 12 kishi bitta podvalda yashaymiz", "uz"),
    ("биз 12 киши битта подвалда яшаймиз", "uz-Cyrl"),
    ("kasalman, pulim yo'q, Moskvada yolg'izman", "uz"), ("касалман, пулим йўқ", "uz-Cyrl"),
    ("болею, денег нет, один в Москве", "ru"), ("I'm sick, no money, alone in Moscow", "en"),
    ("he has no money to come back", "en"), ("depressiyadaman", "uz"),
    ("ish va'da qilishgan edi, kelsam boshqa ish, pul ham yo'q, pasport ham ularda", "uz"),
])
def test_a_danger_in_everyday_words_gets_the_block(answerer: Answerer, message: str,
                                                    lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang) == ("urgent", lang)


@pytest.mark.parametrize("message", [
    "I'm sick of waiting, what is the Schengen agreement",
    "i am sick and tired of these questions, what is the ILO",
])
def test_sick_of_waiting_is_no_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "answer"
