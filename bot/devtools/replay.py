"""Blind blocks replayed as they landed: how the decision rule's lead does on new messages.

Tune's blind blocks (``# ---- blind (…, NAME): …`` headers) were written without running
the bot, then their failures were fixed. Scored today, they flatter any setting, so the lead
that a middling score needs (``MatcherSettings.close_score``/``close_margin``) is fitted on
each block as it landed instead: analysed by the code and knowledge of its landing commit.

Two steps (``docs/calibration.md``), and a third that says where the wrong answers are:

    git worktree add --detach /tmp/rp/NAME COMMIT       # the commit that added the block
    cd /tmp/rp/NAME && ln -s /path/to/shared ../shared
    /path/to/hamroh/.venv/bin/python /path/to/hamroh/bot/devtools/replay.py dump NAME out.json
    python bot/devtools/replay.py fit /tmp/rp/*.json     # from the checkout of today
    python bot/devtools/replay.py table /tmp/rp/*.json   # confident wrong, by band and kind
    python bot/devtools/replay.py evidence [--landed] /tmp/rp/*.json  # what they matched on
    python bot/devtools/replay.py evidence --tune        # the same rules on today's answers

``evidence`` (``bot/devtools/evidence.py``) measures rules on what the answered entry
matched on, with today's knowledge, or with ``--landed`` each block's own (the knowledge
folder of the worktree beside its dump: ``/tmp/rp/NAME/knowledge`` for ``/tmp/rp/NAME.json``).

``dump`` imports ``bot`` from the current directory (the old checkout), so it uses only
what every checkout since the thirteenth session has: ``Matcher.analyse``/``settle``,
``Thresholds(answer, clarify, margin)`` and ``bot.evaluation``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (imported when run: ``dump`` runs in checkouts that lack it)
    from bot.devtools.evidence import Answered

ANSWER = 52
MARGINS = (2, 3, 4, 5, 6, 8)
CLOSE = (0, 60, 65, 70)
SCORE_BANDS = (52, 60, 65, 70, 80, 90)
LEAD_BANDS = (0, 4, 6, 10, 20)
KIND = re.compile(r"\bkind:\s*([a-z-]+)")


def block_lines(lines: list[str], name: str) -> tuple[int, int]:
    """The (1-based) line numbers of block ``name``'s header and of the next header (or one
    past the end): the block's rows lie between. Of a name's several headers (a block that
    landed in halves), the last: the one its landing commit appended."""
    start = max(i for i, line in enumerate(lines, 1)
                if line.startswith("# ---- blind") and f"{name})" in line)
    end = next((i for i, line in enumerate(lines, 1) if i > start and line.startswith("# ----")),
               len(lines) + 1)
    return start, end


def dump(name: str, out: Path) -> None:
    """Each line of block ``name``: its label, kind and text, the best entries (up to three)
    and their scores, the best one's lead over the next, and at each margin the verdict
    and the entry answered, if any (``block_lines`` finds the block)."""
    sys.path.insert(0, ".")
    from bot import evaluation
    from bot.decision import Thresholds
    from bot.knowledge.loader import load_or_raise
    from bot.matcher import Matcher

    tune = Path("tests/data/tune.yaml")
    lines = tune.read_text(encoding="utf-8").splitlines()
    start, end = block_lines(lines, name)
    matcher = Matcher(load_or_raise(Path("knowledge")))
    rows = []
    for item in evaluation.load_labelled(tune):
        if not start < item.line < end:
            continue
        analysis = matcher.analyse(item.q)
        matches = {margin: matcher.settle(analysis, Thresholds(ANSWER, ANSWER, margin))
                   for margin in MARGINS}
        verdicts = {margin: evaluation.judge(item, m) for margin, m in matches.items()}
        ranked = matches[2].candidates
        kind = KIND.search(lines[item.line - 1])  # read here: older Labelled have no kind
        rows.append({"line": item.line, "lang": item.lang, "want": item.want,
                     "expect": item.expect, "kind": kind.group(1) if kind else None,
                     "q": item.q,
                     "ranked": [[c.entry_id, c.score] for c in ranked[:3]],
                     "answered": {margin: m.candidates[0].entry_id
                                  if m.decision == "answer" and m.candidates else None
                                  for margin, m in matches.items()},
                     "got": ranked[0].entry_id if ranked else None,
                     "best": ranked[0].score if ranked else 0.0,
                     "lead": ranked[0].score - ranked[1].score if len(ranked) > 1
                     else ranked[0].score if ranked else 0.0,
                     "judged": verdicts})
    out.write_text(json.dumps({"block": name, "rows": rows}), encoding="utf-8")
    print(f"{name}: {len(rows)} lines")


def fit(paths: list[Path]) -> None:
    """Each (close_margin, close_score): confident wrong and lines right, pooled."""
    rows = [r for p in paths for r in json.loads(p.read_text(encoding="utf-8"))["rows"]]
    print(f"{len(rows)} lines of {len(paths)} blocks")
    for margin in MARGINS:
        for close in CLOSE:
            if (margin == 2) != (close == 0):
                continue
            wrong = asked = right = scored = 0
            langs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for r in rows:
                ok, bad = r["judged"][str(margin) if r["best"] < close else "2"]
                if r["want"] in ("id", "clarify"):
                    wrong += bad
                    asked += 1
                if r["want"] != "null":
                    right += ok
                    scored += 1
                    langs[r["lang"]][0] += ok
                    langs[r["lang"]][1] += 1
            worst = min(a / n for a, n in langs.values())
            print(f"lead {margin} below {close or '-'}: confident wrong {wrong}/{asked} "
                  f"({wrong / asked:.2%}), right {right / scored:.2%}, worst language {worst:.1%}")


def band(value: float, edges: tuple[float, ...]) -> str:
    """The band of ``edges`` that ``value`` falls in: "60-65", or "90+" past the last."""
    inside = [lo for lo in edges if value >= lo]
    if not inside:
        return f"<{edges[0]}"
    lo = inside[-1]
    later = edges[edges.index(lo) + 1:]
    return f"{lo}-{later[0]}" if later else f"{lo}+"


def wrong_under(row: dict, close: float, close_margin: float) -> bool:
    """Whether a dumped line is a confident wrong answer under the lead rule ``close`` /
    ``close_margin`` (the margin of 2 above it)."""
    margin = close_margin if row["best"] < close else 2
    return row["want"] in ("id", "clarify") and bool(row["judged"][str(int(margin))][1])


def tally(rows: list[dict], close: float, close_margin: float) -> dict[str, Counter[str]]:
    """Confident wrong answers under the lead rule, counted by kind, by what was wanted (a
    near miss answered with its own entry or another's, or a wrong entry), by score band,
    by lead band and by language."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if not wrong_under(r, close, close_margin):
            continue
        wanted = ("wrong entry" if r["want"] == "id" else
                  "near miss, own entry" if r.get("got") == r.get("expect") else
                  "near miss, another entry")
        for what, value in (("kind", r.get("kind") or "-"), ("expect", wanted),
                            ("score", band(r["best"], SCORE_BANDS)),
                            ("lead", band(r.get("lead", 0.0), LEAD_BANDS)),
                            ("language", r["lang"])):
            counts[what][value] += 1
    return counts


def table(paths: list[Path]) -> None:
    """Where the confident wrong answers of the dumped blocks are, under today's lead rule."""
    sys.path.insert(0, ".")
    from bot.matchersettings import MatcherSettings

    shipped = MatcherSettings()
    rows = [r for p in paths for r in json.loads(p.read_text(encoding="utf-8"))["rows"]]
    asked = sum(r["want"] in ("id", "clarify") for r in rows)
    counts = tally(rows, shipped.close_score, shipped.close_margin)
    print(f"{sum(counts['language'].values())} confident wrong of {asked} id and clarify lines "
          f"(lead {shipped.close_margin:g} below {shipped.close_score:g})")
    for what, counted in counts.items():
        print(f"  {what}: " + ", ".join(f"{k} {n}" for k, n in counted.most_common()))


def answered(row: dict, close: float, close_margin: float) -> str | None:
    """The entry a dumped id or clarify line was answered with under the lead rule
    ``close`` / ``close_margin`` (the margin of 2 above it), or None (a dump from before the
    twenty-sixth session has no ``answered``)."""
    margin = str(int(close_margin if row["best"] < close else 2))
    if row["want"] not in ("id", "clarify") or "answered" not in row:
        return None
    return row["answered"][margin]


def evidence(paths: list[Path], landed: bool) -> None:
    """Rules on what the answered entry matched on (``bot.devtools.evidence``): pooled, the
    best; then fitted on four folds of blocks and counted on the fifth."""
    sys.path.insert(0, ".")
    from bot.devtools.evidence import Answered, words_of
    from bot.knowledge.loader import load_or_raise
    from bot.matcher import Matcher
    from bot.matchersettings import MatcherSettings

    shipped = MatcherSettings()
    lines = []
    matcher = None if landed else Matcher(load_or_raise(Path("knowledge")))
    for path in paths:
        dumped = json.loads(path.read_text(encoding="utf-8"))
        if landed:
            matcher = Matcher(load_or_raise(path.with_suffix("") / "knowledge"))
        assert matcher is not None
        number = {e: k for k, e in enumerate(matcher.entry_ids)}
        for r in dumped["rows"]:
            got = answered(r, shipped.close_score, shipped.close_margin)
            if got is None or got not in number:
                continue
            margin = str(int(shipped.close_margin if r["best"] < shipped.close_score else 2))
            right, wrong = r["judged"][margin]
            lines.append(Answered(dumped["block"], bool(right), bool(wrong), r["best"],
                                  number[got], tuple(number[e] for e, _ in r["ranked"]
                                                     if e != got and e in number)[:2],
                                  tuple(words_of(matcher, r["q"]))))
    report(lines, f"{'each block' if landed else 'today'}'s knowledge")


def evidence_on_tune() -> None:
    """The same rules on today's answers to tune's id and clarify lines (its blocks were
    fixed after they landed: its confident wrong answers are those left)."""
    sys.path.insert(0, ".")
    from bot import evaluation
    from bot.devtools.evidence import Answered, words_of
    from bot.knowledge.loader import load_or_raise
    from bot.matcher import Matcher

    matcher = Matcher(load_or_raise(Path("knowledge")))
    number = {e: k for k, e in enumerate(matcher.entry_ids)}
    lines = []
    for item in evaluation.load_labelled(Path("tests/data/tune.yaml")):
        m = matcher.match(item.q)
        if item.want not in ("id", "clarify") or m.decision != "answer" or not m.candidates:
            continue
        right, wrong = evaluation.judge(item, m)
        lines.append(Answered("tune", right, wrong, m.candidates[0].score,
                              number[m.candidates[0].entry_id],
                              tuple(number[c.entry_id] for c in m.candidates[1:3]),
                              tuple(words_of(matcher, item.q))))
    report(lines, "today's knowledge, today's answers")


def report(lines: list[Answered], knowledge: str) -> None:
    """The rules' pooled counts on ``lines`` (``Answered``): the ten that cost least (a
    right answer lost is half a wrong one removed), then the five that remove the most;
    for lines of several blocks, the rules fitted on four folds counted on the fifth."""
    from bot.devtools.evidence import counted, held_out, rules

    named = rules()
    wrong = sum(a.wrong for a in lines)
    blocks = len({a.block for a in lines})
    print(f"{len(lines)} answered id and clarify lines of {blocks} blocks, {wrong} confident "
          f"wrong ({knowledge})")

    def cost(name: str) -> tuple[float, int]:
        w, r = counted(lines, named[name])
        return r / 2 - w, r
    def most(name: str) -> tuple[int, int]:
        w, r = counted(lines, named[name])
        return -w, r
    best = sorted(named, key=cost)[:10]
    for name in best + [n for n in sorted(named, key=most)[:5] if n not in best]:
        w, r = counted(lines, named[name])
        print(f"  -{w} wrong, -{r} right: {name}")
    if blocks < 2:
        return
    print("held out, each fold by the rule fitted on the others:")
    folds = held_out(lines, named)
    for name, w, r in folds:
        print(f"  -{w} wrong, -{r} right: {name}")
    print(f"  in all: -{sum(w for _, w, _ in folds)} of {wrong} wrong, "
          f"-{sum(r for _, _, r in folds)} right")


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"] and len(sys.argv) == 4:
        dump(sys.argv[2], Path(sys.argv[3]))
    elif sys.argv[1:2] == ["fit"]:
        fit([Path(p) for p in sys.argv[2:]])
    elif sys.argv[1:2] == ["table"]:
        table([Path(p) for p in sys.argv[2:]])
    elif sys.argv[1:] == ["evidence", "--tune"]:
        evidence_on_tune()
    elif sys.argv[1:2] == ["evidence"]:
        evidence([Path(p) for p in sys.argv[2:] if p != "--landed"], "--landed" in sys.argv)
    else:
        sys.exit(__doc__)
