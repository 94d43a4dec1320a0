"""A threat is quoted only next to its speech verb or the reader's «твой» (fix12, item 3:
review s11 finding 20): a speech verb further on in the message tells of something else, and
the writer's own taking stays no danger. In every language and script."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # the writer took a child somewhere, and someone said something later on
    "I took my kid to school and the teacher said he has a fever",
    "I took my son to the doctor, he said it is nothing",
    "я забрал ребенка из садика, воспитательница сказала что он заболел",
    "я забрал ребенка, сказал врач",
    "bolamni bogʻchadan olib ketdim, tarbiyachi isitmasi bor dedi",
    "bolamni bog'chadan olib qo'ydim, chunki u kasal deb aytishdi",
    "боламни боғчадан олиб кетдим, тарбиячи иситмаси бор деди",
    "боламни богчадан олиб кетдим, тарбиячи иситмаси бор деди",
])
def test_a_speech_verb_further_on_does_not_make_the_writers_taking_a_danger(
        answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    # the threat quoted: the speech verb or «твой» right beside the taking
    "бригадир сказал я забрал твой паспорт и не отдам", "he said I took your passport",
    "the boss said we took your passports and you will not get them back",
    "xoʻjayin pasportingni olib qoʻyaman dedi", "xoʻjayin pasportimni olib qoʻydim dedi",
    "хўжайин паспортингни олиб қўйдим деди", "хужайин паспортингни олиб куйдим деди",
])
def test_a_quoted_threat_stays_a_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"
