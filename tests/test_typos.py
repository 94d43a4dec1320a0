"""The typo search finds exactly what scoring every token against every word finds."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rapidfuzz import fuzz, process

from bot.config import ROOT
from bot.index import TYPO_GAP
from bot.matcher import Matcher
from bot.text import fold
from bot.typos import TypoSearch, _mask, masks
from tests.conftest import read_labelled
from tests.test_index import KNOWN_TEXTS

TUNE = ROOT / "tests" / "data" / "tune.yaml"
ALPHABETS = ("abcdeiklmnorstu", "abkmoz09", "abcoʻxyzé-~ш")


def _whole(words: list[str], toks: list[str], cutoff: float,
           gap: int) -> dict[str, list[tuple[str, float]]]:
    """The search it replaced: one ``cdist`` of every token against every word."""
    scores = process.cdist(toks, words, scorer=fuzz.ratio, dtype=np.uint8,
                           score_cutoff=cutoff)
    return {tok: [(words[j], float(row[j])) for j in np.flatnonzero(row)
                  if abs(len(words[j]) - len(tok)) <= gap]
            for tok, row in zip(toks, scores, strict=True)}


def _text(rng: random.Random, letters: str) -> str:
    return "".join(rng.choices(letters, k=rng.randint(1, 14)))


def _typo(rng: random.Random, word: str, letters: str) -> str:
    """``word`` with up to three letters dropped, doubled, changed or added."""
    chars = list(word)
    for _ in range(rng.randint(0, 3)):
        k = rng.randrange(len(chars) + 1)
        edit = rng.choice(("drop", "double", "change", "add"))
        if edit == "drop" and k < len(chars) and len(chars) > 1:
            del chars[k]
        elif edit == "double" and k < len(chars):
            chars.insert(k, chars[k])
        elif edit == "change" and k < len(chars):
            chars[k] = rng.choice(letters)
        else:
            chars.insert(k, rng.choice(letters))
    return "".join(chars)


@pytest.mark.parametrize(("seed", "letters", "cutoff", "gap"), [
    (seed, letters, cutoff, gap)
    for seed, (letters, cutoff, gap) in enumerate(
        (letters, cutoff, gap) for letters in ALPHABETS
        for cutoff, gap in ((84.0, 3), (70.0, 3), (90.0, 1), (50.0, 5)))])
def test_the_same_words_and_scores_as_every_token_against_every_word(
        seed: int, letters: str, cutoff: float, gap: int) -> None:
    rng = random.Random(seed)
    words = sorted({_text(rng, letters) for _ in range(400)})
    toks = list(dict.fromkeys([_typo(rng, rng.choice(words), letters) for _ in range(150)]
                              + [_text(rng, letters) for _ in range(50)]))
    found = TypoSearch(words, cutoff, gap).find(toks)
    assert found == _whole(words, toks, cutoff, gap)
    assert any(found.values())  # the table is not trivially empty


@pytest.mark.parametrize("stride", KNOWN_TEXTS)
def test_the_shipped_vocabulary_with_its_questions_and_their_typos(matcher: Matcher,
                                                                   stride: int) -> None:
    """Every ``stride``-th tune line's words (all of them in the slow form, which grows
    with tune) and 800 typos of the vocabulary's words."""
    words = matcher._vocab.sorted_words
    cutoff = matcher.settings.typo_cutoff
    rng = random.Random(7)
    toks = {t for item in read_labelled(TUNE)[::stride] for t in fold(item.q).split()}
    toks.update(_typo(rng, w, "abcdefghijklmnopqrstuvwxyz") for w in rng.sample(words, 800))
    toks = sorted(t for t in toks if len(t) >= 4 and not t.isdigit())
    search = TypoSearch(words, cutoff, TYPO_GAP)
    for start in range(0, len(toks), 50):
        chunk = toks[start : start + 50]
        assert search.find(chunk) == _whole(words, chunk, cutoff, TYPO_GAP)


@pytest.mark.parametrize(("a", "b", "bits"), [
    ("migrant", "migrantlar", 3),  # l; a and r twice
    ("aab", "abb", 2),
    ("ooo", "o", 1),  # the counts differ by 2: the masks only say "twice or more"
    ("ш~é", "x-y", 2),  # every character that is not a-z or 0-9 shares one bit
    ("", "abc", 3),
    ("pul", "pul", 0),
    ("2024", "2042", 0),
    ("oʻzbek", "uzbek", 3),
])
def test_masks_differ_in_no_more_bits_than_the_character_counts(a: str, b: str,
                                                                 bits: int) -> None:
    found = int(np.bitwise_count(masks([a])[0] ^ masks([b])[0]))
    assert found == bits
    assert found <= sum(abs(a.count(c) - b.count(c)) for c in set(a) | set(b))


@pytest.mark.parametrize("letters", ALPHABETS)
def test_one_texts_mask_in_python_is_the_numpy_one(letters: str) -> None:
    rng = random.Random(letters)
    texts = [_text(rng, letters) for _ in range(300)] + ["", "Ab", "\U0001f600a"]
    assert [_mask(t) for t in texts] == masks(texts).tolist()


def test_no_tokens_and_no_words() -> None:
    assert TypoSearch(["abcd"], 84.0, 3).find([]) == {}
    assert TypoSearch([], 84.0, 3).find(["abcd"]) == {"abcd": []}
