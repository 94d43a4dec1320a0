"""Dangers the seventh session's tester found missed (its finding 1): a relative taken away
and not returned, a phone not picked up, self-harm, being tricked and held, kept indoors, debt
worked off, abuse, slavery, wages withheld or run off with, sick or stuck abroad with nothing;
in every language and script. And questions with some of the same words that stay questions."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    'Mening singlimni chet elga ishga deb olib ketishdi, endi qaytarishmayapti',
    'синглимни чет элга ишга деб олиб кетишди, энди қайтаришмаяпти',
    "do'stim bir haftadan beri telefon ko'tarmayapti, Rossiyada edi",
    'дўстим бир ҳафтадан бери телефон кўтармаяпти',
    "my friend in Russia hasn't answered his phone for a week",
    "o'zimni osib qo'ymoqchiman",
    'ўзимни осиб қўймоқчиман',
    'I want to end my life',
    'меня обманом привезли в Турцию и держат',
    'Men qarzga botib qoldim, ishlab berasan deyishyapti, chiqib ketolmayman',
    'нас закрывают на ночь в вагончике',
    "bizni ko'chaga chiqarishmaydi",
    'we cannot go outside, the door is locked at night',
    'oylik bermasdan 3 oy ishlatishdi endi haydashyapti',
    'brigadir 2 oylik maoshimizni olib qochib ketdi',
    "xo'jayin menga tegajoqlik qilyapti",
    "ish joyida zo'rlashdi",
    'meni qul qilib ishlatishyapti',
    'мени кул килиб ишлатишяпти',
    "kasal bo'lib qoldim kasalxonaga pulim yo'q chet eldaman",
    'I am stuck abroad with no money to fly home',
    'meni ishdan haydab, pulimni bermadi',
    'ишдан хайдаб пулимни бермади',
    'my wife has not come back from Turkey, her phone is off',
    'urgent help needed',
    'tez yordam kerak',
    "pasportim muddati o'tib ketdi, Rossiyadaman, qo'lga tushsam nima bo'ladi",
    "ўзимни осиб куймокчиман",
    "бизни кучага чикаришмайди",
    "menya obmanom privezli v Turtsiyu i derzhat",
    "синглимни чет элга ишга деб олиб кетишди, энди кайтаришмаяпти",
    "this is an emergency",
    "they have my passport", "they still have my passport and wont give it back",
])
def test_a_danger_said_in_other_words_gets_the_protection_reply(answerer: Answerer,
                                                                message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "the bot hasnt answered my question", "shoshilinch savol: Shengen nima?",
    "pulni qaytarish mumkinmi", "What does the Constitution say about the right to return?",
    "qaytgan migrantlarga qanday yordam beriladi", "How much money do migrants send home?",
    "Какая помощь положена мигрантам при возвращении?",
    # "emergency" and "qaytarishmay*" alone were too broad (review7core finding 7)
    "What is environmental migration, for example after an emergency?",
    "Is there an emergency fund for migrant workers under the 2022-2026 strategy?",
    "What are migrants' rights in an emergency?",
    "Nega migrantlar uyga qaytarishmaydi pulni", "Qarzni qaytarishmaydi, nima qilay",
    "Нега мигрантлар уйга қайтаришмайди пулни",
    # "have my passport" is the writer's own too
    "I have my passport, what else do I need to work abroad?",
    "I have not picked up my passport yet",
])
def test_a_question_near_those_words_is_not_urgent(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent
