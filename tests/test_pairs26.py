"""Neighbour entries that took each other's questions (pairs26), told apart by the words
that say which side is asked, in every language and script.

- An agreement asked of a country is the labour agreements' entry
  (coop-bilateral-agreements), not the destinations' (coop-destinations), whose aliases are
  the same countries' names ("South Korea", «Туркия»): an aspect of the thesaurus,
  ``[[agreement], [destinations, where-to, where-going]]``. Where people go stays the
  destinations'.
- What a thing makes possible, said of it in an Uzbek participle ("... imkon beradigan
  kelishuv", the agreement that lets people cross freely), names no opportunities (the
  ``enables`` concept, which weighs nothing): otherwise the agreement side made the entry of
  two sides asked (the opportunities of harmonising) the Schengen question's answer.
- "What is called X" said in Uzbek with 'aytiladi' ('X deb nimaga aytiladi', 'nima deb
  aytiladi') is the naming frame, like 'nima deb ataladi': it weighs nothing, so the subject
  decides, and the entry that defines it answers ("the money migrants send home, what is it
  called" was answered with what the money is spent on).
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher

from .test_blindfix21 import _decided


@pytest.mark.parametrize("message", [
    "is there a work agreement between uzbekistan and south korea",
    "south korea and uzbekistan: is there an agreement on our workers?",
    "Южная Корея соглашение о трудовой миграции",
    "Janubiy Koreya bilan mehnat shartnomasi bormi",
    "Janubiy Koreya mehnat migratsiyasi kelishuvi",
    "Жанубий Корея билан меҳнат шартномаси борми",
    "Туркия билан меҳнат мигрантлари бўйича шартнома борми?",
    "жанубий корея билан мехнат келишуви борми",  # ru keyboard
])
def test_an_agreement_asked_of_a_country_is_the_agreements(matcher: Matcher,
                                                          message: str) -> None:
    assert _decided(matcher, message) == ("answer", "coop-bilateral-agreements")


@pytest.mark.parametrize("message", [
    "where do uzbeks mostly go to work",
    "в какие страны уезжают работать узбеки",
    "oʻzbeklar asosan qaysi davlatlarga ishlashga ketadi",
    "ўзбеклар асосан қайси давлатларга ишлашга кетади",
])
def test_where_people_go_stays_the_destinations(matcher: Matcher, message: str) -> None:
    assert _decided(matcher, message) == ("answer", "coop-destinations")


@pytest.mark.parametrize("message", [
    "Yevropada bir davlatdan boshqasiga bemalol oʻtishga imkon beradigan kelishuv nima?",
    "Европада бир давлатдан бошқасига бемалол ўтишга имкон берадиган келишув нима?",
])
def test_an_agreement_that_lets_people_cross_is_no_opportunity(matcher: Matcher,
                                                             message: str) -> None:
    m = matcher.match(message)
    assert m.decision != "answer" or m.best.entry_id == "coop-schengen"
    assert m.candidates[0].entry_id == "coop-schengen"


@pytest.mark.parametrize("message", [
    "Ma'lumot almashish davlatlarga qanday imkon beradi?",
    "Маълумот алмашиш давлатларга қандай имкон беради?",
])
def test_what_it_gives_still_asks_the_opportunities(matcher: Matcher, message: str) -> None:
    assert _decided(matcher, message) == ("answer", "coop-harmonising-opportunities")


@pytest.mark.parametrize(("message", "entry"), [
    ("Migrantlar uyiga joʻnatadigan pul nima deb aytiladi?", "remit-definition"),
    ("Мигрантлар уйига жўнатадиган пул нима деб айтилади?", "remit-definition"),
    ("pul oʻtkazmalari deb nimaga aytiladi", "remit-definition"),
    ("пул утказмалари деб нимага айтилади", "remit-definition"),  # ru keyboard
    ("Diaspora deb nimaga aytiladi?", "diaspora-role"),
    ("Диаспора деб нимага айтилади?", "diaspora-role"),
    # what the money is spent on is still asked so
    ("Migrantlar yuborgan pul nimaga sarflanadi?", "remit-uses"),
    ("Мигрантлар юборган пул нимага сарфланади?", "remit-uses"),
])
def test_what_is_called_so_in_uzbek_is_the_definition(matcher: Matcher, message: str,
                                                     entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)
