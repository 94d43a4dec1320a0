"""The reader made once per process for small index builds (``tests/shared_reader.py``)
reads as one made with the vocabulary, and each build's copy remembers nothing of another's."""

from __future__ import annotations

from itertools import islice

import numpy as np
import pytest

from bot.matcher import Matcher
from bot.phrases import PhraseIndex
from bot.reading import Reader
from bot.text import clean, fold
from tests.shared_reader import reader, shared_readers

READ = ["How do I get a work permit in Russia?", "Как получить патент в Москве?",
        "Rossiyada patent qanday olinadi?", "Россияда патент қандай олинади?",
        "Rossiyada patent qanday olinadi, ish beruvchi maoşni bermadi",
        "kak poluchit patent v moskve", "Работодатель забрал паспорт, помогите",
        "пастпорт забрали", "Rossiyada ishlayman, xo'jayinim pasportimni olib qo'ydi",
        "Рахмат!", "thanks, and where do I apply?", "I want to die", "men oʻlmoqchiman",
        "my brother is at the police, help", "akam politsiyada ishlaydi, XMT nima"]
"""en, ru, uz Latin, uz-Cyrl, the new alphabet, Russian in Latin letters; urgent (one a
typo of a trigger), small talk, a denial."""

TYPOS = ["пастпорт", "tugaydi", "ничего", "слушай", "insured", "депортироали", "pasportm"]
"""Words the vocabulary decides whether they are a trigger's typo."""


def _plain(value: object) -> object:
    if isinstance(value, PhraseIndex):
        return value._rows
    if isinstance(value, np.ndarray):
        return value.tolist()
    return value


@pytest.fixture(scope="module")
def made(matcher: Matcher) -> tuple[Reader, Reader, frozenset[str]]:
    """A reader made with a vocabulary (a few entries' words and another word), as a build
    makes it, and the shared one given the same vocabulary and thesaurus."""
    words = frozenset({"insured", *islice(sorted(w for lex in matcher.lexicon.values()
                                                 for w in lex), 0, None, 7)})
    raw, stopwords = matcher.kb.phrases, matcher.stopwords
    return (Reader(raw, stopwords, words, matcher.thesaurus),
            reader(raw, stopwords, words, matcher.thesaurus), words)


def test_the_shared_reader_is_the_one_made_with_the_vocabulary(
        made: tuple[Reader, Reader, frozenset[str]]) -> None:
    built, shared, words = made
    assert vars(built).keys() == vars(shared).keys()
    for name, value in vars(built).items():
        assert _plain(getattr(shared, name)) == _plain(value), name
    assert words <= shared._known and "insured" not in shared._urgent_only


def test_the_shared_reader_reads_as_the_one_made_with_the_vocabulary(
        made: tuple[Reader, Reader, frozenset[str]]) -> None:
    built, shared, _ = made
    for text in READ:
        assert shared.read(clean(text)) == built.read(clean(text)), text
    for word in TYPOS:
        assert shared._untypo(fold(word)) == built._untypo(fold(word)), word


def test_each_copy_remembers_nothing_of_another(matcher: Matcher) -> None:
    raw, stopwords = matcher.kb.phrases, matcher.stopwords
    first = reader(raw, stopwords, frozenset(), matcher.thesaurus)
    for text in READ:
        first.read(clean(text))
        first._untypo(fold(text.split()[0]))
    second = reader(raw, stopwords, frozenset(), matcher.thesaurus)
    lists = [name for name, v in vars(second).items() if isinstance(v, PhraseIndex)]
    assert lists and any(getattr(first, name)._found for name in lists)
    for name in lists:
        index = getattr(second, name)
        assert index is not getattr(first, name)
        assert (index._cache, index._nothing, index._found, index.shared) == ({}, set(), {},
                                                                             None), name
    assert first._typos and second._typos == {}


def test_builds_take_the_shared_reader_only_where_asked() -> None:
    from bot import matcher as matcher_module

    with shared_readers():
        assert matcher_module.Reader is reader
    assert matcher_module.Reader is Reader
