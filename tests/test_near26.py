"""Near misses found by sweeping every entry (near26, issue 7 item 4), by class, in every
language and script.

- Which article of a law lays a thing down ("в какой статье закона это записано", 'qaysi
  moddada yozilgan'): only an answer that names an article's or a goal's own number
  ("Article 23", "goal 86") gives it (``details: article`` in knowledge/phrases.yaml,
  ``ARTICLE`` in bot/leftout.py); the right to leave and return, the right to migrate and
  the right to asylum are named with no article. "The article" that is one of the documents
  («в какой статье говорится о переводах»: which paper) asks no article of a law.
- A foreign country named where no one is said to be ("what forms of migration are there in
  Kazakhstan", «негативные последствия миграции в России», 'salbiy oqibatlari Qozogʻistonda
  qanday') is what is asked of: the entries speak of migration in general or of Uzbekistan's
  (bot/placesasked.py). Beside migrants, someone working or living there, a relative or the
  writer («Брат в Корее», 'Rossiyada ishlaydiganlar', "I work in Russia": ``someone_there``
  and ``people_nouns`` in knowledge/thesaurus.yaml) it stays where they are.
- Practical details no entry gives, in words the lists lacked: what the writer must pay ('qancha
  toʻlash kerak', «сколько нужно заплатить», "how much do I have to pay": ``price``), how to
  enrol ('dasturga qanday yoziladi', "how do I enrol": ``apply``), which company insures
  («какая страховая компания», 'qaysi sugʻurta kompaniyasi': ``insurer``).
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher

from .test_blindfix21 import _decided


@pytest.mark.parametrize(("message", "decision", "entry"), [
    # an article asked of an entry that names none: its near miss
    ("Which article of the law gives me the right to leave the country and return?",
     "clarify", "law-right-leave-return"),
    ("Право свободно выезжать и возвращаться — в какой статье закона это записано?",
     "clarify", "law-right-leave-return"),
    ("Oʻzbekistondan erkin chiqib, xohlagan vaqtda qaytish huquqi qaysi moddada yozilgan?",
     "clarify", "law-right-leave-return"),
    ("Хорижга чиқиш ва қайтиш ҳуқуқи қайси моддада ёзилган?", "clarify",
     "law-right-leave-return"),
    ("Хорижга чикиш ва кайтиш хукуки кайси моддада ёзилган?", "clarify",
     "law-right-leave-return"),  # ru keyboard
    ("Право на миграцию — в какой статье Всеобщей декларации прав человека?", "clarify",
     "law-right-to-migrate"),
    ("Какие права у мигрантов по международному праву, в какой статье закреплено право на "
     "убежище?", "clarify", "law-migrant-rights-intl"),
    # ... asked of the entry that names it: answered
    ("Which article of the Constitution protects citizens abroad?", "answer", "law-article-23"),
    ("В какой статье Конституции говорится о защите граждан за рубежом?", "answer",
     "law-article-23"),
    ("Konstitutsiyaning qaysi moddasi chet eldagi fuqarolarni himoya qiladi?", "answer",
     "law-article-23"),
    ("Конституциянинг қайси моддасида чет элдаги фуқаролар ҳимояси ёзилган?", "answer",
     "law-article-23"),
    # the article that is a paper: no article of a law asked
    ("В какой статье говорится о денежных переводах?", "answer", "remit-dependence-risk"),
    ("what does the article propose for uzbekistan to do about migration", "answer",
     "coop-proposals-uz"),
    ("в какой статье написано про мигрантов дипломатов?", "answer", "diaspora-diplomats"),
])
def test_an_article_asked_is_given_only_by_an_entry_that_names_one(
        matcher: Matcher, message: str, decision: str, entry: str) -> None:
    assert _decided(matcher, message) == (decision, entry)


def _offered(matcher: Matcher, message: str) -> tuple[str, tuple[str, ...]]:
    m = matcher.match(message)
    return m.decision, tuple(c.entry_id for c in m.candidates)


@pytest.mark.parametrize(("message", "entry"), [
    ("What forms of migration are there in Kazakhstan?", "concept-forms"),
    ("How do remittances help economic growth and development in Kyrgyzstan?",
     "remit-development"),
    ("Какие негативные последствия миграции в России?", "concept-negative-effects"),
    ("Какие формы миграции есть в Казахстане?", "concept-forms"),
    ("На что тратят денежные переводы семьи в Таджикистане?", "remit-uses"),
    ("Migratsiyaning salbiy oqibatlari Qozogʻistonda qanday?", "concept-negative-effects"),
    ("Migratsiya huquqi Rossiyada inson huquqi sifatida tan olinganmi?",
     "law-right-to-migrate"),
    ("Миграциянинг салбий томонлари Россияда қандай намоён бўлади?",
     "concept-negative-effects"),
    ("Экологик миграция Тожикистонда қандай?", "concept-environmental"),
    ("Миграциянинг салбий томонлари Россияда кандай?", "concept-negative-effects"),  # ru kbd
])
def test_a_country_where_no_one_is_said_to_be_is_asked_of(
        matcher: Matcher, message: str, entry: str) -> None:
    decision, offered = _offered(matcher, message)
    assert decision == "clarify" and entry in offered


@pytest.mark.parametrize(("message", "entry"), [
    ("What problems do migrants face in Russia?", "abroad-problems"),
    ("is there any help from the state for the family of someone working in russia",
     "abroad-family-support"),
    ("I work in Russia, what are remittances?", "remit-definition"),
    ("Какие проблемы у мигрантов в России?", "abroad-problems"),
    ("Привет. Брат в Корее, отправляет деньги маме. Какое значение эти деньги имеют для "
     "общества, для семей и социальной сферы, кроме экономики? Спасибо", "remit-social-effects"),
    ("Семьям тех, кто работает в России, государство помогает?", "abroad-family-support"),
    ("Rossiyadagi migrantlar qanday muammolarga duch keladi?", "abroad-problems"),
    ("Men Rossiyada ishlayman, pul oʻtkazmalari nima?", "remit-definition"),
    ("Akam Koreyada, u yerda migratsiyaning salbiy oqibatlari qanday?",
     "concept-negative-effects"),
    ("Россияда ишлайдиганларнинг оиласига давлат ёрдам берадими", "abroad-family-support"),
    ("Россияда ишлайдиганларнинг оиласига давлат ердам берадими",
     "abroad-family-support"),  # ru keyboard
])
def test_a_country_where_someone_is_stays_where_they_are(
        matcher: Matcher, message: str, entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("How much do I have to pay to go abroad under resolution PP-4829?", "decree-pp-4829"),
    ("ПҚ-4829 қарорига кўра хорижга ишга кетиш учун қанча тўлаш керак?", "decree-pp-4829"),
    ("Kanadadagi moslashuv va integratsiya dasturiga qanday yoziladi?", "abroad-integration"),
    ("Kasbga oʻqitish kursiga qanday yoziladi?", "strategy-training"),
    ("Which insurance company insures migrants' life and health?",
     "strategy-insurance-support"),
    ("Какая страховая компания страхует жизнь и здоровье трудовых мигрантов?",
     "strategy-insurance-support"),
    ("Migrantlarning hayotini qaysi sugʻurta kompaniyasi sugʻurtalaydi?",
     "strategy-insurance-support"),
    ("Мигрантларнинг ҳаётини қайси суғурта компанияси суғурталайди?",
     "strategy-insurance-support"),
])
def test_a_practical_detail_no_entry_gives_is_a_near_miss(
        matcher: Matcher, message: str, entry: str) -> None:
    assert _decided(matcher, message) == ("clarify", entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("Does the state insure the life and health of labour migrants?",
     "strategy-insurance-support"),
    ("Chet elga ketishdan oldin kasbga qanday oʻqitiladi?", "strategy-training"),
])
def test_the_same_subjects_asked_without_the_detail_are_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)
