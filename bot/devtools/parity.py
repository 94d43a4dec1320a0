"""Script parity: the same Uzbek message in Latin, proper Cyrillic and Russian-keyboard
Cyrillic, run through one matcher, and the lines whose outcome differs between them.

For developers (``python -m bot.devtools.parity tests/data/tune.yaml``). A ``lang: uz`` line
is written in Cyrillic by the bot's own converter (``to_cyrillic``, which makes the
knowledge's Cyrillic) and then as typed on a Russian keyboard (ў қ ғ ҳ as у к г х); a
``lang: uz-Cyrl`` line in Latin (``to_latin``) and, when it has Uzbek letters, as typed on a
Russian keyboard (one without them is that already). Never run it over the holdout.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.evaluation import Labelled, judge, load_labelled
from bot.latin import to_latin
from bot.matcher import Matcher
from bot.translit import normalise_uz_marks, to_cyrillic

SCRIPTS = ("latn", "cyrl", "kbd")
"""Uzbek Latin, proper Uzbek Cyrillic, Cyrillic typed on a Russian keyboard."""
_KEYBOARD = str.maketrans("ўқғҳЎҚҒҲ", "укгхУКГХ")
_UZ_LETTERS = frozenset("ўқғҳЎҚҒҲ")
# The new alphabet's letters (ş ç ö ğ), which the converter does not read.
_NEW_LATIN = str.maketrans({"ö": "oʻ", "Ö": "Oʻ", "ğ": "gʻ", "Ğ": "Gʻ"})


def on_russian_keyboard(text: str) -> str:
    """``text`` as typed on a Russian keyboard: ў қ ғ ҳ as у к г х."""
    return text.translate(_KEYBOARD)


def versions(item: Labelled) -> dict[str, str]:
    """The line in each script it can be written in, its own text among them."""
    q = item.q
    if item.lang == "uz":
        cyrl = to_cyrillic(normalise_uz_marks(q.translate(_NEW_LATIN)))
        return {"latn": q, "cyrl": cyrl, "kbd": on_russian_keyboard(cyrl)}
    found = {"latn": to_latin(q)}
    if _UZ_LETTERS.intersection(q):
        found |= {"cyrl": q, "kbd": on_russian_keyboard(q)}
    else:
        found["kbd"] = q
    return found


@dataclass(frozen=True)
class Version:
    script: str
    text: str
    outcome: str
    """The decision with the entry it answers or offers, "+urgent" when urgent."""
    right: bool
    lang: str | None


@dataclass(frozen=True)
class Line:
    item: Labelled
    versions: tuple[Version, ...]

    @property
    def differs(self) -> bool:
        return len({v.outcome for v in self.versions}) > 1

    @property
    def lang_differs(self) -> bool:
        """Whether a Cyrillic version is read as Russian (or a Latin one as not Uzbek)."""
        return any(v.lang != ("uz" if v.script == "latn" else "uz-Cyrl") for v in self.versions)


def _outcome(m) -> str:  # type: ignore[no-untyped-def]
    got = m.decision
    if m.decision in ("answer", "clarify") and m.best:
        got += " " + m.best.entry_id
    return got + (" +urgent" if m.urgent else "")


def compare(matcher: Matcher, items: Iterable[Labelled]) -> list[Line]:
    """Every Uzbek line run in each of its scripts."""
    lines = []
    for item in items:
        if item.lang not in ("uz", "uz-Cyrl"):
            continue
        found = []
        for script, text in versions(item).items():
            m = matcher.match(text)
            found.append(Version(script, text, _outcome(m), judge(item, m)[0], m.lang))
        lines.append(Line(item, tuple(found)))
    return lines


def summary(lines: list[Line]) -> str:
    """The parity figure and the share right per script."""
    out = [f"lines {len(lines)}, outcome differs across scripts: "
           f"{sum(x.differs for x in lines)}, language read otherwise: "
           f"{sum(x.lang_differs for x in lines)}"]
    for script in SCRIPTS:
        got = [v for x in lines for v in x.versions if v.script == script]
        right = sum(v.right for v in got)
        out.append(f"  {script}: {right}/{len(got)} right ({right / max(1, len(got)):.1%})")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    from bot.answers import Answerer
    from bot.cli import _load_kb
    from bot.config import load_settings

    path = Path(argv[0])
    if path.name == "holdout.yaml":
        print("the holdout is never run line by line", file=sys.stderr)
        return 2
    answerer = Answerer(_load_kb(load_settings()))
    lines = compare(answerer.matcher, load_labelled(path))
    print(summary(lines))
    for x in lines:
        if x.differs or "-v" in argv:
            print(f"line {x.item.line} [{x.item.lang}] expect {x.item.expect or x.item.want}")
            for v in x.versions:
                print(f"  {v.script:4} {'ok ' if v.right else 'BAD'} {v.lang or '-':7} "
                      f"{v.outcome:40} {v.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
