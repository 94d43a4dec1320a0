"""Numbers said in words, read as digits (pure): "article twenty-five" is "article 25",
«в двадцать третьем году» is "в 23 году", 'ikki ming yigirma uchinchi yilda' is "2023
yilda", «пятьсот тысяч» is "500 тысяч". The words are data (``bot/data/numerals.yaml``);
``bot.text.fold`` applies ``Numerals.in_digits`` to every key it makes, so a number said in
words counts wherever a digit does (``bot.numbers``, years, the group rule)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

LONE_FROM = 11
"""A number said in one word is read from this value up: "one", «два», 'uch', "first"
stay words ("one of the reasons", 'uch yildan beri'). A text of that one word alone stays
as it is ("twenty")."""
HUNDRED = 100


@dataclass(frozen=True)
class _Words:
    """One language's number words, folded."""

    numbers: Mapping[str, int]
    ordinals: frozenset[str]
    scales: Mapping[str, int]
    alone: frozenset[str]
    joiners: frozenset[str]
    year_pairs: bool
    decimal: frozenset[str] = frozenset()
    """Words between a number and its decimals ("fourteen *point* eight", «четырнадцать
    *целых* восемь десятых», 'oʻn toʻrt *butun* oʻndan sakkiz')."""
    fraction_words: frozenset[str] = frozenset()
    """Words that name the decimals' place, before or after them («десятых», 'oʻndan'):
    read with them, dropped."""
    not_after: frozenset[str] = frozenset()
    """Words after which a number word is no number ('chet ellik', foreign: not 'chet
    50')."""


@dataclass(frozen=True)
class _Said:
    """A number said in words: tokens ``start`` to ``end``, its value, and the scale word
    it ends with ("тысяч" of «пятьсот тысяч»), which stays a word after the digits."""

    start: int
    end: int
    value: int
    scale: int = 0
    fraction: str = ""
    """Its decimals, when said ("fourteen point eight billion": "8"): its digits are then
    the whole and the decimals as two tokens, as ``fold`` splits "14.8"."""


def _kind(value: int) -> int:
    """The place a number word fills: 1 a unit, 2 a teen or ten, 3 a hundred."""
    return 1 if value < 10 else 2 if value < HUNDRED else 3


