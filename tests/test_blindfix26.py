"""The blind26 block's failures (blindfix26), by class, in every script they touch.

- A3: a pronoun points back to a document named in the sentence before ("I've read that
  there's a new Constitution. Does it say anything about ...?", «... с Глобальным договором о
  миграции ООН. Что это такое и когда его приняли?», '... Global kompakt haqida referat ... U
  nima ...?'): the state's help abroad, the UN or nothing took them. ``refer_back_things`` in
  knowledge/phrases.yaml (bot/referback.py), before a body named with the document. A
  Russian question word made indefinite («какое-то», «что-нибудь») asks nothing, so the
  sentence that holds it tells; and a joined question is read with the facts of the
  sentences its sentence asks of.
- A4: «и», "and", 'va' between two nouns before a comma and a question that asks of both
  («из-за засухи и наводнений, как это называется?») joins no two questions
  (bot/asking.py ``_joins_nouns``).
- A5: a comma clause scored alone that names nothing an entry is asked by («кто в мире
  считает») is too little to answer (bot/sentenceasks.py ``_bare``).
- A6: since which year insuring migrants is compulsory is a detail the insurance entry does
  not give (its ``not_covered``): a near miss, not its answer.
- B1: the bot's age, or whether a real person writes, is about the bot (``about_bot``).
- B2: where to get or buy a medical insurance policy is a practical detail no document
  gives (``practical: insurance-policy``).
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


def _verdict(matcher: Matcher, message: str) -> tuple[str, str | None]:
    m = matcher.match(message)
    return m.decision, m.best.entry_id if m.best else None


# A3: the pronoun points back to the document named before.
@pytest.mark.parametrize(("message", "entry"), [
    ("Hi, I'm a journalism student. I've read that there's a new Constitution. Does it say "
     "anything about protecting Uzbek citizens who are abroad?", "law-article-23"),
    ("Добрый вечер! Преподаватель велел разобраться с Глобальным договором о миграции ООН. "
     "Что это такое и когда его приняли?", "org-global-compact"),
    ("Xayrli kun. Domlamiz Global kompakt haqida referat yozishni topshirdi. U nima va qachon "
     "qabul qilingan?", "org-global-compact"),
    ("Хайрли кун. Домламиз Глобал компакт ҳақида реферат ёзишни топширди. У нима ва қачон "
     "қабул қилинган?", "org-global-compact"),
])
def test_a_pronoun_points_back_to_the_document_named_before(matcher: Matcher, message: str,
                                                            entry: str) -> None:
    assert _verdict(matcher, message) == ("answer", entry)


# ... and a body named alone before is still what it points to (blindfix25).
@pytest.mark.parametrize(("message", "entry"), [
    ("Нам на паре рассказали про Всемирный банк. Чем он занимается в сфере миграции?",
     "org-world-bank-imf"),
    ("I wrote my coursework on the World Bank. What does it do for migrants?",
     "org-world-bank-imf"),
])
def test_a_body_alone_is_still_pointed_back_to(matcher: Matcher, message: str,
                                               entry: str) -> None:
    assert _verdict(matcher, message) == ("answer", entry)


# A3: an indefinite pronoun asks nothing (the sentence with «какое-то» was read as a question).
@pytest.mark.parametrize(("message", "asking"), [
    ("Брат собирается в Германию, слышал про какое-то новое соглашение. Что это за соглашение?",
     1),
    ("Кто-то говорил про Шенген. Что такое Шенгенское соглашение?", 1),
    ("Какое соглашение подписали с Германией?", 1),
    ("Какое-то соглашение с Германией есть?", 1),
])
def test_an_indefinite_pronoun_asks_nothing(matcher: Matcher, message: str,
                                            asking: int) -> None:
    assert len(matcher.analyse(message).reading.question_parts) == asking


# A4: "and" between two nouns before a comma and one question: one question, of both.
@pytest.mark.parametrize(("message", "entry"), [
    ("почему люди уезжают из-за засухи и наводнений, как это называется?",
     "concept-environmental"),
    ("why do people move because of droughts and floods, what is that called?",
     "concept-environmental"),
    ("nega odamlar qurgʻoqchilik va suv toshqini sababli koʻchadi, bu nima deyiladi?",
     "concept-environmental"),
    ("нега одамлар қурғоқчилик ва сув тошқини сабабли кўчади, бу нима дейилади?",
     "concept-environmental"),
])
def test_and_between_two_nouns_joins_no_questions(matcher: Matcher, message: str,
                                                  entry: str) -> None:
    assert _verdict(matcher, message) == ("answer", entry)


# ... while two questions joined so are still two.
@pytest.mark.parametrize("message", [
    "сколько перевели в 2024 году и что за соглашение с Германией?",
    "What is the ILO and what is the IOM?",
    "Shengen nima va Germaniya bilan kelishuv qachon imzolangan?",
])
def test_two_joined_questions_stay_two(matcher: Matcher, message: str) -> None:
    parts = matcher.analyse(message).reading.question_parts
    assert len(parts) == 1 and len(parts[0].halves) == 2


# A5: a short clause that names nothing is not answered.
@pytest.mark.parametrize("message", [
    "кто в мире считает, сколько людей переезжает, и пишет об этом большие отчёты?",
    "who in the world counts, how many people move, and writes big reports?",
    "dunyoda kim sanaydi, qancha odam koʻchadi?",
])
def test_a_bare_clause_is_not_answered(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision != "answer"


# ... a clause that names a subject still is ("Ukam Turkiyada ishlaydi, oilasiga davlat
# qanday yordam beradi?": the clause that asks).
@pytest.mark.parametrize(("message", "entry"), [
    ("Ukam Turkiyada ishlaydi, oilasiga davlat qanday yordam beradi?", "abroad-family-support"),
])
def test_a_clause_that_names_a_subject_is_answered(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    assert _verdict(matcher, message) == ("answer", entry)


# A6: since which year insurance is compulsory: the insurance entry's near miss.
@pytest.mark.parametrize("message", [
    "Since which year is migrant insurance compulsory?",
    "Is insurance for migrants mandatory?",
    "С какого года страхование мигрантов обязательное?",
    "Migrantlarni sugʻurtalash qaysi yildan majburiy boʻlgan?",
    "Мигрантларни суғурталаш қайси йилдан мажбурий бўлган?",
    "Мигрантларни суғурталаш қайси йилдан бошланган?",
])
def test_compulsory_insurance_is_a_near_miss(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None
    assert m.best is not None and m.best.entry_id == "strategy-insurance-support"


# ... the plain insurance question is still answered.
@pytest.mark.parametrize("message", [
    "Does the state insure the life and health of labour migrants?",
    "will i get insurance if i go to work abroad",
    "Государство страхует жизнь мигрантов?",
    "Davlat mehnat migrantlarining hayoti va sogʻligʻini sugʻurta qiladimi?",
    "what is the state policy on migrant insurance?",
])
def test_insurance_is_still_answered(matcher: Matcher, message: str) -> None:
    assert _verdict(matcher, message) == ("answer", "strategy-insurance-support")


# B1: the bot's age, a real person: about the bot.
@pytest.mark.parametrize("message", [
    "how old r u bot? real person?",
    "how old are you?",
    "Сколько тебе лет, ты живой человек?",
    "Necha yoshdasan bot?",
    "Неча ёшдасиз?",
])
def test_the_bots_age_is_about_the_bot(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).small_talk == "about_bot"


# ... the age of an idea is still asked of an entry.
@pytest.mark.parametrize(("message", "entry"), [
    ("How old is the right to migrate?", "law-right-to-migrate"),
])
def test_the_age_of_an_idea_is_asked(matcher: Matcher, message: str, entry: str) -> None:
    assert _verdict(matcher, message) == ("answer", entry)


# B2: where to get an insurance policy: no document says; the bot abstains.
@pytest.mark.parametrize("message", [
    "where can I get a medical insurance policy in Russia?",
    "where can I buy medical insurance in Russia?",
    "Где в России купить медицинский полис?",
    "Где в России оформить полис ОМС?",
    "Rossiyada tibbiy sugʻurta polisini qayerdan olsa boʻladi?",
    "Россияда тиббий суғурта полисини қаердан олса бўлади?",
])
def test_an_insurance_policy_is_a_practical_detail(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"
