"""A knowledge base's large files read on the other core too, by a child process (pure).

A large topic file's data costs much more to read (its text, yaml-rs, ``fastyaml``'s guard)
than to check and turn into records, and the machine has two cores. So when a load has
several large files, a child process reads them from the last one backwards while the
loader reads them from the first one on: each file goes to whichever of the two claims it
first (an ``O_EXCL`` file in a private temporary folder), and they meet where their work
balances. The child writes the data of each file it claimed (``fastyaml.read``'s, or None
where PyYAML must read it) with the file's stamp to a pickle there and says so on a line;
the loader, checking the files in order, takes the child's when it gets there (unpickling
costs about a third of reading; pickling, about a quarter, on the child's side).

The child imports ``bot.fastyaml`` alone (YAML, no pydantic) and is killed when the load
ends. Whatever goes wrong there (no child, no result, a file it could not read) only means
the loader reads that file itself, as without it; the lines of a problem always come from
the file (``YamlFile``).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

Stamp = tuple[int, int, int]
"""A file's time of last change (ns), size and inode."""
Ready = tuple[Any, Stamp]
"""A file's data as ``fastyaml.read`` gives it (None: PyYAML must read it), and its stamp."""

_ROOT = str(Path(__file__).resolve().parent.parent)
_CHILD = ("import sys; sys.path.insert(0, sys.argv[1]); "
          "from bot.readahead import child; child(sys.argv[2], sys.argv[3:])")


def read_text(path: Path) -> tuple[str, Stamp]:
    """A file's text and its stamp, taken from the file opened (before reading it: a write
    meanwhile makes the stamp old, so its lines are later unknown, not wrong)."""
    with path.open(encoding="utf-8") as f:
        st = os.fstat(f.fileno())
        return f.read(), (st.st_mtime_ns, st.st_size, st.st_ino)


def claim(folder: str, k: int) -> bool:
    """Whether this process is the first to claim file ``k`` (the other then leaves it)."""
    try:
        os.close(os.open(os.path.join(folder, f"{k}.claim"), os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        return False
    return True


def child(folder: str, paths: list[str]) -> None:
    """The child's work: from the last file back, each one it claims pickled as ``Ready``
    to ``folder/<k>``, then a line ``k`` said (``k -``: it could not read that file),
    until it meets a file the loader claimed."""
    from bot import fastyaml

    for k in reversed(range(len(paths))):
        if not claim(folder, k):
            return
        try:
            text, stamp = read_text(Path(paths[k]))
        except (OSError, ValueError):  # unreadable, not UTF-8: the loader reads and says
            print(k, "-", flush=True)
            continue
        ready = (fastyaml.read(text), stamp)
        del text
        part = os.path.join(folder, f"{k}.part")
        with open(part, "wb") as out:
            pickle.dump(ready, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, os.path.join(folder, str(k)))
        print(k, flush=True)


class ReadAhead:
    """The child that reads ``paths`` from the last one back; ``take`` each of them in
    order. A context manager: the child and its folder go at the end."""

    def __init__(self, paths: list[Path]) -> None:
        self._order = {path: k for k, path in enumerate(paths)}
        self._said: dict[int, bool] = {}
        """The files the child is done with, and whether it read each."""
        self._folder: str | None = None
        self._proc: subprocess.Popen[str] | None = None
        if len(paths) < 2:
            return
        try:  # (no temporary folder to share, a full disk: the loader reads alone)
            self._folder = tempfile.mkdtemp(prefix="hamroh-read-")
            self._proc = subprocess.Popen(
                [sys.executable, "-c", _CHILD, _ROOT, self._folder, *map(str, paths)],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
        except OSError:
            self._proc = None

    def take(self, path: Path) -> Ready | None:
        """The data the child read of ``path``, once it has; None when the caller is to
        read it: a file not given, one the caller claims now (the child has not come to
        it), one the child gave nothing for (it failed, or could not read that file)."""
        k = self._order.get(path)
        if k is None or self._proc is None or self._folder is None:
            return None
        try:
            if claim(self._folder, k):
                return None
        except OSError:  # the folder cannot take the claim: read it here
            return None
        stdout = self._proc.stdout
        assert stdout is not None
        while k not in self._said:
            line = stdout.readline()
            if not line:  # the child has ended
                return None
            said = line.split()
            if said and said[0].isdigit():
                self._said[int(said[0])] = len(said) == 1
        if not self._said[k]:
            return None
        where = os.path.join(self._folder, str(k))
        try:
            with open(where, "rb") as f:
                ready: Ready = pickle.load(f)
        except OSError:
            return None
        finally:
            with contextlib.suppress(OSError):
                os.remove(where)
        return ready

    def close(self) -> None:
        """Stops the child if it is still reading, and removes its folder."""
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait()
            assert self._proc.stdout is not None
            self._proc.stdout.close()
            self._proc = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
