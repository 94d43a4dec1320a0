"""What this session's tester found for fix12 (tester s12): dangers said in other words,
a call for help asked after a condition, and the false "not given" above two questions
asked in two sentences. In every language and script they concern."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # a knife (finding 2)
    "коллега угрожает ножом", "hamkasbim pichoq bilan qo'rqitdi", "ҳамкасбим пичоқ билан қўрқитди",
    # the passport kept "for safekeeping" (finding 3)
    "работодатель сказал паспорт побудет у него для надёжности",
    "ish beruvchi 'pasportni menga ber, yo'qolmasin' dedi, berish kerakmi",
    "ish beruvchi pasportimni saqlab qo'yaman dedi", "иш берувчи паспортимни сақлаб қўяман деди",
    # the police taking money every day (finding 4)
    "politsiya har kuni to'xtatib pul oladi", "полиция ҳар куни тўхтатиб пул олади",
    "полиция хар куни тухтатиб пул олади",
    "менты каждый день трясут деньги", "менты каждый день деньги берут",
    "policeman takes money from me every day", "the police take money from us every day",
    # forced work, expulsion, wages promised or gone (findings 5-7, 23)
    "qizimni Turkiyada klubda ishlashga majburlashyapti",
    "meni vatanga chiqarib yuborishmoqchi, sudga chaqirishdi",
    "meni Rossiyadan chiqarib yuborishmoqchi",
    "бригадир уже третий месяц кормит завтраками, денег нет",
    "the foreman ran away with our wages", "прораб сбежал с нашими деньгами",
    # «милиция», not let home or out, poisoned (finding 23)
    "укамни милиция ушлаб кетди",
    "qizim Dubayga ishga ketgan edi, endi qo'ng'iroq qilib yig'laydi, "
    "qaytishga ruxsat berishmayapti",
    "my daughter calls crying, they won't let her come back from Dubai",
    "отравился на работе химией, к врачу не везут",
    "biz 12 kishi bitta podvalda yashaymiz, chiqishga qo'yishmaydi",
    "bizni chiqishga qo'yishmaydi",
    # the army, a raised hand, a torn patent (finding 31)
    "ukamni armiyaga majburan olib ketishmoqchi Rossiyada",
    "укамни армияга мажбуран олиб кетишмоқчи",
    "брата заставляют подписать контракт с армией",
    "menga qo'l ko'tarishdi", "менга қўл кўтаришди", "на меня подняли руку",
    "полицейский порвал мой патент",
])
def test_a_danger_said_in_other_words_gets_the_protection_block(answerer: Answerer,
                                                                message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "entry"), [
    # a call for help asked after a condition is a question (finding 18)
    ("if I go back home will the state help me", "strategy-reintegration"),
])
def test_a_call_for_help_asked_after_a_condition_is_a_question(
        answerer: Answerer, message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.entry.id == entry


@pytest.mark.parametrize("message", [
    # ... while a cry stays one
    "if they deport me who will help me", "help me", "if you can please help me",
])
def test_a_cry_for_help_stays_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "first", "other"), [
    # no "the documents do not give this for the IOM" above the ILO (finding 40)
    ("What is the ILO? And what is the IOM?", "org-ilo", "org-iom"),
    ("What is the IOM? And what is the ILO?", "org-iom", "org-ilo"),
    ("ILO nima? IOM-chi?", "org-ilo", "org-iom"),
    ("Что такое МОТ? А МОМ?", "org-ilo", "org-iom"),
])
def test_two_bodies_asked_in_two_sentences_get_no_false_not_given(
        answerer: Answerer, message: str, first: str, other: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.also is not None
    assert (reply.entry.id, reply.also.id) == (first, other)
    assert reply.match.near_miss is None and not reply.note


def test_a_year_asked_again_still_says_what_is_not_given(answerer: Answerer) -> None:
    reply = answerer.ask("How much was sent in 2024? And in 2023?")
    assert reply.match.near_miss is not None


@pytest.mark.parametrize("message", [
    # the reviewer's (review s12 findings 6, 11): the passport back asked as a right, wages
    # withheld asked of the law; a relative arrested, no money to go home, in Russian
    "do I have the right to get my passport back from the employer",
    "pasportimni ish beruvchidan qaytarib olishga haqqim bormi",
    "имею ли я право вернуть паспорт у работодателя",
    "can an employer legally withhold wages in russia",
    "мужа арестовали", "арестовали брата в Москве", "my husband was arrested",
    "нет денег вернуться домой", "нет денег на билет домой", "no money to go back home",
])
def test_the_reviewers_dangers_get_the_protection_block(answerer: Answerer,
                                                        message: str) -> None:
    assert answerer.ask(message).kind == "urgent"
