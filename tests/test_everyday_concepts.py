"""Everyday words for the documents' terms meet them through the thesaurus's concepts, in
every script (knowledge/thesaurus.yaml)."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import clean, fold


@pytest.mark.parametrize(("text", "concept"), [
    ("new countries", "~new-markets"), ("новые страны", "~new-markets"),
    ("yangi davlatlar", "~new-markets"), ("янги давлатлар", "~new-markets"),
    ("international lenders", "~world-bank"), ("международные банки", "~world-bank"),
    ("xalqaro banklar", "~world-bank"), ("халқаро банклар", "~world-bank"),
    ("travel freely", "~free-movement"), ("свободно перемещаться", "~free-movement"),
    ("bemalol oʻtib yurish", "~free-movement"), ("бемалол ўтиб юриш", "~free-movement"),
    ("bemalol o'tib yurish", "~free-movement"),
    ("куда уходят", "~spending"), ("where does the money go", "~spending"),
    ("pul qayerga ketadi", "~spending"), ("пул қаерга кетади", "~spending"),
    ("money comes from abroad", "~remittance"), ("приходит из-за границы", "~remittance"),
    ("chet eldan kelgan pul", "~remittance"), ("чет элдан келган пул", "~remittance"),
])
def test_an_everyday_word_is_its_concept(matcher: Matcher, text: str, concept: str) -> None:
    assert concept in matcher.thesaurus.concept_tokens(fold(clean(text)).split())


@pytest.mark.parametrize(("message", "entry"), [
    ("why is uzbekistan looking for new countries to send workers to",
     "remit-diversification"),
    ("how do the big international lenders back uzbekistans labour migration policy",
     "org-world-bank-imf"),
    # the spending side, not the definition (tester s10 finding 9)
    ("куда уходят переводы", "remit-uses"),
    # money that comes from abroad is the remittances (s9 tester's open finding)
    ("сколько денег приходит из-за границы", "remit-2024-total"),
])
def test_a_paraphrase_in_everyday_words_is_answered(matcher: Matcher, message: str,
                                                    entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", entry)
