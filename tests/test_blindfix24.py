"""The blind24 block's failures (blindfix24, issue 7), by class, in every script.

- A question whose content is only a pointer to the sentence before it ("My professor says we
  migrants act like ambassadors. Does any article say something like that?", «Это так или
  нет?», 'Bu gap toʻgʻrimi?') was read alone, and its "article" took Article 23's entry with
  a confident answer. It asks of the sentence before it; alone, it asks of nothing (a
  follow-up), and "any article" pins no article.
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
