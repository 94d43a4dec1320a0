"""The maintainers' commands: ``check`` with its lints, and ``report`` (thin, like cli.py)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from bot import faithful, knowledge, lints
from bot.answers import Answerer
from bot.config import ROOT, Settings
from bot.langs import CATALOG_LANGS
from bot.text import LANGS

EVAL_BASELINE = ROOT / "tests" / "data" / "eval-baseline.json"
"""The saved eval; its ``entries`` fingerprints tell the self-match lint what changed."""


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    result = knowledge.load(settings.knowledge_dir)
    kb = result.kb
    warnings, scope = list(result.warnings), ""
    if kb is not None:
        lints_found, scope = _lints(kb, settings, every_entry=args.all)
        warnings += lints_found
    if args.due:
        due = [p for p in warnings if p.kind == lints.REVIEW_KIND]
        for p in due:
            print(p)
        print(f"{len(due)} entries due for review (REVIEW_MONTHS={settings.review_months})")
        return 0 if kb else 1
    errors = list(result.errors) + _missing_catalogs()
    if args.strict:  # every warning is an error, except a date (CI never fails on one)
        errors += [p for p in warnings if p.kind != lints.REVIEW_KIND]
        warnings = [p for p in warnings if p.kind == lints.REVIEW_KIND]
    if args.json:
        print(json.dumps({
            "entries": len(kb.entries) if kb else 0,
            "quiz": len(kb.quiz) if kb else 0,
            "errors": [str(p) for p in errors],
            "warnings": [str(p) for p in warnings],
        }, ensure_ascii=False, indent=2))
    else:
        for p in errors:
            print(f"{p}", file=sys.stderr)
        for p in warnings:
            print(f"{p} (warning)", file=sys.stderr)
        if kb and not errors:
            print(f"ok: {len(kb.sources)} sources, {len(kb.topics)} topics, "
                  f"{len(kb.entries)} entries, {len(kb.quiz)} quiz items, "
                  f"{len(warnings)} warnings ({scope})")
        else:
            print(f"{len(errors)} errors", file=sys.stderr)
    return 0 if kb and not errors else 1


def _missing_catalogs() -> list[knowledge.Problem]:
    """A catalog file for every language of the registry (bot/data/languages.yaml)."""
    from bot.i18n import LOCALES_DIR
    from bot.langs import REGISTRY, missing_catalogs

    return [knowledge.Problem(str(path.relative_to(ROOT)) if path.is_relative_to(ROOT)
                              else str(path), 1,
                              "is missing: every language of bot/data/languages.yaml needs its "
                              "catalog; create it with 'pybabel init' (see docs/maintaining.md)")
            for path in missing_catalogs(REGISTRY, LOCALES_DIR)]


def _lints(kb: knowledge.KnowledgeBase, settings: Settings,
           every_entry: bool) -> tuple[list[knowledge.Problem], str]:
    """The lints of bot/lints.py, wired to the renderer, the glossary and the catalogs."""
    from babel.messages.pofile import read_po

    from bot.i18n import LOCALES_DIR
    from bot.telegram.render import reply_html

    answerer = Answerer(kb)
    catalogs = {}
    for lang in CATALOG_LANGS:
        po = LOCALES_DIR / lang / "LC_MESSAGES" / "messages.po"
        if po.exists():
            with po.open("rb") as fh:
                catalogs[lang] = [(str(po.relative_to(ROOT)), m.string, m.lineno)
                                  for m in read_po(fh) if m.id and isinstance(m.string, str)]
    saved = None
    if EVAL_BASELINE.exists():
        saved = json.loads(EVAL_BASELINE.read_text(encoding="utf-8"))
    return lints.run(
        kb, answerer.matcher, lambda e, lang: reply_html(answerer.entry_reply(e.id, lang), kb),
        langs=LANGS, review_months=settings.review_months, today=dt.date.today(),
        saved_eval=saved, every_entry=every_entry,
        glossary_terms=lints.read_glossary(settings.knowledge_dir / "glossary.yaml"),
        catalogs=catalogs, documents=faithful.read_documents(kb, settings.documents_dir))


def cmd_report(args: argparse.Namespace, settings: Settings) -> int:
    from bot import report, usage
    from bot.store import Store

    with Store(settings.database_path) as store:
        since = time.time() - args.days * usage.DAY
        groups = report.group_questions(usage.unanswered_since(store, since))
        downvoted = usage.most_downvoted(store)
    if args.draft:
        path = Path(args.draft)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(report.draft_yaml(groups[: args.limit]), encoding="utf-8")
        print(f"wrote {min(len(groups), args.limit)} draft entries to {path}; complete them "
              "before moving them into knowledge/faq/ (check refuses drafts)")
        return 0
    print(f"unanswered questions of the last {args.days} days, similar ones grouped:")
    for group in groups[: args.limit]:
        texts = group.texts()
        print(f"{group.count:5d}  {texts[0]}")
        for text in texts[1:4]:
            print(f"       {text}")
    if not groups:
        print("  none")
    if downvoted:
        print("\nentries with the most 👎 (👎 / 👍), and what was asked:")
        for d in downvoted:
            print(f"  {d.entry_id}: {d.down} / {d.up}")
            for text in d.questions:
                print(f"       {text}")
    return 0
