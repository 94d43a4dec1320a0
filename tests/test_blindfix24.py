"""The blind24 block's failures (blindfix24, issue 7), by class, in every script.

- A question whose content is only a pointer to the sentence before it ("My professor says we
  migrants act like ambassadors. Does any article say something like that?", «Это так или
  нет?», 'Bu gap toʻgʻrimi?') was read alone, and its "article" took Article 23's entry with
  a confident answer. It asks of the sentence before it; alone, it asks of nothing (a
  follow-up), and "any article" pins no article.
- Workers abroad as their country's ambassadors, 'elchilari', «послы» (diaspora-diplomats'
  everyday word) abstained or went to migration in international relations: the thesaurus
  reads them as diplomats, but no phrasing said them. One phrasing each in en, ru, uz (not
  'chet eldagi', which lifted the entry over 'Чет элдаги мигрантлар учун ким жавобгар').
- A comma clause described the subject and the asking clause said only "it" ("the UN body for
  jobs and workers, what did it write about our country"): the asking clause was read alone
  and "our country" made it an effects question (receiving effects at 68). Such a clause asks
  of the one before, so the sentence is read whole; the ILO described ("the UN body for jobs",
  'BMTning mehnat masalalari boʻyicha tashkiloti') is the ILO in the thesaurus.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


def _decided(matcher: Matcher, message: str) -> tuple[str, str | None]:
    m = matcher.match(message)
    return m.decision, m.best and m.best.entry_id


# A pointer question after what someone said asks that: read alone, "article" took Article 23
# (the English rows were law-article-23 at 83-85 before).
@pytest.mark.parametrize(("message", "entry"), [
    ("My brother says the money we send home keeps the som from falling. Does any article "
     "say something like that?", "remit-currency"),
    ("My teacher says migration is now part of relations between states. Is there an "
     "article on this?", "concept-migration-in-ir"),
    ("Друг сказал, что деньги мигрантов держат курс сума. Какая-нибудь статья говорит об "
     "этом?", "remit-currency"),
    ("Akam aytdi, chetdan keladigan pul soʻm kursini ushlab turadi. Maqolada shunday "
     "yozilganmi?", "remit-currency"),
    ("Устоз айтди, миграция давлатлар орасидаги муносабатларга таъсир қилади. Хужжатларда "
     "шу хакида ёзилганми?", "concept-migration-in-ir"),
    ("Салом. Устозимиз пул утказмалари сум курсини ушлаб туради деди. Шу гап тугрими?",
     "remit-currency"),
])
def test_a_pointer_question_asks_the_sentence_before(matcher: Matcher, message: str,
                                                     entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


# Alone, such a question asks of nothing the bot keeps: a follow-up, no entry (Article 23 took
# "any article", «статья об этом» before).
@pytest.mark.parametrize("message", [
    "Does any article say something like that?",
    "is there an article on this?",
    "Hi! Is that true or just talk?",
    "Есть статья об этом?",
    "Какая-нибудь статья говорит об этом?",
    "Maqolada shunday yozilganmi?",
    "Shu gap rostmi yoki yoʻqmi?",
    "Хужжатларда шу хакида ёзилганми?",
    "Бу гап ростми?",
])
def test_a_pointer_question_alone_asks_nothing(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "abstain"
    assert not m.candidates


# A question that names its subject beside "article" or "that" is still its own question.
@pytest.mark.parametrize(("message", "entry"), [
    ("What does Article 23 say?", "law-article-23"),
    ("Does any article say something about the ILO?", "org-ilo"),
    ("Is that article about Schengen?", "coop-schengen"),
    ("Что говорится в статье 23 Конституции?", "law-article-23"),
    ("Konstitutsiyaning 23-moddasida nima deyilgan?", "law-article-23"),
    ("Конституциянинг 23-моддасида нима дейилган?", "law-article-23"),
])
def test_a_named_subject_beside_a_pointer_is_asked(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


# Workers abroad as their country's ambassadors, in every script (before: did you mean, or
# abstain beside migration in international relations at 43).
@pytest.mark.parametrize(("message", "entry"), [
    ("Why do people say migrants are ambassadors of Uzbekistan?", "diaspora-diplomats"),
    ("Почему говорят, что мигранты — послы Узбекистана?", "diaspora-diplomats"),
    ("Nega yurtdoshlarimizni vatanimiz elchilari deyishadi?", "diaspora-diplomats"),
    ("Нега юртдошларимизни ватанимиз элчилари дейишади?", "diaspora-diplomats"),
    ("Hi, I'm an Uzbek student in Warsaw. My professor says we migrants act like ambassadors "
     "for our country without knowing it. Does any article say something like that?",
     "diaspora-diplomats"),
])
def test_workers_abroad_as_ambassadors(matcher: Matcher, message: str, entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


# ... and who is responsible for migrants abroad stays no question of the diplomats (tune
# 10845 sits at a 2-point lead over its neighbour: a phrasing with 'chet eldagi' answered it).
@pytest.mark.parametrize("message", [
    "Чет элдаги мигрантлар учун ким жавобгар",
    "Chet eldagi migrantlar uchun kim javobgar",
])
def test_who_answers_for_migrants_abroad_is_no_diplomats_question(matcher: Matcher,
                                                                  message: str) -> None:
    m = matcher.match(message)
    assert not (m.best and m.best.entry_id == "diaspora-diplomats")
    assert m.decision != "answer"


# A clause that asks only of "it" after one that describes it is read with it (before: the
# second clause alone, receiving effects at 68, a confident wrong).
@pytest.mark.parametrize("message", [
    "the refugee office in Geneva, what did it write about our country",
])
def test_a_pronoun_clause_is_read_with_the_clause_that_describes_it(matcher: Matcher,
                                                                    message: str) -> None:
    assert matcher.match(message).decision == "abstain"


@pytest.mark.parametrize(("message", "entry"), [
    ("the UN body for jobs and workers, what did it write about our country", "org-ilo"),
    ("what did the UN body for jobs and workers write about uzbekistan", "org-ilo"),
    ("BMTning mehnat masalalari boʻyicha tashkiloti Oʻzbekiston haqida nima yozgan", "org-ilo"),
    ("БМТнинг меҳнат масалалари бўйича ташкилоти Ўзбекистон ҳақида нима ёзган", "org-ilo"),
    ("the agreement with Germany, when was it signed", "coop-germany-2024"),
    ("Schengen, what is it?", "coop-schengen"),
])
def test_a_body_described_or_named_before_its_pronoun(matcher: Matcher, message: str,
                                                      entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)
