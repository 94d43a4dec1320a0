"""Phrasings read all at once as arrays give what reading them one by one gives."""

from __future__ import annotations

import random

import numpy as np
import pytest

from bot import entrykeys, ragged
from bot.config import ROOT
from bot.devtools.synthetic import salted_knowledge
from bot.entrykeys import EntryKeys
from bot.facts import CONCEPT_MARK, entry_facts
from bot.index import Index
from bot.knowledge import KnowledgeBase, load_or_raise
from bot.matcher import Matcher
from bot.phrases import PhraseIndex
from bot.phrasinglist import phrasings
from bot.phrasings import KEYBOARD_LANGS, PhrasingReader, _split, fold_all, fold_split
from bot.text import fold
from bot.vocab import Numbering

from .test_index import KNOWN_TEXTS, known_texts


def plain_reading(index: Index, text: str, lang: str | None) -> tuple[str, str, list[str]]:
    """One phrasing read the plain way: folded text, key, vocabulary words in order."""
    full = index._fold(text)
    words = [w for w in index._words(text, full, lang) if w not in index.stopwords]
    return full, index._content(full), words


def array_reading(index: Index, texts: list[str],
                  langs: list[str | None]) -> list[tuple[str, str, list[str]]]:
    read = PhrasingReader(index._fold, index.stopwords, index.thesaurus).read(texts, langs)
    # Each text's words in array order, as read.words[read.owner == k] gives them (grouped by
    # one stable sort: that mask per text was quadratic in the synthetic base's ~10,000).
    order = np.argsort(read.owner, kind="stable")
    bounds = np.searchsorted(read.owner[order], np.arange(len(texts) + 1))
    words = read.words[order]
    return [(read.full[k], read.keys[k], [read.names[w] for w in words[bounds[k]:bounds[k + 1]]])
            for k in range(len(texts))]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Matcher:
    """The matcher of a synthetic knowledge base of 400 entries, built once for the module.

    The tests that read it are the scale form of the shipped base's, and ``slow``: building
    it takes about a second and a half of CPU."""
    root = salted_knowledge(ROOT / "knowledge", tmp_path_factory.mktemp("kb"), 400, seed=3)
    return Matcher(load_or_raise(root))


SHIPPED_AND_SYNTHETIC = ["shipped", pytest.param("synthetic", marks=[
    pytest.mark.slow, pytest.mark.xdist_group("tests/test_phrasings.py")])]
"""``which`` knowledge base: the shipped one quick, the synthetic one (the scale form) ``slow``
and on one worker, which builds it once."""


@pytest.fixture
def index(request: pytest.FixtureRequest, which: str, matcher: Matcher) -> Matcher:
    """``which`` knowledge base's matcher (an ``Index``), which the module's tests only read:
    the session's, built once per session, or ``synthetic``."""
    return matcher if which == "shipped" else request.getfixturevalue("synthetic")


@pytest.mark.parametrize("which", SHIPPED_AND_SYNTHETIC)
def test_every_phrasing_reads_as_the_plain_way_reads_it(
        which: str, index: Matcher) -> None:
    texts, langs, _, _, _, _ = phrasings([index.kb.entries[e] for e in index.entry_ids])
    got = array_reading(index, texts, langs)
    assert len(texts) > 1000
    assert [k for k, (t, lang) in enumerate(zip(texts, langs, strict=True))
            if got[k] != plain_reading(index, t, lang)] == []


@pytest.mark.parametrize("stride", KNOWN_TEXTS)
def test_any_known_text_reads_as_the_plain_way_reads_it_in_every_language(
        kb: KnowledgeBase, matcher: Matcher, stride: int) -> None:
    """Answers and labelled questions too: punctuation, numbers, abbreviations, scripts."""
    index = matcher
    texts = known_texts(kb, stride)
    for lang in (None, "uz", "en"):
        langs = [lang] * len(texts)
        got = array_reading(index, texts, langs)
        assert [t for k, t in enumerate(texts) if got[k] != plain_reading(index, t, lang)] == []