@dataclass
class Numerals:
    """The number words of every language, built once (``load``)."""

    languages: tuple[_Words, ...]
    every: frozenset[str] = field(default=frozenset())
    """Every number word of every language."""
    alone: frozenset[str] = field(default=frozenset())
    """The number words read even when said alone ("twenty", "million"): a number read
    holds one of them or two number words side by side."""
    counts: Mapping[str, int] = field(default_factory=dict)
    """The cardinals below ``LONE_FROM`` from two up, folded, which stay words in a folded
    text ("five", «пять», 'besh'), with the Uzbek forms that count things ('beshta',
    'toʻrttasi': ``count_suffixes``): how many of a list a question asks for
    (``bot.nearmiss``; a larger number is read as digits)."""

    def __post_init__(self) -> None:
        self.every = frozenset(w for lang in self.languages
                               for w in (*lang.numbers, *lang.scales))
        self.alone = frozenset(w for lang in self.languages for w, v in lang.numbers.items()
                               if v >= LONE_FROM) | frozenset(
            w for lang in self.languages for w in lang.alone)

    def in_arrays(self, names: list[str], flat: np.ndarray, starts: np.ndarray,
                  eligible: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray]:
        """``in_digits`` of texts as a ragged array of word numbers (``names``: each number's
        word, extended with the digits read; ``flat``: the texts' words one after the
        other, ``starts``: where each text starts; ``eligible``: per text, whether its
        numbers are read: it has two words or more as written). Only the texts that hold a word of
        ``alone`` or two number words side by side are read one by one."""
        marks = np.fromiter((n in self.every for n in names), bool, len(names))
        if not marks.any() or not len(flat):
            return names, flat, starts
        strong = np.fromiter((n in self.alone for n in names), bool, len(names))
        marked = marks[flat]
        near = strong[flat]
        near[:-1] |= marked[:-1] & marked[1:]
        owner = np.repeat(np.arange(len(starts) - 1), np.diff(starts))
        changed: dict[int, list[str]] = {}
        for k in np.unique(owner[near]).tolist():
            if not eligible[k]:
                continue
            toks = [names[i] for i in flat[starts[k]:starts[k + 1]].tolist()]
            read = self.in_digits(toks)
            if read != toks:
                changed[k] = read
        if not changed:
            return names, flat, starts
        number = {n: i for i, n in enumerate(names)}
        names = list(names)
        lengths = np.diff(starts)
        pieces, done = [], 0
        for k, read in sorted(changed.items()):
            pieces.append(flat[done:starts[k]])
            pieces.append(np.fromiter((number.setdefault(w, len(number)) for w in read),
                                      flat.dtype, len(read)))
            lengths[k], done = len(read), starts[k + 1]
        pieces.append(flat[done:])
        names += list(number)[len(names):]
        return names, np.concatenate(pieces), np.cumsum(np.concatenate(([0], lengths)))

    @classmethod
    def load(cls, raw: Mapping[str, Mapping], fold: Callable[[str], str]) -> Numerals:
        """The number words of ``raw`` (``numerals.yaml``), folded with ``fold`` (``fold``
        without number reading)."""
        languages = []
        counts: dict[str, int] = {}
        for spec in raw.values():
            numbers: dict[str, int] = {}
            ordinals: set[str] = set()

            def add(word: str, value: int, ordinal: bool, into: dict[str, int] = numbers,
                    marked: set[str] = ordinals) -> None:
                key = fold(word)
                if key and " " not in key:
                    into.setdefault(key, value)
                    if ordinal:
                        marked.add(key)

            said_ordinal = {str(w) for w in spec.get("ordinals") or ()}
            for word, value in (spec.get("numbers") or {}).items():
                add(str(word), int(value), str(word) in said_ordinal)
            for stem, value in (spec.get("ordinal_stems") or {}).items():
                for ending in spec.get("ordinal_endings") or ():
                    add(f"{stem}{ending}", int(value), True)
            for word, value in (spec.get("numbers") or {}).items():
                for suffix in spec.get("ordinal_suffixes") or ():
                    for ending in spec.get("case_endings") or ("",):
                        add(f"{word}{suffix}{ending}", int(value), True)
            said = spec.get("numbers") or {}
            alone_no = {str(w) for w in spec.get("not_counts") or ()} | said_ordinal
            for word, value in said.items():
                if 2 <= int(value) < LONE_FROM and str(word) not in said_ordinal:
                    # (a word of ``not_counts`` counts with an ending: 'oʻnta', not 'oʻn')
                    for suffix in ("", *(spec.get("count_suffixes") or ())):
                        if suffix or str(word) not in alone_no:
                            add(f"{word}{suffix}", int(value), False, counts)
            scales: dict[str, int] = {}
            for word, value in (spec.get("scales") or {}).items():
                add(str(word), int(value), str(word) in said_ordinal, scales)
            languages.append(_Words(
                numbers, frozenset(ordinals), scales,
                frozenset(fold(str(w)) for w in spec.get("alone") or ()),
                frozenset(fold(str(w)) for w in spec.get("joiners") or ()),
                bool(spec.get("year_pairs")),
                frozenset(fold(str(w)) for w in spec.get("decimal") or ()),
                frozenset(fold(str(w)) for w in spec.get("fraction_words") or ()),
                frozenset(fold(str(w)) for w in spec.get("not_after") or ())))
        return cls(tuple(languages), counts=counts)

    def in_digits(self, toks: Sequence[str], written: Sequence[str] | None = None) -> list[str]:
        """``toks`` (folded) with each number said in words as its digits. ``written``:
        the same text's tokens in another form (``bot.text.spell``'s), changed alike, so
        the two stay aligned token by token."""
        out = list(written if written is not None else toks)
        if len(toks) < 2 or self.every.isdisjoint(toks):
            # A word alone is left as it is: folding a text word by word (``bot.phrasings``)
            # then reads the same numbers as folding it whole.
            return out
        for said in reversed(self._said(toks)):
            digits = [str(said.value // said.scale if said.scale else said.value)]
            if said.fraction:
                digits.append(said.fraction)
            if said.scale:
                digits.append(out[said.end - 1])
            out[said.start:said.end] = digits
        return out

    def _said(self, toks: Sequence[str]) -> list[_Said]:
        """The numbers said in words in ``toks``, in order, each in its longest reading."""
        found: list[_Said] = []
        k = 0
        while k < len(toks):
            if toks[k] not in self.every:
                k += 1
                continue
            best = None
            for lang in self.languages:
                said = self._read(toks, k, lang)
                if said is not None and (best is None or said[0].end > best[0].end):
                    best = said
            if best is None:
                k += 1
                continue
            found += best
            k = best[-1].end
        return found

    def _read(self, toks: Sequence[str], k: int, lang: _Words) -> list[_Said] | None:
        """The number said in ``lang`` from token ``k`` ("twenty twenty-three": one year
        of two numbers), or None when none worth reading starts there."""
        if toks[k] in lang.scales and k and toks[k - 1].isdigit():
            return None  # "1 million", "14 миллиардов": the digits say the number
        if k and toks[k - 1] in lang.not_after:
            return None  # 'chet ellik ishchilar', foreign workers
        first = self._number(toks, k, lang)
        lone = first is None  # a word read only for its decimals ("two point five million")
        if lone and toks[k] in lang.numbers and k + 1 < len(toks) and (
                toks[k + 1] in lang.decimal):
            first = _Said(k, k + 1, lang.numbers[toks[k]])
        if first is None:
            return None
        if (not first.scale and first.end < len(toks) and toks[first.end] in lang.decimal
                and (said := self._decimals(toks, first, lang)) is not None):
            return [said]
        if lone:
            return None  # no decimals after all: 'uch butun yil' (three whole years)
        if lang.year_pairs and first.value in (19, 20) and not first.scale:
            second = self._number(toks, first.end, lang)
            if second is not None and not second.scale and 10 <= second.value < HUNDRED:
                return [_Said(k, second.end, first.value * HUNDRED + second.value)]
        return [first]

    def _decimals(self, toks: Sequence[str], whole: _Said, lang: _Words) -> _Said | None:
        """``whole`` with the decimals said after its decimal word ("fourteen point eight
        billion", «четырнадцать целых восемь десятых миллиарда», 'oʻn toʻrt butun oʻndan
        sakkiz milliard'): one digit, its place word dropped and a scale after it kept; or
        None when no digit follows."""
        j = whole.end + 1
        if j < len(toks) and toks[j] in lang.fraction_words:
            j += 1  # 'oʻndan sakkiz'
        if j >= len(toks) or lang.numbers.get(toks[j], 10) >= 10:
            return None
        digit, j = lang.numbers[toks[j]], j + 1
        if j < len(toks) and toks[j] in lang.fraction_words:
            j += 1  # «восемь десятых»
        scale = 0
        if j < len(toks) and lang.scales.get(toks[j], 0) > HUNDRED:
            scale, j = lang.scales[toks[j]], j + 1
        return _Said(whole.start, j, whole.value * scale if scale else whole.value, scale,
                     str(digit))

    @staticmethod
    def _number(toks: Sequence[str], k: int, lang: _Words) -> _Said | None:
        """The longest number said in ``lang`` from token ``k``, if it is worth reading: two
        words or more, or one from ``LONE_FROM`` up, or a scale said ``alone``."""
        total = group = 0
        last = 4  # the place the last word filled (4: none yet, or a scale)
        words, end, scale = 0, k, 0
        j = k
        while j < len(toks):
            tok = toks[j]
            if tok in lang.joiners and last >= 3 and j + 1 < len(toks) and (
                    toks[j + 1] in lang.numbers):
                j += 1  # "two hundred and fifty"
                continue
            if tok in lang.numbers:
                value = lang.numbers[tok]
                place = _kind(value)
                # a unit after a ten ("twenty five"), a ten or teen after a hundred or
                # nothing, a hundred («пятьсот») first in its group
                if place >= last or (place == 2 and group % HUNDRED) or (
                        place == 1 and group % 10) or (place == 3 and group):
                    break
                group += value
                last, scale = place, 0
            elif tok in lang.scales:
                value = lang.scales[tok]
                if value == HUNDRED:
                    if group >= 10:
                        break
                    group, last, scale = (group or 1) * HUNDRED, 3, 0
                else:
                    if not words and tok not in lang.alone:
                        break  # «тысячи мигрантов», 'ming' alone
                    total, group, last, scale = total + (group or 1) * value, 0, 4, value
            else:
                break
            words += 1
            j += 1
            end = j
            if tok in lang.ordinals:
                break  # "twenty-fifth", «двадцать пятой»: an ordinal ends its number
        if not words:
            return None
        value = total + group
        if words == 1 and not scale and (value < LONE_FROM or toks[k] in lang.scales):
            return None  # "one", "first", 'yuz' (a face; 'yuz berdi', it happened)
        return _Said(k, end, value, scale)
