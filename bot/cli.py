"""The command line: thin commands that call the core and print.

    python -m bot run        the Telegram bot (needs TELEGRAM_BOT_TOKEN)
    python -m bot console    the same pipeline as a chat in the terminal
    python -m bot ask        answer questions (argument or one per line on stdin)
    python -m bot check      validate knowledge/ (file:line: message)
    python -m bot eval       accuracy on the labelled question set
    python -m bot bench      load/index time and matching latency
    python -m bot quiz       play a quiz in the terminal
    python -m bot report     questions the bot could not answer, for maintainers
    python -m bot health     exit 0 when the database opens and the bot beat recently
    python -m bot backup F   an online copy of the database, safe while the bot runs
    python -m bot show       one entry or quiz item as the bot shows it, in any language
    python -m bot review     every generated Uzbek Cyrillic text in one file to read through
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from bot import knowledge
from bot.answers import Answerer
from bot.cli_maintain import EVAL_BASELINE, cmd_check, cmd_report
from bot.config import ROOT, ConfigError, Settings, load_settings
from bot.plaintext import plain_text
from bot.reply import Reply
from bot.text import LANGS
from bot.wording import direct_text

if TYPE_CHECKING:
    from bot.evaluation import Labelled
    from bot.matcher import Matcher
    from bot.watch import Watcher

DATA = ROOT / "tests" / "data"
TUNE = DATA / "tune.yaml"
HOLDOUT = DATA / "holdout.yaml"
"""Frozen: ``eval`` scores it, ``eval --calibrate`` never reads it."""


class CommandError(Exception):
    """A problem the user of the command line caused: printed as one line, exit 2."""


def _load_kb(settings: Settings) -> knowledge.KnowledgeBase:
    result = knowledge.load(settings.knowledge_dir)
    if result.kb is None:
        raise CommandError("the knowledge base has errors:\n"
                           + "\n".join(map(str, result.errors))
                           + "\nrun 'python -m bot check' after fixing them")
    return result.kb


def _load_answerer(settings: Settings) -> Answerer:
    """The knowledge base and its index, for the commands that answer or match."""
    return Answerer(_load_kb(settings))


def reply_json(reply: Reply, answerer: Answerer) -> dict[str, object]:
    """The one-line JSON object ``ask --json`` prints for a reply."""
    best = reply.match.best
    return {
        "query": reply.match.query,
        "kind": reply.outcome,
        "lang": reply.lang,
        "match": ({"id": reply.entry.id, "score": best.score if best else 100.0}
                  if reply.kind == "answer" and reply.entry else None),
        "answer": plain_text(reply, answerer.kb),
        "direct": (direct_text(reply.entry, reply.lang)
                   if reply.kind == "answer" and reply.entry else None),
        "sources": [{"id": s.id, "title": s.title, "title_tr": s.title_tr,
                     "section": s.section, "quote": s.quote, "where": s.where}
                    for s in reply.sources],
        "candidates": [{"id": c.entry_id, "score": c.score} for c in reply.match.candidates],
    }


# ---------------------------------------------------------------- commands


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    answerer = _load_answerer(settings)
    questions: Iterable[str] = [" ".join(args.question)] if args.question else (
        line.rstrip("\n") for line in sys.stdin)
    for q in questions:
        reply = answerer.ask(q, lang=args.lang)
        if args.json:
            print(json.dumps(reply_json(reply, answerer), ensure_ascii=False), flush=True)
        else:
            print(plain_text(reply, answerer.kb), end="\n\n", flush=True)
    return 0


def _labelled(path: Path, matcher: Matcher) -> list[Labelled]:
    from bot.evaluation import load_labelled, unknown_ids

    try:
        items = load_labelled(path)
    except (OSError, ValueError) as exc:
        raise CommandError(str(exc)) from None
    bad = unknown_ids(matcher, items)
    if bad:
        raise CommandError("\n".join(f"{path}:{i.line}: unknown entry id '{i.expect}'"
                                     for i in bad))
    return items


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.evaluation import evaluate
    from bot.scorecard import Scorecard, baseline

    if args.from_line and args.calibrate:
        raise CommandError("--calibrate fits on the whole file; --from-line is for scoring a block")
    if args.save and (args.file or args.from_line):
        raise CommandError("--save keeps the figures of both whole sets: give no FILE or "
                           "--from-line")
    matcher = _load_answerer(settings).matcher
    if args.calibrate:
        path = Path(args.file) if args.file else TUNE
        if path.resolve() == HOLDOUT.resolve():
            raise CommandError("the holdout is never calibrated on; give the tune set")
        from bot.calibrate import calibrate
        print(calibrate(matcher, _labelled(path, matcher)))
        return 0
    sets = {"tune": Path(args.file)} if args.file else {"tune": TUNE, "holdout": HOLDOUT}
    if args.from_line:
        if not args.file:
            raise CommandError("--from-line needs the labelled file it counts lines in")
        if Path(args.file).resolve() == HOLDOUT.resolve():
            raise CommandError("the holdout is scored whole; --from-line is for tune blocks")
    items = {name: [i for i in _labelled(path, matcher) if i.line >= args.from_line]
             for name, path in sets.items()}
    card = Scorecard({n: evaluate(matcher, rows) for n, rows in items.items()},
                     {n: baseline(matcher.kb, rows) for n, rows in items.items()})
    saved_path = Path(args.baseline)
    saved = (json.loads(saved_path.read_text(encoding="utf-8"))
             if saved_path.exists() and not args.file else None)
    if args.json:
        print(json.dumps(card.figures(), ensure_ascii=False, indent=1))
    else:
        print(card.format(saved))
    if args.save:
        from bot.lints import entry_hash
        card.save(saved_path, {eid: entry_hash(e) for eid, e in matcher.kb.entries.items()})
        print(f"saved to {saved_path}", file=sys.stderr)
    return 0


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from bot.bench import run_bench
    from bot.evaluation import load_labelled

    if args.pairs is not None and not (args.e2e or args.quick):
        raise CommandError("--pairs sets the rounds of --e2e: give --e2e too")
    if args.pairs is not None and args.pairs < 1:
        raise CommandError(f"--pairs {args.pairs}: give at least 1 round")
    if args.profile is not None and not (args.e2e or args.quick):
        raise CommandError("--profile profiles the bot in --e2e: give --e2e too")
    if args.profile is not None and not args.profile.parent.is_dir():
        raise CommandError(f"--profile {args.profile}: no folder {args.profile.parent}")
    scale = args.scale is not None or args.quick
    if args.quick or not (scale or args.e2e or args.targets):
        print(run_bench(settings.knowledge_dir, TUNE, rounds=args.rounds))
    items = load_labelled(TUNE)
    if scale:
        from bot.devtools import scale as sc

        sizes = tuple(args.scale or (sc.QUICK_SIZES if args.quick else sc.SIZES))
        try:
            rows = sc.run_scale(sizes, settings.knowledge_dir, [item.q for item in items])
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        print("\nsynthetic knowledge bases (bot/devtools/synthetic.py):")
        print(sc.format_rows(rows))
    if args.targets:
        import asyncio

        from bot.devtools import targets

        messages = [(item.q, item.lang.split("-")[0]) for item in items]
        print(f"\nissue 11's targets, the fake Bot API server in its own process, rtt "
              f"{args.rtt:g} ms")
        result = asyncio.run(targets.run_targets(settings, messages, rtt=args.rtt / 1000,
                                                 log=lambda line: print(line, flush=True)))
        print(targets.format_targets(result))
        return 0
    if args.e2e or args.quick:
        import asyncio

        from bot.devtools import e2efigures, loadtest

        users = args.users or (loadtest.QUICK_USERS if args.quick else loadtest.USERS)
        messages = [(item.q, item.lang.split("-")[0]) for item in items]
        messages = (messages * (users // len(messages) + 1))[:users]
        print(f"\nend to end: {users} users at once, real Application, fake Bot API server")
        pairs = args.pairs if args.pairs is not None else (1 if args.quick else loadtest.PAIRS)
        result = asyncio.run(loadtest.run_e2e(settings, messages, rtt=args.rtt / 1000,
                                              log=lambda line: print(line, flush=True),
                                              profile=args.profile, pairs=pairs))
        print(e2efigures.format_e2e(result))
    return 0


def cmd_console(args: argparse.Namespace, settings: Settings,
                read: Callable[[str], str] = input) -> int:
    from bot.console import Console

    console = Console(_load_answerer(settings), lang=args.lang, read=read)
    if not args.watch:
        return console.loop()

    def reload() -> list[knowledge.Problem]:
        result = knowledge.load(settings.knowledge_dir)
        if result.kb is not None:
            console.answerer = Answerer(result.kb)  # swapped whole, like /reload
        return result.errors

    def report(errors: list[knowledge.Problem]) -> None:
        print("\n".join(["knowledge not reloaded, the last good version stays:",
                         *map(str, errors)]) if errors else "(knowledge reloaded)",
              file=sys.stderr, flush=True)

    watcher = _watcher(settings, reload, report).start()
    try:
        return console.loop()
    finally:
        watcher.stop()


def _watcher(settings: Settings, reload: Callable[[], list[knowledge.Problem]],
             report: Callable[[list[knowledge.Problem]], None] | None = None) -> Watcher:
    from bot.i18n import LOCALES_DIR
    from bot.watch import Watcher

    return Watcher([settings.knowledge_dir, LOCALES_DIR], reload, report)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    settings.require_token()
    from bot.telegram.app import run

    run(settings, watch=_watcher if args.watch else None)
    return 0


def cmd_quiz(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import play_quiz

    return play_quiz(_load_kb(settings), settings, topic=args.topic, lang=args.lang,
                     length=args.n, user_id=args.user)


def cmd_show(args: argparse.Namespace, settings: Settings) -> int:
    from bot.showcase import html_to_text, show_quiz_item
    from bot.telegram import keyboards, render

    answerer = _load_answerer(settings)
    kb = answerer.kb
    if args.id in kb.entries:
        reply = answerer.entry_reply(args.id, args.lang)
        html = render.answer_html(reply)
        print(html if args.html else html_to_text(html))
        markup = keyboards.answer_keyboard(reply.entry, reply.related, args.lang).to_dict()
        print("\n" + "\n".join(f"[{' | '.join(b['text'] for b in row)}]"
                                for row in markup["inline_keyboard"]))
    elif args.id in kb.quiz:
        print(show_quiz_item(kb.quiz[args.id], args.lang))
    else:
        raise CommandError(f"no entry or quiz item '{args.id}'; the ids are in knowledge/")
    return 0


def cmd_review(args: argparse.Namespace, settings: Settings) -> int:
    from bot.showcase import cyrillic_review

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(cyrillic_review(_load_kb(settings)), encoding="utf-8")
    print(f"wrote {out}")
    return 0


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    from bot.health import check

    verdict = check(settings.database_path, max_age=args.max_age)
    print(verdict.reason)
    return 0 if verdict.ok else 1


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    from bot.backup import backup

    try:
        pages = backup(settings.database_path, Path(args.file))
    except (OSError, ValueError) as exc:
        raise CommandError(str(exc)) from None
    print(f"{settings.database_path} -> {args.file}: {pages} pages")
    return 0


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hamroh", description="Hamroh, a companion bot "
                                     "for Uzbek labour migrants and students of migration.")
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
    p.add_argument("--e2e", action="store_true",
                   help="the bot and a one-handler floor bot against the fake Bot API server")
    p.add_argument("--users", type=int, help="users at once for --e2e (default 1000)")
    p.add_argument("--pairs", type=int, metavar="N",
                   help="with --e2e: bursts of each bot, the floor's and the bot's in turn; the "
                        "figures are the medians (default 3; 1 with --quick)")
    p.add_argument("--profile", type=Path, metavar="FILE",
                   help="with --e2e: write a CPU sampling profile of the bot's burst to FILE "
                        "(milliseconds per update by function)")
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


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m bot`` and the ``hamroh`` script."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
        return int(args.func(args, settings))
    except (ConfigError, CommandError) as exc:
        print(f"hamroh {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0

