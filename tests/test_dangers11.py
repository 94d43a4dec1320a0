"""A danger told in another Uzbek tense than its trigger's (blind11b): "ukamni urishibdi"
(they beat my brother, as heard), "pasportimni olib qoʻyishgan" (they have taken my
passport) are "urdi", "olib qoʻydi" in the perfect and as heard (``bot.triggerforms``)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.triggerforms import with_other_forms


@pytest.mark.parametrize(("phrase", "others"), [
    ("qamab qoʻydi", ["qamab qoʻyishdi", "qamab qoʻygan", "qamab qoʻyibdi", "qamab qoʻyishgan",
                      "qamab qoʻyishibdi"]),
    # a negated past: "bermadi" (did not pay), "bermagan", "bermabdi"
    ("maosh bermadi", ["maosh berishmadi", "maosh bermagan", "maosh bermabdi",
                       "maosh berishmagan", "maosh berishmabdi"]),
    # a root that ends in a vowel is heard in "-bdi": "aldabdi"
    ("aldashdi", ["aldadi", "aldashgan", "aldashibdi", "aldagan", "aldabdi"]),
])
def test_an_uzbek_past_is_also_told_in_the_perfect_and_as_heard(phrase: str,
                                                                others: list[str]) -> None:
    assert with_other_forms([phrase]) == [phrase, *others]


@pytest.mark.parametrize("message", [
    "ukamni ishxonada urishibdi, hujjati yo'q politsiyaga borolmaymiz",
    "ukamni urishibdi", "ukamni urishgan", "akamni xo'jayini uribdi",
    "укамни ишхонада уришибди", "укамни уришган", "акамни хўжайини урибди",
    "pasportimni olib qo'yishgan", "pasportimni olib qoyibdi", "паспортимни олиб қўйишибди",
    "ish haqimni berishmagan", "xo'jayin meni qamab qo'ygan", "хўжайин мени қамаб қўйган",
    "хужайин мени камаб куйибди", "Salom aka, ukamni Rossiyada urishibdi, nima qilay",
])
def test_an_uzbek_danger_in_another_tense_gets_the_protection_reply(answerer: Answerer,
                                                                    message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # the same tenses of everyday verbs stay questions
    "migrantlar qancha pul jo'natgan", "2024-yilda qancha pul kelgan",
    "Germaniya bilan shartnoma qachon imzolangan", "akam Rossiyada ishlab qolgan",
    "qizim uyda qolibdi", "ишлаб турган мигрантлар сони",
])
def test_everyday_verbs_in_those_tenses_are_no_danger(answerer: Answerer,
                                                      message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent
