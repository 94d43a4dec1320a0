"""A question with no subject of its own asks of an answer or a story the bot does not keep
(fix13 item 4: tester s12 findings 24, 25): «Это правда?», "is that true?", 'Bu rostmi?'
and a pronoun as the only subject ("how are they connected?", «как они связаны?») get "I do
not keep our conversation", never a confident figure; after a sentence, «Это правда?» asks
that sentence. "What do we do now?" and asking for advice, of "we" or "he", get the what-now
reply as "what do I do" does (item 7: finding 21)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.i18n import translator
from bot.wording import FOLLOW_UP, WHAT_NOW


@pytest.mark.parametrize(("message", "lang"), [
    ("Это правда?", "ru"), ("правда?", "ru"), ("Правда ли это?", "ru"),
    ("Это правда или нет?", "ru"), ("is that true?", "en"), ("is it true?", "en"),
    ("Bu rostmi?", "uz"), ("Бу ростми?", "uz-Cyrl"), ("bu to'g'rimi?", "uz"),
    ("how are they connected?", "en"), ("как они связаны?", "ru"),
    ("ular qanday bog'liq?", "uz"), ("улар қандай боғлиқ?", "uz-Cyrl"),
    ("улар кандай богликми?", "uz-Cyrl"), ("when was it adopted?", "en"),
    ("what do they regulate?", "en"), ("eto pravda?", "ru"),
])
def test_a_question_with_no_subject_is_a_follow_up(answerer: Answerer, message: str,
                                                   lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry) == ("abstain", lang, None)
    assert reply.note == translator(lang)(FOLLOW_UP)


@pytest.mark.parametrize(("message", "entry"), [
    ("Я 8 лет работал в Москве, теперь вернулся в Наманган, открыл маленькую мастерскую. "
     "Соседи говорят, государство помогает вернувшимся мигрантам открыть своё дело. Это правда?",
     "strategy-reintegration"),
    ("Правда, что Узбекистан лидирует в Центральной Азии по переводам?", "remit-2024-total"),
    ("Schengen, what is it?", "coop-schengen"),
    ("what is the ILO and what do they do?", "org-ilo"),
    ("how are illegal migration and trafficking connected?", "concept-illegal-trafficking"),
])
def test_a_question_that_names_its_subject_is_answered(answerer: Answerer, message: str,
                                                       entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "lang"), [
    ("what do we do now?", "en"), ("what should my brother do", "en"),
    ("what do you advise?", "en"), ("а что нам делать?", "ru"), ("что ему делать?", "ru"),
    ("что посоветуете?", "ru"), ("endi nima qilamiz?", "uz"), ("nima maslahat berasiz?", "uz"),
    ("u nima qilsin?", "uz"), ("энди нима қиламиз?", "uz-Cyrl"),
    ("нима маслаҳат берасиз", "uz-Cyrl"), ("энди нима киламиз", "uz-Cyrl"),
])
def test_what_now_of_we_or_he_gets_the_what_now_reply(answerer: Answerer, message: str,
                                                      lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.choices) == ("clarify", lang, answerer.protection)
    assert reply.note.startswith(translator(lang)(WHAT_NOW)[:30])
