"""Small talk (tester5 finding 15): a goodbye in Uzbek Cyrillic, an acknowledgement that is
not a greeting, and follow-ups that the bot, keeping no conversation, cannot place."""

from __future__ import annotations

import html

import pytest

from bot.answers import Answerer
from bot.i18n import translator
from bot.plaintext import plain_text
from bot.telegram import render
from bot.wording import ACKNOWLEDGED, FAREWELL, FOLLOW_UP, LANGUAGE_ASKED


@pytest.mark.parametrize("message", [
    "Сау бўлинг", "сау булинг", "Sau bo'ling", "sau boling", "Sau boʻling", "good night",
    # alone, a goodbye whose words would greet or fold like others ("bye" folds to "be"),
    # and good-night wishes (tester s13 item 33: "bye" got "Hello!")
    "bye", "Bye!", "ok bye", "bye bye", "спокойной ночи", "Спокойной ночи!", "hayrli tun",
    "xayrli tun", "ҳайрли тун", "хайрли тун",
])
def test_a_goodbye_gets_goodbye(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "greeting" and not reply.choices
    assert plain_text(reply, answerer.kb).startswith(translator(reply.lang)(FAREWELL)[:4])


@pytest.mark.parametrize("message", [
    "ok", "okay", "hmm", "got it", "ок", "окей", "понятно", "ну", "ладно", "ponyatno",
    "xo'p", "xop", "xoʻp", "mayli", "tushunarli", "хўп", "хуп", "тушунарли",
])
def test_an_acknowledgement_gets_all_right_and_the_help_line(answerer: Answerer,
                                                             message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "greeting"
    assert plain_text(reply, answerer.kb) == translator(reply.lang)(ACKNOWLEDGED)


@pytest.mark.parametrize("message", [
    "ok rahmat", "ок, спасибо", "ok, what is a diaspora?", "hmm, how much was sent in 2024?",
])
def test_an_acknowledgement_beside_thanks_or_a_question_is_not_only_that(
        answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.match.small_talk is None
    assert plain_text(reply, answerer.kb) != translator(reply.lang)(ACKNOWLEDGED)


@pytest.mark.parametrize("message", [
    "batafsil", "batafsilroq", "yana", "bu nima degani", "бу нима дегани", "батафсил",
    "подробнее", "подробнее, пожалуйста", "podrobnee", "это что значит", "почему?",
    "why?", "more details please", "tell me more", "nega?", "нега?",
    # question words alone (tester5 finding 15: "qachon?" got "the documents do not answer")
    "qachon?", "qachon", "қачон?", "качон?", "когда?", "а когда?", "kogda?", "when?",
    "and where?", "kim?", "кто?", "qayerda?",
])
def test_a_follow_up_is_told_to_ask_again_or_press_a_button(answerer: Answerer,
                                                            message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "abstain" and reply.entry is None
    text = plain_text(reply, answerer.kb)
    assert text == translator(reply.lang)(FOLLOW_UP)
    assert "www.migration.uz" not in text  # not "the documents do not answer this"


@pytest.mark.parametrize("message", [
    "hi how are you", "how are you", "Привет, как дела?", "privet kak dela", "qalaysiz",
])
def test_a_greeting_with_a_question_word_is_no_follow_up(answerer: Answerer,
                                                         message: str) -> None:
    assert answerer.ask(message).kind == "greeting"


@pytest.mark.parametrize("message", [
    "nega odamlar chet elga ketadi", "почему 2017 год стал поворотным",
    "why do people migrate", "yana qanday yordam bor migrantlarga",
    "qachon UP-5785 qabul qilingan", "когда принят указ 5785", "when was decree 5785 adopted",
    "қачон УП-5785 қабул қилинган",
])
def test_a_question_that_starts_like_a_follow_up_is_matched(answerer: Answerer,
                                                            message: str) -> None:
    assert answerer.ask(message).match.small_talk is None


@pytest.mark.parametrize("message", [
    # "bye" was a greeting, and folds to "be": these were greeted with "Hello!"
    "will it be better in 2024", "it will be hard for migrants in 2025",
    "bye, what is the ILO?",
])
def test_be_is_no_greeting(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "greeting"


@pytest.mark.parametrize(("message", "lang"), [
    # answers in another language asked for (tester s13 item 34): how to choose one, in the
    # language of the message, not "the documents do not answer this"
    ("а на русском можно?", "ru"), ("на узбекском можно?", "ru"), ("in russian please", "en"),
    ("can you answer in english?", "en"), ("ruschasi bormi?", "uz"), ("oʻzbekcha yozing", "uz"),
    ("рус тилида жавоб берасизми", "uz-Cyrl"), ("ўзбекча ёзинг", "uz-Cyrl"),
    ("узбекча ёзинг", "uz-Cyrl"),
])
def test_asking_for_another_language_says_how_to_choose_one(answerer: Answerer, message: str,
                                                            lang: str) -> None:
    reply = answerer.ask(message)
    note = translator(lang)(LANGUAGE_ASKED)
    assert (reply.kind, reply.lang, reply.note) == ("abstain", lang, note)
    assert "/lang" in note and note in plain_text(reply, answerer.kb)
    assert html.escape(note) in render.reply_html(reply, answerer.kb)


def test_a_question_that_names_a_language_is_answered(answerer: Answerer) -> None:
    assert answerer.ask("what is the ILO in russian").kind == "answer"
