"""Urgent messages the fifth session's tester found missed, and calls for help that are
requests, in every language and script (uz Latin with and without apostrophes, Uzbek
Cyrillic proper and typed on a Russian keyboard, Russian in both alphabets, English)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # blackmail, threats from an employer
    "Меня шантажирует работодатель", "menya shantajiruet rabotodatel",
    "I am being threatened by my employer", "my employer is blackmailing me",
    # forced marriage
    "my sister was forced into marriage abroad", "they are forcing my daughter to marry",
    "дочь насильно выдали замуж", "doch nasilno vydali zamuzh",
    "qizimni majburan turmushga berishdi", "қизимни мажбуран турмушга беришди",
    "кизимни мажбуран турмушга беришди",
    # documents taken, said in Uzbek with a Russian verb
    "Hujjatlarni zabrali, nima qilay", "Ҳужжатларни забрали, нима қилай",
    "хужжатларни забрали нима килай",
    # a passport gone (was answered with the 2017 passport reform)
    "pasportim yo'q qoldi", "pasportim yoq qoldi", "pasportim yoʻq qoldi",
    "паспортим йўқ қолди", "паспортим йук колди", "I lost my passport in Russia",
    "потерял паспорт в Москве",
    # a call for help alone, and beside a danger
    "помогите", "yordam bering", "ёрдам беринг!", "please help me",
    "помогите, у меня забрали паспорт, нужна информация",
])
def test_a_danger_gets_the_protection_reply(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "помогите найти информацию про диаспору", "pomogite nayti informatsiyu pro diasporu",
    "help me find information about the diaspora",
    "please help me find information on remittances",
    "yordam bering, diaspora haqida ma'lumot kerak", "yordam bering diaspora haqida malumot kerak",
    "ёрдам беринг, диаспора ҳақида маълумот керак", "ердам беринг диаспора хакида маълумот керак",
    "помогите составить резюме на стройку", "please help me write my essay on migration",
])
def test_a_call_for_help_with_a_task_is_a_request_not_a_danger(answerer: Answerer,
                                                               message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent"
    assert not reply.match.urgent


@pytest.mark.parametrize(("message", "entry"), [
    ("помогите найти информацию про диаспору", "diaspora-role"),
    ("pomogite nayti informatsiyu pro diasporu", "diaspora-role"),
    ("help me find information about the diaspora", "diaspora-role"),
    ("diaspora haqida maʼlumot topishga yordam bering", "diaspora-role"),
    ("diaspora haqida malumot topishga yordam bering", "diaspora-role"),
    ("диаспора ҳақида маълумот топишга ёрдам беринг", "diaspora-role"),
    ("диаспора хакида маълумот топишга ердам беринг", "diaspora-role"),
])
def test_a_request_for_help_finding_a_topic_gets_its_answer(answerer: Answerer, message: str,
                                                            entry: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.entry.id == entry


@pytest.mark.parametrize("message", [
    "pasportim yo'q qoldi", "pasportim yoq qoldi", "паспортим йўқ қолди", "паспортим йук колди",
    "потерял паспорт", "I lost my passport",
])
def test_the_words_of_a_danger_do_not_pick_an_answer(answerer: Answerer, message: str) -> None:
    """"Passport" says the danger: the 2017 passport-system reform does not follow the block."""
    reply = answerer.ask(message)
    assert reply.kind == "urgent" and reply.entry is None