@pytest.mark.parametrize("texts", [
    [],
    [""],
    ["", "  ", "—", ""],
    ["ЕС ва ООН", "Oʻzbekiston oʻz fuqarolari", "", "o'zbek mehnat migratsiyasi xalqaro"],
    ["the the", "и", "a b c", "2024 2024 yil"],
    ["a \x00 b", "\x00", "c\x00d e"],  # the separator of the one split, as a word
])
def test_edge_cases_read_as_the_plain_way(matcher: Matcher, texts: list[str]) -> None:
    index = matcher
    for lang in (*KEYBOARD_LANGS, "ru"):
        langs = [lang] * len(texts)
        assert array_reading(index, texts, langs) == [plain_reading(index, t, lang)
                                                      for t in texts]


@pytest.mark.parametrize("texts", [
    [],
    ["", "  ", "—"],
    ["ЕС ва ООН", "Oʻzbekiston oʻz fuqarolari", "2024yil  iyun\noyida", "Сколько?"],
    ["a \x00 b", "\x00", "c\x00d e"],
])
def test_texts_folded_all_at_once_fold_as_each_alone(texts: list[str]) -> None:
    names, toks, offsets = fold_all(texts, fold)
    assert len(offsets) == len(texts) + 1
    assert [" ".join(names[t] for t in toks[offsets[k]:offsets[k + 1]].tolist())
            for k in range(len(texts))] == [fold(t) for t in texts]
    rows = np.arange(len(texts))[::-2]
    raw = Numbering()
    per_text, flat = _split(texts, raw)
    names, toks, offsets = fold_split((list(raw), per_text, flat), fold, rows)
    assert [" ".join(names[t] for t in toks[offsets[k]:offsets[k + 1]].tolist())
            for k in range(len(rows))] == [fold(texts[k]) for k in rows.tolist()]


@pytest.mark.parametrize("which", SHIPPED_AND_SYNTHETIC)
def test_an_entry_gives_amounts_when_it_gives_a_figure_and_a_question_asks_one(
        which: str, index: Matcher) -> None:
    """All questions read at once find what each question read alone finds."""
    built = index
    plain = [built._counts[k] and any(
        h.label == "asks" for qs in built.kb.entries[eid].questions.values() for q in qs
        for h in built.reader.quantity.find(fold(q).split()))
        for k, eid in enumerate(built.entry_ids)]
    assert any(plain) and not all(plain)
    assert built._gives_amounts == plain


def plain_entry(index: Index, eid: str) -> tuple[list[str], list[str], set[str], object]:
    """An entry's distinct keys in order, the folded text of the first phrasing of each, its
    phrasings' words and its facts, the plain way."""
    entry = index.kb.entries[eid]
    phrasings = [(q, lang) for lang in entry.questions for q in entry.questions[lang]]
    phrasings += [(a, None) for a in entry.aliases]
    keys, fulls, strong = [], [], set()
    for text, lang in phrasings:
        full, key, words = plain_reading(index, text, lang)
        if key and key not in keys:
            keys.append(key)
            fulls.append(full)
        strong.update(words)
    answers = [index._fold(t).split() for t in entry.answer.values()]
    answers += [index._fold(a).split() for a in entry.aliases]
    return keys, fulls, strong, entry_facts(index.thesaurus, answers, entry.facts)


@pytest.mark.parametrize("which", SHIPPED_AND_SYNTHETIC)
def test_each_entry_keeps_its_keys_words_and_facts(
        which: str, index: Matcher) -> None:
    vocab = index._vocab
    strong_words: dict[int, set[str]] = {}  # entry -> the words whose postings give it 1.0
    for w in vocab.sorted_words:
        for owner in vocab.postings(w)[0][vocab.postings(w)[1] == 1.0].tolist():
            strong_words.setdefault(owner, set()).add(w)
    for idx, eid in enumerate(index.entry_ids):
        keys, fulls, strong, facts = plain_entry(index, eid)
        lo, hi = index._span(idx)
        assert index._keys[lo:hi] == keys
        # What QRatio compares: the folded text of each key's first phrasing.
        assert index._entry_keys[idx] == (keys, fulls)
        assert strong_words.get(idx, set()) == strong
        assert index._facts[idx] == facts


