"""Every phrasing of every entry read at once, as flat arrays of word numbers (pure).

The index (``bot.indexbuild``) needs, for each phrasing (a question in one language, or an
alias): its folded text, its key (the folded text without stop words) and its vocabulary
words: the folded words that are not stop words, its thesaurus concepts and, in Uzbek and
in aliases, the words as typed on a Russian keyboard. Read phrasing by phrasing that cost
tens of microseconds of Python each, and there are 22 phrasings per entry (1.1 million at
50,000 entries). Here the Python work is done once per distinct word (folding, spelled-out
abbreviations, the keyboard variant, which thesaurus phrases can start there), and the
phrasings are handled as one array of word numbers with an offset per phrasing:

* folding, spelling out and the keyboard variant work inside a word (nothing in them reaches
  across white space but numbers said in words, read last: ``Numerals.in_arrays``), so a
  phrasing's folded words are its words' folded words in turn;
* the texts are joined and split once, instead of one ``split`` per phrasing; the folded
  texts and keys stay word numbers (``bot.entrykeys`` joins an entry's when asked);
* concepts are found by ``phrases.find_all``, which tries only the tokens that can start
  a phrase of two words or more one by one.

``tests/test_phrasings.py`` checks every result against the phrasing-by-phrasing reading.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

import numpy as np

from bot import ragged
from bot.text import NUMERALS, keyboard_variant
from bot.thesaurus import CONCEPT_MARK, PEOPLE, Thesaurus
from bot.vocab import Numbering

KEYBOARD_LANGS = ("uz", None)
"""Phrasings also read as typed on a Russian keyboard: Uzbek, and aliases (no language)."""


SEPARATOR = "\x00"


CHUNK = 20_000
"""Texts split at once: their words exist as strings only meanwhile (memory stays low)."""


def _split(texts: Sequence[str], numbers: Numbering) -> tuple[np.ndarray, np.ndarray]:
    """The texts' white-space-separated words, numbered, as a ragged array.

    ``CHUNK`` texts are split at once, joined by a separator word; only when a text holds
    that word itself (the count of separators is off) is each text split on its own.
    """
    numbers[SEPARATOR]  # number 0
    lengths, flats = [], []
    for start in range(0, len(texts), CHUNK):
        chunk = texts[start:start + CHUNK]
        words = f" {SEPARATOR} ".join(chunk).split()
        flat = np.fromiter(map(numbers.__getitem__, words), np.int32, len(words))
        ends = np.flatnonzero(flat == 0)
        if len(ends) == len(chunk) - 1:
            lengths.append(np.diff(np.concatenate(([-1], ends, [len(flat)]))) - 1)
            flats.append(flat[flat != 0])
        else:
            split = [t.split() for t in chunk]
            lengths.append(np.fromiter(map(len, split), np.int64, len(split)))
            flats.append(np.fromiter(map(numbers.__getitem__, chain.from_iterable(split)),
                                     np.int32))
    return (ragged.offsets(np.concatenate([np.zeros(0, np.int64), *lengths])),
            np.concatenate([np.zeros(0, np.int32), *flats]))


def fold_all(texts: Sequence[str], fold_text: Callable[[str], str]
             ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Every text's folded words as a ragged array: (each word number's folded word, the
    word numbers of every text one after the other, where each text starts).

    ``fold_text`` works inside a word (as ``bot.text.fold`` does), so it is called once per
    distinct word as written, not once per text.
    """
    raw = Numbering()
    per_text, flat = _split(texts, raw)
    return fold_split((list(raw), per_text, flat), fold_text)


def fold_split(written: tuple[list[str], np.ndarray, np.ndarray],
               fold_text: Callable[[str], str], rows: np.ndarray | None = None
               ) -> tuple[list[str], np.ndarray, np.ndarray]:
    """``fold_all`` of texts already split (``Phrasings.written``), or of their ``rows``
    alone: each distinct word they use is folded once."""
    names, per_text, flat = written
    if rows is not None:
        per_text, flat = (ragged.offsets(np.diff(per_text)[rows]),
                          ragged.gather(per_text, flat, rows))
    used = np.flatnonzero(np.bincount(flat, minlength=len(names)))
    compact = np.zeros(len(names), dtype=np.int64)
    compact[used] = np.arange(len(used))
    folded = Numbering()
    number = folded.__getitem__
    form = ragged.ragged([list(map(number, fold_text(names[k]).split())) for k in used.tolist()])
    flat = compact[flat]
    # Numbers said in words reach across words ("twenty five" is "25"): read them last, as
    # ``bot.text.fold`` does.
    return NUMERALS.in_arrays(list(folded), ragged.gather(*form, flat),
                              ragged.regroup(per_text, np.diff(form[0])[flat]),
                              np.diff(per_text) >= 2)


