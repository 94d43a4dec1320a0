"""A message that asks two documented things is answered with the first one asked, the
other offered as a button (``Matcher.settle``), not with the one that scores best: the
first question is the one its writer means most, in every language and script."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize(("message", "first", "then"), [
    ("what is the role of the diaspora and what is the schengen agreement",
     "diaspora-role", "coop-schengen"),
    ("what is the role of the diaspora? what is the schengen agreement?",
     "diaspora-role", "coop-schengen"),
    ("What does decree UP-5785 say? And what is the Schengen agreement?",
     "decree-up-5785", "coop-schengen"),
    ("What is the Schengen agreement? And what does decree UP-5785 say?",
     "coop-schengen", "decree-up-5785"),
    ("кто такие мигранты-дипломаты и что такое шенгенское соглашение",
     "diaspora-diplomats", "coop-schengen"),
    ("какие формы миграции бывают и что такое шенгенское соглашение",
     "concept-forms", "coop-schengen"),
    ("какова роль диаспоры? что такое шенгенское соглашение?", "diaspora-role",
     "coop-schengen"),
    ("diasporaning roli qanday va Shengen kelishuvi nima", "diaspora-role", "coop-schengen"),
    ("diasporaning roli qanday? Shengen kelishuvi nima?", "diaspora-role", "coop-schengen"),
    ("migrant diplomatlar kimlar va diasporaning roli qanday", "diaspora-diplomats",
     "diaspora-role"),
    ("диаспоранинг роли қандай ва Шенген келишуви нима", "diaspora-role", "coop-schengen"),
    ("диаспоранинг роли қандай? Шенген келишуви нима?", "diaspora-role", "coop-schengen"),
    ("мигрант дипломатлар кимлар ва диаспоранинг роли кандай", "diaspora-diplomats",
     "diaspora-role"),
])
def test_the_first_question_asked_is_answered(matcher: Matcher, message: str, first: str,
                                              then: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", first)
    assert m.also is not None and m.also.entry_id == then
