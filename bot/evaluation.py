"""Measure the matcher on labelled messages (``tests/data/tune.yaml``, ``holdout.yaml``).

A labelled message is ``{q, lang, expect}`` (``kind`` optional: chatty, nearmiss, ...), where
``expect`` is one of:

* an entry id: the bot must answer with that entry;
* ``{clarify: id}``: a near miss, where a "did you mean" offering that id is right;
* ``greeting``: no FAQ answer, a friendly reply;
* ``urgent``: the protection reply first;
* ``null``: out of scope, the bot must abstain ("did you mean" fails here too: it would
  still put an unrelated entry in front of the user).

A *confident wrong* answer is an answer on an id line with another entry, or any answer on
a clarify line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bot.matcher import Matcher
from bot.text import LANGS
from bot.verdict import Match
from bot.yamlread import SafeLoader as _SafeLoader

WANTS = ("id", "clarify", "greeting", "urgent", "null")


KINDS = frozenset({"plain", "paraphrase", "nearmiss", "chatty", "sms", "exam", "rukbd",
                   "greeting", "urgent", "mixed", "translit", "oneword", "newalpha"})
"""The kinds of message a labelled line may name (issue 7's list, plus plain and greeting):
a misspelt kind ("near-miss") would be a kind of its own in ``eval``'s table."""


@dataclass(frozen=True)
class Labelled:
    q: str = field(repr=False)
    """The message. Never in a repr: a failing holdout gate prints its objects, and the
    holdout's text must not be seen."""
    lang: str
    expect: str | None
    """The entry id for "id" and "clarify" lines, else None."""
    line: int
    want: str = "id"
    """One of WANTS."""
    kind: str | None = None


def judge(item: Labelled, m: Match) -> tuple[bool, bool]:
    """Whether the bot's verdict is right for a labelled line, and whether it is a
    confident wrong answer."""
    best = m.best.entry_id if m.best else None
    answered = m.decision == "answer"
    if item.want == "id":
        return answered and best == item.expect, answered and best != item.expect
    if item.want == "clarify":
        return (m.decision == "clarify" and any(c.entry_id == item.expect
                                                for c in m.candidates)), answered
    if item.want == "greeting":
        return m.decision == "greeting", answered
    if item.want == "urgent":
        return m.urgent, False
    return m.decision == "abstain" and not m.urgent and not m.about_sources, False


@dataclass(frozen=True)
class Outcome:
    item: Labelled
    match: Match = field(repr=False)  # it holds the message too

    @cached_property
    def _judged(self) -> tuple[bool, bool]:
        """``judge``'s verdict, once: a report's figures ask each line's many times (per
        language, per want, per kind, for the bot and the baseline)."""
        return judge(self.item, self.match)

    @property
    def correct(self) -> bool:
        return self._judged[0]

    @property
    def wrong(self) -> bool:
        return self._judged[1]

    @property
    def offered(self) -> bool:
        return self.item.want == "id" and self.match.decision == "clarify" and any(
            c.entry_id == self.item.expect for c in self.match.candidates)


def _share(rows: list[Outcome], what: str = "correct") -> float:
    return sum(getattr(o, what) for o in rows) / len(rows) if rows else 0.0


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list, repr=False)

    def __repr__(self) -> str:
        return f"Report({len(self.outcomes)} lines)"

    def in_scope(self, lang: str | None = None) -> list[Outcome]:
        """Every line that is not ``null`` (of one language)."""
        return [o for o in self.outcomes if o.item.want != "null"
                and (lang is None or o.item.lang == lang)]

    def of(self, want: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.item.want == want]

    def out_of_scope(self) -> list[Outcome]:
        return self.of("null")

    def accuracy(self, lang: str | None = None) -> float:
        return _share(self.in_scope(lang))

    def offered_rate(self, lang: str | None = None) -> float:
        return _share(self.in_scope(lang), "offered")

    def abstention(self) -> float:
        return _share(self.out_of_scope())

    def wrong_rate(self) -> float:
        """Confident wrong answers among id and clarify lines."""
        return _share(self.of("id") + self.of("clarify"), "wrong")

    def language_rate(self, lang: str | None = None) -> float:
        """How often the detected language is the labelled one."""
        rows = [o for o in self.outcomes if lang is None or o.item.lang == lang]
        return sum(o.match.lang == o.item.lang for o in rows) / len(rows) if rows else 0.0

    def by_kind(self) -> dict[str, tuple[int, float, int | None]]:
        """Per ``kind`` tag: how many lines, the share right, and how many of its id and
        clarify lines were answered wrong (None when it has none: greetings, urgent)."""
        kinds: dict[str, list[Outcome]] = {}
        for o in self.outcomes:
            kinds.setdefault(o.item.kind or "-", []).append(o)
        return {k: (len(v), _share(v), sum(o.wrong for o in v)
                    if any(o.item.want in ("id", "clarify") for o in v) else None)
                for k, v in sorted(kinds.items())}

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.correct]

    def confusions(self, top: int = 10) -> list[tuple[str, str, int]]:
        """Which entries take which entries' questions: (expected, got, count)."""
        pairs = Counter((o.item.expect + (" (near miss)" if o.item.want == "clarify" else ""),
                         o.match.best.entry_id) for o in self.outcomes
                        if o.wrong and o.item.expect and o.match.best)
        return [(a, b, n) for (a, b), n in pairs.most_common(top)]

    def figures(self) -> dict[str, object]:
        """The numbers, for ``eval --json`` and the saved baseline."""
        return {
            "lines": len(self.outcomes),
            "right": {lang: round(self.accuracy(lang), 4) for lang in LANGS
                      if self.in_scope(lang)},
            "right_all": round(self.accuracy(), 4),
            "abstained_on_null": round(self.abstention(), 4),
            "confident_wrong": round(self.wrong_rate(), 4),
            "counts": {w: len(self.of(w)) for w in WANTS},
            "by_want": {w: round(_share(self.of(w)), 4) for w in WANTS if self.of(w)},
            "by_kind": {k: {"lines": n, "right": round(r, 4)}
                        for k, (n, r, _w) in self.by_kind().items()},
        }


