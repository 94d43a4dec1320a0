"""The matcher: gates on the frozen holdout, the tune set, every entry reachable, odd input.

The gates that matter run on ``tests/data/holdout.yaml``, written blind to the FAQ and never
tuned on (``eval --calibrate`` reads only ``tune.yaml``). A gate the matcher does not reach
honestly stays an ``xfail(strict=True)`` that gives the measured figure: it turns red the
day the figure is reached, so the mark is removed then.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from rapidfuzz import fuzz, process

from bot.evaluation import Labelled, Report, evaluate, unknown_ids
from bot.knowledge import KnowledgeBase
from bot.matcher import Matcher
from bot.text import LANGS, fold
from tests.conftest import Reports, read_labelled, remembering_answerer

DATA = Path(__file__).parent / "data"
TUNE = DATA / "tune.yaml"
HOLDOUT = DATA / "holdout.yaml"
HOLDOUT_SHA256 = "dbf660e38995fcfbf40bc0acf363025f39ac13f76fa04cc9b54419b6fe0dd32d"
ACCURACY = 0.90
ABSTENTION = 0.90
WRONG = 0.02
TUNE_ABSTENTION = 0.85
LEAK_RATIO = 90


@pytest.fixture(scope="module")
def holdout(reports: Reports) -> Report:
    return reports("bot", read_labelled(HOLDOUT))


@pytest.fixture(scope="module")
def tune(reports: Reports) -> Report:
    return reports("bot", read_labelled(TUNE))


# ---------------------------------------------------------------- the holdout itself


def test_holdout_is_frozen() -> None:
    assert hashlib.sha256(HOLDOUT.read_bytes()).hexdigest() == HOLDOUT_SHA256


def test_holdout_is_big_and_covers_every_language_and_kind(matcher: Matcher) -> None:
    items = read_labelled(HOLDOUT)
    assert len(items) >= 400
    assert unknown_ids(matcher, items) == []
    assert sum(i.want == "null" for i in items) >= 100
    for lang in LANGS:
        assert sum(i.lang == lang and i.want != "null" for i in items) >= 60, lang
    real = {"chatty", "paraphrase", "rukbd", "mixed", "newalpha", "translit", "sms", "exam",
            "nearmiss", "urgent", "oneword"}
    assert sum(i.kind in real for i in items) >= len(items) / 2


def _close(held: list[str], seen: list[str]) -> set[int]:
    """Indexes of the holdout lines within LEAK_RATIO of any of ``seen`` (folded)."""
    close = process.cdist(held, seen, scorer=fuzz.ratio, dtype=np.uint8,
                          score_cutoff=LEAK_RATIO)
    return {int(i) for i in np.nonzero(close)[0]}


def _held() -> list[str]:
    return [fold(i.q) for i in read_labelled(HOLDOUT)]


def _phrasings(kb: KnowledgeBase) -> list[str]:
    return ([fold(q) for e in kb.entries.values() for qs in e.questions.values() for q in qs]
            + [fold(a) for e in kb.entries.values() for a in e.aliases])


def test_no_holdout_line_is_in_tune() -> None:
    """Even fuzzily: a holdout line seen while tuning would no longer be held out."""
    assert _close(_held(), [fold(i.q) for i in read_labelled(TUNE)]) == set()


PHRASINGS_AT_FREEZE = 37
"""Holdout lines that already coincided with an FAQ phrasing or alias when the holdout was
frozen (commit aa70150): short natural questions ("Shengen kelishuvi nima?", "IOM") that
the blind writer and the FAQ's authors both wrote."""


def test_no_holdout_line_was_added_to_the_phrasings(kb: KnowledgeBase) -> None:
    """The overlap can shrink, never grow: copying a holdout line into an entry fails."""
    assert len(_close(_held(), _phrasings(kb))) <= PHRASINGS_AT_FREEZE


@pytest.mark.xfail(strict=True, reason=f"{PHRASINGS_AT_FREEZE} holdout lines coincide with "
                   "phrasings written before the holdout (see PHRASINGS_AT_FREEZE)")
def test_no_holdout_line_is_among_the_phrasings(kb: KnowledgeBase) -> None:
    assert _close(_held(), _phrasings(kb)) == set()


# ---------------------------------------------------------------- gates on the holdout

MEASURED: dict[str, str] = {}
"""The holdout figures per language on the day the gates were written (see README), for the
languages whose gate is not reached yet."""


def _below(what: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"not reached honestly yet: {what}")


@pytest.mark.parametrize("lang", [
    pytest.param(lang, marks=_below(f"{lang} {MEASURED[lang]} right, gate 90%")
                 if lang in MEASURED else ())
    for lang in LANGS])