def _not_alike(tok_off: np.ndarray, toks: np.ndarray, source: np.ndarray | None,
               may_skip: Sequence[bool]) -> np.ndarray:
    """The texts to read: all but those of ``may_skip`` whose folded words (``toks`` from
    ``tok_off``) are those of their ``source`` text."""
    n = len(tok_off) - 1
    if source is None:
        return np.arange(n)
    made = np.flatnonzero((source >= 0) & (source < np.arange(n))
                          & np.fromiter(may_skip, bool, n))
    lengths = np.diff(tok_off)
    made = made[lengths[made] == lengths[source[made]]]
    differ = ragged.gather(tok_off, toks, made) != ragged.gather(tok_off, toks, source[made])
    owner = np.repeat(np.arange(len(made)), lengths[made])
    alike = made[np.bincount(owner[differ], minlength=len(made)) == 0]
    keep = np.ones(n, dtype=bool)
    keep[alike] = False
    return np.flatnonzero(keep)


@dataclass(frozen=True)
class Split:
    """Texts split into words as written (``PhrasingReader.split``)."""

    numbers: Numbering
    """Each distinct word as written, numbered in the order first seen."""
    per_text: np.ndarray
    """Where each text's words start in ``flat`` ..."""
    flat: np.ndarray
    """... the word numbers of all texts, one text after the other."""
    forms: list[list[str]]
    """Per word number, its folded words ..."""
    variants: list[list[str]]
    """... and those of its keyboard variant (``forms``' own list when it has none) ..."""
    changed: np.ndarray
    """... and whether it has one."""

    def then(self, later: Split) -> Split:
        """This split and ``later``'s, as one split of this one's texts and then
        ``later``'s: the same numbers (``later``'s words new here numbered after this one's
        words, in the order ``later`` first saw them). Takes over this split's numbering."""
        numbers = self.numbers
        known = len(numbers)
        renumber = np.fromiter(map(numbers.__getitem__, later.numbers), np.int32,
                               len(later.numbers))
        new = np.flatnonzero(renumber >= known)
        added = new.tolist()
        return Split(numbers, np.concatenate([self.per_text, later.per_text[1:]
                                              + self.per_text[-1]]),
                     np.concatenate([self.flat, renumber[later.flat]]),
                     self.forms + [later.forms[k] for k in added],
                     self.variants + [later.variants[k] for k in added],
                     np.concatenate([self.changed, later.changed[new]]))


@dataclass(frozen=True)
class Phrasings:
    """What the index keeps of the phrasings, in the order given."""

    names: list[str]
    """Each word number's word: folded words and ``~concept`` tokens."""
    owner: np.ndarray
    """Per vocabulary word (the plain reading's order: a phrasing's folded words that are
    not stop words, its concepts, its keyboard-variant words): its phrasing ..."""
    words: np.ndarray
    """... and its word number."""
    toks: np.ndarray
    """The folded words of every phrasing (word numbers), one phrasing after the other ..."""
    tok_off: np.ndarray
    """... from these offsets."""
    key_toks: np.ndarray
    """Each phrasing's key: its folded words without stop words (or all of them, when only
    stop words), as word numbers ..."""
    key_off: np.ndarray
    """... from these offsets (joined as text only where needed: ``join``)."""
    hit_at: np.ndarray
    """Where in ``toks`` each thesaurus hit starts ..."""
    hit_row: np.ndarray
    """... and its row of the thesaurus' ``PhraseIndex``."""
    rows: np.ndarray
    """The texts given that were read, ascending (the others were generated from an
    earlier text and fold to its words): every array above is of these alone."""
    written: tuple[list[str], np.ndarray, np.ndarray]
    """Every text given, as written: each word number's word, where each text starts,
    and the word numbers of all texts (``fold_split`` folds them another way)."""

    def join(self, offsets: np.ndarray, toks: np.ndarray,
             rows: np.ndarray | None = None) -> list[str]:
        """The rows (all, or ``rows``) of the ragged array ``(offsets, toks)`` of word
        numbers as texts: ``join(tok_off, toks)`` gives each phrasing's folded text,
        ``join(key_off, key_toks)`` its key."""
        if rows is not None:
            offsets, toks = ragged.offsets(np.diff(offsets)[rows]), ragged.gather(offsets, toks,
                                                                                 rows)
        return ragged.join(np.array(self.names, dtype=object), toks, offsets)

    @cached_property
    def full(self) -> list[str]:
        """The folded text of each phrasing (all joined: for tests and tools)."""
        return self.join(self.tok_off, self.toks)

    @cached_property
    def keys(self) -> list[str]:
        """The key of each phrasing (all joined: for tests and tools)."""
        return self.join(self.key_off, self.key_toks)


