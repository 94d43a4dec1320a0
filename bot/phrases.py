"""Find known phrases in folded text: greetings, urgent triggers, concepts, details.

Pure. Phrases are folded like questions (``bot.text.fold``), so one list covers every
script and spelling. A phrase word of five letters or more also matches the longer words
that start with it ("rossiy" finds "Rossiyada", "России"), so YAML lists can give stems
instead of every inflected form. A word written with a trailing ``*`` is a prefix however
short it folds ("yoʻqot*" folds to "ekot" and finds "yoʻqotdim", "yoʻqotib"); one with a
trailing ``=`` (the forms ``bot.triggerforms`` makes) matches only itself.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from bot.firstwords import PREFIX, PREFIX_SLACK, STEM_MIN, STEM_SLACK, WHOLE, FirstWords
from bot.text import fold

if TYPE_CHECKING:
    from bot.phrasetable import PhraseTable

CACHE_MAX = 200_000
"""Tokens whose phrase rows are remembered (users can type any word: memory stays bounded)."""
FOUND_MAX = 64
"""Searches whose hits a list remembers: a message searches a list a few times, often with
the same tokens (``find``); the next messages' fill it anew."""


NONE: tuple[int, ...] = ()
"""The rows a token that starts no phrase starts."""
HEAD = 2
"""Letters of a phrase word that every token it matches starts with (fewer when the word,
without its ``PREFIX`` or ``WHOLE``, is shorter): ``word_matches`` is equality or a prefix."""


def heads(toks: Iterable[str]) -> frozenset[str]:
    """The first ``HEAD`` letters of each token, and each token's first letter: a phrase
    whose later words' heads (``PhraseIndex._needs``) are not all among them is nowhere in
    the tokens."""
    return frozenset([t[:HEAD] for t in toks] + [t[:1] for t in toks])


@dataclass(frozen=True)
class Hit:
    """One phrase found in a token list: ``tokens[start:end]`` is ``label``'s phrase."""

    label: str
    start: int
    end: int
    phrase: str




def phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase's folded words; a word written with a trailing ``PREFIX`` or ``WHOLE``
    keeps it."""
    words: list[str] = []
    for raw in phrase.split():
        folded = fold(raw).split()
        if folded and raw.endswith((PREFIX, WHOLE)):
            folded[-1] += raw[-1]
        words += folded
    return tuple(words)


def bare(word: str) -> str:
    """A phrase word without its trailing ``PREFIX`` or ``WHOLE``."""
    return word[:-1] if word.endswith((PREFIX, WHOLE)) else word


def word_matches(pattern: str, tok: str) -> bool:
    """Whether a query token is the phrase word ``pattern`` or an inflection of it."""
    if tok == pattern:
        return True
    if pattern.endswith(PREFIX):
        pattern = pattern[:-1]
        return tok.startswith(pattern) and len(tok) - len(pattern) <= PREFIX_SLACK
    if pattern.endswith(WHOLE):
        return tok == pattern[:-1]
    return (len(pattern) >= STEM_MIN and tok.startswith(pattern)
            and len(tok) - len(pattern) <= STEM_SLACK)


class PhraseIndex:
    """Labelled phrases, looked up by their first folded word.

    A phrase is tried at a token only if its first word matches the token: the same word,
    or (five letters or more) a stem of it. Those phrases are found with a few dictionary
    lookups per token instead of by scanning every phrase that shares three letters, which
    kept the index build slow (every phrasing and answer is scanned for concepts).
    """

    def __init__(self, labelled: Iterable[tuple[str, str]], whole: Iterable[str] = ()) -> None:
        """Args: (label, phrase as written) pairs, empty phrases ignored; ``whole``: phrases
        (as written) whose first word matches only itself, never a longer word ("Sweden"
        folds to "sveden", a stem of the Russian "сведения")."""
        rows = []
        for label, phrase in labelled:
            words = phrase_words(phrase)
            if words:
                rows.append((words, label, phrase))
        exact = frozenset(whole)
        # Longest, most specific phrases first: "russian federation" before "russian".
        rows.sort(key=lambda r: (-len(r[0]), -sum(map(len, r[0]))))
        self._first = FirstWords()
        for k, (words, _, phrase) in enumerate(rows):
            self._first.add(words[0], k, whole=phrase in exact)
        self._first.seal()
        self._rows = rows
        self._needs = [frozenset(h for w in words[1:] if (h := bare(w)[:HEAD]))
                       for words, _, _ in rows]
        """Per row, the heads (``heads``) its words after the first start with: a row whose
        heads a message lacks is not tried at its tokens (of ~70 rows a question tried,
        ~5 pass)."""
        self._cache: dict[str, Sequence[int]] = {}
        self._nothing: set[str] = set()
        """The tokens of ``_cache`` that start no phrase: most of a message's, most of the
        time, and one C-level ``issuperset`` tells that all of them are."""
        self.shared: tuple[PhraseTable, int] | None = None
        """The table that works out which phrases a new token starts for this list and
        the others searched with it (``bot.phrasetable``), and this list's place in it."""
        self._found: dict[tuple[tuple[str, ...], int], list[Hit]] = {}
        """The hits of the last searches that found a token starting a phrase, by tokens
        and gap (a message's parts and readings search a list with the same tokens)."""

    def __bool__(self) -> bool:
        return bool(self._rows)

    def remember(self, words: Iterable[str]) -> None:
        """Work out now which phrases each of ``words`` starts, as ``find`` would when a
        message first holds it (a bot at start: the knowledge base's words)."""
        for word in words:
            self._starting(word)

    def _starting(self, tok: str) -> Sequence[int]:
        """The rows whose first word matches ``tok``, best first (cached per token, by
        the list's table if it is in one)."""
        shared = self.shared
        if shared is not None:
            return shared[0].starting(tok)[1][shared[1]]
        found = self._cache.get(tok)
        if found is None:
            found = self.work_out(tok)
            if len(self._cache) < CACHE_MAX:
                self._cache[tok] = found
                if not found:
                    self._nothing.add(tok)
        return found

    def work_out(self, tok: str) -> Sequence[int]:
        """The rows whose first word matches ``tok``, best first, looked up in this list's
        own table (``_starting`` remembers them)."""
        return self._first.rows(tok) or NONE  # one shared empty list: most start nothing

    def _at(self, toks: Sequence[str], i: int, rows: Sequence[int], gap: int,
            present: frozenset[str]) -> tuple[int, str, str] | None:
        """The first row of ``rows`` found at ``toks[i]`` (``present``: the tokens'
        ``heads``), as (end, label, phrase)."""
        if not gap:
            return self._next_to(toks, i, rows, present)
        needs = self._needs
        for k in rows:
            if not needs[k] <= present:
                continue
            words, label, phrase = self._rows[k]
            end = _rest_at(words, toks, i + 1, gap)
            if end is not None:
                return end, label, phrase
        return None

    def _next_to(self, toks: Sequence[str], i: int, rows: Sequence[int],
                 present: frozenset[str]) -> tuple[int, str, str] | None:
        """``_at`` without a gap: each word of a phrase at the token after the one before
        (the same test as ``_rest_at``'s, without its loop per word; long messages try a
        few hundred phrases)."""
        n = len(toks)
        needs = self._needs
        for k in rows:
            if not needs[k] <= present:
                continue
            words, label, phrase = self._rows[k]
            end = i + len(words)
            if end > n:
                continue
            for m in range(1, len(words)):
                w, tok = words[m], toks[i + m]
                # (a word that matches starts with the phrase word's first letter)
                if tok != w and (tok[:1] != w[:1] or not word_matches(w, tok)):
                    break
            else:
                return end, label, phrase
        return None

    def find(self, toks: Sequence[str], gap: int = 0) -> list[Hit]:
        """Every phrase in ``toks``, left to right, longest first, never overlapping.

        Args:
            toks: folded tokens.
            gap: how many other words may stand between two words of a phrase
                ("pasportimni ish beruvchi olib qoʻydi" has "pasportimni olib" with a
                gap of two); a hit then spans the words between.
        """
        # A dozen indexes search each message, and most tokens start no phrase of any: one
        # C-level pass over the tokens (or one bit of the message's, in a table), Python
        # only for the tokens not seen before.
        key = (tuple(toks), gap)
        shared = self.shared
        if shared is None:
            if self._nothing.issuperset(toks):
                return []
        elif not shared[0].lists(key[0]) >> shared[1] & 1:
            return []
        hits = self._found.get(key)
        if hits is None:
            hits = self._search(key[0], gap)
            if len(self._found) >= FOUND_MAX:
                self._found.clear()
            self._found[key] = hits
        return list(hits)  # the caller's own list (the hits are frozen)

    def _search(self, toks: Sequence[str], gap: int) -> list[Hit]:
        """``find`` of tokens of which at least one is new or starts a phrase."""
        shared = self.shared
        if shared is not None:
            table, place = shared
            known = table.known
            starting = [(known.get(t) or table.starting(t))[1][place] for t in toks]
            return self._walk(toks, gap, starting)
        starting = list(map(self._cache.get, toks))
        if None in starting:
            # The new tokens worked out (and remembered): most start nothing either.
            for tok in {t for t, rows in zip(toks, starting, strict=True) if rows is None}:
                self._starting(tok)
            if self._nothing.issuperset(toks):
                return []
            starting = [self._starting(t) if rows is None else rows
                        for t, rows in zip(toks, map(self._cache.get, toks), strict=True)]
        return self._walk(toks, gap, starting)

    def _walk(self, toks: Sequence[str], gap: int,
              starting: Sequence[Sequence[int]]) -> list[Hit]:
        """The hits of ``find``, left to right (``starting``: the rows each token starts)."""
        hits: list[Hit] = []
        end = 0
        present = heads(toks) if self.shared is None else self.shared[0].heads(toks)
        for i, rows in enumerate(starting):
            if not rows or i < end:
                continue  # starts nothing, or inside the phrase found last
            found = self._at(toks, i, rows, gap, present)
            if found is not None:
                end, label, phrase = found
                hits.append(Hit(label, i, end, phrase))
        return hits

    def every(self, toks: Sequence[str], gap: int = 0) -> list[Hit]:
        """Every phrase at every token, longest first at each, overlapping (``find`` keeps
        the first at a token and skips the tokens inside it)."""
        present, rows = heads(toks), self._rows
        return [Hit(rows[k][1], i, end, rows[k][2]) for i, tok in enumerate(toks)
                for k in self._starting(tok) if self._needs[k] <= present
                and (end := _rest_at(rows[k][0], toks, i + 1, gap)) is not None]

    def find_many(self, names: Sequence[str], toks: np.ndarray,
                  offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``find`` (no gap) of many token lists at once, as flat arrays.

        Args:
            names: the token of each token number.
            toks: token numbers of every list, one list after the other.
            offsets: where each list starts in ``toks`` (and, last, where the last ends).

        Returns:
            The positions in ``toks`` where a hit starts, ascending, and each hit's row
            (``hit`` makes it a Hit).

        Which phrases may start at a token is worked out once per distinct token, which
        tokens match a word of a longer phrase once per phrase word, and each longer
        phrase is tried at all its places at once; the hits are then chosen left to right
        as ``find`` chooses them.
        """
        rows = self._rows
        single = np.full(len(names), -1, dtype=np.int64)  # first one-word row starting there
        longer: list[tuple[int, int]] = []  # (row of two words or more, token number)
        for number, tok in enumerate(names):
            for k in self._starting(tok):
                if len(rows[k][0]) == 1:
                    single[number] = k
                    break
                longer.append((k, number))
        row_at = single[toks]
        if not longer or not len(toks):
            return np.flatnonzero(row_at >= 0), row_at[row_at >= 0]
        # Every place where a longer row may start, grouped by row.
        pairs = np.array(sorted(longer), dtype=np.int64).reshape(-1, 2)
        by_tok = np.argsort(pairs[:, 1], kind="stable")
        first = np.searchsorted(pairs[by_tok, 1], np.arange(len(names) + 1))
        at = np.flatnonzero(np.diff(first)[toks])
        # Where each place's list ends, found once per token rather than once per try.
        ends = offsets[np.searchsorted(offsets, at, side="right")]
        # Only a place whose next token (in its own list) may be a phrase's second word.
        matching = _Matching(names)
        follows = np.zeros(len(names), dtype=bool)
        for word in {rows[k][0][1] for k, _ in longer}:
            follows[matching(word)] = True
        within = at + 1 < ends
        within[within] = follows[toks[at[within] + 1]]
        at, ends = at[within], ends[within]
        tries = np.diff(first)[toks[at]]
        place = np.repeat(at, tries)
        stop = np.repeat(ends, tries)
        row = pairs[by_tok, 0][np.repeat(first[toks[at]] - np.cumsum(tries) + tries, tries)
                               + np.arange(int(tries.sum()))]
        # A stable sort of small numbers is a radix sort (rows are a few thousand phrases).
        by_row = np.argsort(row.astype(np.int16) if len(rows) <= 1 << 15 else row,
                            kind="stable")
        place, row, stop = place[by_row], row[by_row], stop[by_row]
        bounds = np.flatnonzero(np.diff(row)) + 1
        # Rows are numbered longest first and tried in that order: the first row that
        # matches at a place is its hit, before any one-word row.
        at_rows: list[np.ndarray] = [np.zeros(0, np.int64)]
        found: list[np.ndarray] = [np.zeros(0, np.int64)]
        # No place at all when the longer rows start only at names that toks never use.
        spans = zip([0, *bounds.tolist()], [*bounds.tolist(), len(row)], strict=True)
        for lo, hi in spans if len(row) else ():
            k = int(row[lo])
            words = rows[k][0]
            at = place[lo:hi][place[lo:hi] + len(words) <= stop[lo:hi]]
            for j, word in enumerate(words[1:], start=1):
                at = at[np.isin(toks[at + j], matching(word))]
            at_rows.append(at)
            found.append(np.full(len(at), k))
        # Rows come in ascending order: a place's first hit is its smallest row.
        longest, first = np.unique(np.concatenate(at_rows), return_index=True)
        row_at[longest] = np.concatenate(found)[first]
        # Left to right, a longer hit hides the places inside it (one-word hits hide none).
        inside, ends = [], []
        end = 0
        for pos, k in zip(longest.tolist(), row_at[longest].tolist(), strict=True):
            if pos < end:
                row_at[pos] = -1
                continue
            end = pos + len(rows[k][0])
            inside.append(pos + 1)
            ends.append(end)
        first_inside = np.asarray(inside, dtype=np.int64)
        lengths = np.asarray(ends, dtype=np.int64) - first_inside
        row_at[np.repeat(first_inside - np.cumsum(lengths) + lengths, lengths)
               + np.arange(int(lengths.sum()))] = -1
        starts = np.flatnonzero(row_at >= 0)
        return starts, row_at[starts]

    def hit(self, row: int, start: int) -> Hit:
        """The Hit of ``row`` (from ``find_many``) at ``start``."""
        words, label, phrase = self._rows[row]
        return Hit(label, start, start + len(words), phrase)

    def label(self, row: int) -> str:
        return self._rows[row][1]

    def labels(self, toks: Sequence[str]) -> set[str]:
        """The labels of every phrase found in ``toks``."""
        return {h.label for h in self.find(toks)}


def _rest_at(words: tuple[str, ...], toks: Sequence[str], j: int, gap: int) -> int | None:
    """Where ``words[1:]`` end when found in order from ``toks[j]``, each at most ``gap``
    words after the one before; None when they are not."""
    for w in words[1:]:
        head = w[:1]
        for k in range(j, min(j + gap + 1, len(toks))):
            # (a word that matches starts with the phrase word's first letter, as in
            # ``_next_to``: most of the words in the gap are told so without a call)
            tok = toks[k]
            if tok == w or tok[:1] == head and word_matches(w, tok):
                j = k + 1
                break
        else:
            return None
    return j



class _Matching:
    """The token numbers that match a phrase word (``word_matches``), found once per word."""

    def __init__(self, names: Sequence[str]) -> None:
        self._names = names
        self._order = sorted(range(len(names)), key=names.__getitem__)
        self._sorted = [names[k] for k in self._order]
        self._number = {name: k for k, name in enumerate(names)}
        self._found: dict[str, np.ndarray] = {}

    def __call__(self, word: str) -> np.ndarray:
        found = self._found.get(word)
        if found is None and word.endswith(WHOLE):
            numbers = [self._number[word[:-1]]] if word[:-1] in self._number else []
            found = self._found[word] = np.asarray(numbers, dtype=np.int64)
        elif found is None:
            numbers = [self._number[word]] if word in self._number else []
            if len(word) >= STEM_MIN or word.endswith(PREFIX):
                stem = word.removesuffix(PREFIX)
                i = bisect_left(self._sorted, stem)
                while i < len(self._sorted) and self._sorted[i].startswith(stem):
                    if word_matches(word, self._sorted[i]) and self._sorted[i] != word:
                        numbers.append(self._order[i])
                    i += 1
            found = self._found[word] = np.asarray(numbers, dtype=np.int64)
        return found
