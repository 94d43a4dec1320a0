"""Questions whose main ask no entry answers (tester5 finding 5): who holds an office now,
where to find a job, how to get a Schengen visa. The words they share with an entry
("president" with the decrees' titles, "work" with reintegration) made confident answers."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.matcher import Matcher
from bot.plaintext import plain_text


@pytest.mark.parametrize("message", [
    # who holds an office: the documents name no office-holders
    "O'zbekiston prezidenti kim", "Ozbekiston prezidenti kim", "Oʻzbekiston prezidenti kim",
    "Ўзбекистон президенти ким", "Узбекистон президенти ким",
    "кто президент Узбекистана", "kto prezident Uzbekistana",
    "who is the president of Uzbekistan", "who is the prime minister of Uzbekistan",
    "Oʻzbekiston bosh vaziri kim", "Ўзбекистон бош вазири ким",
    "кто сейчас министр иностранных дел",
    # where to find a job
    "как найти работу в Москве", "kak nayti rabotu v Moskve", "where can i find a job in Russia",
    "Moskvada ish qayerdan topsam boʻladi", "Москвада иш қаердан топсам бўлади",
    "Москвада иш каердан топсам булади",
])
def test_an_ask_no_entry_answers_is_not_answered(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "abstain", (reply.kind, reply.entry and reply.entry.id)
    assert "www.migration.uz" in plain_text(reply, answerer.kb)


@pytest.mark.parametrize(("message", "entry"), [
    # the same words in questions the documents answer
    ("Я вернулся из-за границы, поможет ли государство найти работу", "strategy-reintegration"),
    ("Chet eldan qaytdim, davlat ish topish yoki biznes ochishga yordam beradimi",
     "strategy-reintegration"),
    ("Prezident farmoni UP-5785 nima haqida", "decree-up-5785"),
    ("What is presidential decree UP-4947 about", "decree-up-4947"),
    ("кто такие соотечественники", "diaspora-compatriot-societies"),
])
def test_the_same_words_in_a_documented_question_are_answered(matcher: Matcher, message: str,
                                                              entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "Shengen vizasini qanday olsa boʻladi", "Shengen vizasini qanday olsa bo'ladi",
    "Шенген визасини қандай олса бўлади", "Шенген визасини кандай олса булади",
    "как оформить шенгенскую визу", "how do I get a Schengen visa",
])
def test_how_to_get_a_schengen_visa_is_a_near_miss_of_the_schengen_entry(
        matcher: Matcher, message: str) -> None:
    """The entry says what the agreement is; the documents give no visa procedure."""
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None
    assert [c.entry_id for c in m.candidates] == ["coop-schengen"]
