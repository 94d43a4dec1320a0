"""What each entry's defining questions name, read from the build's arrays, is what reading
each entry's questions one by one gives (``Definitions``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import knowledge, leftout
from bot.definitions import Definitions
from bot.devtools.synthetic import salted_knowledge
from bot.matcher import Matcher
from tests.conftest import KNOWLEDGE


def _one_by_one(matcher: Matcher) -> Definitions:
    return Definitions(
        (leftout._written(matcher.kb.entries[eid].questions) for eid in matcher.entry_ids),
        matcher.reader, matcher.thesaurus, matcher.stopwords)


def test_the_shipped_entries_define_what_their_questions_name(matcher: Matcher) -> None:
    alone = _one_by_one(matcher)
    assert any(alone._defines) and alone._shared
    assert matcher._definitions._defines == alone._defines
    assert matcher._definitions._shared == alone._shared


@pytest.mark.slow  # a synthetic base of 300 entries, indexed
def test_copies_define_what_their_questions_name(tmp_path: Path) -> None:
    """Copies with salt words and their own token (``bench --scale``'s): Uzbek Cyrillic
    questions made for some, left unmade for others."""
    built = Matcher(knowledge.load_or_raise(salted_knowledge(KNOWLEDGE, tmp_path, 300)))
    alone = _one_by_one(built)
    assert built._definitions._defines == alone._defines
    assert built._definitions._shared == alone._shared