def describe(o: Outcome) -> str:
    """What the bot did with one line, for a miss list."""
    m = o.match
    got = m.decision
    if m.best and m.decision != "greeting":
        got += f" {m.best.entry_id} {m.best.score:.0f}"
    if m.near_miss:
        got += " (near miss)"
    if m.urgent:
        got += " +urgent"
    want = {"id": o.item.expect, "clarify": f"clarify {o.item.expect}",
            "null": "abstain"}.get(o.item.want, o.item.want)
    return f"line {o.item.line} [{o.item.lang}] {o.item.q!r}: expected {want}, got {got}"


def _parse_expect(raw: object) -> tuple[str, str | None] | None:
    if raw is None:
        return "null", None
    if isinstance(raw, dict) and set(raw) == {"clarify"} and isinstance(raw["clarify"], str):
        return "clarify", raw["clarify"]
    if raw in ("greeting", "urgent"):
        return str(raw), None
    if isinstance(raw, str):
        return "id", raw
    return None


def load_labelled(path: Path) -> list[Labelled]:
    """Read a labelled set; raises ValueError naming the line of a malformed row."""
    # One parse keeps the node tree (for line numbers) and builds the data from it, with
    # libyaml's C loader when PyYAML has it: ten times faster than two pure-Python passes.
    loader = _SafeLoader(path.read_text(encoding="utf-8"))
    try:
        nodes = loader.get_single_node()
        data = (loader.construct_document(nodes) if nodes is not None else None) or []
    finally:
        loader.dispose()
    rows = []
    for k, item in enumerate(data):
        line = nodes.value[k].start_mark.line + 1 if nodes is not None else 0
        parsed = _parse_expect(item.get("expect")) if isinstance(item, dict) else None
        if parsed is None or "q" not in item or item.get("lang") not in LANGS:
            raise ValueError(f"{path}:{line}: each row needs q, lang (one of {LANGS}) and "
                             "expect (an entry id, {clarify: id}, greeting, urgent or null)")
        want, expect = parsed
        if item.get("kind") is not None and item["kind"] not in KINDS:
            raise ValueError(f"{path}:{line}: unknown kind {item['kind']!r} (one of "
                             f"{', '.join(sorted(KINDS))})")
        rows.append(Labelled(str(item["q"]), item["lang"], expect, line, want,
                             item.get("kind")))
    return rows


def evaluate(matcher: Matcher, items: Iterable[Labelled]) -> Report:
    """Run every labelled message through the matcher."""
    return Report([Outcome(item, matcher.match(item.q)) for item in items])


def unknown_ids(matcher: Matcher, items: list[Labelled]) -> list[Labelled]:
    """Rows whose expected id is not an entry (a typo in the labelled set)."""
    return [i for i in items if i.expect is not None and i.expect not in matcher.kb.entries]
