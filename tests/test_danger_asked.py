"""A danger asked about as a subject (fix12, issue 7): "How many people were victims of
trafficking?", «кто помогает жертвам торговли людьми». The protection block still comes
first, and the danger's words that the documents use («торговли», "savdosi") are matched, so
the answer follows it; the words that only say the danger ("victims", «жертвам») are left
out. A danger told of the writer or someone close keeps all its words out of matching, in
every script."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.text import clean, fold

TRAFFICKING = "concept-illegal-trafficking"


@pytest.mark.parametrize(("message", "entry"), [
    ("кто помогает жертвам торговли людьми", TRAFFICKING),
    ("kto pomogaet zhertvam torgovli lyudmi", TRAFFICKING),
])
def test_a_question_about_victims_gets_the_block_then_the_answer(
        answerer: Answerer, message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "urgent"
    assert reply.entry is not None and reply.entry.id == entry


@pytest.mark.parametrize(("message", "kept"), [
    ("How many people were victims of trafficking in 2024?", "trafficking"),
    ("how many migrants were trafficked", None),
    ("кто помогает жертвам торговли людьми", "torgovli"),
    ("сколько мигрантов стали жертвами торговли людьми", "torgovli"),
    ("skolko lyudey stali zhertvami torgovli lyudmi", "torgovli"),
    ("qancha odam odam savdosi qurboni boʻldi?", "savdosi"),
    ("migrantlar odam savdosi qurboni boʻlsa davlat qanday himoya qiladi", "savdosi"),
    ("мигрантлар одам савдоси қурбони бўлса давлат қандай ҳимоя қилади", "savdosi"),
    ("мигрантлар одам савдоси курбони булса давлат кандай химоя килади", "savdosi"),
    ("what does the law say about deported migrants", None),
])
def test_a_danger_asked_about_stays_urgent_and_keeps_the_documents_words(
        answerer: Answerer, message: str, kept: str | None) -> None:
    reading = answerer.matcher.reader.read(clean(message))
    assert reading.urgent
    assert answerer.ask(message).kind == "urgent"
    assert "odam" not in reading.danger  # a short word of the documents is kept too
    if kept is not None:
        assert kept not in reading.danger
    # what only says the danger is never matched
    assert not {"vistims", "jertvam", "jertvami", "kurboni", "deported"} & (
        {t for p in reading.parts for t in p.toks} - reading.danger)


@pytest.mark.parametrize("message", [
    # the writer, someone close, "she", a call for help: all the danger's words left out
    "I'm a victim of human trafficking, who helps victims?",
    "my sister was trafficked, how many people are victims?",
    "she was trafficked, how many victims are there",
    "how many people were victims of trafficking? help me please",
    "Men odam savdosi qurboniman, kim yordam beradi?",
    "akam odam savdosi qurboni boʻldi, qancha odam shunday?",
    "Акам одам савдоси қурбони бўлди, ким ёрдам беради?",
    "акам одам савдоси курбони булди ким ердам беради",
    "брат стал жертвой торговли людьми, кто помогает жертвам?",
    "я жертва торговли людьми кто поможет",
    "sestra stala zhertvoy torgovli lyudmi kto pomozhet",
    "сестру продали, кто помогает жертвам торговли людьми",
    "erimni deportatsiya qilishdi, migrantlar nima qiladi?",
    "мужа депортировали, сколько мигрантов депортируют?",
    "Паспорт забрали, что значит",
    "passport taken what to do",
    # a told event, or what to do, beside people in general (review s10 finding 1)
    "zabrali pasport u rabochih, chto delat?",
    "Ishchilarning pasportlarini olib qo'yishdi, nima qilish kerak?",
    "Ишчиларнинг паспортларини олиб қўйишди, нима қилиш керак?",
    "ишчиларнинг паспортларини олиб куйишди, нима килиш керак?",
    "Мигрантов задержала полиция, что делать?",
    "deported migrants, what to do?",
    "migrantlarni deportatsiya qilishyapti, qayerga murojaat qilish kerak?",
])
def test_a_danger_told_of_someone_leaves_its_words_out(
        answerer: Answerer, message: str) -> None:
    reader = answerer.matcher.reader
    reading = reader.read(clean(message))
    assert reading.urgent
    assert answerer.ask(message).kind == "urgent"
    folded = fold(clean(message)).split()
    hits = reader.urgent_hits(folded, lambda: folded)
    assert reading.danger == reader.danger_words(folded, hits)


@pytest.mark.parametrize("message", [
    # a need beside a danger is no question of its own (review s10 finding 1b)
    "Меня бьют, нужна помощь",
    "Паспорт забрали, нужна помощь",
    "my boss beats me i need money to go home",
    "pasportimni olib qoʻyishdi, yordam kerak",
    "паспортимни олиб қўйишди, ёрдам керак",
])
def test_a_danger_with_a_need_gets_the_block_alone(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "urgent"
    assert reply.entry is None