def test_holdout_right_per_language(holdout: Report, lang: str) -> None:
    assert holdout.accuracy(lang) >= ACCURACY, f"{lang}: {holdout.accuracy(lang):.1%}"


def test_holdout_abstains_on_out_of_scope(holdout: Report) -> None:
    assert holdout.abstention() >= ABSTENTION, f"{holdout.abstention():.1%}"


def test_holdout_confident_wrong_answers_are_rare(holdout: Report) -> None:
    """Reached in the thirty-fourth session, after 2.2% (7 of 321) from the seventeenth
    session to the thirty-third (the history: docs/benchmarks.md)."""
    assert holdout.wrong_rate() <= WRONG, f"{holdout.wrong_rate():.1%}"


def test_holdout_every_urgent_message_gets_the_protection_reply(holdout: Report) -> None:
    missed = [o.item.line for o in holdout.of("urgent") if not o.match.urgent]
    assert missed == [], f"{len(missed)} of {len(holdout.of('urgent'))} urgent lines"


def test_holdout_no_greeting_gets_an_faq_answer(holdout: Report) -> None:
    answered = [o.item.line for o in holdout.of("greeting") if o.match.decision == "answer"]
    assert answered == []


def test_holdout_is_better_than_before_this_work(holdout: Report) -> None:
    """Floors below the gates, at the figures the matcher had before issue 7 (measured
    with that matcher on this holdout): what was gained cannot be lost unnoticed."""
    for lang, before in {"en": 0.60, "ru": 0.51, "uz": 0.653, "uz-Cyrl": 0.649}.items():
        assert holdout.accuracy(lang) > before, lang
    assert holdout.wrong_rate() < 0.153
    assert sum(o.match.urgent for o in holdout.of("urgent")) > 0
    assert sum(o.match.decision == "greeting" for o in holdout.of("greeting")) > 0


def test_a_failing_gate_never_prints_a_message(matcher: Matcher) -> None:
    """pytest shows the objects of a failing assert: a report's repr holds no line's text."""
    item = Labelled("a secret holdout message", "en", None, 1, "null")
    report = evaluate(matcher, [item])
    for obj in (report, report.outcomes, item):
        assert item.q not in repr(obj)
    assert repr(report) == "Report(1 lines)"


# ---------------------------------------------------------------- tune (regression set)


def test_tune_set_is_big_and_balanced(matcher: Matcher) -> None:
    items = read_labelled(TUNE)
    assert len(items) >= 250
    assert sum(i.want == "null" for i in items) >= 40
    assert unknown_ids(matcher, items) == []
    for lang in LANGS:
        assert sum(i.lang == lang for i in items) >= 40, lang


TUNE_MEASURED: dict[str, str] = {"en": "89.82%"}
"""Tune figures below the gate since new lines landed unfitted (the fourth session's 578 blind
lines and the tester's 36; the thirteenth session's tester's 820, added in the fourteenth; en's
since blind25's 202 lines of the twenty-fifth session, and again since blind26's 240 lines of
the twenty-sixth: 40 of 50 en id/clarify lines right as they landed; en's again since
nearcheck27's 255 fresh near misses and controls of the twenty-seventh: 36 of 64 en lines right
as they landed, and blind27's 215 blind lines: 37 of 44 en lines right as they landed; 89.2%
then, 89.96% at the session's end, 2,895 of 3,218, two lines short; the twenty-eighth's
blind28 and null28 blocks and nearfix28a's as it landed took it to 89.75%, nearfix28a's fixes
back to 89.97%, 2,950 of 3,279, two lines short; with tunecw28's block and nearfix28b's,
89.97%, 2,968 of 3,299, one line short): the
fitters bring them back, and the mark goes when the test turns red (uz's went with near14's
numbers said in words, en's with en25's everyday words, and again with near26's countries asked
of and articles; en's again with nearfix28c's places, blocs and bodies asked of, 90.2% on
15,494 lines; en's again since nearfix29's 148 fresh near misses and controls of the
twenty-ninth session: 25 of 37 en lines right as they landed, 89.9% then, 89.99% with
nearfix29's fixes, one line short; the mark went with blind29's pair rule, e2f3138; en's and
uz-Cyrl's again since the thirty-fourth session's generic34, chatty34 and scripts34 blocks:
scripts34's 93 lines as they landed 14 of 19 en and 12 of 19 uz-Cyrl right, en 89.76% and
uz-Cyrl 89.99% of 17,468 lines then; uz-Cyrl's mark went with chatty34's classes and
its relabelled poverty line, 90.02%; en 89.82% at the session's end, 3,325 of 3,702, seven
lines short: generic34's broad questions, 'what is uzbekistan's migration policy', are a
"did you mean" of the entries that each answer a part, not right on an id line)."""


