"""Neighbour entries confused at high scores (pair19, issue 7): two entries whose phrasings
share everyday words, where the wrong one won with a clear lead. Each entry now has the
everyday phrasings its users write ("why do countries work together", "what is good about
common rules", "does the state help its migrants abroad", "why does a host country need
migrants"), and phrasings that took the neighbour's questions are narrowed ("How do
developed countries *such as Germany and Canada* cooperate", the foreign ministry's "legal
*services*"). The rows marked main: what main did with them."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "entry"), [
    # why countries cooperate at all, not how developed countries do it
    ("зачем страны сотрудничают в вопросах миграции", "coop-why-cooperate"),  # main: developed
    ("zachem strany sotrudnichayut po migracii", "coop-why-cooperate"),  # Russian in Latin letters
    ("почему одна страна не может сама справиться с миграцией", "coop-why-cooperate"),  # main: dym
    ("davlatlar migratsiya masalasida nega birga ishlaydi", "coop-why-cooperate"),
    ("давлатлар миграция масаласида нега бирга ишлаши керак", "coop-why-cooperate"),
    # the good side of common rules, not the obstacles (main: challenges, sending)
    ("что хорошего, если страны договорятся об общих правилах для мигрантов",
     "coop-harmonising-opportunities"),
    ("davlatlar migrantlar uchun umumiy qoidalarga kelishsa nima foyda",
     "coop-harmonising-opportunities"),
    ("давлатлар мигрантлар учун умумий қоидаларга келишса нима фойда",
     "coop-harmonising-opportunities"),
    # the state's support abroad, not the foreign ministry's reports (main: the ministry)
    ("what does the government do for uzbeks who work abroad", "abroad-state-support"),
    ("davlat xorijdagi migrantlarga yordam beradimi", "abroad-state-support"),
    ("давлат хориждаги мигрантларга ёрдам берадими", "abroad-state-support"),
    ("давлат хориждаги мигрантларга ердам берадими", "abroad-state-support"),  # Russian keyboard
    # what the host country gets from migrants (main: offered, none answered)
    ("зачем принимающей стране нужны мигранты", "concept-receiving-effects"),
    ("migrantlarni qabul qilgan mamlakat nima yutadi", "concept-receiving-effects"),
    ("мигрантларни кабул килган мамлакат нима ютади", "concept-receiving-effects"),
    # the Constitution on ties with compatriots, not the compatriot societies (main: societies)
    ("konstitutsiyada chet eldagi vatandoshlar bilan aloqalar haqida nima deyilgan",
     "law-article-23"),
    ("конституцияда хориждаги ватандошлар билан алоқалар ҳақида нима дейилган",
     "law-article-23"),
    ("что конституция гарантирует гражданам за рубежом", "law-article-23"),
])
def test_each_neighbour_answers_its_own_everyday_question(
        answerer: Answerer, message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry"), [
    # the neighbours keep their own questions
    ("Как развитые страны сотрудничают в вопросах миграции?", "coop-developed-countries"),
    ("how do developed countries cooperate on migration", "coop-developed-countries"),
    ("what do families spend the money migrants send on", "remit-uses"),
    ("на что семьи тратят деньги, которые присылают мигранты", "remit-uses"),
    ("what role does the foreign ministry play for migrants", "org-foreign-ministry"),
    ("does the government offer legal services to uzbeks working abroad", "org-foreign-ministry"),
    ("why cant countries agree on common migration rules", "coop-harmonising-challenges"),
    ("почему страны не могут договориться об общих правилах миграции",
     "coop-harmonising-challenges"),
    ("what does international cooperation on migration give sending countries",
     "concept-sending-effects"),
])
def test_the_neighbours_keep_their_own_questions(
        answerer: Answerer, message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)
