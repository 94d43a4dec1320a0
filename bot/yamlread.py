"""YAML data files read with libyaml's C parser when PyYAML has it (about ten times faster).

The bot reads its word lists, thesaurus and phrases at every start and every index build;
with the pure-Python parser that was a tenth of a second of the first answer's time.

Even with libyaml, PyYAML asks Python for the tag of every node (``resolve``) and tells it
each step down and up the tree (``descend_resolver``, ``ascend_resolver``), for path
resolvers the safe loader never has. At 10,000 knowledge entries that was 900,000 nodes
and about a third of reading the files. ``SafeLoader`` answers the same tags with one
dictionary lookup per node and skips the path steps.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
IMPLICIT: dict[str, tuple[tuple[str, Any], ...]] = {
    first: tuple(found) for first, found in _Base.yaml_implicit_resolvers.items()}
"""First character of a plain scalar -> the (tag, pattern) pairs tried, in order."""


class SafeLoader(_Base):  # type: ignore[misc, valid-type]
    """``yaml.safe_load``'s loader (on libyaml when it is there), with its tags resolved as
    ``yaml.resolver.BaseResolver.resolve`` does for a loader without path resolvers or
    wildcard implicit resolvers (the safe loader's case: checked below)."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                # value[:1] is '' for the empty scalar, as the base resolver looks it up.
                for tag, regexp in IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return self.DEFAULT_SCALAR_TAG
        if kind is yaml.SequenceNode:
            return self.DEFAULT_SEQUENCE_TAG
        return self.DEFAULT_MAPPING_TAG

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


if _Base.yaml_path_resolvers or None in _Base.yaml_implicit_resolvers:
    SafeLoader = _Base  # type: ignore[misc]  # PyYAML's own resolver handles those


def read_yaml(path: Path) -> Any:
    """The data of a UTF-8 YAML file, as ``yaml.safe_load`` gives it."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SafeLoader)
