"""Whether Cyrillic with no Uzbek letters (ў, қ, ғ, ҳ) is Uzbek typed on a Russian keyboard.

Pure. "Пул утказмалари канча?" is Uzbek, "паспорт потерял" Russian: ``Matcher.analyse``
asks this of a message ``guess_language`` reads as Russian, so that its reply comes in Uzbek
Cyrillic when its words are Uzbek more than Russian.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping

from bot.langguess import ENDING_WEIGHT, ending_evidence, script_of, telling_language
from bot.text import fold

_PUNCTUATION = string.punctuation + "«»—–…"


def uzbek_on_russian_keyboard(query: str, lexicon: Mapping[str, Mapping[str, float]],
                              restore: Callable[[str], str] | None = None) -> bool:
    """Cyrillic without ў, қ, ғ, ҳ whose words are Uzbek more than Russian: known words
    of two letters or more, a word of both split by how often each uses it ("миграция":
    Uzbek questions use it more, yet Russian ones use it too), and word endings
    ("забрали", "помогите" are Russian) as ``guess_language`` weighs them; numbers say
    nothing of the keyboard ("ПП-4829": Russian's prefix of a number both use).

    Args:
        query: the cleaned message.
        lexicon: folded words per language with how surely each belongs to it
            (``Index.lexicon``).
        restore: a word as written with ў when it is an Uzbek word typed without it
            (``KeyboardSpelling.restore_word``): such a word is Uzbek («Узбекистон»,
            «курсатинг»).
    """
    # Only the Cyrillic words: "migrantlar денежные переводы qancha" is Latin Uzbek
    # beside Russian, not Uzbek typed on a Russian keyboard.
    words = [w for w in query.split() if script_of(w) == "Cyrl"]
    query = " ".join(words)
    uz = ru = 0.0
    if restore is not None:
        restored = [w for w in words if restore(w.strip(_PUNCTUATION)) != w.strip(_PUNCTUATION)]
        uz += len(restored)
        query = " ".join(w for w in words if w not in restored)
    toks = [t for t in fold(query).split() if len(t) > 1 and not t.isdigit()]  # "у", "и"
    for t in toks:
        told = telling_language(t, "Cyrl")  # "потерял", "забрали": wholly Russian
        if told in ("uz", "ru"):
            uz, ru = (uz + 1, ru) if told == "uz" else (uz, ru + 1)
            continue
        of_uz, of_ru = lexicon["uz"].get(t, 0.0), lexicon["ru"].get(t, 0.0)
        if of_uz + of_ru:
            uz += of_uz / (of_uz + of_ru)
            ru += of_ru / (of_uz + of_ru)
    endings = ending_evidence(query)
    return uz + ENDING_WEIGHT * endings["uz"] > ru + ENDING_WEIGHT * endings["ru"]
