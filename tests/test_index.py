"""Building the index: fast ways of computing it give exactly what the plain ways give."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.config import ROOT
from bot.evaluation import load_labelled
from bot.index import _WordFolder
from bot.knowledge import KnowledgeBase
from bot.text import fold

# What folding treats specially: Cyrillic е/ц at a word's start, apostrophes after o/g,
# combining accents, letters NFKD splits with a space, every kind of white space.
PIECES = ["е", "Е", "ц", "Ц", "ца", "оце", "o'", "g‘", "ʻ", "ʼ", "’", "e\u0301", "\u0301",
          "¨", "ǵ", "ş", "Ç", "ﬁ", "²", "İ", "Σ", "ß", "ё", "щ", "shch", "tsh", "kh", "yo",
          "aa", "-", ".", "(", "«", " ", "  ", "\t", "\n", "\u00a0", "\u2002", "\u3000",
          "\x1c", "\x85", "Ўзбекистон", "мигрант", "qo'shni", "pul", "2024"]


def every_text(kb: KnowledgeBase) -> list[str]:
    texts = [t for e in kb.entries.values()
             for t in (*(q for qs in e.questions.values() for q in qs),
                       *e.answer.values(), *e.aliases)]
    texts += [item.q for name in ("tune.yaml", "holdout.yaml")
              for item in load_labelled(ROOT / "tests" / "data" / name)]
    return texts


def test_word_by_word_folding_equals_fold_on_every_known_text(kb: KnowledgeBase) -> None:
    folder = _WordFolder()
    texts = every_text(kb)
    assert len(texts) > 2500
    assert [t for t in texts if folder(t) != fold(t)] == []


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join) | st.text(max_size=200))
@example("Цена це ц е")
@example("a¨b  ¨")
def test_word_by_word_folding_equals_fold_on_any_text(text: str) -> None:
    assert _WordFolder()(text) == fold(text)