@pytest.mark.parametrize("lang", [
    pytest.param(lang, marks=_below(f"{lang} {TUNE_MEASURED[lang]} right on tune with the new "
                                    "blind lines, gate 90%") if lang in TUNE_MEASURED else ())
    for lang in LANGS])
def test_tune_accuracy_per_language(tune: Report, lang: str) -> None:
    assert tune.accuracy(lang) >= ACCURACY, f"{lang}: {tune.accuracy(lang):.1%}"


def test_tune_out_of_scope_abstention(tune: Report) -> None:
    assert tune.abstention() >= TUNE_ABSTENTION, f"{tune.abstention():.1%}"


# ---------------------------------------------------------------- behaviour


def test_every_entry_is_found_by_its_own_questions(kb: KnowledgeBase,
                                                   shipped_lints: None) -> None:
    """Walks every entry in every language: its phrasings must lead to it.

    The session's matcher, remembering each match (``remembering_answerer``): ``check``'s
    self-match lint asks it the same phrasings but the Uzbek Cyrillic ones (1,014 of 1,354,
    ~0.6 s of CPU), and ``shipped_lints`` puts this test on the worker of the ``check`` runs.
    """
    matcher = remembering_answerer().matcher
    lost = []
    for entry in kb.entries.values():
        for lang in LANGS:
            for q in entry.questions[lang]:
                m = matcher.match(q)
                if not m.candidates or entry.id not in [c.entry_id for c in m.candidates]:
                    lost.append((entry.id, lang, q, m.decision,
                                 [c.entry_id for c in m.candidates]))
    assert lost == []


@pytest.mark.parametrize(("query", "entry"), [
    ("UP-5785", "decree-up-5785"),
    ("ПФ-5785", "decree-up-5785"),
    ("pf 5785", "decree-up-5785"),
    ("УП 4947", "decree-up-4947"),
    ("PQ-4829", "decree-pp-4829"),
    ("ПП-4829 о чём", "decree-pp-4829"),
    ("Konstitutsiya 23-modda", "law-article-23"),
    ("статья 23 конституции", "law-article-23"),
    ("Schengen", "coop-schengen"),
    ("шенген", "coop-schengen"),
    ("migration.uz", "org-agency"),
    ("Global Compact 2018", "org-global-compact"),
    ("Олмония билан шартнома нима", "coop-germany-2024"),  # Germany's other Uzbek name
])
def test_names_and_numbers_find_their_entry(matcher: Matcher, query: str, entry: str) -> None:
    m = matcher.match(query)
    assert m.decision == "answer", m
    assert m.best is not None and m.best.entry_id == entry


@pytest.mark.parametrize(("query", "entry"), [
    # "why do people go abroad" is the causes of migration, not the strategy's plans for
    # those who go abroad to work
    ("Odamlar nega chet elga ketishadi?", "concept-causes"),
    ("Одамлар нега хорижга кетишади", "concept-causes"),
])
def test_a_question_meets_its_entry_not_a_sibling_sharing_its_words(
        matcher: Matcher, query: str, entry: str) -> None:
    m = matcher.match(query)
    assert m.decision == "answer" and m.best is not None and m.best.entry_id == entry, m


@pytest.mark.parametrize("query", [
    "", "   ", "\n\t", "😀😀😀", "🇺🇿" * 500, "x" * 10_000, "Ўзбекистон " * 2000,
    "\x00\x01\x1b[31mred\x1b[0m", "<b>bold</b> & <script>", "?!...,,,", "1234567890",
    "Ўзбекистон migrant денег 2024 ☃", "\u202eevil\u202c", "a", "مهاجرت", "移民",
])
def test_odd_input_gets_a_decision_not_an_exception(matcher: Matcher, query: str) -> None:
    m = matcher.match(query)
    assert m.decision in ("answer", "clarify", "abstain", "greeting")
    assert len(m.query) <= matcher.settings.max_query_chars


@pytest.mark.parametrize("query", ["", "   ", "😀😀😀", "\x00\x01", "?!...", "x" * 100_000,
                                   "what time is it", "law", "a", "который час",
                                   "who is the president of Kazakhstan",
                                   "Қозоғистон президенти ким", "euro to sum exchange rate",
                                   # organisations no document speaks of
                                   "does the World Health Organization help migrants",
                                   "ЮНИСЕФ помогает детям мигрантов?",
                                   # where an office is: the documents give no address
                                   "Tashqi mehnat migratsiyasi agentligi manzili qayerda",
                                   # how to get a visa, in an inflected form
                                   "Германия визасини олиш учун нима керак",
                                   # Germany and a detail the Germany deal lacks, but
                                   # nothing else of the deal
                                   "Qizim Germaniyada oʻqiydi, stipendiya qancha beriladi?"])
