"""Dangers the tenth session's tester found missed (its findings 1 and 2): a danger told of
someone else ("her boss hits her"), an Uzbek verb said by one and not by many
("chiqarmayapti"), a greeting before either; and questions with "help me" in them that are no
call for help. In every language and script."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.triggerforms import SOMEONE, with_other_numbers, with_someone


@pytest.mark.parametrize("message", [
    # the tester's: third person, a relative, a greeting first
    "her boss hits her", "the employer is beating my brother", "my husband's boss beats him",
    "the employer won't let him go home", "they didn't pay him for 3 months",
    "my dad is sick in Russia and the boss won't let him see a doctor",
    "My friend's employer beats him every day",
    "they r holding my sister and wont let her go",
    "Hello bot, good evening! My friend's employer beats him every day",
    "Hi, my brother's boss beats him", "Hello, my son's employer hits him and takes his money",
    "hey bot. my wife's boss threatens her every day",
    # ... and variants: SMS, plural, other verbs
    "the boss hit my son", "his boss beat him badly", "they dont pay her for 2 months",
    "they wont let them leave the farm", "the owner keeps my sister locked",
    "they are beating my cousin at work", "the boss threatens him",
    "they won't let her out of the house", "they took my daughter away",
    "Good morning. My sister's employer locked her in the house",
    "hi. boss doesnt pay my brother n threatens him",
])
def test_a_danger_told_of_anyone_gets_the_protection_reply(answerer: Answerer,
                                                            message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # said by one ("chiqarmayapti") as the list had it said by many ("chiqarishmayapti")
    "Salom! Yaxshimisiz? Opam Dubayda, xo'jayini uydan chiqarmayapti",
    "Assalomu alaykum, singlim Turkiyada, uy egasi uni tashqariga chiqarmaydi",
    "Ассалому алайкум, синглим Туркияда, уй эгаси уни ташқарига чиқармайди",
    "Ассалому алайкум, синглим Туркияда, уй эгаси уни ташкарига чикармайди",
    "ukamni ishxonadan chiqarmayapti", "ukamni ishxonadan chiqarishmayapti",
    "укамни ишхонадан чиқармаяпти", "укамни ишхонадан чикармаяпти",
    "opamni ko'chaga chiqarmayapti", "opamni koʻchaga chiqarmaydi",
    "xo'jayin ukamni qo'yib yubormayapti", "хўжайин укамни қўйиб юбормаяпти",
    "Salom, akamni xo'jayini uradi", "Салом, акамни хўжайини уради",
])
def test_an_uzbek_danger_said_by_one_or_by_many_gets_the_protection_reply(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # a question with a subject: "does/can/will/who ... help me" (tester s10 finding 2)
    "my husband works in Russia, does the state help me and the kids?",
    "does the state help me and my kids while my husband works abroad",
    "does the agency help me if I come back", "who can help me get a job abroad legally",
    "can the state help me? my son works in Korea",
    "will the state help me if I return from abroad",
    "how can the agency help me find work abroad",
    "Does the government help me if my husband works in Korea?",
    # ... benign help, and a thing silent
    "help me understand the remittances figure",
    "can you help me understand what the strategy says",
    "I am a student, can you help me with my essay about migration",
    "the bank doesn't call me back", "the bank has not called back for a week",
    "Может ли государство помочь мне, муж на заработках?",
    "menga davlat yordam bera oladimi, erim chetda",
    "Помогите понять что такое диаспора",
    # a person's words that are no danger
    "I lock my door at the hostel, is my passport safe there?",
])
def test_a_question_with_help_me_is_no_call_for_help(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    "help me", "please help me", "help me please", "HELP ME", "can someone please help me",
    "what should I do, help me", "why does nobody help me", "please help me, my boss hits me",
    "can anyone help me, my boss took my passport", "does anyone help? they beat my brother",
    "помогите", "yordam bering",
])
def test_a_call_for_help_or_a_danger_told_beside_a_question_stays_urgent(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("phrases", "someone", "expected"), [
    (["beats <someone>"], ["me", "her"], ["beats me", "beats her"]),
    (["wont let <someone> go"], ["him"], ["wont let him go"]),
    (["beats me", "in prison"], ["her"], ["beats me", "in prison"]),
    ([f"hits {SOMEONE}"], [], []),
])
def test_someone_stands_for_each_person(phrases: list[str], someone: list[str],
                                        expected: list[str]) -> None:
    assert with_someone(phrases, someone) == expected


@pytest.mark.parametrize(("phrase", "other"), [
    ("chiqarishmayapti", "chiqarmayapti"), ("chiqarmay*", "chiqarishmay*"),
    ("uydan chiqarishmay*", "uydan chiqarmay*"), ("toʻlamayapti", "toʻlashmayapti"),
    ("olib qoʻyishdi", "olib qoʻydi"), ("urdi", "urishdi"), ("ketdi", "ketishdi"),
    ("kasalxonaga olmay*", "kasalxonaga olishmay*"),
])
def test_an_uzbek_verb_is_also_said_in_the_other_number(phrase: str, other: str) -> None:
    assert with_other_numbers([phrase]) == [phrase, other]


@pytest.mark.parametrize("phrase", ["in prison", "pasportim yoʻq", "паспорт забрали", "qamoqda"])
def test_a_phrase_without_an_uzbek_verb_form_stays_alone(phrase: str) -> None:
    assert with_other_numbers([phrase]) == [phrase]
