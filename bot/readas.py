"""Words read as another word where their sentence says which one is meant ("protect our
compatriots abroad": its citizens abroad, not the diaspora; pure).

A word's meaning can turn on its sentence: compatriots that the state protects or helps are
its citizens abroad, whose support has its own entry, while compatriots' communities,
societies or role are the diaspora's. The rules are in ``bot/data/read_as.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from bot.text import fold
from bot.yamlread import read_yaml

READ_AS_FILE = Path(__file__).resolve().parent / "data" / "read_as.yaml"
STEM = 5
"""Letters from which a word of ``when`` or ``unless`` also matches longer words."""


@dataclass(frozen=True)
class Words:
    """Folded words and phrases; one of five letters or more also starts longer words."""

    phrases: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, raw: object) -> Words:
        return cls(tuple(tuple(fold(str(p)).split()) for p in raw or ()  # type: ignore[attr-defined]
                         if fold(str(p)).split()))

    @cached_property
    def _heads(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """The phrases' first words: whole ones, and those that also start longer words."""
        return (frozenset(p[0] for p in self.phrases),
                tuple(sorted({p[0] for p in self.phrases if len(p[0]) >= STEM})))

    def first(self, toks: tuple[str, ...]) -> int | None:
        """Where the first of the words or phrases starts in ``toks`` (a folded sentence);
        None when it has none."""
        whole, stems = self._heads
        for k, tok in enumerate(toks):  # a phrase can start only at one of its first words
            if (tok in whole or tok.startswith(stems)) and any(
                    len(phrase) <= len(toks) - k
                    and all(t == w or (len(w) >= STEM and t.startswith(w))
                            for t, w in zip(toks[k:k + len(phrase)], phrase, strict=True))
                    for phrase in self.phrases):
                return k
        return None


@dataclass(frozen=True)
class Rule:
    """Word starts read as others (``read``) where they are the object of a ``when`` word,
    in a sentence with no ``unless`` word."""

    read: tuple[tuple[str, str], ...]
    when: Words
    unless: Words
    object_endings: tuple[str, ...] = ()
    """Endings that make a word an object wherever it stands (Russian and Uzbek cases:
    «соотечественникам», 'vatandoshlarimizni'); else it must come after the ``when`` word
    ("protect our compatriots", not "compatriots help")."""

    @cached_property
    def _starts(self) -> tuple[str, ...]:
        return tuple(a for a, _ in self.read)

    def applied(self, toks: tuple[str, ...]) -> tuple[str, ...]:
        """``toks`` with the words this rule reads as others; ``toks`` itself when none."""
        if not any(t.startswith(self._starts) for t in toks):  # the common case, cheaply
            return toks
        verb = self.when.first(toks)
        if verb is None or self.unless.first(toks) is not None:
            return toks
        hit = [k for k, t in enumerate(toks) if any(t.startswith(a) for a, _ in self.read)
               and (k > verb or t.endswith(self.object_endings))]
        if not hit:
            return toks
        out = list(toks)
        for k in hit:
            start, read_as = next((a, b) for a, b in self.read if toks[k].startswith(a))
            out[k] = read_as + toks[k][len(start):]
        return tuple(out)


@dataclass(frozen=True)
class ReadAs:
    """Every rule of ``read_as.yaml``."""

    rules: tuple[Rule, ...]

    @classmethod
    def load(cls, path: Path = READ_AS_FILE) -> ReadAs:
        raw = read_yaml(path)
        return cls(tuple(
            Rule(tuple(sorted(((fold(str(a)), fold(str(b))) for a, b in r["read"].items()),
                              key=lambda ab: -len(ab[0]))),
                 Words.of(r.get("when")), Words.of(r.get("unless")),
                 tuple(fold(str(e)) for e in r.get("object_endings") or ()))
            for r in raw.get("rules") or ()))  # type: ignore[union-attr]

    def read(self, toks: tuple[str, ...]) -> tuple[str, ...]:
        """``toks`` (a folded sentence) with its words read as the rules say."""
        for rule in self.rules:
            toks = rule.applied(toks)
        return toks
