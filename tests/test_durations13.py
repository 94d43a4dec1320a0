"""A count of years is not a year (fix13 item 6: tester s12 finding 17): "for 10 years" is no
2010, nor «10 лет», "10 yildan beri"; like an age it is never compared with an entry's years,
so the question told beside it is answered. A year stays a year ("in 2024", "2024 yilda")."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.numbers import read_numbers
from bot.text import fold


@pytest.mark.parametrize(("text", "years", "ages"), [
    ("my father worked in russia for 10 years", set(), {10}),
    ("I have lived here 15 yrs", set(), {15}),
    ("отец 10 лет работал в России", set(), {10}),
    ("otam 10 yildan beri Rossiyada", set(), {10}),
    ("отам 10 йилдан бери Россияда", set(), {10}),
    ("10 yil davomida ishladim", set(), {10}),
    ("how much was sent in 2024", {2024}, set()),
    ("2024 yilda qancha", {2024}, set()),
    ("в 2023 году", {2023}, set()),
    ("a 10 year old boy", set(), {10}),
])
def test_a_count_of_years_is_no_year(answerer: Answerer, text: str, years: set[int],
                                     ages: set[int]) -> None:
    numbers = read_numbers(fold(text).split(), answerer.matcher.reader.number_words)
    assert (set(numbers.years), set(numbers.ages)) == (years, ages)


@pytest.mark.parametrize(("message", "entry", "lang"), [
    ("my father worked in russia for 10 years and now he is back home in fergana there is "
     "some mahalla system that helps returning migrants what is it exactly",
     "abroad-mahalla-system", "en"),
    ("my father worked in russia for 10 years, what is the mahalla system",
     "abroad-mahalla-system", "en"),
    ("I have lived in Russia for 15 years, how does the state support citizens abroad",
     "abroad-state-support", "en"),
    ("отец 10 лет работал в России, что такое система махалли", "abroad-mahalla-system", "ru"),
    ("я 10 лет в Москве, как государство поддерживает граждан за рубежом",
     "abroad-state-support", "ru"),
    ("otam 10 yildan beri Rossiyada ishlaydi, mahalla tizimi nima", "abroad-mahalla-system",
     "uz"),
    ("отам 10 йилдан бери Россияда ишлайди, маҳалла тизими нима", "abroad-mahalla-system",
     "uz-Cyrl"),
])
def test_the_question_beside_a_count_of_years_is_answered(
        answerer: Answerer, message: str, entry: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id, reply.lang, reply.note) == (
        "answer", entry, lang, "")
