"""A greeting that hides a request (fix12, issue 7): "Привет, дай сайт агентства", "salom
agentlik saytini aytvoring", «Привет, нужен сайт агентства» asked nothing, so the bot only
greeted. A request or a need with its object beside it (a word of the knowledge base, or a
form of one) asks, in every script; a request with no such object, and a need that was met
(in thanks), still tell."""

from __future__ import annotations

import pytest

from bot.answers import Answerer

AGENCY = "org-agency"


@pytest.mark.parametrize("message", [
    "Привет, подскажи сайт агентства",
    "Привет, дай сайт агентства",
    "Привет, нужен сайт агентства",
    "privet, day sayt agentstva",
    "Salom, agentlik saytini ayting",
    "salom agentlik saytini aytin",
    "salom agentlik saytini aytvoring",
    "Salom aka, agentlik sayti kerak edi",
    "Салом, агентлик сайтини айтинг",
    "салом агентлик сайтини айтворинг",
    "Салом ака, агентлик сайти керак эди",
    "Hi, tell me the agency's website",
    "Hello, give me the website of the agency",
    "hi, i need the agency website",
])
def test_a_greeting_with_a_request_is_answered(answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer" and found.best and found.best.entry_id == AGENCY


@pytest.mark.parametrize("message", [
    "спасибо огромное, очень помогли, дай бог здоровья",
    "Rahmat, bu maʼlumot juda kerak boʻldi",
    "Раҳмат, Конституция ҳақидаги маълумот жуда керак бўлди",
    "раҳмат, жуда керакли маълумот экан, хайр",
    "much appreciated, the bit on the ILO was exactly what i needed",
    "Привет, подскажи",
    "Salom, ayting-chi",
    "Hello, I want to say thank you",
    "Привет, хочу сказать спасибо",
])
def test_a_request_without_its_object_or_a_need_met_only_greets(
        answerer: Answerer, message: str) -> None:
    assert answerer.matcher.match(message).decision == "greeting"


@pytest.mark.parametrize(("sentence", "asks"), [
    ("Привет, дай сайт агентства", True),
    ("agentlik saytini aytvoring", True),
    ("спасибо, дай бог здоровья", False),
    ("Rahmat, juda kerak boʻldi maʼlumot", False),
    ("нужен", False),
])
def test_asks_for_needs_the_object_beside_the_request(
        answerer: Answerer, sentence: str, asks: bool) -> None:
    assert answerer.matcher.reader.asks_for(sentence) is asks


@pytest.mark.parametrize("message", [
    # a need the documents do not meet, beside a greeting: said so, not only greeted
    "Привет, нужна работа",
    "Привет, мне нужен патент",
    "Здравствуйте, нужна виза в Корею",
])
def test_a_greeting_with_a_need_the_documents_do_not_meet_is_told_so(
        answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "abstain" and not reply.match.urgent


@pytest.mark.parametrize(("message", "entry"), [
    # a question announced first, after a greeting or not (tester s10 finding 10: abstained)
    ("good morning, quick question: what's IOM?", "org-iom"),
    ("quick question: what is IOM?", "org-iom"),
    ("good morning, quick question: what is the ILO?", "org-ilo"),
    ("savol bor: XMT nima", "org-ilo"),
    ("Салом, савол бор: ХМТ нима?", "org-ilo"),
    ("Привет, есть вопрос: что такое МОМ?", "org-iom"),
])
def test_an_announced_question_is_answered(answerer: Answerer, message: str,
                                           entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer" and found.best and found.best.entry_id == entry


@pytest.mark.parametrize("message", ["да", "нет", "yes", "no", "ha", "yoʻq", "yo'q", "ҳа"])
def test_yes_or_no_alone_is_acknowledged(answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "greeting" and found.small_talk == "acknowledgement"


# A question word with the possessive "of them" or "each" ("qanchasi", "nechtasi",
# "qanchadan") asks like the bare word: beside a greeting the bot only greeted, in every
# script of Uzbek. Each row gets what the same question without the greeting gets.
@pytest.mark.parametrize(("message", "decision", "entry"), [
    ("salom, strategiya boʻyicha 400 ming fuqaroning qanchasi kasbga oʻqitiladi",
     "clarify", "strategy-training"),
    ("салом, стратегия бўйича 400 минг фуқаронинг қанчаси касбга ўқитилади",
     "clarify", "strategy-training"),
    ("салом, стратегия буйича 400 минг фукаронинг канчаси касбга укитилади",
     "clarify", "strategy-training"),
    ("assalomu alaykum, mahalla tizimida oilalarga qanchadan yordam berishadi",
     "clarify", "abroad-mahalla-system"),
    ("salom, Konstitutsiya moddalarining qaysisi chet eldagi fuqarolarni himoya qiladi",
     "answer", "law-article-23"),
    ("salom aka, Koreyaga ketganlarning nechtasi qaytib keldi", "abstain", None),
])
def test_a_greeting_with_an_inflected_question_word_asks(
        answerer: Answerer, message: str, decision: str, entry: str | None) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == decision
    if decision == "answer":
        assert found.best is not None and found.best.entry_id == entry
    elif entry is not None:
        assert entry in [c.entry_id for c in found.candidates]


# "need info on X" asks in English as «нужна инфа про X» does in Russian; thanks for the
# information on X still only thank.
@pytest.mark.parametrize(("message", "decision"), [
    ("hello, need info on the schengen agreement", "answer"),
    ("hi, i need info about the schengen agreement", "answer"),
    ("привет, нужна инфа про шенген", "answer"),
    ("salom, shengen haqida maʼlumot kerak", "answer"),
    ("thanks for the info on schengen", "greeting"),
    ("thank you for the information about the mahalla system", "greeting"),
    ("спасибо за информацию о шенгене", "greeting"),
    ("rahmat, shengen haqidagi maʼlumot uchun", "greeting"),
])
def test_needing_information_asks_and_thanking_for_it_greets(
        answerer: Answerer, message: str, decision: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == decision
    assert decision == "greeting" or found.best and found.best.entry_id == "coop-schengen"


# A form of address is a greeting only as the whole word: 'singlim' ("little sister") set
# aside 'singlimni Dubayga olib ketishdi' ("they took my sister to Dubai") as a greeting, so
# the bot only greeted (tester s13 item 1); as an address it still greets.
@pytest.mark.parametrize(("message", "greets"), [
    ("salom singlim", True),
    ("doʻstim, salom", True),
    ("singlimni Dubayga olib ketishdi", False),
    ("синглимни Дубайга олиб кетишди", False),
    ("singlimga boshqa ish qildirishyapti", False),
    ("doʻstimni Rossiyada urishdi", False),
    ("I see no point going on, I'm sick of everything", False),
])
def test_a_form_of_address_greets_only_as_the_whole_word(answerer: Answerer, message: str,
                                                        greets: bool) -> None:
    assert (answerer.matcher.match(message).decision == "greeting") is greets
