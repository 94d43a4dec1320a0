"""Two whole short questions joined by "and", «и», "va" in one sentence are each asked
(fix12, item 7: tester s11 finding 18, issue 7 item 1): the first asked is answered and the
other is offered as a button, not a "did you mean" of both. In every language and script."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "first", "other"), [
    ("what is the ILO and what is the IOM?", "org-ilo", "org-iom"),
    ("что такое МОТ и что такое МОМ?", "org-ilo", "org-iom"),
    ("Shengen nima va Germaniya bilan kelishuv qachon boʻlgan?", "coop-schengen",
     "coop-germany-2024"),
    ("Shengen nima va Germaniya bilan kelishuv qachon bo'lgan?", "coop-schengen",
     "coop-germany-2024"),
    ("Шенген нима ва Германия билан келишув қачон бўлган?", "coop-schengen",
     "coop-germany-2024"),
    ("Шенген нима ва Германия билан келишув качон булган?", "coop-schengen",
     "coop-germany-2024"),
    ("what is Schengen and when was the Germany agreement signed?", "coop-schengen",
     "coop-germany-2024"),
    ("что такое шенген и когда подписали соглашение с Германией?", "coop-schengen",
     "coop-germany-2024"),
    ("сколько перевели в 2024 и на что тратят?", "remit-2024-total", "remit-uses"),
    ("2024 yilda qancha pul oʻtkazildi va u nimaga sarflanadi?", "remit-2024-total",
     "remit-uses"),
    ("2024 йилда қанча пул ўтказилди ва у нимага сарфланади?", "remit-2024-total",
     "remit-uses"),
])
def test_two_short_questions_joined_get_the_first_answered_and_the_other_offered(
        answerer: Answerer, message: str, first: str, other: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.also is not None
    assert (reply.entry.id, reply.also.id) == (first, other)


@pytest.mark.parametrize("message", [
    # one question of two things, no question word on the second side: read whole
    "what are the causes and effects of migration?", "что такое МОТ и МОМ?",
    "migratsiyaning sabablari va oqibatlari qanday?",
])
def test_one_question_of_two_things_is_not_split(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).match.also is None