@pytest.mark.parametrize("colliding", [False, True])
@pytest.mark.parametrize(("keys", "owners", "first"), [
    ([[1], [2], [1], [1], [2]], [0, 0, 0, 1, 1], [0, 1, 3, 4]),
    ([[3, 4], [3, 4], [3, 4]], [2, 2, 2], [0]),
    ([[1, 2], [2, 1], [1, 2], [1], [1, 2, 0]], [0, 0, 0, 0, 0], [0, 1, 3, 4]),
    ([[], [5], []], [0, 0, 0], [0, 1]),
    ([], [], []),
])
def test_each_entrys_first_phrasing_of_each_key_is_found(
        monkeypatch: pytest.MonkeyPatch, keys: list[list[int]], owners: list[int],
        first: list[int], colliding: bool) -> None:
    """Keys are rows of word numbers; also when every row's hash is the same (the keys are
    then compared word by word, found to differ, and numbered)."""
    if colliding:
        monkeypatch.setattr(entrykeys, "_row_hashes",
                            lambda offsets, _toks: np.full(len(offsets) - 1, 7, np.uint64))
    offsets, toks = ragged.ragged(keys)
    assert entrykeys.first_of_each(offsets, toks, np.asarray(owners, dtype=np.int64)
                                     ).tolist() == first


def test_each_entrys_keys_are_joined_when_first_asked(matcher: Matcher) -> None:
    """A base larger than ``JOINED_AT_BUILD`` joins an entry's keys when asked: the lists
    the shipped base joined at build, and remembered."""
    built = matcher._entry_keys
    lazy = EntryKeys(built._names, built._keys, built._full, np.asarray(built._starts))
    assert not lazy._joined
    assert lazy[7] == built[7] and lazy[7] is lazy[7]
    assert list(lazy._joined) == [7]
    assert [lazy[idx] for idx in range(len(lazy))] == [built[idx] for idx in range(len(built))]


def test_the_beginnings_of_an_entrys_keys_name_the_keys_that_hold_them(
        matcher: Matcher) -> None:
    """``EntryKeys.beginnings``: every word's first letters, with a bit per key holding it;
    what ``Index._scores`` reads to give token_set_ratio only to keys sharing a word."""
    built = matcher._entry_keys
    for idx in (0, 7, len(built) - 1):
        keys = built[idx][0]
        held = built.beginnings(idx)
        for k, key in enumerate(keys):
            words = {w[:entrykeys.BEGINNING] for w in key.split()}
            assert {b for b, mask in held.items() if mask >> k & 1} == words
        assert max(held.values()).bit_length() <= len(keys)
        assert built.beginnings(idx) is held


def test_an_entry_whose_phrasings_fold_to_nothing_is_keyed_by_its_id(
        kb: KnowledgeBase) -> None:
    entry = next(iter(kb.entries.values()))
    bare = type(entry)(**{**entry.__dict__, "questions": {k: ("?",) * len(v) for k, v in
                                                         entry.questions.items()},
                          "aliases": ("—",)})
    index = Index(KnowledgeBase(kb.sources, kb.topics, {entry.id: bare}, {}))
    assert index._keys == [fold(entry.id.replace("-", " "))]
    assert index._key_lang == [None]


