"""Measure the matcher on a labelled question set (``tests/data/queries.yaml``).

A labelled question is ``{q: ..., lang: en|ru|uz|uz-Cyrl, expect: <entry id> | null}``;
``expect: null`` marks a question the documents do not answer (out of scope).

* in scope, *correct* means the matcher answered with the expected entry;
  *offered* means the expected entry was among the "did you mean" choices;
* out of scope, *abstained* means the matcher answered nothing (clarify counts as not
  abstaining: it would still put an unrelated entry in front of the user).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.matcher import Match, Matcher
from bot.text import LANGS


@dataclass(frozen=True)
class Labelled:
    q: str
    lang: str
    expect: str | None
    line: int


@dataclass(frozen=True)
class Outcome:
    item: Labelled
    match: Match

    @property
    def correct(self) -> bool:
        best = self.match.best
        if self.item.expect is None:
            return self.match.decision == "abstain"
        return self.match.decision == "answer" and best is not None and (
            best.entry_id == self.item.expect)

    @property
    def offered(self) -> bool:
        return self.item.expect is not None and self.match.decision == "clarify" and any(
            c.entry_id == self.item.expect for c in self.match.candidates)


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    def in_scope(self, lang: str | None = None) -> list[Outcome]:
        return [o for o in self.outcomes if o.item.expect is not None
                and (lang is None or o.item.lang == lang)]

    def out_of_scope(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.item.expect is None]

    def accuracy(self, lang: str | None = None) -> float:
        rows = self.in_scope(lang)
        return sum(o.correct for o in rows) / len(rows) if rows else 0.0

    def offered_rate(self, lang: str | None = None) -> float:
        rows = self.in_scope(lang)
        return sum(o.offered for o in rows) / len(rows) if rows else 0.0

    def abstention(self) -> float:
        rows = self.out_of_scope()
        return sum(o.correct for o in rows) / len(rows) if rows else 0.0

    def language_rate(self, lang: str | None = None) -> float:
        """How often the detected language is the labelled one."""
        rows = [o for o in self.outcomes if lang is None or o.item.lang == lang]
        return sum(o.match.lang == o.item.lang for o in rows) / len(rows) if rows else 0.0

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]

    def format(self) -> str:
        """The human report ``python -m bot eval`` prints."""
        lines = [f"{'language':10} {'questions':>9} {'answered right':>15} "
                 f"{'in did-you-mean':>16} {'language told':>14}"]
        for lang in LANGS:
            rows = self.in_scope(lang)
            if rows:
                lines.append(f"{lang:10} {len(rows):9d} {self.accuracy(lang):15.1%} "
                             f"{self.offered_rate(lang):16.1%} {self.language_rate(lang):14.1%}")
        lines.append(f"{'all':10} {len(self.in_scope()):9d} {self.accuracy():15.1%} "
                     f"{self.offered_rate():16.1%} {self.language_rate():14.1%}")
        oos = self.out_of_scope()
        lines.append(f"out of scope: {len(oos)} questions, abstained on {self.abstention():.1%}")
        misses = self.misses()
        if misses:
            lines.append("")
            lines.append(f"misses ({len(misses)}):")
        for o in misses:
            got = (f"{o.match.decision} {o.match.best.entry_id} {o.match.best.score:.0f}"
                   if o.match.best and o.match.decision != "abstain" else "abstain")
            if o.match.decision == "abstain" and o.match.best:
                got += f" (best {o.match.best.entry_id} {o.match.best.score:.0f})"
            lines.append(f"  line {o.item.line} [{o.item.lang}] {o.item.q!r}: expected "
                         f"{o.item.expect or 'abstain'}, got {got}")
        return "\n".join(lines)


def load_labelled(path: Path) -> list[Labelled]:
    """Read a labelled set; raises ValueError naming the line of a malformed row."""
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text) or []
    nodes = yaml.compose(text, Loader=yaml.SafeLoader)
    rows = []
    for k, item in enumerate(data):
        line = nodes.value[k].start_mark.line + 1 if nodes is not None else 0
        if not isinstance(item, dict) or "q" not in item or item.get("lang") not in LANGS:
            raise ValueError(f"{path}:{line}: each row needs q, lang (one of {LANGS}) "
                             "and expect (an entry id or null)")
        rows.append(Labelled(str(item["q"]), item["lang"], item.get("expect"), line))
    return rows


def evaluate(matcher: Matcher, items: list[Labelled]) -> Report:
    """Run every labelled question through the matcher."""
    return Report([Outcome(item, matcher.match(item.q)) for item in items])


def unknown_ids(matcher: Matcher, items: list[Labelled]) -> list[Labelled]:
    """Rows whose expected id is not an entry (a typo in the labelled set)."""
    return [i for i in items if i.expect is not None and i.expect not in matcher.kb.entries]

