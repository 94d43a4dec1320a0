"""Coordinator's fixes of the eighteenth session, as tables."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # 'qaragan' (looked, faced) is a word of its own, not a typo of 'qamagan' (locked up)
    "tashqi siyosatimiz bitta davlatga emas, bir nechta tomonga qaragan deyiladi, bu qanday",
    "Ташқи сиёсатимиз бир нечта томонга қараган, бу нима дегани",
    "ташки сиёсатимиз бир нечта томонга караган",
])
def test_an_everyday_word_one_letter_off_a_danger_word_raises_no_alarm(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    "xojayin bizni qamagan", "Хўжайин бизни қамаган", "хужайин бизни камаган",
    "bizni xonaga qamab qoʻyishdi",
])
def test_the_danger_word_itself_stays_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # someone sold now, or about to be (blind18a: a sister taken to Turkey "to work")
    "Сестру увезли в Турцию якобы на работу, теперь её продают, что делать",
    "нас продают другому хозяину", "хотят меня продать другому хозяину",
    "my sister is being sold", "I think my daughter is being sold",
    "singlimni sotishyapti", "Синглимни сотишяпти", "синглимни сотишяпти, нима килай",
    "qizimni sotmoqchi", "hotyat menya prodat",
    # a person sold named as a noun, in either order (review18)
    "сестру хотят продать", "хотят продать мою дочь", "they are selling my sister",
    "bizni sotishmoqchi", "akamni sotishyapti", "Акамни сотишяпти",
])
def test_someone_sold_now_or_about_to_be_is_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    "хотят продать квартиру", "что продают на рынке", "the house is being sold",
    "cars being sold cheap", "machinani sotmoqchiman", "we want to sell our car",
    # «её/его/их продают» and "sell them" of things (review18)
    "патент где купить, их продают в МФЦ?", "сим-карту где купить, её продают в аэропорту?",
    "Дом старый, его продают за копейки, стоит покупать?",
    "I want to sell them my car before leaving",
    "I want to sell my family house before moving to Russia",
])
def test_things_sold_are_no_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize(("message", "entry"), [
    # which document on migration X adopted: Uzbekistan's acts, or the UN's Global Compact
    # (review18 finding 11: the compact's new phrasing took Uzbekistan's question; in English
    # "which documents has Uzbekistan adopted" took "what does Uzbekistan need, according to
    # the documents", so English is left as it was)
    ("какой документ о миграции принял Узбекистан", "law-regulation"),
    ("Oʻzbekiston migratsiya boʻyicha qanday hujjat qabul qilgan", "law-regulation"),
    ("Ўзбекистон миграция бўйича қандай ҳужжат қабул қилган", "law-regulation"),
    ("which document on migration did the UN adopt", "org-global-compact"),
    ("какой документ о миграции приняла ООН", "org-global-compact"),
    ("BMT migratsiya boyicha qanday hujjat qabul qilgan", "org-global-compact"),
])
def test_a_document_adopted_is_the_adopters_own(answerer: Answerer, message: str,
                                                entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.best and found.best.entry_id) == ("answer", entry)


@pytest.mark.parametrize(("message", "lang"), [
    # 'nimani anglatadi/bildiradi' (what does it mean) are stop words, but they tell Uzbek:
    # an international word beside them is no English or Russian question (review18 finding 10)
    ("diaspora nimani anglatadi", "uz"), ("remittans nimani anglatadi", "uz"),
    ("IOM nimani anglatadi", "uz"), ("диаспора нимани англатади", "uz-Cyrl"),
    ("диаспора нимани билдиради", "uz-Cyrl"),
    ("what does diaspora mean", "en"), ("что означает диаспора", "ru"),
])
def test_what_it_means_in_uzbek_is_answered_in_uzbek(answerer: Answerer, message: str,
                                                     lang: str) -> None:
    assert answerer.ask(message).lang == lang
