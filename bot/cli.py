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
from bot.cli_parser import build_parser
from bot.config import ROOT, ConfigError, Settings, load_settings
from bot.plaintext import plain_text
from bot.reply import Reply
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
    from bot.keptbaseline import kept_best_matches
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
                     {n: baseline(matcher.kb, rows, kept_best_matches(None))
                      for n, rows in items.items()})
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
    if args.distinct_answers and args.scale is None:
        raise CommandError("--distinct-answers salts the --scale bases: give --scale too")
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
            rows = sc.run_scale(sizes, settings.knowledge_dir, [item.q for item in items],
                                distinct_answers=args.distinct_answers)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        answers = ", each copy's answers salted" if args.distinct_answers else ""
        print(f"\nsynthetic knowledge bases (bot/devtools/synthetic.py{answers}):")
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
    from bot.console import Console, play_quiz

    def quiz(topic: str | None, lang: str) -> int:
        # the same quiz as `python -m bot quiz`, on the console's knowledge base
        return play_quiz(console.answerer.kb, settings, topic=topic, lang=lang, length=5,
                         read=read)

    console = Console(_load_answerer(settings), lang=args.lang, read=read, quiz=quiz)
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

