"""The country that sends migrants and the one that takes them in (wrong12): four entries
share almost every word (concept-sending-effects, concept-receiving-effects,
remit-development, abroad-integration). Uzbek says which country with a participle, often
a few words before its noun ('migrant joʻnatadigan rivojlanayotgan davlatlar'); the reading
sees it (``apart:`` in knowledge/thesaurus.yaml, bot/apartphrases.py), and a close entry
put first for the side asked stands for no other side the question names."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize(("message", "concept"), [
    # the participle and its noun apart: uz, uz-Cyrl, Russian keyboard, the new alphabet
    ("migrant joʻnatadigan kambagʻal davlatlarga", "~home-country"),
    ("ишчи юборадиган ривожланаётган мамлакатлар", "~home-country"),
    ("ишчи юборадиган ривожланаетган мамлакатлар", "~home-country"),
    ("işçilarni yuboradigan kambağal davlatlar", "~home-country"),
    ("migrantlarni qabul qiladigan boy davlatlarga", "~host-country"),
    ("мигрантларни қабул қиладиган бой давлатларга", "~host-country"),
    ("мигрантларни кабул киладиган бой давлатларга", "~host-country"),
    ("chetdan ishchi oladigan mamlakatlar", "~host-country"),
    # next to each other, as before
    ("joʻnatuvchi davlatlarga", "~home-country"),
    # Russian: the forms of «страна выезда», «принимающее государство»
    ("странам выезда", "~home-country"),
    ("принимающей стране", "~host-country"),
])
def test_a_country_that_sends_or_takes_in_is_read_with_its_participle(
        matcher: Matcher, message: str, concept: str) -> None:
    toks = matcher._fold(message).split()
    th = matcher.thesaurus
    assert concept in th.concept_tokens(toks, th.asked_hits(toks))


@pytest.mark.parametrize("message", [
    "pul joʻnatadigan migrantlar qayerda ishlaydi",  # sends money, not migrants
    "migrantlar yuboradigan pullar nimaga sarflanadi",
    "qaror qabul qiladigan davlat organi",  # takes a decision, not migrants
    "пул юборадиган мигрантлар қаерда ишлайди",
])
def test_a_participle_without_whom_it_sends_names_no_country(matcher: Matcher,
                                                             message: str) -> None:
    toks = matcher._fold(message).split()
    th = matcher.thesaurus
    found = th.concept_tokens(toks, th.asked_hits(toks))
    assert "~home-country" not in found and "~host-country" not in found


def test_the_words_between_the_participle_and_its_noun_stay_words(matcher: Matcher) -> None:
    toks = matcher._fold("migrant joʻnatadigan rivojlanayotgan davlatlarga").split()
    th = matcher.thesaurus
    hits = th.asked_hits(toks)
    assert [(h.label, h.start, h.end) for h in hits] == [("home-country", 0, 2)]
    assert th.concept_tokens(toks, hits) == ["~home-country", *toks[2:]]
    assert th.hits(toks) == []  # an entry's text is read with its phrases whole


@pytest.mark.parametrize(("message", "entry"), [
    ("What do receiving countries get from international cooperation on migration?",
     "concept-receiving-effects"),
    ("Что дают принимающей стране мигранты и сотрудничество по миграции?",
     "concept-receiving-effects"),
    ("Как сотрудничество по миграции помогает странам выезда?", "concept-sending-effects"),
    ("ishchi yuboradigan kambagʻal davlatlarga xalqaro hamkorlik qanday foyda beradi",
     "concept-sending-effects"),
    ("migrantlarni qabul qiladigan boy davlatlarga hamkorlik nima beradi, ishchi yetishmasligi "
     "hal boʻladimi", "concept-receiving-effects"),
    ("ишчи юборадиган камбағал давлатларга халқаро ҳамкорлик қандай фойда беради",
     "concept-sending-effects"),
    ("ишчи юборадиган камбагал давлатларга халкаро хамкорлик кандай фойда беради",
     "concept-sending-effects"),
    ("мигрантларни қабул қиладиган бой давлатларга ҳамкорлик нима беради",
     "concept-receiving-effects"),
])
def test_the_country_asked_gets_its_own_entry(matcher: Matcher, message: str,
                                              entry: str) -> None:
    found = matcher.match(message)
    assert (found.decision, found.best and found.best.entry_id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    # Both the benefits and the host asked: the entry of the host's benefits comes first,
    # not the sending country's (which stands for the benefits too).
    "How do host countries benefit from international cooperation on migration?",
    "Какую выгоду получают принимающие страны от сотрудничества по миграции?",
    "Qabul qiluvchi davlatlar migratsiya hamkorligidan qanday foyda oladi?",
    "Қабул қилувчи давлатлар миграция ҳамкорлигидан қандай фойда олади?",
])
def test_the_entry_put_first_stands_for_every_side_asked(matcher: Matcher,
                                                         message: str) -> None:
    found = matcher.match(message)
    assert found.best is not None
    assert found.best.entry_id == "concept-receiving-effects"