def test_nothing_to_match_abstains(matcher: Matcher, query: str) -> None:
    assert matcher.match(query).decision == "abstain"


@pytest.mark.parametrize(("query", "lang"), [
    ("How much money did migrants send home in 2024?", "en"),
    ("Сколько денег мигранты перевели в 2024 году?", "ru"),
    ("skolko deneg perevodyat migranty", "ru"),
    ("2024-yilda migrantlar qancha pul oʻtkazgan?", "uz"),
    ("2024 йилда мигрантлар қанча пул ўтказган?", "uz-Cyrl"),
    ("2024 йилда мигрантлар канча пул утказган?", "uz-Cyrl"),  # Russian keyboard
    # Words no entry uses: their endings (-лаб, -япти, -мисиз, -да) tell Uzbek from Russian.
    ("бизни мажбурлаб ишлатяпти", "uz-Cyrl"),
    ("Салом, яхшимисиз?", "uz-Cyrl"),
    ("бизни ётокхонада камаб куйишди", "uz-Cyrl"),
    ("bizni majburlab ishlatyapti", "uz"),
    ("нас заставляют работать бесплатно", "ru"),
    ("работодатель не платит зарплату уже три месяца", "ru"),
])
def test_language_of_the_question_is_detected(matcher: Matcher, query: str, lang: str) -> None:
    assert matcher.match(query).lang == lang


@pytest.mark.parametrize("query", [
    "qancha pul yuborilgan 2024",
    "канча пул юборилган 2024",
])
def test_a_fact_that_another_close_entry_gives_is_not_called_missing(matcher: Matcher,
                                                                      query: str) -> None:
    """The top entry lacks 2024 but remit-2024-total has it: no "the documents do not give"."""
    m = matcher.match(query)
    assert m.near_miss is None
    assert m.candidates and m.candidates[0].entry_id == "remit-2024-total"


@pytest.mark.parametrize("query", [
    "migrantlar uyga qancha pul yuborishgan 2024 yilda?",
    "мигрантлар уйга қанча пул юборишган 2024 йилда?",
    "мигрантлар уйга канча пул юборишган 2024 йилда?",  # on a Russian keyboard
    "Assalomu alaykum aka, migrantlar uyga qancha pul yuborishgan 2024 yilda?",
])
def test_an_entry_that_contradicts_the_question_does_not_compete(matcher: Matcher,
                                                                  query: str) -> None:
    """remit-uses scores higher ("uyga": home) but has no 2024: the 2024 figure is answered,
    not offered beside an entry that cannot answer the year asked."""
    m = matcher.match(query)
    assert (m.decision, m.best and m.best.entry_id, m.near_miss) == \
        ("answer", "remit-2024-total", None)


@pytest.mark.parametrize(("query", "places", "bodies"), [
    ("yes, and what about the 2024 remittances", set(), set()),  # folded, "yes" is "ЕС"
    ("can you tell me about the 2024 remittances", set(), set()),  # and "you" is "EU"
    ("он сказал, что мигранты отправили много денег в 2024", set(), set()),  # "ООН"
    ("how does the EU cooperate with Uzbekistan", {"europe"}, set()),
    ("как ЕС сотрудничает с Узбекистаном", {"europe"}, set()),
    ("Что ООН делает для мигрантов?", set(), {"un"}),
    ("что делает оон для мигрантов", set(), {"un"}),  # typed in small letters
    # Latin capitals are the IOM typed on a Latin keyboard; in small letters, a mother
    ("chto takoe MOM", set(), {"iom"}), ("MOM nima", set(), {"iom"}),
    ("what is MOM", set(), {"iom"}), ("что делает мом", set(), {"iom"}),
    ("my mom works in Russia", {"russia"}, set()), ("Mom sends money home", set(), set()),
])
def test_abbreviations_are_read_as_written_not_folded(matcher: Matcher, query: str,
                                                      places: set[str],
                                                      bodies: set[str]) -> None:
    toks = matcher.reader.read(matcher.thesaurus.spell_out(query)).parts[0].toks
    facts = matcher.thesaurus.facts(toks)
    assert (set(facts.places) - {"uzbekistan"}, set(facts.bodies)) == (places, bodies)


@pytest.mark.parametrize("query", [
    "yes, and what about the 2024 remittances",
    "ok yes, how much money was sent home in 2024",
])
def test_yes_does_not_make_a_near_miss_of_europe(matcher: Matcher, query: str) -> None:
    m = matcher.match(query)
    assert (m.decision, m.best and m.best.entry_id, m.near_miss) == \
        ("answer", "remit-2024-total", None)
