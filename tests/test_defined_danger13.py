"""A definition question about a danger word ("Majburiy mehnat nima?", «что такое
принудительный труд», "what is deportation") is a question, not a danger told (fix13 item 8,
the coordinator's decision): no protection block; the answer when an entry gives it ("what
is trafficking"), else what the documents say on protection, with its buttons. A danger told
beside it, of the writer or someone close, keeps the block."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "lang"), [
    ("Majburiy mehnat nima?", "uz"), ("majburiy mehnat nima", "uz"),
    ("мажбурий меҳнат нима?", "uz-Cyrl"), ("мажбурий мехнат нима", "uz-Cyrl"),
    ("что такое принудительный труд", "ru"), ("что такое депортация", "ru"),
    ("chto takoe deportatsiya", "ru"), ("what is forced labour", "en"),
    ("what does deportation mean", "en"), ("deportatsiya nima", "uz"),
    ("депортация нима", "uz-Cyrl"),
])
def test_what_a_danger_means_is_no_danger_told(answerer: Answerer, message: str,
                                               lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.match.urgent) == ("clarify", lang, False)
    assert reply.choices == answerer.protection


@pytest.mark.parametrize(("message", "lang"), [
    ("what is trafficking", "en"), ("what is human trafficking", "en"),
    ("что такое торговля людьми", "ru"), ("odam savdosi nima", "uz"),
    ("одам савдоси нима", "uz-Cyrl"),
])
def test_a_danger_an_entry_defines_is_answered(answerer: Answerer, message: str,
                                               lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry and reply.entry.id) == (
        "answer", lang, "concept-illegal-trafficking")


@pytest.mark.parametrize("message", [
    "I am forced to work", "меня заставляют работать", "meni majburan ishlatishyapti",
    "мени мажбуран ишлатишяпти", "what is forced labour? my boss forces me to work",
    "what is forced labour? i think i am in it",
    "odam savdosi nima, meni sotib yuborishdi", "что такое депортация, меня депортируют",
    "что такое депортация? брата депортировали", "deportatsiya nima? akamni deport qilishdi",
    "what is trafficking, my sister was trafficked", "что такое суицид",
])
def test_a_danger_told_keeps_the_block(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"
