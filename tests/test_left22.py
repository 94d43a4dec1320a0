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


# Extradition in everyday words (the Constitution's Article 23: a citizen is not handed over
# to another state). "give me up to" lost "give me" as a request ("give me the phone
# number") and was matched on "up to another country"; «выдать» and 'topshirish' with
# another state or a citizen named are the thesaurus's 'extradition'.
@pytest.mark.parametrize("message", [
    "can the government give me up to another country",
    "could my country give me up to the police of another state",
    "можно ли выдать узбека другой стране",
    "может ли Узбекистан выдать меня России",
    "davlat meni boshqa davlatga topshirishi mumkinmi",
    "O'zbekiston meni Rossiyaga topshirishi mumkinmi",
    "давлат мени бошқа давлатга топширадими",
    "Ўзбекистон фуқаросини бошқа давлатга топширадими",
])
def test_extradition_in_everyday_words_is_article_23(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", "law-article-23")


@pytest.mark.parametrize(("message", "requested"), [
    ("give me the agency's phone number", True),
    ("give me up to another country", False),
    ("send me back home", False),
    ("send me the decree's text", True),
])
def test_a_request_inside_a_longer_phrase_is_none(matcher: Matcher, message: str,
                                                  requested: bool) -> None:
    assert bool(matcher.reader.requests.find(fold(message).split())) is requested


# A share of women among the 400,000 the strategy sends: no document gives it, whatever the
# tense ("will be women" put 'women' past the counted window) or the people named first
# ("400 thousand *people* ... would be *women*": those are counted).
@pytest.mark.parametrize("message", [
    "how many of the 400 thousand will be women",
    "how many of the 400 thousand people sent abroad would be women",
    "сколько из 400 тысяч человек будут женщины",
    "400 ming kishidan nechtasi ayollar bo'ladi",
    "400 минг кишидан нечтаси аёллар бўлади",
])
def test_a_share_of_women_is_a_near_miss(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("clarify", "strategy-organised-migration")
    assert m.near_miss is not None


@pytest.mark.parametrize(("message", "counted"), [
    ("how many of the 400 thousand will be women", "women"),
    ("how many people will the strategy send abroad", "people"),
    ("сколько из 400 тысяч человек будут женщины", "women"),
    ("400 ming kishidan nechtasi ayollar bo'ladi", "women"),
    ("400 минг кишидан нечтаси аёллар бўлади", "women"),
])
def test_what_a_count_counts(matcher: Matcher, message: str, counted: str) -> None:
    assert matcher.reader.counted_asked(fold(message).split()) == counted


# What the Uzbek communities abroad are good for is the diaspora's role, not what the state
# does for citizens abroad (its 'chet eldagi ... beradi' phrasings took it); the pros and
# cons of migration stay a two-sided offer (test_lead19).
@pytest.mark.parametrize("message", [
    "chet eldagi o'zbek jamoalari nima foyda beradi",
    "чет элдаги узбек жамоалари нима фойда беради",
    "what good do Uzbek communities abroad do for the country",
    "what do Uzbek communities abroad give the homeland",
])
def test_the_communities_good_is_the_diaspora_role(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", "diaspora-role")


@pytest.mark.parametrize("message", [
    "Chet eldagi oʻzbeklarga kim yordam beradi?",
    "Чет элдаги ўзбекларга ким ёрдам беради?",
])
def test_help_for_uzbeks_abroad_stays_the_states(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", "abroad-state-support")
