"""A date or place of founding, signing or adoption that no document gives is a near miss of
the entry, not answered with it (``founded:``, ``when:`` and ``place:`` of ``details:`` in
knowledge/phrases.yaml; the session-9 tester's finding 6)."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize(("message", "entry"), [
    # the tester's messages
    ("Когда основали ООН?", "org-un"),
    ("в каком году основана ООН", "org-un"),
    ("В каком году основана МОТ?", "org-ilo"),
    ("When was the ILO created?", "org-ilo"),
    ("в каком году подписали шенгенское соглашение", "coop-schengen"),
    ("In what year was the Schengen Agreement signed?", "coop-schengen"),
    ("qaysi yilda Shengen kelishuvi imzolangan", "coop-schengen"),
    ("Шенген келишуви қайси йилда имзоланган", "coop-schengen"),
    ("Где приняли глобальный договор о миграции?", "org-global-compact"),
    ("Global kompakt qayerda qabul qilingan", "org-global-compact"),
    # variants: the Russian keyboard, Russian in Latin letters, English
    ("шенген келишуви кайси йилда имзоланган", "coop-schengen"),
    ("v kakom godu osnovana mezhdunarodnaya organizaciya truda", "org-ilo"),
    ("v kakom godu podpisali shengenskoe soglashenie", "coop-schengen"),
    ("When was the UN created?", "org-un"),
    ("BMT qachon tashkil etilgan", "org-un"),
])
def test_a_date_or_place_no_document_gives_is_a_near_miss(matcher: Matcher, message: str,
                                                          entry: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None and m.near_miss.detail
    assert m.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    # a year the documents give is answered
    ("В каком году ООН приняла Глобальный договор о миграции?", "org-global-compact"),
    ("In what year was the Global Compact for Migration adopted?", "org-global-compact"),
    # "when I want" is no date asked
    ("могу ли я уехать из страны и вернуться обратно когда хочу", "law-right-leave-return"),
])
def test_a_date_given_or_no_date_asked_is_answered(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id, m.near_miss) == ("answer", entry, None)


@pytest.mark.parametrize(("message", "entry"), [
    # the tester's messages: the same number of another act or programme
    ("What is goal 86 of the UN Sustainable Development Goals?", "strategy-goal-86"),
    ("Harakatlar strategiyasining 86-maqsadi nima", "strategy-goal-86"),
    ("What does Article 23 of the Labour Code say?", "law-article-23"),
    ("Что говорит статья 23 Трудового кодекса?", "law-article-23"),
    ("Article 23 of the Universal Declaration of Human Rights", "law-article-23"),
    # variants in every script
    ("Ҳаракатлар стратегиясининг 86-мақсади нима", "strategy-goal-86"),
    ("Что говорит 86 цель стратегии действий?", "strategy-goal-86"),
    ("Mehnat kodeksining 23-moddasi nima deydi", "law-article-23"),
    ("мехнат кодексининг 23 моддаси нима дейди", "law-article-23"),
    ("chto govorit statya 23 trudovogo kodeksa", "law-article-23"),
])
def test_the_number_of_another_act_is_a_near_miss(matcher: Matcher, message: str,
                                                  entry: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None
    assert m.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("Strategiyaning 86-maqsadi nima", "strategy-goal-86"),
    ("What does Article 23 of the Constitution say?", "law-article-23"),
    ("Конституциянинг 23-моддаси нима дейди", "law-article-23"),
])
def test_the_acts_own_number_is_answered(matcher: Matcher, message: str, entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id, m.near_miss) == ("answer", entry, None)
