"""The reviewer's findings for fix13 (review s13 findings 1, 4-7, 12, 13): self-harm said of
someone else and other ways; "how do I escape it" beside a defined danger keeps the block; one
of sick, broke, alone is no danger (two together are); the human line not for a question
about migrants in general; both sides offer the answer's pair, never the runner-up; "-chi"
written onto a Cyrillic word is Uzbek; "the assignment of the agency" is no exam frame."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "lang"), [
    ("my brother says he wants to kill himself", "en"), ("i cut myself", "en"),
    ("жить не хочется", "ru"), ("я режу себя", "ru"), ("i am going to jump off a bridge", "en"),
    ("hayotim ma'nosiz, yashagim yo'q", "uz"), ("o`zimga qasd qilmoqchiman", "uz"),
    ("ўзимга қасд қилмоқчиман", "uz-Cyrl"), ("узимга касд килмокчиман", "uz-Cyrl"),
    ("özimni öldiraman", "uz"),
])
def test_self_harm_of_someone_or_said_otherwise_gets_the_line(
        answerer: Answerer, message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.match.self_harm) == ("urgent", lang, True)


@pytest.mark.parametrize("message", [
    "what do the documents say about suicide of migrants",
    "migrantlar orasida o'z joniga qasd qilish holatlari ko'pmi",
])
def test_self_harm_asked_of_migrants_in_general_has_no_line(answerer: Answerer,
                                                            message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.match.self_harm) == ("urgent", False)


@pytest.mark.parametrize("message", [
    "what is forced labour and how do i escape it",
    "что такое принудительный труд и как из него выбраться",
    "majburiy mehnat nima va undan qanday qutulaman",
])
def test_a_defined_danger_and_a_way_out_asked_keeps_the_block(answerer: Answerer,
                                                              message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "entry"), [
    ("я болею за пахтакор, что такое шенген", "coop-schengen"),
    ("im alone at home today, tell me about the schengen agreement", "coop-schengen"),
    ("I am sick with flu, what is the IOM", "org-iom"),
    ("kasalman, ishga bormadim, Shengen nima", "coop-schengen"),
    # killing time and a meal missed today (review s13, final version)
    ("убью время пока жду, что такое шенген", "coop-schengen"),
    ("haven't eaten since morning, what is the IOM", "org-iom"),
    ("с утра не ел, что такое МОМ", "org-iom"),
])
def test_sick_or_alone_alone_is_no_danger(answerer: Answerer, message: str,
                                          entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "lang"), [
    ("kasalman, pulim yo'q, Moskvada yolg'izman", "uz"), ("болею, денег нет, один в Москве", "ru"),
    ("I'm sick, no money, alone in Moscow", "en"),
])
def test_sick_broke_and_alone_together_is_a_danger(answerer: Answerer, message: str,
                                                   lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang) == ("urgent", lang)


PAIRS = {"concept-positive-effects": "concept-negative-effects",
         "concept-negative-effects": "concept-positive-effects",
         "coop-harmonising-challenges": "coop-harmonising-opportunities"}


@pytest.mark.parametrize("message", [
    "pros and cons of migration",  # and the Uzbek one: test_lead19
    "плюсы и минусы миграции", "миграциянинг ижобий ва салбий томонлари",
    "advantages and disadvantages of migration", "за и против миграции",
])
def test_both_sides_offer_the_answers_pair(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.also is not None
    assert reply.also.id == PAIRS[reply.entry.id]


def test_both_sides_of_an_entry_in_no_pair_offer_nothing(answerer: Answerer) -> None:
    reply = answerer.ask("strengths and weaknesses of uzbekistan migration policy")
    assert reply.kind == "answer" and reply.also is None


@pytest.mark.parametrize("message", ["Германиячи?", "Шенгенчи?", "Россиячи", "Казахстанчи?",
                                     "Кореячи?"])
def test_chi_written_onto_a_cyrillic_word_is_uzbek(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).lang == "uz-Cyrl"


@pytest.mark.parametrize("message", ["врачи?", "а задачи?", "ключи"])
def test_a_russian_plural_in_chi_stays_russian(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).lang == "ru"


def test_assignment_is_no_exam_frame(answerer: Answerer) -> None:
    assert answerer.ask("the assignment of the agency").kind == "abstain"
