"""Compare Uzbek Cyrillic transliterators on the gold list (tests/data/cyrillic_gold.yaml).

    make compare-cyrillic                      # installs the two libraries into .venv
    .venv/bin/python tools/cyrillic_compare.py [--before REV] [--misses]

Prints a Markdown table: the share of gold forms each transliterator gets exactly right,
on the knowledge-base part and on the held-out part. ``--before REV`` adds this project's
transliteration as it was at git revision REV (bot/translit.py, or bot/text.py before the
move). UzTransliterator and alifbo are only needed here, not by the bot.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.translit import keep_pattern, to_cyrillic  # noqa: E402

Converter = Callable[[str], str]


def _ours() -> Converter:
    terms = yaml.safe_load((ROOT / "knowledge" / "keep_as_written.yaml").read_text("utf-8"))
    keep = keep_pattern(terms["terms"])
    return lambda text: to_cyrillic(text, keep)


def _before(rev: str) -> Converter:
    for path in ("bot/translit.py", "bot/text.py"):
        shown = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{path}"],
                               capture_output=True, text=True)
        if shown.returncode == 0 and "def to_cyrillic" in shown.stdout:
            break
    else:
        raise SystemExit(f"no to_cyrillic at {rev}")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(shown.stdout)
    spec = importlib.util.spec_from_file_location("translit_before", fh.name)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.to_cyrillic


def _uztransliterator() -> Converter:
    from UzTransliterator import UzTransliterator

    engine = UzTransliterator()
    return lambda text: engine.transliterate(text, from_="lat", to="cyr")


def _alifbo() -> Converter:
    import alifbo

    return lambda text: alifbo.to_cyrillic(text).text


def main(argv: list[str] | None = None) -> int:
    """Print the comparison table; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", metavar="REV", help="also run the code at this revision")
    parser.add_argument("--misses", action="store_true", help="list every wrong form")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    gold = yaml.safe_load((ROOT / "tests" / "data" / "cyrillic_gold.yaml").read_text("utf-8"))
    rows: list[tuple[str, Converter]] = []
    if args.before:
        rows.append((f"this project before ({args.before})", _before(args.before)))
    rows += [("UzTransliterator 2.0.2", _uztransliterator()), ("alifbo 0.6.0", _alifbo()),
             ("this project now (bot/translit.py)", _ours())]
    parts = ("kb", "heldout")
    print("| transliterator | knowledge base and catalog ({} forms) | held out ({} forms) |".format(
        *(len(gold[p]) for p in parts)))
    print("|---|---|---|")
    misses: list[str] = []
    for name, convert in rows:
        cells = []
        for part in parts:
            wrong = [f for f in gold[part] if convert(f["lat"]) != f["cyr"]]
            right = len(gold[part]) - len(wrong)
            cells.append(f"{right}/{len(gold[part])} ({100 * right / len(gold[part]):.1f}%)")
            misses += [f"{name} [{part}] {f['lat']} -> {convert(f['lat'])} (gold {f['cyr']})"
                       for f in wrong]
        print(f"| {name} | {cells[0]} | {cells[1]} |")
    if args.misses:
        print("\n".join(["", *misses]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
