"""English messages the twenty-fifth session (en25, issue 7) fixed, by class, in every
script where the class exists.

- Why people go or leave, with the people named ("why do people leave their homeland",
  «почему люди покидают родные края»), asks the causes: "why do ... go / leave" is a
  ``causes`` phrase whose verb may stand a word or two apart (``apart:``). Why and where
  are two sides of an aspect (``causes`` / ``destinations``, ``where-to``): "where do our
  migrants go" stays the destinations' entry. ``where-to`` is of ``kind: aspect``: it names
  its side and weighs nothing ("where" asks many things).
- Everyday words of four subjects, in the thesaurus: the som kept from falling or crashing
  (``currency``: "keeps the som from crashing", «чтобы сум не падал», 'soʻm qulab
  tushmasligi'); "could that go wrong", "can it end badly" of a dependence (``risk``; not
  "go wrong" alone, which asks the negative effects of migration); rules lined up
  (``harmonise``: "lining up their rules", not "line up" alone); and what is won by it
  (``benefit``: "win by", "good can come of").
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import tokens
from bot.thesaurus import CONCEPT_MARK

from .test_blindfix21 import _decided


@pytest.mark.parametrize(("message", "entry"), [
    # why: the causes
    ("why do people leave their homeland at all", "concept-causes"),
    ("why do so many people go abroad nowadays", "concept-causes"),
    ("почему молодые люди едут в Россию", "concept-causes"),
    ("nega odamlar chet elga ishlashga ketadi", "concept-causes"),
    ("нега одамлар чет элга ишлашга кетади", "concept-causes"),
    # where: the destinations
    ("where do most of our migrants go", "coop-destinations"),
    ("куда уезжают наши мигранты", "coop-destinations"),
    ("odamlarimiz asosan qayerga ishlashga ketadi", "coop-destinations"),
    ("одамларимиз асосан каерга ишлашга кетади", "coop-destinations"),  # ru keyboard
])
def test_why_people_go_is_the_causes_where_they_go_the_destinations(
        matcher: Matcher, message: str, entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize(("message", "causes"), [
    ("why do so many uzbeks leave for russia", True),
    ("why do our guys go to kazakhstan", True),
    ("почему столько узбеков уезжает в Россию", True),
    # not the countries as the subject's verb's object ("why do countries cooperate")
    ("why do countries cooperate on migration", False),
    ("where do so many uzbeks leave for", False),
])
def test_why_and_the_verb_apart_name_the_causes(matcher: Matcher, message: str,
                                                 causes: bool) -> None:
    concepts = {hit.label for hit in matcher.thesaurus.asked_hits(tuple(tokens(message)))}
    assert ("causes" in concepts) is causes


def test_where_weighs_nothing(matcher: Matcher) -> None:
    # "where" names the destinations' side only: it is no word of any entry
    assert CONCEPT_MARK + "where-to" not in matcher._concepts
    assert CONCEPT_MARK + "causes" in matcher._concepts


@pytest.mark.parametrize(("message", "entry"), [
    # the som kept from falling: the currency
    ("does the cash we wire from abroad keep the som from crashing", "remit-currency"),
    ("чтобы сум не падал, помогают ли деньги из-за рубежа", "remit-currency"),
    ("soʻm qulab tushmasligi uchun migrant pullari kerakmi", "remit-currency"),
    ("сўм қулаб тушмаслиги учун мигрант пуллари керакми", "remit-currency"),
    # a dependence that could go wrong: its risk
    ("if our country lives off russia's jobs, could that go wrong", "remit-dependence-risk"),
    ("a country that depends on cash from its workers abroad, can it end badly",
     "remit-dependence-risk"),
    # ... and what can go wrong with migration itself: its negative effects
    ("what can go wrong with migration", "concept-negative-effects"),
    # rules lined up: harmonising, its obstacles or its good side
    ("what stops governments lining up their migration rules", "coop-harmonising-challenges"),
    ("what good can come of lining up their entry rules", "coop-harmonising-opportunities"),
    ("what do states win by lining up their migration laws", "coop-harmonising-opportunities"),
])
def test_everyday_words_of_four_subjects(matcher: Matcher, message: str, entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)
