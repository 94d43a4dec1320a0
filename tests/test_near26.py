"""Near misses found by sweeping every entry (near26, issue 7 item 4), by class, in every
language and script.

- Which article of a law lays a thing down ("в какой статье закона это записано", 'qaysi
  moddada yozilgan'): only an answer that names an article's or a goal's own number
  ("Article 23", "goal 86") gives it (``details: article`` in knowledge/phrases.yaml,
  ``ARTICLE`` in bot/leftout.py); the right to leave and return, the right to migrate and
  the right to asylum are named with no article. "The article" that is one of the documents
  («в какой статье говорится о переводах»: which paper) asks no article of a law.
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
