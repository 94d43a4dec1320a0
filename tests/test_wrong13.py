"""Confident wrong answers of the thirteenth session's classes (wrong13), in every language
and script they concern.

A year tied to its place: a sentence of an entry's text that holds a year dates the
countries and organisations it names, not those of the entry's other sentences ("In 2024 a
new migration agreement was also signed with Germany": not Turkey's year, though the same
answer names Turkey). A "which year" or "when was it signed" that names another country's
deal is a near miss of that entry."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    "which year was the Turkey agreement signed",
    "when did Uzbekistan sign its labour agreement with Kazakhstan",
    "в каком году подписали соглашение с Турцией о трудовой миграции",
    "v kakom godu podpisali soglashenie s Turciei",
    "Turkiya bilan mehnat migratsiyasi kelishuvi qaysi yili imzolangan",
    "Turkiya bilan mehnat migratsiyasi kelişuvi qaysi yili imzolangan",
    "Туркия билан меҳнат миграцияси келишуви қайси йили имзоланган",
    "Туркия билан мехнат миграцияси келишуви кайси йили имзоланган",
    "Rossiya bilan kelishuv qachon imzolangan",
])
def test_a_year_asked_of_another_countrys_deal_is_a_near_miss(answerer: Answerer,
                                                              message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert found.candidates[0].entry_id == "coop-bilateral-agreements"


@pytest.mark.parametrize("message", [
    "which year was the agreement with Germany signed",
    "в каком году подписали соглашение с Германией",
    "Germaniya bilan kelishuv qaysi yili imzolangan",
    "Германия билан келишув қайси йили имзоланган",
    "Германия билан келишув кайси йили имзоланган",
])
def test_the_year_of_the_country_its_sentence_names_is_answered(answerer: Answerer,
                                                                message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer" and found.near_miss is None
    assert found.candidates[0].entry_id == "coop-germany-2024"


@pytest.mark.parametrize(("message", "entry"), [
    ("when was the Global Compact for Migration adopted", "org-global-compact"),
    ("в каком году ООН приняла Глобальный договор о миграции", "org-global-compact"),
    ("when was decree UP-5785 signed", "decree-up-5785"),
    ("PF-4947 farmoni qachon qabul qilingan", "decree-up-4947"),
])
def test_a_year_of_the_entrys_own_act_is_answered(answerer: Answerer, message: str,
                                                  entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer" and found.candidates[0].entry_id == entry
