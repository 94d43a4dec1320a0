"""The words each entry's defining questions name, for ``Definitions``, read at build (pure).

``Definitions`` reads each entry's questions one by one (folded, searched for a defining
phrase, its words and concepts taken): at 10,000 entries that was 3 s of the index build's
CPU, more than the rest of ``LeftOut``. Here the same is read from the index build's split
of every question (``indexbuild.Questions``: the texts as written, as word numbers), as
arrays: each distinct word as written folded once (``fold`` and ``clean`` work inside a
word), the defining phrases and the thesaurus' concepts found in every question at once
(``PhraseIndex.find_many``). ``tests/test_definitionwords.py`` checks it against the reading
one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Set

import numpy as np

from bot import ragged
from bot.indexbuild import Questions
from bot.phrasebook import PhraseBook
from bot.phrasings import fold_split
from bot.text import clean, fold
from bot.thesaurus import CONCEPT_MARK, PEOPLE, Thesaurus


def named_words(questions: Questions, n_entries: int, phrases: PhraseBook,
                thesaurus: Thesaurus, stopwords: Set[str],
                fold_text: Callable[[str], str] = fold) -> list[set[str]]:
    """Per entry, the words and concepts of its titles (its first question in each
    language) and of its questions that ask what something is (``meaning_asked``), stop
    words and numbers left out: what ``Definitions`` reads of each entry's questions
    (``named_pairs``, as sets)."""
    return named_sets(*named_pairs(questions, phrases, thesaurus, stopwords, fold_text),
                      n_entries)


def named_sets(names: list[str], key: np.ndarray, n_entries: int) -> list[set[str]]:
    """``named_pairs``' pairs as each entry's set of words."""
    found: list[set[str]] = [set() for _ in range(n_entries)]
    for idx, word in zip((key // len(names)).tolist(), (key % len(names)).tolist(),
                         strict=True):
        found[idx].add(names[word])
    return found


def named_pairs(questions: Questions, phrases: PhraseBook, thesaurus: Thesaurus,
                stopwords: Set[str], fold_text: Callable[[str], str] = fold
                ) -> tuple[list[str], np.ndarray]:
    """What ``named_words`` reads, as numbers: the words and concepts, and each (entry,
    word) named once, ascending, as ``entry * len(words) + word``.

    Args:
        questions: the build's split (``BuiltIndex._questions``): every question of every
            entry, the generated ones the build made included (the others read as their
            source's words).
        fold_text: what ``bot.text.fold`` gives (the build's own memory of it: every word
            of the questions is in it already).
    """
    written, asked, of_question, (titles, _texts, _of_title) = questions
    names, toks, offsets = fold_split(written, lambda word: fold_text(clean(word)), asked)
    lengths = np.diff(offsets)
    # A question defines when it is a title, or holds a defining phrase or ends with a
    # word that asks on its own after another ("YaIM nima"), unless a judgement is asked
    # ("what is good about", "upsides": ``defining_not``, as ``meaning_asked`` reads it).
    chosen = np.zeros(len(asked), bool)
    starts, _rows = phrases.defining.find_many(names, toks, offsets)
    chosen[np.searchsorted(offsets, starts, side="right") - 1] = True
    last = np.fromiter((w in phrases._defining_last for w in names), bool, len(names))
    two = np.flatnonzero(lengths > 1)
    chosen[two[last[toks[offsets[two + 1] - 1]]]] = True
    judged, _rows = phrases.defining_not.find_many(names, toks, offsets)
    chosen[np.searchsorted(offsets, judged, side="right") - 1] = False
    chosen |= np.isin(asked, titles)
    # Their words, and the concepts the thesaurus finds in them (in those alone).
    rows = np.flatnonzero(chosen)
    toks, offsets = ragged.gather(offsets, toks, rows), ragged.offsets(lengths[rows])
    of_row = of_question[rows]
    pairs = [(np.repeat(of_row, lengths[rows]), toks)]
    content = np.fromiter((t not in stopwords and len(t) > 1 and not t.isdigit()
                           for t in names), bool, len(names))
    if thesaurus.index:
        at, hit_rows = thesaurus.index.find_many(names, toks, offsets)
        label = thesaurus.index.label
        concept = {k: len(names) + n for n, k in enumerate(np.unique(hit_rows).tolist())}
        tokens = [CONCEPT_MARK + label(k).removeprefix(PEOPLE) for k in concept]
        names = [*names, *tokens]
        content = np.concatenate([content, np.fromiter(
            (t not in stopwords and len(t) > 1 and not t.isdigit() for t in tokens), bool,
            len(tokens))])
        number = np.fromiter(map(concept.__getitem__, hit_rows.tolist()), np.int64,
                             len(hit_rows))
        pairs.append((of_row[np.searchsorted(offsets, at, side="right") - 1], number))
    entries = np.concatenate([np.zeros(0, np.int64), *(e for e, _ in pairs)])
    words = np.concatenate([np.zeros(0, np.int64), *(w for _, w in pairs)])
    useful = content[words]
    entries, words = entries[useful], words[useful]
    # Each (entry, word) once: sorted, repeats dropped (NumPy's plain ``unique`` of wide
    # numbers hashes them, twenty times slower here).
    key = np.sort(entries * len(names) + words)
    return names, key[np.concatenate([key[:1] >= 0, key[1:] != key[:-1]])]
