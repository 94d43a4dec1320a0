"""Quoted English titles in Uzbek text that the Uzbek Cyrillic would spell out (pure): the
loader warns of them (``bot.knowledge.checks``), so that they go in the keep-as-written list."""

from __future__ import annotations

import re

from bot.translit import normalise_uz_marks, to_cyrillic

_QUOTED = re.compile(r"[«\"“]([^«»\"“”]{3,200})[»\"”]")
QUOTE_OPENS = "«\"“"
"""What may open a quoted title (``foreign_titles`` looks no further without one)."""
_QUOTE_OPENS = re.compile(f"[{QUOTE_OPENS}]")
_ENGLISH_WORD = re.compile(r"\b(?:the|of|and|for|in|on|with|its|from|to|by|an?)\b",
                           re.IGNORECASE)
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04FF]")


def foreign_titles(text: str, keep: re.Pattern[str] | None = None) -> list[str]:
    """Quoted titles that look English and would be transliterated letter by letter.

    Args:
        text: Uzbek Latin text.
        keep: the terms that stay as written, from ``keep_pattern``.

    Returns:
        Each quoted span with English function words ("of", "the", "and" ...) that
        ``to_cyrillic`` would turn, at least in part, into Cyrillic.
    """
    if not _QUOTE_OPENS.search(text):
        return []  # no quotation (normalising the marks opens none)
    return [m.group(1) for m in _QUOTED.finditer(normalise_uz_marks(text))
            if _ENGLISH_WORD.search(m.group(1))
            and _CYRILLIC_LETTER.search(to_cyrillic(m.group(1), keep))]
