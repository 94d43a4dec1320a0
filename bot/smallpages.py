"""The index build's arrays in the kernel's small pages (pure in what it gives).

NumPy asks the kernel for transparent huge pages (2 MB) for every array of 4 MB or more
(``madvise(MADV_HUGEPAGE)``). Where the kernel makes such a page when it is first touched,
compacting memory for it if need be (``/sys/kernel/mm/transparent_hugepage/defrag`` set to
``madvise``, as on the machine of ``docs/benchmarks.md``), the index build pays for it in
system time: it makes and drops large temporary arrays all along (tens of MB each at 50,000
entries). In small pages it faults more often but far more cheaply: at 50,000 entries the
build's system time went from 5.2 to 2.5 s. The arrays are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager


def _advice() -> Callable[[bool], bool] | None:
    """NumPy's switch for the huge-page advice (it gives the setting it replaces), or None
    where this NumPy has none."""
    try:
        from numpy._core import multiarray
    except ImportError:
        return None
    switch = getattr(multiarray, "_set_madvise_hugepage", None)
    return switch if callable(switch) else None


_SWITCH = _advice()


@contextmanager
def small_pages() -> Iterator[None]:
    """NumPy's new arrays in small pages meanwhile (the setting given back after)."""
    if _SWITCH is None:
        yield
        return
    before = _SWITCH(False)
    try:
        yield
    finally:
        _SWITCH(before)
