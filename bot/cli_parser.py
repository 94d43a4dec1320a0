"""The command line's grammar: ``build_parser``, each command's arguments and its function
(the commands themselves are in cli.py and cli_maintain.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli_maintain import EVAL_BASELINE
from bot.config import ROOT
from bot.text import LANGS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hamroh", description="Hamroh, a companion bot "
                                     "for Uzbek labour migrants and students of migration.")
    from bot.cli import (
        cmd_ask,
        cmd_backup,
        cmd_bench,
        cmd_console,
        cmd_eval,
        cmd_health,
        cmd_quiz,
        cmd_review,
        cmd_run,
        cmd_show,
    )
    from bot.cli_maintain import cmd_check, cmd_report

    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    lang_help = "reply language: " + ", ".join(LANGS)

    watch_help = "reload knowledge/ and the catalogs when a file changes (keeps the last good)"
    p = sub.add_parser("run", help="run the Telegram bot (TELEGRAM_BOT_TOKEN)")
    p.add_argument("--watch", action="store_true", help=watch_help)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("console", help="chat with the bot in the terminal")
    p.add_argument("--lang", choices=LANGS, help=lang_help)
    p.add_argument("--watch", action="store_true", help=watch_help)
    p.set_defaults(func=cmd_console)

    p = sub.add_parser("ask", help="answer a question, or one per line from stdin")
    p.add_argument("--lang", choices=LANGS, help=lang_help)
    p.add_argument("--json", action="store_true", help="print one JSON object per question")
    p.add_argument("question", nargs="*", help="the question (default: read stdin)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("check", help="validate knowledge/ and print file:line: problems")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    p.add_argument("--strict", action="store_true",
                   help="lint warnings are errors (except review dates)")
    p.add_argument("--due", action="store_true",
                   help="list only the entries due for review (REVIEW_MONTHS)")
    p.add_argument("--all", action="store_true",
                   help="self-match lint on every entry, not only those changed since the "
                        "saved eval")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("eval", help="measure matching accuracy on tune and holdout")
    p.add_argument("file", nargs="?", help="one labelled YAML set instead of tune + holdout")
    p.add_argument("--calibrate", action="store_true",
                   help="search thresholds on the tune set (k-fold) and print them")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--save", action="store_true",
                   help="store the figures to compare later runs with")
    p.add_argument("--from-line", type=int, default=0, metavar="N",
                   help="score only the lines of FILE from line N on: a block of new "
                        "(blind) lines appended there, as they landed")
    p.add_argument("--baseline", default=str(EVAL_BASELINE), help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="time loading, indexing and matching")
    p.add_argument("--rounds", type=int, default=5, help="passes over the labelled set")
    p.add_argument("--scale", type=int, nargs="*", metavar="N",
                   help="synthetic knowledge bases of N entries (default 1000 10000 50000)")
    p.add_argument("--distinct-answers", action="store_true",
                   help="with --scale: each copy's answers salted too, not the 62 shipped "
                        "answers repeated")
    p.add_argument("--e2e", action="store_true",
                   help="the bot and a one-handler floor bot against the fake Bot API server")
    p.add_argument("--users", type=int, help="users at once for --e2e (default 1000)")
    p.add_argument("--pairs", type=int, metavar="N",
                   help="with --e2e: bursts of each bot, the floor's and the bot's in turn, "
                        "each first in every other pair; the figures are the medians "
                        "(default 5; 1 with --quick)")
    p.add_argument("--profile", type=Path, metavar="FILE",
                   help="with --e2e: write a CPU sampling profile of the bot's bursts, then "
                        "the floor's, to FILE (milliseconds per update by function)")
    p.add_argument("--rtt", type=float, default=0.0, metavar="MS",
                   help="round trip the fake server adds to every call, in ms")
    p.add_argument("--targets", action="store_true",
                   help="only issue 11's loads (a) 1,000 users at once, (b) 200 questions "
                   "over 10 s, (c) as (b) with 429s in one busy chat; use with --rtt 100")
    p.add_argument("--quick", action="store_true", help="every part at small sizes")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("quiz", help="play a quiz in the terminal")
    p.add_argument("--topic", help="topic id (default: all topics)")
    p.add_argument("--lang", choices=LANGS, default="en", help=lang_help)
    p.add_argument("-n", type=int, default=5, choices=(5, 10, 20), help="number of questions")
    p.add_argument("--user", type=int, default=0, help="local player id (default 0)")
    p.set_defaults(func=cmd_quiz)

    p = sub.add_parser("report", help="unanswered questions grouped, and the most 👎 entries")
    p.add_argument("--limit", type=int, default=50, help="how many groups to list")
    p.add_argument("--days", type=int, default=90, help="questions of the last N days")
    p.add_argument("--draft", metavar="FILE",
                   help="write one draft entry per group to FILE, for a person to complete")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("show", help="print one entry or quiz item as the bot shows it")
    p.add_argument("id", help="entry or quiz item id")
    p.add_argument("--lang", choices=LANGS, default="uz-Cyrl", help=lang_help)
    p.add_argument("--html", action="store_true", help="print the Telegram HTML itself")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("review", help="write every generated Uzbek Cyrillic text to a file")
    p.add_argument("--out", default=str(ROOT / "build" / "uz-Cyrl-review.md"),
                   help="the file to write (default: build/uz-Cyrl-review.md)")
    p.set_defaults(func=cmd_review)
    p = sub.add_parser("health", help="exit 0 when the database opens and the bot reached "
                       "Telegram recently (Docker HEALTHCHECK)")
    from bot.health import MAX_AGE

    p.add_argument("--max-age", type=float, default=MAX_AGE,
                   help="seconds since the last heartbeat that still count as alive")
    p.set_defaults(func=cmd_health)

    p = sub.add_parser("backup", help="copy the database to FILE, safely while the bot runs")
    p.add_argument("file", help="the backup file (replaced if it exists)")
    p.set_defaults(func=cmd_backup)
    return parser
