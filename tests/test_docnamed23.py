"""A document named by what it is about is not what is asked (issue 7, twenty-third session).

"Which forms of migration are distinguished in the article on migration in international
relations?" was migration in international relations' entry (66): the title's words outweighed
what the sentence asks. A document named by its title ("the article on …", «в статье о …»,
'… haqidagi maqolada': ``document_before``/``document_after`` in phrases.yaml, the title's
words beside them naming one document of sources.yaml) is set aside when the sentence still
asks something else; a question about the article itself keeps it.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import fold

from .test_blindfix21 import _decided

FORMS, ITSELF = "concept-forms", "concept-migration-in-ir"


@pytest.mark.parametrize(("message", "expected"), [
    # a question asked of the article: its subject
    ("Which kinds of migration does the article about migration in international relations "
     "list?", FORMS),
    ("Какие формы миграции выделяет статья о значении миграции в международных отношениях?",
     FORMS),
    ("Migratsiyaning xalqaro munosabatlardagi ahamiyati haqidagi maqolada migratsiya qanday "
     "shakllarga boʻlinadi?", FORMS),
    ("Миграциянинг халқаро муносабатлардаги роли ҳақидаги мақолада миграция қандай шаклларга "
     "бўлинади?", FORMS),
    ("Миграциянинг халкаро муносабатлардаги урни хакидаги маколада миграция кандай турларга "
     "булинади?", FORMS),  # typed on a Russian keyboard
    # a question about the article itself keeps its title
    ("What does the article on migration in international relations say?", ITSELF),
    ("О чём статья о миграции в международных отношениях?", ITSELF),
    ("Migratsiyaning xalqaro munosabatlardagi ahamiyati haqidagi maqola nima haqida?", ITSELF),
])
def test_an_article_named_by_its_title(matcher: Matcher, message: str, expected: str) -> None:
    assert _decided(matcher, message) == ("answer", expected)


@pytest.mark.parametrize("message", [
    "who wrote the article on migration in international relations",
    "кто написал статью о миграции в международных отношениях",
    "migratsiyaning xalqaro munosabatlardagi ahamiyati haqidagi maqolani kim yozgan",
])
def test_who_wrote_the_article_is_still_about_the_documents(matcher: Matcher,
                                                            message: str) -> None:
    found = matcher.match(message)
    assert found.about_sources and found.authors == ("mirkholdorov-ir",)


@pytest.mark.parametrize("message", [
    # a paper of one's own, or an article of a law, names no document
    "I am writing a term paper on international relations: what forms of migration are there?",
    "what does the article on the rights of migrants in the constitution say",
])
def test_no_document_named_leaves_the_words(matcher: Matcher, message: str) -> None:
    toks = tuple(fold(message).split())
    assert matcher._document_named(toks) == toks