@pytest.mark.parametrize(("lists", "rows", "gathered"), [
    ([[1, 2], [], [3]], [2, 0], [3, 1, 2]),
    ([[], []], [1, 1], []),
    ([[5], [6, 7, 8]], [1, 1, 0], [6, 7, 8, 6, 7, 8, 5]),
    ([[1, 2], [], [3], [4, 5]], [0, 2, 3], [1, 2, 3, 4, 5]),  # ascending: by a mask
    ([[1, 2], [], [3], [4, 5]], [1, 3], [4, 5]),
    ([[9], [8, 7]], [0, 1], [9, 8, 7]),
    # more rows than the array has: each row's first value, then the longer rows' others
    ([[4], [5]], [1, 0, 1, 1], [5, 4, 5, 5]),
    ([[4], [5, 6], []], [0, 1, *[0] * 14, 2, 0], [4, 5, 6, *[4] * 15]),
    ([[5], [6, 7, 8], [], [9]], [1, 3, 2, 0, 1, 3, 3], [6, 7, 8, 9, 5, 6, 7, 8, 9, 9]),
    ([[], [1, 2]], [0, 0, 1, 0], [1, 2]),
])
def test_ragged_rows_are_gathered_in_order(lists: list[list[int]], rows: list[int],
                                           gathered: list[int]) -> None:
    starts, values = ragged.ragged(lists)
    assert ragged.gather(starts, values, np.array(rows, dtype=np.int64)).tolist() == gathered
    assert ragged.owners(starts).tolist() == [k for k, row in enumerate(lists) for _ in row]


@pytest.mark.parametrize(("lists", "joined"), [
    ([[0, 1], [], [2, 2]], ["a b", "", "c c"]),
    ([[], []], ["", ""]),
    ([[2]], ["c"]),
])
def test_ragged_rows_are_joined_as_text(lists: list[list[int]], joined: list[str]) -> None:
    starts, values = ragged.ragged(lists)
    assert ragged.join(np.array(["a", "b", "c"], dtype=object), values, starts) == joined


def test_concept_tokens_come_with_the_concepts_mark(matcher: Matcher) -> None:
    index = matcher
    got = array_reading(index, ["Germaniyaga ishga borish"], ["uz"])[0][2]
    assert any(w.startswith(CONCEPT_MARK) for w in got)


PHRASE_WORDS = ["rossiya", "federatsiyasi", "mehnat", "migratsiya", "xalqaro", "tashkilot",
                "eu", "uzbek", "rossiyada", "a", "ab", "abcde", "abcdefghijklm"]


@pytest.mark.parametrize("seed", range(40))
def test_many_lists_find_the_phrases_find_finds(seed: int) -> None:
    rng = random.Random(seed)
    labelled = [(rng.choice("abc"), " ".join(rng.choices(PHRASE_WORDS, k=rng.randint(1, 3))))
                for _ in range(rng.randint(0, 8))]
    words = [*PHRASE_WORDS, "rossiyadagi", "mehnatkash", "abcdefg", "x"]
    lists = [rng.choices(words, k=rng.randint(0, 12)) for _ in range(rng.randint(0, 30))]
    index = PhraseIndex(labelled)
    names = list(dict.fromkeys(w for toks in lists for w in toks))
    number = {w: k for k, w in enumerate(names)}
    starts, values = ragged.ragged([[number[w] for w in toks] for toks in lists])
    at, rows = index.find_many(names, values, starts)
    owner = ragged.owners(starts)
    got = [[index.hit(int(r), int(a - starts[owner[a]])) for a, r in zip(at, rows, strict=True)
            if owner[a] == k] for k in range(len(lists))]
    assert got == [index.find(toks) for toks in lists]


def test_many_lists_with_a_name_they_never_use_find_nothing_there() -> None:
    """A longer phrase may start at a name no list uses (the names of all aliases, the
    tokens of some): it is found nowhere, and that is no error."""
    index = PhraseIndex([("apply", "how to apply"), ("one", "visa")])
    names = ["hov", "visa", "x"]  # folded, as the index keeps its phrases
    starts, values = ragged.ragged([[2, 1], [2]])
    at, rows = index.find_many(names, values, starts)
    assert at.tolist() == [1] and [index.label(int(r)) for r in rows] == ["one"]
