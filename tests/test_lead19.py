"""The lead a middling score needs (issue 7, nineteenth session): below
``MatcherSettings.close_score`` an answer needs ``close_margin`` points over the next entry,
else the bot asks "did you mean", its best first. Confident wrong answers gather there: on
tune's blind blocks replayed as they landed (``bot/devtools/replay.py``), 52 -> 34 of 1,662
lines, and on the nineteenth session's two blocks 7 -> 3 of 272."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answers import Answerer
from bot.calibrate import search
from bot.decision import Thresholds, decide
from bot.devtools.parity import versions
from bot.evaluation import Labelled
from bot.matcher import Matcher

BAND = Thresholds(answer=52, clarify=52, margin=2, close=65, close_margin=6)


@pytest.mark.parametrize(("ranked", "verdict"), [
    ([("a", 64.9), ("b", 58.9)], "answer"),    # a lead of 6 at a middling score
    ([("a", 64.9), ("b", 59.0)], "clarify"),   # 5.9: too short below 65
    ([("a", 64.9), ("b", 40.0)], "answer"),
    ([("a", 64.9)], "answer"),                 # nothing behind it
    ([("a", 65.0), ("b", 63.0)], "answer"),    # from 65 on, the lead of 2 is enough
    ([("a", 65.0), ("b", 63.1)], "clarify"),
    ([("a", 90.0), ("b", 88.5)], "clarify"),
    ([("a", 51.9), ("b", 10.0)], "abstain"),
    ([("a", 53.0), ("b", 47.5)], "clarify"),   # a "did you mean" of one entry
])
def test_the_lead_an_answer_needs_grows_below_the_close_score(
        ranked: list[tuple[str, float]], verdict: str) -> None:
    assert decide(ranked, BAND)[0] == verdict


def test_without_a_close_score_the_margin_is_the_lead_everywhere() -> None:
    plain = replace(BAND, close=0.0)
    assert decide([("a", 64.9), ("b", 62.9)], plain)[0] == "answer"
    assert plain.lead_needed(53.0) == plain.lead_needed(99.0) == 2


def test_the_shipped_settings_apply_it(matcher: Matcher) -> None:
    t = matcher.settings.thresholds
    assert (t.close, t.close_margin) == (65.0, 6.0)


def test_calibration_searches_the_three_lines_and_keeps_the_lead(matcher: Matcher) -> None:
    chosen, _ = search(matcher, [])
    assert (chosen.close, chosen.close_margin) == (65.0, 6.0)


# Answered before the rule, by an entry that now leads by less than 6 points at a middling
# score: offered first. From earlier sessions' tables (their files say where they went).
OFFERED_FIRST = [
    ("migratsiya qaysi koʻrinishlarda uchraydi", "concept-forms"),  # blindfix18
    ("миграция қайси кўринишларда учрайди", "concept-forms"),
    ("миграция кайси куринишларда учрайди", "concept-forms"),  # Russian keyboard
    ("Migrantlar uyga joʻnatadigan pulni ilmiy tilda nima deyiladi va u nima oʻzi?",
     "remit-definition"),  # define18
    ("What does Uzbekistan need, according to the documents?", "abroad-state-support"),
    ("perevody sostavili chetyrnadcat celyh vosem desyatyh milliarda dollarov?",
     "remit-2024-total"),  # near15
    ("I have worked abroad for over 10 years, how much did migrants send home",
     "remit-2024-total"),  # near17
    ("nemislar bilan yangi kelishuv nima haqida", "coop-germany-2024"),  # nearmiss
    ("assalomu alaykum strategiya bo'yicha chet elga nechta kishi yuboriladi",
     "strategy-organised-migration"),  # reading
    ("ассалому алайкум стратегия бўйича чет элга нечта киши юборилади",
     "strategy-organised-migration"),
    ("ассалому алайкум стратегия буйича чет элга нечта киши юборилади",
     "strategy-organised-migration"),
    ("Здравствуйте, у меня вопрос по поводу переводов", "remit-definition"),
    ("how much money is sent abroad by migrants", "remit-2024-total"),  # wrong14
]


@pytest.mark.parametrize(("message", "entry"), OFFERED_FIRST)
def test_a_middling_score_with_a_close_second_is_offered_first(
        matcher: Matcher, message: str, entry: str) -> None:
    found = matcher.match(message)
    assert (found.decision, found.near_miss) == ("clarify", None)
    assert found.candidates[0].entry_id == entry
    # the lead alone made it a "did you mean": with the margin everywhere, it is answered
    before = matcher.settle(matcher.analyse(message), replace(matcher.settings.thresholds,
                                                              close=0.0))
    assert (before.decision, before.candidates[0].entry_id) == ("answer", entry)


# Rows of the table above that a later session's phrasings answer outright: the right entry
# now scores 65 or more, or leads by 6 (support20's families at home).
ANSWERED_SINCE = [
    ("my brother works in Kazakhstan, does the state help families", "abroad-family-support"),
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED_SINCE)
def test_a_row_answered_since_is_answered_with_its_entry(
        matcher: Matcher, message: str, entry: str) -> None:
    found = matcher.match(message)
    assert (found.decision, found.candidates[0].entry_id) == ("answer", entry)


def test_a_near_miss_keeps_its_one_choice(answerer: Answerer) -> None:
    """What the documents leave out of the best entry is said of it alone, though its lead
    is short: a near miss answers nothing."""
    reply = answerer.ask("what is the IOM's budget")
    assert reply.kind == "clarify" and [c.id for c in reply.choices] == ["org-iom"]
    assert reply.match.near_miss is not None


def test_both_sides_asked_are_the_first_two_choices(answerer: Answerer) -> None:
    reply = answerer.ask("migratsiyaning afzalliklari va kamchiliklari")
    assert reply.kind == "clarify"
    assert [c.id for c in reply.choices[:2]] == ["concept-positive-effects",
                                                 "concept-negative-effects"]


def test_a_question_about_victims_offers_trafficking_after_the_block(
        answerer: Answerer) -> None:
    reply = answerer.ask("как государства помогают жертвам торговли людьми?")
    assert reply.kind == "urgent"
    assert reply.match.candidates[0].entry_id == "concept-illegal-trafficking"


def test_a_people_offering_migrants_something_offers_its_country(answerer: Answerer) -> None:
    reply = answerer.ask("What do the Germans offer skilled migrants")
    assert reply.match.near_miss is None and reply.kind == "clarify"
    assert "coop-germany-2024" in [c.id for c in reply.choices]


def test_who_answers_for_violated_rights_gets_the_protection_reply(answerer: Answerer) -> None:
    reply = answerer.ask("who is responsible if migrants rights are violated abroad")
    assert reply.match.near_miss is None and reply.match.decision == "abstain"
    assert "abroad-state-support" in [c.id for c in reply.choices]


def test_a_question_offered_in_one_script_is_offered_in_all(matcher: Matcher) -> None:
    latin = ("Mehnat migratsiyasi Oʻzbekiston kabi rivojlanayotgan mamlakatlar uchun qanday "
             "ahamiyatga ega?")
    written = versions(Labelled(latin, "uz", "remit-development", 0))
    assert set(written) == {"latn", "cyrl", "kbd"}
    for script, text in written.items():
        m = matcher.match(text)
        assert (m.decision, m.best and m.best.entry_id) == ("clarify", "remit-development"), \
            script
