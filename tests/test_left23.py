"""Known failures left by the twenty-second session (left23, issue 7), by class, in every
script.

- Organisations named side by side ("the UN and the IOM", «ООН, МОТ и МОМ», 'BMT va XMT')
  are each asked: the one the other is part of is no longer dropped (``Thesaurus.innermost``
  reads "labour organisation of the UN" as the ILO alone, rightly), and their entries are
  offered together (``Naming._bodies_joined``, ``Naming._joined_tied``). The UN's entry had
  phrasings naming all three bodies ("recommendations of the UN, ILO and IOM") that kept
  such questions close by accident and never found the UN's entry alone (``check --strict
  --all``); they ask of the UN's recommendations now.
- A people noun with an English or Uzbek plural right before a country's name ("skilled
  workers Germany deal", 'malakali ishchilar Germaniya') made the country's own people
  asked, a near miss of the German deal: only a Russian noun owns the country after it
  («мигранты Таджикистана»; thesaurus ``people_plurals_apart``).
- The Agency asked by its one word ("tell me about the agency", "agency?") was too vague to
  answer in English: the mahalla chain's phrasings name the Agency's branch, so 'agency' had
  more than one owner (``Matcher._vague``). "Agency" is an alias of org-agency now, as
  «агентство» and 'agentlik' already found it; the chain's own phrasings keep theirs.
- Not fixed: "why do uzbeks go to russia" (and «почему ...», 'nega ...') is still the
  destinations' entry. A why/where aspect (unscored 'why' and 'where' concepts naming the
  causes or the destinations side, a cost for an entry of the other side) with three
  phrasings for the causes' entry fixed most of the class and broke about eighty old lines
  (a 'why' left out of the scored words moved many "why is X important" questions); its
  tune lines stay in as misses.
"""

from __future__ import annotations

import pytest

from bot import knowledge, lints
from bot.matcher import Matcher

from .test_blindfix21 import _decided


def _offered(matcher: Matcher, message: str) -> tuple[str, set[str]]:
    m = matcher.match(message)
    return m.decision, {c.entry_id for c in m.candidates}


def test_every_entry_is_found_by_each_of_its_phrasings(kb: knowledge.KnowledgeBase,
                                                       matcher: Matcher) -> None:
    # `check --strict --all`'s self-match lint, over every entry (a few seconds)
    assert [p.message for p in lints.self_match(kb, matcher)] == []


@pytest.mark.parametrize(("message", "bodies"), [
    ("what does the UN do, and the IOM, for migrants", {"org-un", "org-iom"}),
    ("the UN and the ILO: how do they help labour migrants", {"org-un", "org-ilo"}),
    ("How do the United Nations and the IOM support migrants?", {"org-un", "org-iom"}),
    ("Как ООН и МОМ поддерживают мигрантов?", {"org-un", "org-iom"}),
    ("ООН и МОТ: чем помогают трудовым мигрантам", {"org-un", "org-ilo"}),
    ("рекомендации ООН, МОТ и МОМ", {"org-un", "org-ilo", "org-iom"}),
    ("BMT va IOM migrantlarni qanday qoʻllab-quvvatlaydi", {"org-un", "org-iom"}),
    ("BMT, XMT va IOM tavsiyalari", {"org-un", "org-ilo", "org-iom"}),
    ("БМТ ва МОМ мигрантларни қандай қўллаб-қувватлайди", {"org-un", "org-iom"}),
    ("БМТ ва ХМТ мигрантлар учун нима қилади", {"org-un", "org-ilo"}),
    ("ООН ва МОМ мигрантлар учун нима килади", {"org-un", "org-iom"}),
])
def test_organisations_named_side_by_side_are_all_offered(matcher: Matcher, message: str,
                                                          bodies: set[str]) -> None:
    decision, offered = _offered(matcher, message)
    assert decision == "clarify" and bodies <= offered


@pytest.mark.parametrize(("message", "entry"), [
    # one body asked, the one it is part of named as its owner: that body alone
    ("labour organisation of the UN, what does it do", "org-ilo"),
    ("организация труда при ООН чем занимается", "org-ilo"),
    ("BMT huzuridagi mehnat tashkiloti nima qiladi", "org-ilo"),
    ("чем занимается организация труда при ООН", "org-ilo"),
    ("БМТ ҳузуридаги меҳнат ташкилоти нима қилади", "org-ilo"),
    # the UN's recommendations, asked alone
    ("UN recommendations on labour migration", "org-un"),
    ("рекомендации ООН по трудовой миграции", "org-un"),
    ("BMTning mehnat migratsiyasi boʻyicha tavsiyalari", "org-un"),
    ("БМТнинг меҳнат миграцияси бўйича тавсиялари", "org-un"),
    ("БМТнинг мехнат миграцияси буйича тавсиялари", "org-un"),  # Russian keyboard
])
def test_one_body_asked_is_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "skilled workers Germany deal",
    "uzbek workers germany agreement",
    "malakali ishchilar Germaniya kelishuvi",
    "малакали ишчилар Германия келишуви",
    "квалифицированные работники Германия соглашение",
])
def test_workers_named_before_a_country_go_there(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.near_miss is None
    assert _decided(matcher, message) == ("answer", "coop-germany-2024")


@pytest.mark.parametrize("message", [
    # a Russian noun owns the country after it: that country's migrants, not Uzbekistan's
    "сколько денег переводят мигранты Таджикистана",
    "граждане Кыргызстана переводы домой сколько",
])
def test_a_russian_people_noun_still_owns_the_country(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision != "answer"


@pytest.mark.parametrize("message", [
    "tell me about the agency", "what does the agency do", "agency",
    "расскажите про агентство", "чем занимается агентство",
    "agentlik haqida aytib bering", "агентлик ҳақида айтиб беринг",
    "агентлик хакида айтиб беринг",  # Russian keyboard
])
def test_the_agency_asked_alone_is_the_agency(matcher: Matcher, message: str) -> None:
    assert _decided(matcher, message) == ("answer", "org-agency")


@pytest.mark.parametrize("message", [
    # the mahalla chain, which names the Agency's branch, stays the chain's
    "mahalla sector agency branch system",
    "how does the agency branch and the mahalla help returnees",
    "махалля сектор филиал агентства",
    "mahalla va agentlik filiali qaytganlarga qanday yordam beradi",
    "маҳалла ва агентлик филиали қайтганларга қандай ёрдам беради",
])
def test_the_mahalla_chain_naming_the_agency_stays_the_chain(matcher: Matcher,
                                                             message: str) -> None:
    assert _decided(matcher, message) == ("answer", "abroad-mahalla-system")


@pytest.mark.parametrize(("message", "entry"), [
    # a name asked for the money sent home: its definition, not what it is spent on
    ("whats the name for the money our workers send home", "remit-definition"),
    ("migrantlar uyga joʻnatadigan pulning nomi nima", "remit-definition"),
    ("мигрантлар уйга жўнатадиган пулнинг номи нима", "remit-definition"),
    ("мигрантлар уйга жунатадиган пулнинг номи нима", "remit-definition"),  # Russian keyboard
    ("как называют деньги, которые мигранты шлют домой", "remit-definition"),
    # the name of a body is still that body's entry
    ("what is the name of the agency", "org-agency"),
    ("agentlikning nomi nima", "org-agency"),
])
def test_a_name_asked_is_the_definition(matcher: Matcher, message: str, entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)
