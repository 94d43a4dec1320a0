"""``phrases.yaml`` read from the knowledge folder as the FAQ is: every problem with its line.

Its data goes into the ``KnowledgeBase``; ``bot.phrasebook`` builds it into the phrase
indexes that read a message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.knowledge.records import Problem
from bot.knowledge.yamlfile import YamlFile

PHRASES_FILE = "phrases.yaml"


def read_phrases(root: Path, errors: list[Problem],
                 rel: Callable[[Path], str]) -> dict[str, Any]:
    """Read ``root``'s phrases file, reporting every problem in ``errors``.

    Returns:
        Its data (``KnowledgeBase.phrases``); empty when the file does not exist (the bot
        then reads no message as a greeting, thanks or urgent).
    """
    path = root / PHRASES_FILE
    if not path.exists():
        return {}
    doc = YamlFile(path, rel(path), errors, fast=False)
    if doc.data is None:
        return {}
    if not isinstance(doc.data, dict):
        errors.append(Problem(doc.rel, 1, "must be a mapping of phrase lists by name"))
        return {}
    return doc.data
