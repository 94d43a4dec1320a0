"""YAML files read as ``yaml.safe_load`` reads them, with the line of any value.

yaml-rs reads a file when it provably gives what PyYAML gives (``fastyaml``); else one
parse as ``yaml.safe_load`` does it (libyaml's C loader when PyYAML has it), keeping the
node tree. Either way every problem can be reported as ``file:line``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot import fastyaml
from bot.knowledge.records import Problem
from bot.readahead import Ready, Stamp, read_text
from bot.yamlread import SafeLoader as _SafeLoader


class YamlFile:
    """A parsed YAML file: its data and a way to find the line of any path in it.

    The data is yaml-rs's when it is provably PyYAML's (``fastyaml``), else PyYAML's. The
    node tree that gives lines is PyYAML's, composed when a line is first asked for (a
    problem to report) if the data came without it. ``release`` drops the text, data and
    nodes once the knowledge base is built; a line asked for after that reads the file
    again, if it is still the file that was read (the same size, inode and time of last
    change, a stat's worth: no copy or hash of the text is kept); else the line is unknown
    (0), never a line of another text.
    """

    def __init__(self, path: Path, rel: str, problems: list[Problem], fast: bool = True,
                 ready: Ready | None = None) -> None:
        """``ready``: the file's data and stamp as another process read them
        (``bot.readahead``); data None means PyYAML must read it."""
        self.rel = rel
        self.path = path
        self.data: Any = None
        self._text: str | None = None
        self._node: yaml.Node | None = None
        self._composed = False
        self._last: tuple[tuple[str | int, ...], Any] = ((), None)
        """The path to the parent of the last value ``line`` found, and its node."""
        self._stamp: Stamp | None = None
        """When and how the text read was last written: ``_unchanged_text`` compares it."""
        self._changed = False
        """Whether the file changed after it was read (its lines are then unknown)."""
        self._fast = False
        if ready is not None and ready[0] is not None:
            self.data, self._stamp, self._fast = *ready, True
            return
        fast = fast and ready is None  # no second try where yaml-rs's data was not taken
        try:
            text, self._stamp = read_text(path)
        except UnicodeDecodeError as exc:
            problems.append(Problem(rel, 1, f"is not UTF-8 text ({exc.reason}); save it as UTF-8"))
            return
        self.data = fastyaml.read(text) if fast else None
        if self.data is not None:
            self._text, self._fast = text, True
            return
        try:
            # One parse, as yaml.safe_load does it, keeping the node tree for line numbers.
            loader = _SafeLoader(text)
            try:
                self._node = loader.get_single_node()
                self._composed = True
                self.data, repeats = _construct(loader, self._node) if self._node else (None,
                                                                                       False)
            finally:
                loader.dispose()
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            line = mark.line + 1 if mark else 1
            what = getattr(exc, "problem", None) or str(exc)
            context = getattr(exc, "context", None)
            problems.append(Problem(rel, line, f"YAML syntax error: {what}"
                                    + (f" ({context})" if context else "")
                                    + "; check indentation, quotes and colons on this line"))
            self.data = None
            return
        except ValueError as exc:
            # A well-formed scalar that names no value, like the date 2026-02-30.
            line = _bad_scalar_line(self._node) if self._composed and self._node else 1
            problems.append(Problem(rel, line, f"not a valid value: {exc}; check the date or "
                                    "number on this line, or quote it if it is text"))
            self.data = None
            return
        if repeats and self._node is not None:
            self._check_duplicate_keys(self._node, problems)

    @property
    def fast(self) -> bool:
        """Whether the data is yaml-rs's (read without PyYAML's node tree)."""
        return self._fast

    @property
    def node(self) -> yaml.Node | None:
        """PyYAML's node tree of the file (composed on first use)."""
        if not self._composed:
            try:
                text = self._text if self._text is not None else self._unchanged_text()
                node = yaml.compose(text, Loader=_SafeLoader) if text is not None else None
            except (ValueError, yaml.YAMLError):
                node = None  # what PyYAML cannot compose has no lines: they fall back to 1
            # Set before it is marked done: a thread asking meanwhile composes it too.
            self._node, self._composed = node, True
        return self._node

    def _unchanged_text(self) -> str | None:
        """The file's text read again, or None (and ``_changed``) when it is not the text
        that was read: written, replaced or removed since."""
        try:
            text, stamp = read_text(self.path)
        except (OSError, ValueError):
            stamp = None
        if stamp is None or stamp != self._stamp:
            self._changed = True
            return None
        return text

    def release(self) -> None:
        """Drops the text, data and nodes (the records keep what they need)."""
        self.data = self._text = self._node = None
        self._composed = False
        self._last = ((), None)

    def _check_duplicate_keys(self, node: yaml.Node, problems: list[Problem]) -> None:
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if key.value in seen:
                    problems.append(Problem(self.rel, key.start_mark.line + 1,
                                            f"key '{key.value}' appears twice in this mapping; "
                                            "keep one"))
                seen.add(key.value)
                self._check_duplicate_keys(value, problems)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                self._check_duplicate_keys(item, problems)

    def line(self, *path: str | int, key: bool = False) -> int:
        """The 1-based line of the value at ``path``, or of its nearest existing parent.

        With ``key=True`` and a path ending in a mapping key, the line of that key itself
        (an unknown key is reported where it is written, not where its value starts).
        """
        node = self.node
        if node is None:
            return 0 if self._changed else 1
        start = 0
        last = self._last
        if path[:-1] and path[:-1] == last[0]:
            # The records of a file ask for a few paths each, one record after another:
            # start from the record's node (a walk from the top costs a search per step).
            node, start = last[1], len(path) - 1
        line = node.start_mark.line + 1
        for i in range(start, len(path)):
            step = path[i]
            nxt = None
            if type(step) is str and isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if k.value == step:
                        if key and i == len(path) - 1:
                            return k.start_mark.line + 1
                        nxt = v
                        break
            elif type(step) is int and isinstance(node, yaml.SequenceNode):
                nxt = node.value[step] if step < len(node.value) else None
            if nxt is None:
                return line
            if i == len(path) - 2:
                self._last = (path[:-1], nxt)
            node = nxt
            line = node.start_mark.line + 1
        return line


