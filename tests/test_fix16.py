"""Real messages the bot mishandled (fix16, issue 7): a fire where one lives is a danger in
every script and word order, while "nowhere to go" for leisure raises no alarm (review s15
finding 13)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # a fire where one lives: a dwelling and a fire word, either way round (review s15 13)
    "our dormitory is on fire help", "the dormitory is burning", "fire in our dormitory",
    "there is a fire in our hostel", "our dorm is burning", "the apartment is on fire",
    "our building is burning", "a fire broke out at the hostel",
    "общежитие горит", "горит общежитие, что делать", "в общежитии пожар",
    "у нас в общаге загорелась комната", "квартира горит", "obshejitiye gorit",
    "yotoqxonada yongʻin", "yotoqxonada yong'in", "yotoqxonamiz yonyapti", "uyimiz yonyapti",
    "yotoqxonaga oʻt ketdi, yordam bering",
    "ётоқхонада ёнғин", "ётоқхонамиз ёняпти", "ётокхонада ёнгин",  # uz-Cyrl, both keyboards
    "yotoqxonada yonģin",  # the new alphabet: ğ for gʻ
    # ... and homelessness keeps it
    "i have nowhere to go tonight, no money", "мне некуда идти, денег нет",
    "boradigan joyim yoʻq", "hech qayerga boradigan joyim yoʻq, pulim yoʻq",
])
def test_a_fire_where_one_lives_and_homelessness_get_the_block(answerer: Answerer,
                                                               message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "entry"), [
    # "nowhere to go" for leisure is no homelessness; the question is answered
    ("nowhere to go for holidays, what is schengen", "coop-schengen"),
    ("nowhere to go for the holidays, what is schengen", "coop-schengen"),
    ("некуда идти вечером, что такое шенген", "coop-schengen"),
    ("на выходных некуда идти, что такое шенген", "coop-schengen"),
    ("dam olish kunlari boradigan joyim yoʻq, shengen nima", "coop-schengen"),
    # a fire in a year past is news, in Uzbek as in Russian
    ("в 2022 году был пожар на рынке, что такое МОМ", "org-iom"),
    # "engineer" folds like 'yongʻin' and is no fire
    ("engineers in germany, what is the deal", "coop-germany-2024"),
])
def test_everyday_words_beside_a_question_raise_no_alarm(answerer: Answerer, message: str,
                                                         entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "2022 yilda bozorda yongʻin boʻlgan, XMT nima", "how many uzbek engineers work abroad",
    "kechqurun boradigan joy yoʻq", "burning issue of building cooperation between countries",
])
def test_everyday_words_alone_raise_no_alarm(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"
