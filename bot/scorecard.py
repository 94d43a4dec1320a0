"""The ``eval`` report: tune and holdout side by side, a plain baseline, change since saved.

* The baseline is what a one-line bot would do: rapidfuzz ``process.extractOne`` with
  ``WRatio`` over every raw phrasing (rapidfuzz's default processing: lowercase, no
  punctuation), answering when the score reaches ``BASELINE_CUTOFF`` and abstaining below.
* ``eval --save`` stores the figures and which lines were right in
  ``tests/data/eval-baseline.json``; a later ``eval`` prints the change per language and
  names every line that got worse. Holdout lines are named by line number only: nobody
  tunes on their text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from bot.evaluation import Labelled, Outcome, Report, describe
from bot.knowledge import KnowledgeBase
from bot.text import LANGS
from bot.verdict import Candidate, Match

BASELINE_CUTOFF = 80.0
SETS = ("tune", "holdout")


BestMatches = Callable[[list[str], list[str]], list["tuple[float, int] | None"]]
"""``best(queries, texts)``: per query, the best score and the index of the first text
that has it, or None."""


def best_matches(queries: list[str], texts: list[str]) -> list[tuple[float, int] | None]:
    """The baseline's scoring: rapidfuzz ``extractOne`` with ``WRatio`` of each processed
    query over the processed phrasings (a pure function of its arguments and rapidfuzz's
    version, so the tests may keep its results between runs)."""
    out: list[tuple[float, int] | None] = []
    for query in queries:
        found = process.extractOne(query, texts, scorer=fuzz.WRatio, processor=None)
        out.append(None if found is None else (found[1], found[2]))
    return out


def baseline(kb: KnowledgeBase, items: list[Labelled],
             best: BestMatches = best_matches) -> Report:
    """The plain rapidfuzz baseline on the same lines."""
    choices = [(q, e.id) for e in kb.entries.values() for qs in e.questions.values()
               for q in qs]
    texts = [utils.default_process(q) for q, _ in choices]
    outcomes = []
    for item, found in zip(items, best([utils.default_process(i.q) for i in items], texts),
                           strict=True):
        if found is None:
            m = Match(item.q, "abstain", (), None)
        else:
            score, k = found
            m = Match(item.q, "answer" if score >= BASELINE_CUTOFF else "abstain",
                      (Candidate(choices[k][1], float(score)),), None)
        outcomes.append(Outcome(item, m))
    return Report(outcomes)


@dataclass
class Scorecard:
    bot: dict[str, Report]
    """Per set name ("tune", "holdout"), the bot's report."""
    base: dict[str, Report]

    def figures(self) -> dict[str, object]:
        return {"bot": {k: r.figures() for k, r in self.bot.items()},
                "baseline": {k: r.figures() for k, r in self.base.items()}}

    def right_lines(self) -> dict[str, list[object]]:
        """Which lines the bot got right: tune by text, holdout by line number."""
        out: dict[str, list[object]] = {}
        for name, report in self.bot.items():
            right = [o for o in report.outcomes if o.correct]
            out[name] = sorted(o.item.line for o in right) if name == "holdout" else sorted(
                o.item.q for o in right)
        return out

    def save(self, path: Path, entries: dict[str, str] | None = None) -> None:
        """Store the figures, the lines right, and the entries' fingerprints (which
        ``check``'s self-match lint compares to find what changed since)."""
        data: dict[str, object] = {"figures": self.figures(), "right": self.right_lines()}
        if entries is not None:
            data["entries"] = entries
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")

    def format(self, saved: dict[str, object] | None = None, misses: bool = True) -> str:
        """The human report."""
        names = [n for n in SETS if n in self.bot]
        head = f"{'':10}" + "".join(f"{n + f' ({len(self.bot[n].outcomes)} lines)':>34}"
                                    for n in names)
        cols = f"{'language':10}" + (
            f"{'lines':>7}{'right':>8}{'in dym':>8}{'lang':>7}{'base':>7}" * len(names))
        lines = [head, cols]
        for lang in (*LANGS, None):
            if lang and not any(self.bot[n].in_scope(lang) for n in names):
                continue
            row = f"{lang or 'all':10}"
            for n in names:
                bot, base = self.bot[n], self.base[n]
                row += (f"{len(bot.in_scope(lang)):7d}{bot.accuracy(lang):8.1%}"
                        f"{bot.offered_rate(lang):8.1%}{bot.language_rate(lang):7.1%}"
                        f"{base.accuracy(lang):7.1%}")
            lines.append(row)
        for label, fn in (("null: abstained", "abstention"), ("confident wrong", "wrong_rate")):
            row = f"{label:17}"
            for n in names:
                row += (f"{getattr(self.bot[n], fn)():>20.1%} (base "
                        f"{getattr(self.base[n], fn)():.1%})").ljust(34)
            lines.append(row)
        lines.append(f"('base': rapidfuzz extractOne WRatio over the phrasings, answering at "
                     f">= {BASELINE_CUTOFF:.0f}; 'in dym': offered in 'did you mean')")
        for n in names:
            lines.append(f"\n{n}, per kind of line (lines, right; id and clarify lines: "
                         "how many answered wrong):")
            want = {w: (len(self.bot[n].of(w)), self.bot[n].of(w)) for w in
                    ("id", "clarify", "greeting", "urgent", "null")}
            lines.append("  expect: " + ", ".join(
                f"{w} {c} {sum(o.correct for o in rows) / c:.0%}"
                + (f" ({sum(o.wrong for o in rows)} wrong)" if w in ("id", "clarify") else "")
                for w, (c, rows) in want.items() if c))
            kinds = self.bot[n].by_kind()
            if len(kinds) > 1:
                lines.append("  kind:   " + ", ".join(
                    f"{k} {c} {r:.0%}" + (f" ({w} wrong)" if w is not None else "")
                    for k, (c, r, w) in kinds.items()))
            for who, rep in (("bot", self.bot[n]), ("baseline", self.base[n])):
                conf = rep.confusions(6)
                if conf:
                    lines.append(f"  confusions ({who}, expected <- taken by): " + "; ".join(
                        f"{a} <- {b} x{c}" for a, b, c in conf))
        if saved is not None:
            lines += self._change(saved)
        if misses and "tune" in self.bot:
            tune_misses = self.bot["tune"].misses()
            lines.append(f"\nmisses on tune ({len(tune_misses)}):")
            lines += [f"  {describe(o)}" for o in tune_misses]
        return "\n".join(lines)

    def _change(self, saved: dict[str, object]) -> list[str]:
        old_figs = saved.get("figures", {}).get("bot", {})  # type: ignore[union-attr]
        old_right = saved.get("right", {})
        lines = ["\nchange since the saved eval (tests/data/eval-baseline.json):"]
        for n, report in self.bot.items():
            before = old_figs.get(n, {}).get("right", {})  # type: ignore[union-attr]
            now = report.figures()["right"]
            lines.append(f"  {n}: " + ", ".join(
                f"{lang} {now[lang] - before.get(lang, 0.0):+.1%}"  # type: ignore[index]
                for lang in now))  # type: ignore[union-attr]
            was = set(old_right.get(n, []))  # type: ignore[union-attr]
            worse = [o for o in report.outcomes if not o.correct
                     and (o.item.line if n == "holdout" else o.item.q) in was]
            if worse:
                lines.append(f"  {n}: {len(worse)} got worse:")
                lines += [f"    holdout line {o.item.line}" if n == "holdout"
                          else f"    {describe(o)}" for o in worse]
        return lines

