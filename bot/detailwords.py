"""Practical details asked in the writer's own words (``bot/data/detail_words.yaml``): a
word of what is asked and a word that asks for it, near each other in either order ("what
papers does he need", «какие документы нужны мужу»), found as a ``details:`` kind (pure).

``details:`` in ``knowledge/phrases.yaml`` lists whole phrases, written in the first person;
these pairs find the same kind however the sentence is built around them, and a sentence
that asks for someone else ("how can my brother apply") is also read in the first person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.phrases import Hit, PhraseIndex
from bot.text import fold
from bot.yamlread import read_yaml

DETAIL_WORDS_FILE = Path(__file__).resolve().parent / "data" / "detail_words.yaml"
GAP = 3
"""Words that may stand between the two ("what papers does my brother need")."""


_MY, _I = fold("my"), fold("i")
SOURCES_KIND = "documents"
"""The kind whose words ("hujjatlar", «документы») also name the documents the bot reads."""
PERSONS = ("first_person", "relatives", "sources_near", "office")
"""The keys of the file that are no kind of detail."""


@dataclass(frozen=True)
class DetailWords:
    pairs: PhraseIndex
    """Each kind's pairs (a word of what, a word that asks, in both orders)."""
    first_person: Mapping[str, str]
    """Folded words read as the first person's ("he": "i", "does": "do")."""
    relatives: frozenset[str]
    """Folded words that, after "my", are "I" ("my brother")."""
    sources_near: frozenset[str] = frozenset()
    """Folded words that, near a pair's "what" word, make it the documents the bot reads."""
    offices: frozenset[str] = frozenset()
    """Folded words for who holds an office ("minister", «посол», "vaziri")."""
    who: frozenset[str] = frozenset()
    """Folded words that ask who."""
    of_body: frozenset[str] = frozenset()
    """The kinds asked only of a body the sentence names (``of_body: true``): "who runs the
    Agency" asks its head, "who runs labour migration" which body does (blindfix23)."""

    @classmethod
    def load(cls, path: Path = DETAIL_WORDS_FILE) -> DetailWords:
        raw = read_yaml(path) or {}
        pairs, of_body = [], set()
        for kind, words in raw.items():  # type: ignore[union-attr]
            if kind in PERSONS:
                continue
            if words.get("of_body"):
                of_body.add(str(kind))
            for what in words["what"]:
                for asks in words["asks"]:
                    pairs += [(str(kind), f"{what} {asks}"), (str(kind), f"{asks} {what}")]
        return cls(PhraseIndex(pairs),
                   {fold(str(k)): fold(str(v)) for k, v in raw.get("first_person", {}).items()},
                   frozenset(fold(str(w)) for w in raw.get("relatives", ())),
                   frozenset(fold(str(w)) for w in raw.get("sources_near", ())),
                   *(frozenset(fold(str(w)) for w in raw.get("office", {}).get(key, ()))
                     for key in ("what", "asks")), frozenset(of_body))

    def asked(self, toks: tuple[str, ...]) -> list[Hit]:
        """The details kinds a folded sentence asks in its own words: papers not beside a
        word that makes them the bot's sources ("hujjatlar boʻyicha"); another kind also
        there ("Germaniya kelishuvi boʻyicha nemis tili qaysi darajada": under the deal)."""
        return [h for h in self.pairs.find(toks, GAP)
                if h.label != SOURCES_KIND
                or self.sources_near.isdisjoint(toks[max(0, h.start - GAP):h.end + 1])]

    def asks_office(self, toks: tuple[str, ...]) -> bool:
        """Whether a folded sentence asks who holds an office ("who is the minister")."""
        return not self.who.isdisjoint(toks) and not self.offices.isdisjoint(toks)

    def as_first_person(self, toks: tuple[str, ...]) -> tuple[str, ...]:
        """``toks`` with another person's words read as the first person's ("how can my
        brother apply" as "how can i apply"); ``toks`` itself when it has none."""
        out: list[str] = []
        for tok in toks:
            if tok in self.relatives and out and out[-1] == _MY:
                out[-1] = _I
            else:
                out.append(self.first_person.get(tok, tok))
        found = tuple(out)
        return toks if found == toks else found
