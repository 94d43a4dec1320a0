"""Lists of lists of numbers as two flat NumPy arrays: offsets and values (pure).

Row ``k`` of a ragged array is ``values[offsets[k]:offsets[k + 1]]``, the layout of a sparse
matrix's rows (CSR). The index build keeps its token lists this way, so that what would be
a Python loop per list (and there are a million lists at 50,000 entries) is a few NumPy
calls over all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np


def offsets(lengths: np.ndarray | Sequence[int]) -> np.ndarray:
    """Where each row starts, given their lengths (and, last, where the last one ends)."""
    out = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=out[1:])
    return out


def ragged(lists: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Lists of numbers (below 2**31) as (offsets, values)."""
    starts = offsets(np.fromiter(map(len, lists), np.int64, len(lists)))
    return starts, np.fromiter(chain.from_iterable(lists), np.int32, int(starts[-1]))


def gather(starts: np.ndarray, values: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The values of ``rows`` of a ragged array, one row after the other."""
    if len(rows) > 1 and np.all(rows[1:] > rows[:-1]):
        # Rows kept in order (the build drops rows more than it reorders them): a mask of
        # the values is two passes over them, where positions are four.
        keep = np.zeros(len(starts) - 1, dtype=bool)
        keep[rows] = True
        return values[starts[0]:starts[-1]][np.repeat(keep, np.diff(starts))]
    if len(rows) > len(starts):
        # Many rows of a short array: when nearly all are one value long (each distinct
        # word's folded words, for every word of every text), without a place per value.
        lengths = np.diff(starts)
        own = lengths[rows]
        odd = np.flatnonzero(own != 1)
        if len(odd) * 8 < len(rows):
            return _mostly_single(starts, values, rows, own, odd)
    firsts = starts[rows]
    lengths = starts[rows + 1] - firsts
    ends = np.cumsum(lengths)
    total = int(ends[-1]) if len(ends) else 0
    # 32-bit positions when they fit: the gathered arrays are as long as all the words.
    kind = np.int32 if max(total, len(values)) < 1 << 31 else np.int64
    shift = (firsts - ends + lengths).astype(kind)
    return values[np.repeat(shift, lengths) + np.arange(total, dtype=kind)]


def _mostly_single(starts: np.ndarray, values: np.ndarray, rows: np.ndarray, own: np.ndarray,
                   odd: np.ndarray) -> np.ndarray:
    """``gather`` of rows nearly all one value long (``own``: each row's length; ``odd``:
    the rows that are not): each row's first value repeated by its length, then the second
    and later values of the longer rows put in place."""
    lengths = np.diff(starts)
    first = np.zeros(len(lengths), dtype=values.dtype)
    filled = np.flatnonzero(lengths)
    first[filled] = values[starts[filled]]
    if not len(odd):
        return first[rows]
    out = np.repeat(first[rows], own)
    # A row's place in ``out``: its number, plus one less than the length of each odd row
    # (empty or longer) before it.
    shift = own[odd] - 1
    at = odd + np.cumsum(shift) - shift
    longer = shift > 0
    more, at, shift = rows[odd[longer]], at[longer], shift[longer]
    step = np.arange(int(shift.sum())) - np.repeat(np.cumsum(shift) - shift, shift) + 1
    out[np.repeat(at, shift) + step] = values[np.repeat(starts[more], shift) + step]
    return out


def regroup(groups: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The offsets of groups of items in the items' values, given each item's length and
    where each group starts among the items (a ragged array of ragged arrays, flattened)."""
    return offsets(lengths)[groups]


def owners(starts: np.ndarray) -> np.ndarray:
    """The row of each value."""
    return np.repeat(np.arange(len(starts) - 1, dtype=np.int32), np.diff(starts))


def join(names: np.ndarray, values: np.ndarray, starts: np.ndarray,
         chunk: int = 20_000) -> list[str]:
    """Each row as the string of its values' names, space-separated (one ``join`` per
    ``chunk`` rows).

    Args:
        names: an object array of strings, none with a line feed.
        values: numbers of ``names``.
        starts: the rows' offsets in ``values``.
    """
    out: list[str] = []
    for first in range(0, len(starts) - 1, chunk):
        bounds = starts[first:first + chunk + 1]
        rows = np.full(len(bounds) - 1, "", dtype=object)
        filled = np.flatnonzero(np.diff(bounds))
        if len(filled):
            part = values[bounds[0]:bounds[-1]]
            parts = np.empty(2 * len(part), dtype=object)
            parts[0::2] = names[part]
            parts[1::2] = " "
            parts[2 * (bounds[filled + 1] - bounds[0]) - 1] = "\n"
            rows[filled] = "".join(parts.tolist()).split("\n")[:-1]
        out += rows.tolist()
    return out
