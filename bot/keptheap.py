"""The index build's freed memory kept for its next arrays (glibc's ``malloc``; pure in what
it gives).

The build makes and drops large temporary arrays all along. glibc gives a block of 128 KB
or more its own mapping, unmapped when freed (the limit rises by itself as such blocks are
freed, up to 32 MB), and gives the heap's free top back to the kernel beyond twice that
limit: the next array's memory is then new to the process, and in small pages
(``bot.smallpages``) the kernel faults in each of its 4 KB pages on first touch. At 50,000
entries that was 1.2 million faults and 2.7 s of system time. Meanwhile (``kept_heap``)
blocks up to 32 MB come from the heap and its free memory stays there, so a new array
reuses pages already touched; after, the heap is given back beyond 64 MB of free top again
(32 MB and twice it: where glibc's own rule ends after a large build). The arrays are the
same either way.

Elsewhere (musl, macOS: no ``mallopt``) nothing changes. The settings are the process's:
a ``MALLOC_TRIM_THRESHOLD_`` of the environment, read by glibc at start, is replaced.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
from collections.abc import Callable, Iterator
from contextlib import contextmanager

M_TRIM_THRESHOLD = -1
M_TOP_PAD = -2
M_MMAP_THRESHOLD = -3
"""``mallopt``'s parameters (``malloc.h``)."""

MAPPED_FROM = 32 << 20
"""Blocks from this size on have their own mapping: the most glibc allows (its own rule's
ceiling, reached by any large build)."""
KEPT = 2**31 - 1
"""Free memory at the heap's top kept meanwhile (the most ``mallopt`` takes: 2 GB)."""
TRIMMED_FROM = 2 * MAPPED_FROM
"""Free memory at the heap's top given back beyond this, after (glibc's rule: twice the
mapping size)."""
PAD = 64 << 20
"""How much more the heap grows by meanwhile, when it must (fewer, larger steps) ..."""
PAD_AFTER = 128 << 10
"""... and after (glibc's default)."""


def _mallopt() -> Callable[[int, int], int] | None:
    """glibc's ``mallopt``, or None where the C library has none."""
    with contextlib.suppress(OSError, AttributeError, TypeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None)
        mallopt = libc.mallopt
        mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
        mallopt.restype = ctypes.c_int
        return mallopt  # type: ignore[no-any-return]
    return None


_MALLOPT = _mallopt()


def _set(settings: tuple[tuple[int, int], ...]) -> None:
    if _MALLOPT is not None:
        for param, value in settings:
            _MALLOPT(param, value)


@contextmanager
def kept_heap() -> Iterator[None]:
    """Freed memory kept in the heap meanwhile, given back beyond ``TRIMMED_FROM`` after."""
    _set(((M_MMAP_THRESHOLD, MAPPED_FROM), (M_TRIM_THRESHOLD, KEPT), (M_TOP_PAD, PAD)))
    try:
        yield
    finally:
        _set(((M_TRIM_THRESHOLD, TRIMMED_FROM), (M_TOP_PAD, PAD_AFTER)))
