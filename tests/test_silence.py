"""A silence ("и не звонит", "bilan aloqa yoʻq", "has not called") is a danger when someone
close is silent, not when a bank, an agency or the internet is (review s8 finding 4), in
every language and script: Uzbek Latin, Uzbek Cyrillic proper and typed on a Russian
keyboard, Russian in both alphabets, English. When unsure, the block stays."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # the reviewer's
    "Agentlik telefon qilmayapti, agentlik nima ish qiladi?",
    "Банк и не звонит, какие комиссии за переводы?",
    "Internet bilan aloqa yoʻq, pul oʻtkazmasini qanday yuboraman?",
    "Oʻzbekiston bilan aloqa yoʻq davlatlar bormi?",
    "The agency has not called me back about the training, what is the Agency?",
    "Why has the UN not called for a new compact?",
    # and variants: other things, other silences, every script
    "Агентлик телефон қилмаяпти, агентлик нима иш қилади?",
    "Агентлик телефон килмаяпти, агентлик нима иш килади?",
    "Интернет билан алоқа йўқ, пул ўтказмасини қандай юбораман?",
    "Интернет билан алока йук, пул утказмасини кандай юбораман?",
    "Bank i ne zvonit, kakie komissii za perevody?",
    "Банк уже давно не звонит. Что такое денежные переводы?",
    "Агентство не отвечает на звонки, чем занимается агентство?",
    "В деревне нет связи, как мигранты отправляют деньги?",
    "The bank has not called me back, how much did migrants send in 2024?",
    "The embassy is not answering the phone, what does the state do for citizens abroad?",
    "Elchixona telefonni olmayapti, davlat chet eldagi fuqarolarga qanday yordam beradi?",
])
def test_a_thing_silent_is_no_danger(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    # someone close named anywhere in the message
    "сын уехал в Россию месяц назад и не звонит", "syn uehal v Rossiyu i ne zvonit",
    "муж работает в банке и не звонит",
    "akam bilan 10 kundan beri aloqa yoʻq", "акам билан 10 кундан бери алоқа йўқ",
    "акам билан 10 кундан бери алока йук", "akam bilan 10 kundan beri aloqa yoq",
    "erim 2 oydan beri telefon ham qilmayapti", "эрим 2 ойдан бери телефон ҳам қилмаяпти",
    "ukam telefonini koʻtarmayapti", "укам телефонини кўтармаяпти",
    "my brother has not called for two weeks",
    "my husband works at a bank and has not called for a month",
    "брат не берет трубку уже неделю",
    # no one and nothing named: unsure, the block stays
    "уехал в Россию и не звонит", "Koreyaga ketgan, 2 haftadan beri aloqa yoʻq",
    "Кореяга кетган, 2 ҳафтадан бери алоқа йўқ", "he went to Russia and has not called",
    "2 haftadan beri aloqa yoʻq, agentlik nima qiladi?",
])
def test_someone_silent_is_a_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"