_STR, _SEQ, _MAP = (f"tag:yaml.org,2002:{kind}" for kind in ("str", "seq", "map"))


class _Unusual(Exception):
    """The tree has what only PyYAML's own constructor handles: a node used twice (an
    alias), a merge key, a key that is no text, a tagged sequence or mapping."""


def _construct(loader: Any, node: yaml.Node) -> tuple[Any, bool]:
    """``loader.construct_document(node)`` (the safe constructor's data), built by one
    plain walk of the tree instead of its generators and bookkeeping per node: most of
    the time of reading a large file. Scalars other than text (numbers, dates, true/false,
    null) are still its own; anything unusual goes to it whole.

    Returns:
        The data, and whether a mapping may repeat a key (then it has fewer keys than
        pairs; after the safe constructor, to be checked).
    """
    walk = _Walk(loader)
    try:
        return walk.build(node), walk.repeats
    except _Unusual:
        return loader.construct_document(node), True


class _Walk:
    """One walk of a node tree (a class, not a recursive closure: a closure that calls
    itself is a reference cycle, which would keep the loader and its text alive until the
    cycle collector runs, and it is paused while a knowledge base is read)."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.seen: set[int] = set()
        self.repeats = False

    def build(self, node: yaml.Node) -> Any:
        kind = type(node)
        if kind is yaml.ScalarNode:
            return node.value if node.tag == _STR else self.loader.construct_object(node)
        if id(node) in self.seen:
            raise _Unusual
        self.seen.add(id(node))
        if kind is yaml.SequenceNode and node.tag == _SEQ:
            return [self.build(item) for item in node.value]
        if kind is yaml.MappingNode and node.tag == _MAP:
            if any(type(k) is not yaml.ScalarNode or k.tag != _STR for k, _ in node.value):
                raise _Unusual
            mapping = {k.value: self.build(v) for k, v in node.value}
            if len(mapping) < len(node.value):
                self.repeats = True
            return mapping
        raise _Unusual


def _bad_scalar_line(node: yaml.Node) -> int:
    """The line of the first date scalar under ``node`` that names no date (2026-02-30)."""
    todo = [node]
    while todo:
        current = todo.pop()
        if isinstance(current, yaml.ScalarNode):
            if current.tag == "tag:yaml.org,2002:timestamp":
                try:
                    yaml.constructor.SafeConstructor().construct_yaml_timestamp(current)
                except ValueError:
                    return current.start_mark.line + 1
        elif isinstance(current, yaml.MappingNode):
            todo.extend(v for pair in reversed(current.value) for v in reversed(pair))
        elif isinstance(current, yaml.SequenceNode):
            todo.extend(reversed(current.value))
    return node.start_mark.line + 1
