"""Near misses answered as if they were asked, and right facts refused (near15, issue 7
item 4): the documents' own figure said in words with its decimals ("fourteen point eight
billion") is answered, another figure so said is a near miss."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.text import fold, spell


@pytest.mark.parametrize(("text", "folded"), [
    ("fourteen point eight billion", "14 8 bilion"),
    ("two point five million", "2 5 milion"),
    ("четырнадцать целых восемь десятых миллиарда", "14 8 miliarda"),
    ("chetyrnadcat celyh vosem desyatyh milliarda", "14 8 miliarda"),  # Russian in Latin
    ("oʻn toʻrt butun oʻndan sakkiz milliard", "14 8 miliard"),
    ("o'n to'rt butun sakkiz milliard", "14 8 miliard"),
    ("ўн тўрт бутун саккиз миллиард", "14 8 miliard"),
    ("on tort butun sakkiz milliard", "14 8 miliard"),  # Russian keyboard, no apostrophes
    ("the point of it", "the point of it"),
    ("fourteen point", "14 point"),  # no decimal follows
    ("point three of the decree", "point thre of the desre"),
])
def test_decimals_said_in_words_fold_as_their_digits(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(spell(text).split()) == len(fold(text).split())


@pytest.mark.parametrize("message", [
    "fourteen point eight billion, is that right",
    "fourteen point eight billion dollars in 2024, is that right",
    "remittances were fourteen point eight billion dollars in 2024?",
    "четырнадцать целых восемь десятых миллиарда долларов в 2024 году, верно?",
    "perevody sostavili chetyrnadcat celyh vosem desyatyh milliarda dollarov?",
    "pul oʻtkazmalari oʻn toʻrt butun oʻndan sakkiz milliard dollar boʻlganmi",
    "pul o'tkazmalari o'n to'rt butun sakkiz milliard dollar bo'lganmi",
    "pul o'tkazmalari o'n to'rt butun sakkiz milliard dollar bo'lganmi".replace("o'", "ö"),
    "пул ўтказмалари ўн тўрт бутун саккиз миллиард доллар бўлганми",
    "14.8 billion, is that right",
])
def test_the_documents_figure_said_with_its_decimals_is_answered(answerer: Answerer,
                                                                 message: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == "remit-2024-total"


@pytest.mark.parametrize("message", [
    "remittances were fourteen point five billion dollars in 2024?",
    "четырнадцать целых пять десятых миллиарда долларов в 2024 году, верно?",
    "pul oʻtkazmalari oʻn toʻrt butun besh milliard dollar boʻlganmi",
    "пул ўтказмалари ўн тўрт бутун беш миллиард доллар бўлганми",
    "14.5 billion, is that right",
])
def test_another_figure_said_with_its_decimals_is_a_near_miss(answerer: Answerer,
                                                              message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert "14.5" in found.near_miss.asked
    assert "remit-2024-total" in {c.entry_id for c in found.candidates}
