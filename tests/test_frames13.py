"""A student's exam frame or "one more question" before a question is set aside like a
greeting: the words after it are what is asked (fix13 item 2: tester s12 findings 47, 48);
thanks followed by a turn to the next subject ("rahmat. endi Shengen haqida", «спасибо. а
теперь про шенген») asks for that subject, while thanks for an answer still only thanks
(item 3: finding 28). The lists are ``asking:`` and ``next_topic:`` in phrases.yaml."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "entry", "lang"), [
    ("the teacher asked: what is schengen", "coop-schengen", "en"),
    ("exam question: what is the ILO", "org-ilo", "en"),
    ("my homework: what is the IOM", "org-iom", "en"),
    ("homework: what is the IOM", "org-iom", "en"),
    ("another question: what is the IOM", "org-iom", "en"),
    ("преподаватель спросил: что такое шенген", "coop-schengen", "ru"),
    ("вопрос на экзамене: что такое шенген", "coop-schengen", "ru"),
    ("ещё вопрос: цель 86", "strategy-goal-86", "ru"),
    ("ещё один вопрос: что такое МОТ", "org-ilo", "ru"),
    ("domla so'radi: shengen nima", "coop-schengen", "uz"),
    ("ustoz so'radi: diaspora roli", "diaspora-role", "uz"),
    ("imtihonda tushdi: shengen nima", "coop-schengen", "uz"),
    ("test savoli: 2017 nega burilish yili", "law-2017-reforms", "uz"),
    ("seminar savoli: shengen nima", "coop-schengen", "uz"),
    ("uy vazifasi: shengen nima", "coop-schengen", "uz"),
    ("yana bitta savol: 86-maqsad nima", "strategy-goal-86", "uz"),
    ("rahmat, yana bitta savol: 86-maqsad nima", "strategy-goal-86", "uz"),
    ("yana bitta narsa: shengen nima", "coop-schengen", "uz"),
    ("test savoli: şengen nima", "coop-schengen", "uz"),
    ("домла сўради: шенген нима", "coop-schengen", "uz-Cyrl"),
    ("тест саволи: шенген нима", "coop-schengen", "uz-Cyrl"),
    ("яна битта савол: шенген нима", "coop-schengen", "uz-Cyrl"),
    ("домла суради: шенген нима", "coop-schengen", "uz-Cyrl"),
])
def test_a_frame_before_the_question_is_set_aside(answerer: Answerer, message: str,
                                                  entry: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id, reply.lang) == ("answer", entry, lang)


@pytest.mark.parametrize(("message", "entry", "lang"), [
    ("rahmat. endi Shengen haqida", "coop-schengen", "uz"),
    ("rahmat. endi diaspora haqida", "diaspora-role", "uz"),
    ("rahmat domla, yana bitta: 86-maqsad", "strategy-goal-86", "uz"),
    ("раҳмат. энди диаспора ҳақида", "diaspora-role", "uz-Cyrl"),
    ("рахмат. энди шенген хакида", "coop-schengen", "uz-Cyrl"),
    ("спасибо. а теперь про шенген", "coop-schengen", "ru"),
    ("спасибо. а теперь про диаспору", "diaspora-role", "ru"),
    ("thanks. now about schengen", "coop-schengen", "en"),
    ("thanks, one more: goal 86", "strategy-goal-86", "en"),
])
def test_thanks_then_the_next_subject_is_answered(answerer: Answerer, message: str,
                                                  entry: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id, reply.lang) == ("answer", entry, lang)


@pytest.mark.parametrize("message", [
    "rahmat. endi Jo'raqulova maqolasi haqida", "спасибо. теперь про статью Жоракуловой",
])
def test_thanks_then_an_author_is_the_documents_reply(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "sources"


@pytest.mark.parametrize("message", [
    "thanks for the remittances answer", "спасибо за ответ про шенген", "ясно про шенген, пока",
    "rahmat, shengen haqida tushundim", "спасибо, теперь я понял что такое шенген",
    "спасибо, теперь понятно про диаспору", "thanks, now I know what schengen is",
    "thanks, I will also tell my family about the diaspora",
    "thank you, next time I will ask about schengen", "rahmat, oilamga ham aytaman diaspora haqida",
    "спасибо, теперь буду знать про шенген", "rahmat, keyin yana yozaman",
])
def test_thanks_for_an_answer_still_only_thanks(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "greeting"


@pytest.mark.parametrize(("message", "entry", "lang"), [
    # tester s13 items 24, 25, 29: more frames, openers and "just a question"
    ("катта раҳмат. энди бошқа савол: 86-мақсад нима", "strategy-goal-86", "uz-Cyrl"),
    ("Преподаватель задал вопрос: какова роль диаспор?", "diaspora-role", "ru"),
    ("у меня всё нормально, паспорт на руках, просто интересно: что такое диаспора?",
     "diaspora-role", "ru"),
    ("Ish joyimda hamma narsa yaxshi, maoshni vaqtida berishadi. Faqat savol: ILO nima?",
     "org-ilo", "uz"),
    ("bir narsa so'ramoqchiydim shengen nima", "coop-schengen", "uz"),
    ("бир нарса сўрамоқчийдим шенген нима", "coop-schengen", "uz-Cyrl"),
    ("savol bermoqchi edim: shengen nima", "coop-schengen", "uz"),
    ("let me ask you something: what is schengen", "coop-schengen", "en"),
    ("just a question: what is the IOM", "org-iom", "en"),
])
def test_more_frames_and_openers_are_set_aside(answerer: Answerer, message: str, entry: str,
                                               lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id, reply.lang) == ("answer", entry, lang)
