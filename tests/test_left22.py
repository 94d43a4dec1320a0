"""Known failures left by the twenty-first session's helpers (left22, issue 7).

- A word that only an entry's ``not_covered`` details use is rare, and the rarest word a
  question word finds (typo, sibling) weighs it: «страниц» (how many pages, of the books)
  made «стране» weigh as a rare word and the Constitution's question went to the problems
  abroad. Such a word is found by a word of the vocabulary only as itself or its form (a
  stem of the question word, or six letters in common), never by a word merely like it; a
  word no entry uses may be the detail misspelt, and still finds it ("best" still reaches
  "necha bet": left).
"""

from __future__ import annotations

import dataclasses

import pytest

from bot.matcher import Matcher
from bot.text import fold

PAGES = ("сколько страниц", "necha bet", "неча бет")
"""Details the books' entry once listed (tester21 took them out for this clash)."""


@pytest.fixture(scope="module")
def paged(kb) -> Matcher:  # noqa: ANN001 (the session's knowledge base)
    """The shipped base with the books' entry leaving out the page count in ru and uz."""
    entry = kb.entries["concept-literature"]
    entries = dict(kb.entries)
    entries[entry.id] = dataclasses.replace(entry, not_covered=entry.not_covered + PAGES)
    return Matcher(dataclasses.replace(kb, entries=entries))


def test_a_detail_word_is_no_typo_target(paged: Matcher) -> None:
    stranis = fold("страниц")
    assert stranis in paged._details_only
    assert stranis not in paged._similar_words([fold("стране")])[0]
    assert stranis in paged._similar_words([fold("страницы")])[0]
    # a word no entry uses may be a detail misspelt: it still finds it
    assert stranis in paged._similar_words([fold("страниса")])[0]


@pytest.mark.parametrize(("message", "decision", "entry"), [
    ("mozhno li uzbeka vydat drugoy strane? chto govorit konstitutsiya", "answer",
     "law-article-23"),
    ("может ли Узбекистан выдать гражданина другой стране по конституции", "answer",
     "law-article-23"),
    ("в какой стране больше всего работает узбекских мигрантов", "answer", "coop-destinations"),
    ("what is the best thing about migration for the world", "answer",
     "concept-positive-effects"),
    ("qaysi davlatda eng ko'p o'zbek migrantlari ishlaydi", "answer", "coop-destinations"),
    ("қайси давлатда энг кўп ўзбек мигрантлари ишлайди", "answer", "coop-destinations"),
])
def test_words_like_a_detail_are_not_pulled(paged: Matcher, message: str, decision: str,
                                            entry: str | None) -> None:
    m = paged.match(message)
    assert m.decision == decision
    if entry is not None:
        assert m.best is not None and m.best.entry_id == entry


@pytest.mark.parametrize("message", [
    "сколько страниц в книге Age of Migration",
    "how many pages does the Age of Migration have",
    "kitob necha betdan iborat",
    "китоб неча бетдан иборат",
])
def test_the_detail_itself_is_still_a_near_miss(paged: Matcher, message: str) -> None:
    m = paged.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("clarify", "concept-literature")
    assert m.near_miss is not None
