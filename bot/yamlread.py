"""YAML data files read with libyaml's C parser when PyYAML has it (about ten times faster).

The bot reads its word lists, thesaurus and phrases at every start and every index build;
with the pure-Python parser that was a tenth of a second of the first answer's time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""``yaml.safe_load``'s loader, on libyaml when it is there."""


def read_yaml(path: Path) -> Any:
    """The data of a UTF-8 YAML file, as ``yaml.safe_load`` gives it."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SafeLoader)
