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

from bot.phrases import PhraseIndex
from bot.text import fold
from bot.yamlread import read_yaml

READ_AS_FILE = Path(__file__).resolve().parent / "data" / "read_as.yaml"


def _phrases(raw: object) -> PhraseIndex:
    """Words and phrases as written, found as every phrase list finds them (folded; one of
    five letters or more also starts longer words: ``bot.phrases``)."""
    return PhraseIndex(("", str(p)) for p in raw or ())  # type: ignore[attr-defined]


def _first(words: PhraseIndex, toks: tuple[str, ...]) -> int | None:
    """Where the first of ``words`` starts in ``toks`` (a folded sentence); None if nowhere."""
    return min((hit.start for hit in words.find(toks)), default=None)


@dataclass(frozen=True)
class Rule:
    """Word starts read as others (``read``) where they are the object of a ``when`` word,
    in a sentence with no ``unless`` word."""

    read: tuple[tuple[str, str], ...]
    when: PhraseIndex
    unless: PhraseIndex
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
        verb = _first(self.when, toks)
        if verb is None or _first(self.unless, toks) is not None:
            return toks
        hit = [k for k, t in enumerate(toks) if t.startswith(self._starts)
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
                 _phrases(r.get("when")), _phrases(r.get("unless")),
                 tuple(fold(str(e)) for e in r.get("object_endings") or ()))
            for r in raw.get("rules") or ()))  # type: ignore[union-attr]

    def read(self, toks: tuple[str, ...]) -> tuple[str, ...]:
        """``toks`` (a folded sentence) with its words read as the rules say."""
        for rule in self.rules:
            toks = rule.applied(toks)
        return toks
