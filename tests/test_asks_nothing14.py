"""Messages that name a language, a link, a danger in mixed Uzbek and Russian, or a practical
matter, and got an entry (fix14, issue 7; tester s13, review s13 finding 22): a language
asked for alone ("and in Russian?", «по-узбекски можно?», 'inglizcha javob bering') gets the
/lang line in every script, and beside a question it is set aside, never a country; a link
alone is no subject; «документларимни забрали» gets the protection block; dual citizenship or
"is there work in Kazakhstan" is a practical matter the documents never give; "where do I go
for help" gets what the documents say on protection, not what families spend money on."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.i18n import translator
from bot.wording import LANGUAGE_ASKED


@pytest.mark.parametrize(("message", "lang"), [
    ("and in Russian?", "en"), ("answer in english please", "en"), ("write in uzbek", "en"),
    ("in Uzbek please", "en"),
    ("по-узбекски можно?", "ru"), ("а на узбекском?", "ru"), ("можно на английском?", "ru"),
    ("ответь на русском", "ru"), ("пиши на русском пожалуйста", "ru"),
    ("po-russki mozhno?", "ru"),
    ("o'zbekcha yozing iltimos", "uz"), ("inglizcha javob bering", "uz"),
    ("ruscha mumkinmi", "uz"), ("ingliz tilida javob bering", "uz"),
    ("kirillda yozing iltimos", "uz"), ("rus tilida javob bera olasizmi?", "uz"),
    ("inglizça javob bering", "uz"),
    ("русча ёзинг", "uz-Cyrl"), ("русча жавоб беринг", "uz-Cyrl"),
    ("инглизча жавоб беринг", "uz-Cyrl"),
])
def test_a_language_asked_for_alone_gets_the_language_line(answerer: Answerer, message: str,
                                                           lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry, reply.choices) == ("abstain", lang, None, ())
    assert reply.note == translator(lang)(LANGUAGE_ASKED)


@pytest.mark.parametrize(("message", "entry"), [
    # beside a question the language is set aside: the question is answered, no country read
    ("по-русски: что такое МОМ", "org-iom"), ("ruscha: XMT nima?", "org-ilo"),
    ("in English please: what is the Schengen Agreement?", "coop-schengen"),
    # ... and "in Uzbek" is no stem of "in Uzbekistan's"
    ("What role do UN international standards play in Uzbekistan's migration policy?",
     "law-international-agreements"),
    ("what do Russian migrants send home", None),
])
def test_a_language_beside_a_question_is_set_aside(answerer: Answerer, message: str,
                                                   entry: str | None) -> None:
    reply = answerer.ask(message)
    if entry is None:
        assert reply.note != translator(reply.lang)(LANGUAGE_ASKED)
    else:
        assert (reply.kind, reply.entry and reply.entry.id, reply.note) == ("answer", entry, "")


@pytest.mark.parametrize("message", [
    "https://migration.uz/news/12345", "http://example.com/a/b", "www.gazeta.uz/ru/2024/12/01/x",
    "https://migration.uz/news/12345 bu nima haqida",
])
def test_a_link_alone_is_no_subject(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry) == ("abstain", None)


@pytest.mark.parametrize(("message", "entry"), [
    ("migration.uz", "org-agency"), ("www.migration.uz nima?", "org-agency"),
])
def test_the_agencys_site_named_still_names_the_agency(answerer: Answerer, message: str,
                                                       entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "lang"), [
    ("документларимни забрали", None), ("документларимни олиб қўйишди", "uz-Cyrl"),
    ("документы олиб қўйди", "uz-Cyrl"), ("документимни олиб куйди хужайин", "uz-Cyrl"),
    ("hujjatlarimni zabrali", "uz"), ("dokumentlarimni olib qoyishdi", "uz"),
    ("dokumentlarimni olib qoʻyishdi", "uz"), ("dokumentlarımnı olib qoʻyishdi", "uz"),
    ("pasportimni zabrali", "uz"), ("паспортимни отобрали", None),
    ("dokumentlarni zabral hozyain", None),
])
def test_a_danger_told_in_mixed_uzbek_and_russian_gets_the_block(
        answerer: Answerer, message: str, lang: str | None) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "urgent"
    assert lang is None or reply.lang == lang


@pytest.mark.parametrize("message", [
    "dokumentlarimni olib qo'ydim shkafga", "я забрал документы из вуза",
])
def test_the_writer_putting_away_or_taking_papers_is_no_danger(answerer: Answerer,
                                                               message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "ikki fuqarolik mumkinmi O'zbekistonda", "ikki fuqarolik mumkinmi", "qoʻsh fuqarolik bormi",
    "икки фуқаролик мумкинми", "двойное гражданство в Узбекистане можно?",
    "dual citizenship uzbekistan", "есть работа в Казахстане на стройке?",
    "Koreyada ish bormi?", "is there work in Russia for builders?",
])
def test_a_practical_matter_the_documents_never_give_abstains(answerer: Answerer,
                                                              message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry) == ("abstain", None)


@pytest.mark.parametrize(("message", "lang"), [
    ("where do I go for help", "en"), ("where can i get help?", "en"),
    ("куда идти за помощью?", "ru"), ("кто может помочь?", "ru"),
    ("yordam uchun qayerga borsam bo'ladi", "uz"), ("ёрдам учун қаерга борсам бўлади", "uz-Cyrl"),
])
def test_where_to_go_for_help_gets_what_the_documents_say_on_protection(
        answerer: Answerer, message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry, reply.choices) == (
        "clarify", lang, None, answerer.protection)
    assert reply.match.decision == "abstain"
