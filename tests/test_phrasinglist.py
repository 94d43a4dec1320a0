"""The build leaves out, unmade, the generated questions that would read as their source's,
and builds exactly what it builds from every question made."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.config import ROOT
from bot.knowledge import load_or_raise
from bot.knowledge.records import Questions
from bot.matcher import Matcher
from bot.phrasinglist import MadeAlike
from bot.text import fold
from bot.translit import CyrillicMaker, keep_pattern

CYRILLIC = "uz-Cyrl"


def built(m: Matcher) -> dict[str, object]:
    """What a build makes that the generated questions could change."""
    vocab = m._vocab
    return {
        "keys": m._keys, "full": m._full_keys, "key_lang": m._key_lang,
        "key_entry": m._key_entry, "words": vocab.sorted_words,
        "postings": [a.tolist() for a in (vocab._offsets, vocab._entries, vocab._credits)],
        "lexicon": {lang: list(lex.items()) for lang, lex in m.lexicon.items()},
        "owner": m._owner, "amounts": m._gives_amounts, "numbers": m._numbers,
        "gives": m._gives, "details": m._details, "facts": m._facts,
    }


@pytest.mark.usefixtures("shared_reader")  # (the reader is not compared: tests/shared_reader.py)
def test_unmade_questions_that_read_as_their_source_are_left_out_and_change_nothing(
        matcher: Matcher) -> None:
    """The session's matcher is the build of the shipped knowledge as loaded, unmade
    questions and all (what a build makes is not changed by matching after)."""
    lazy = load_or_raise(ROOT / "knowledge")
    unmade = [e for e in lazy.entries.values()
              if isinstance(e.questions, Questions) and e.questions.made_by(CYRILLIC)]
    assert len(unmade) > len(lazy.entries) / 2  # most were never made
    # Every question made beforehand: a plain dict per entry, as the build read them before
    # (made from the same load, now that what was never made is counted: a second load of
    # knowledge/ cost ~0.15 s of CPU).
    made = replace(lazy, entries={eid: replace(e, questions=dict(e.questions.items()))
                                  for eid, e in lazy.entries.items()})
    assert built(matcher) == built(Matcher(made))


@pytest.mark.parametrize(("texts", "alike"), [
    (["Migratsiya nima?", "Qanday  hujjatlar kerak"], True),
    (["Migratsiya nima?", "Sentabr oyida nima boʻladi?"], False),  # сентябрь: "sentiabr"
    (["Salom, {name}!"], False),  # not made word by word
    (["Migratsiya\tnima?"], False),  # white space other than a space
    (["Migratsiya nima A.", "Qanday hujjatlar kerak"], True),  # "A. Q": initials if joined
    (["Migratsiya nima?", "Salom, {name}!"], False),
    ([], True),
])
def test_made_alike_tells_whether_every_text_reads_as_its_source(texts: list[str],
                                                                 alike: bool) -> None:
    read = MadeAlike(CyrillicMaker(keep_pattern(["Schengen"])), fold, str)
    assert read.texts(texts) is alike


def test_a_kept_term_of_several_words_is_made_whole() -> None:
    maker = CyrillicMaker(keep_pattern(["World Bank"]))
    assert not MadeAlike(maker, fold, str).texts(["World Bank nima?"])
    assert maker.by_word("Bank nima?")
    assert maker.word("nima") == "нима"


def test_a_word_the_index_spells_out_in_one_script_alone_is_not_alike() -> None:
    def spell(text: str) -> str:  # an abbreviation spelled out in Cyrillic alone
        return " ".join("yevropa ittifoqi" if w == "эс" else w for w in text.split())

    maker = CyrillicMaker()
    assert maker.word("es") == "эс" and fold("эс") == fold("es")
    assert not MadeAlike(maker, lambda t: fold(spell(t)), spell).texts(["es nima"])
    assert MadeAlike(maker, fold, str).texts(["es nima"])
