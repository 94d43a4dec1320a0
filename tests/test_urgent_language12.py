"""The protection block of a danger told in Uzbek Cyrillic words alone comes in Uzbek
Cyrillic, however short the words (fix12, item 4: review s11 finding 3: «укамни урибди» got
it in Russian); Russian dangers stay Russian."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "lang"), [
    ("укамни урибди", "uz-Cyrl"), ("акамни урибди", "uz-Cyrl"), ("укамни урди", "uz-Cyrl"),
    ("укамни уришибди", "uz-Cyrl"), ("пасортим йук", "uz-Cyrl"),
    ("ukamni uribdi", "uz"), ("akamni uribdi", "uz"),
    # ... Russian, the same triggers folded alike («депорт», "deport"), or mixed: Russian
    ("депорт", "ru"), ("брата депортировали", "ru"), ("меня избили", "ru"),
    ("забрали паспорт", "ru"), ("мне не платят зарплату", "ru"),
])
def test_a_danger_told_in_uzbek_words_gets_the_block_in_uzbek(
        answerer: Answerer, message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang) == ("urgent", lang)
