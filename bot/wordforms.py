"""Other forms of a phrase's words, for the phrases that name what an entry leaves out
(pure).

A phrase word already matches the longer words that start with it (``bot.phrases``): an
Uzbek word takes suffixes and an English one "-s" or "-ing", so their lists can give one
form. A Russian word changes its ending instead: «руководитель» is not the start of
«руководит», nor «сотрудников» of «сотрудники», and a ``not_covered`` list written with one
form missed the others («кто руководит Агентством» was answered with the Agency's entry,
whose list has «руководитель»). ``any_form`` makes each long Cyrillic word of a phrase a
prefix without its last letters.
"""

from __future__ import annotations

import re

from bot.firstwords import PREFIX
from bot.text import fold

ENDING = 3
"""How many last letters of a long Cyrillic word may change («-ель», «-ов», «-ет»)."""
LONG = 9
"""Words of fewer folded letters keep their whole form (the stem rule already finds
«директора» from «директор»)."""
KEPT = 6
"""A word keeps at least this many letters."""
_CYRILLIC = re.compile("[а-яёўқғҳ]", re.IGNORECASE)


def any_form(phrase: str) -> str:
    """``phrase`` with each Cyrillic word of ``LONG`` folded letters or more written as a
    prefix of its first letters (all but ``ENDING``, at least ``KEPT``); the other words
    as they were.

    Args:
        phrase: a phrase as written in a ``not_covered`` list.

    Returns:
        The phrase to search for (``bot.phrases.phrase_words`` reads the prefixes).
    """
    words = []
    for raw in phrase.split():
        folded = fold(raw)
        if (_CYRILLIC.search(raw) and not raw.endswith(PREFIX) and " " not in folded
                and len(folded) >= LONG):
            words.append(folded[: max(KEPT, len(folded) - ENDING)] + PREFIX)
        else:
            words.append(raw)
    return " ".join(words)