class PhrasingReader:
    """Reads phrasings with the index's folding, stop words and thesaurus."""

    def __init__(self, fold_text: Callable[[str], str], stopwords: set[str],
                 thesaurus: Thesaurus) -> None:
        """Args:
            fold_text: a text's folded text (with abbreviations spelled out).
            stopwords: folded words that are no vocabulary words.
            thesaurus: its phrases give the concepts.
        """
        self._fold = fold_text
        self._stop = stopwords
        self._thesaurus = thesaurus

    def split(self, texts: Sequence[str]) -> Split:
        """The texts' words as written, numbered, and each distinct word's folded words."""
        raw = Numbering()
        per_text, flat = _split(texts, raw)
        # Per distinct word as written: its folded words, and those of its keyboard variant.
        forms = [self._fold(w).split() for w in raw]
        variants = [self._fold(v).split() if (v := keyboard_variant(w)) != w else f
                    for w, f in zip(raw, forms, strict=True)]
        changed = np.fromiter((v is not f for v, f in zip(variants, forms, strict=True)), bool,
                              len(forms))
        return Split(raw, per_text, flat, forms, variants, changed)

    def read(self, texts: Sequence[str], langs: Sequence[str | None],
             source: np.ndarray | None = None, split: Split | None = None) -> Phrasings:
        """Every phrasing's folded text, key and vocabulary words.

        Args:
            texts: the phrasings as written.
            langs: each one's language (None: an alias).
            source: per text, the earlier text it was generated from, or -1. A generated
                text that folds to its source's words is skipped (its key and words are
                the source's), unless its language is read as typed on a Russian keyboard.
            split: ``split(texts)``, when made already (in parts: ``Split.then``).
        """
        if split is None:
            split = self.split(texts)
        raw, per_text, flat, changed = split.numbers, split.per_text, split.flat, split.changed
        written = (list(raw), per_text, flat)
        folded = Numbering()
        number = folded.__getitem__
        form = ragged.ragged([list(map(number, f)) for f in split.forms])
        variant = ragged.ragged([list(map(number, f)) for f in split.variants])
        toks = ragged.gather(*form, flat)
        tok_off = ragged.regroup(per_text, np.diff(form[0])[flat])
        # Numbers said in words reach across words: read last, as ``bot.text.fold`` does.
        read_names, toks, tok_off = NUMERALS.in_arrays(list(folded), toks, tok_off,
                                                       np.diff(per_text) >= 2)
        for word in read_names[len(folded):]:
            number(word)
        keyboard = {lang: lang in KEYBOARD_LANGS for lang in set(langs)}
        rows = _not_alike(tok_off, toks, source, [not keyboard[lang] for lang in langs])
        if len(rows) < len(texts):
            per_text, flat = ragged.offsets(np.diff(per_text)[rows]), ragged.gather(
                per_text, flat, rows)
            tok_off, toks = ragged.offsets(np.diff(tok_off)[rows]), ragged.gather(
                tok_off, toks, rows)
            langs = [langs[k] for k in rows.tolist()]
        index = self._thesaurus.index
        hit_at, hit_row = index.find_many(list(folded), toks, tok_off)
        concept_of = np.zeros(int(hit_row.max()) + 1 if len(hit_row) else 0, dtype=np.int64)
        for k in np.flatnonzero(np.bincount(hit_row)).tolist():
            concept_of[k] = number(CONCEPT_MARK + index.label(k).removeprefix(PEOPLE))
        concepts = concept_of[hit_row]
        names = list(folded)
        stop = np.fromiter(map(self._stop.__contains__, names), bool, len(names))
        content = ~stop & np.fromiter((len(w) > 1 or w.isdigit() for w in names), bool,
                                      len(names))
        tok_owner = ragged.owners(tok_off)
        # A key is the content words; a phrasing of stop words alone keeps them all.
        is_key = content[toks]
        is_key |= (np.diff(ragged.regroup(tok_off, is_key)) == 0)[tok_owner]
        typed = np.flatnonzero(np.fromiter(map(keyboard.__getitem__, langs), bool, len(langs)))
        var_owner, var_toks = self._variant_words(
            typed, ragged.gather(per_text, flat, typed), np.diff(per_text)[typed], variant,
            changed, (content, stop), (tok_off, toks), len(rows))
        # Each phrasing's words, then its concepts, then its variant words (a stable sort).
        words = ~stop[toks]
        owner = np.concatenate([tok_owner[words], tok_owner[hit_at], var_owner], dtype=np.int32)
        order = np.argsort(owner, kind="stable")
        words = np.concatenate([toks[words], concepts, var_toks], dtype=np.int32)[order]
        return Phrasings(names, owner[order], words, toks, tok_off, toks[is_key],
                         ragged.regroup(tok_off, is_key), hit_at, hit_row, rows, written)

    def _variant_words(self, typed: np.ndarray, flat: np.ndarray, lengths: np.ndarray,
                       variant: tuple[np.ndarray, np.ndarray], changed: np.ndarray,
                       kinds: tuple[np.ndarray, np.ndarray],
                       own: tuple[np.ndarray, np.ndarray],
                       n_texts: int) -> tuple[np.ndarray, np.ndarray]:
        """The words the phrasings ``typed`` add as typed on a Russian keyboard: the content
        words of the variant (all when it has none) that are neither stop words nor the
        phrasing's own words.

        Args:
            typed: the phrasings read so.
            flat, lengths: their words as written (numbers), and how many each has.
            variant: per word as written, its variant's folded words (ragged).
            changed: per word as written, whether its variant differs.
            kinds: per folded word, whether it is a content word, and a stop word.
            own: every phrasing's folded words, as a ragged array (offsets, words).
        """
        per_word = np.diff(variant[0])[flat]
        owner = np.repeat(np.repeat(typed, lengths), per_word)
        toks = ragged.gather(*variant, flat)
        content, stop = kinds[0][toks], kinds[1][toks]
        has_content = np.bincount(owner[content], minlength=n_texts) > 0
        kept = np.where(has_content[owner], content, ~stop)
        # A word whose variant is itself gives the phrasing's own words back: only the
        # changed words' variants can add a word.
        kept &= np.repeat(changed[flat], per_word)
        check = np.flatnonzero(kept)
        if len(check):
            # Each word to check against its own phrasing's few words, all at once (no sort:
            # a phrasing has about ten words, and there are millions of words in all).
            own_off, own_toks = own
            mine = owner[check]
            lengths = own_off[mine + 1] - own_off[mine]
            pairs = ragged.gather(own_off, own_toks, mine)
            same = pairs == np.repeat(toks[check], lengths)
            found = np.zeros(len(check), dtype=bool)
            found[np.repeat(np.arange(len(check)), lengths)[same]] = True
            kept[check] = ~found
        return owner[kept], toks[kept]


def asked_words(read: Phrasings, langs: list[str | None], lexicon: Collection[str]
                ) -> dict[str, Counter[str]]:
    """Per language of ``lexicon``, how often each word of the reading occurs in its
    questions (``langs``: each phrasing's; in the order first seen)."""
    code = {lang: k for k, lang in enumerate(lexicon)}
    code.update((lang, -1) for lang in set(langs) - code.keys())
    of_word = np.fromiter(map(code.__getitem__, langs), np.int64, len(langs))[read.owner]
    asked = {}
    for lang, k in code.items():
        if k < 0:
            continue
        words = read.words[of_word == k]
        counts = np.bincount(words, minlength=len(read.names))
        first = np.full(len(read.names), len(words))
        np.minimum.at(first, words, np.arange(len(words)))
        seen = np.flatnonzero(counts)
        seen = seen[np.argsort(first[seen])].tolist()
        asked[lang] = Counter(dict(zip([read.names[w] for w in seen],
                                       counts[seen].tolist(), strict=True)))
    return asked
