"""Blind blocks replayed as they landed: how the decision rule's lead does on new messages.

Tune's blind blocks (``# ---- blind (…, NAME): …`` headers) were written without running
the bot, then their failures were fixed. Scored today, they flatter any setting, so the lead
that a middling score needs (``MatcherSettings.close_score``/``close_margin``) is fitted on
each block as it landed instead: analysed by the code and knowledge of its landing commit.

Two steps (``docs/calibration.md``):

    git worktree add --detach /tmp/rp/NAME COMMIT       # the commit that added the block
    cd /tmp/rp/NAME && ln -s /path/to/shared ../shared
    /path/to/hamroh/.venv/bin/python /path/to/hamroh/bot/devtools/replay.py dump NAME out.json
    python bot/devtools/replay.py fit /tmp/rp/*.json     # from the checkout of today

``dump`` imports ``bot`` from the current directory (the old checkout), so it uses only
what every checkout since the thirteenth session has: ``Matcher.analyse``/``settle``,
``Thresholds(answer, clarify, margin)`` and ``bot.evaluation``.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ANSWER = 52
MARGINS = (2, 3, 4, 5, 6, 8)
CLOSE = (0, 60, 65, 70)


def dump(name: str, out: Path) -> None:
    """Each line of block ``name``: its label, best score and verdict at each margin."""
    sys.path.insert(0, ".")
    from bot import evaluation
    from bot.decision import Thresholds
    from bot.knowledge.loader import load_or_raise
    from bot.matcher import Matcher

    tune = Path("tests/data/tune.yaml")
    lines = tune.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines, 1)
                 if line.startswith("# ---- blind") and f"{name})" in line)
    end = next((i for i, line in enumerate(lines, 1) if i > start and line.startswith("# ----")),
               len(lines) + 1)
    matcher = Matcher(load_or_raise(Path("knowledge")))
    rows = []
    for item in evaluation.load_labelled(tune):
        if not start < item.line < end:
            continue
        analysis = matcher.analyse(item.q)
        matches = {margin: matcher.settle(analysis, Thresholds(ANSWER, ANSWER, margin))
                   for margin in MARGINS}
        verdicts = {margin: evaluation.judge(item, m) for margin, m in matches.items()}
        best = matches[2].best
        rows.append({"line": item.line, "lang": item.lang, "want": item.want,
                     "best": best.score if best else 0.0, "judged": verdicts})
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


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"] and len(sys.argv) == 4:
        dump(sys.argv[2], Path(sys.argv[3]))
    elif sys.argv[1:2] == ["fit"]:
        fit([Path(p) for p in sys.argv[2:]])
    else:
        sys.exit(__doc__)
