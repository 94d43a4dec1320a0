"""Quiz files: each item's texts and Telegram's quiz limits (sendPoll, InputPollOption)."""

from __future__ import annotations

from bot.knowledge import models as m
from bot.knowledge.checks import (
    QUIZ_EXPLANATION_LINE_FEEDS,
    QUIZ_EXPLANATION_MAX,
    QUIZ_OPTION_MAX,
    QUIZ_OPTIONS,
    QUIZ_QUESTION_MAX,
    FileChecker,
    Path_,
)
from bot.knowledge.records import Place, QuizItem
from bot.text import fold


def read_quiz(chk: FileChecker, quiz: dict[str, QuizItem], ids: dict[str, Place]) -> None:
    """One ``quiz/<topic>.yaml``."""
    top = chk.validate(m.QuizFile, chk.doc.data, (), "this quiz file")
    if top is None:
        return
    for path, rec in chk.records(top.items, "items", m.QuizItemModel, "quiz item", ids):
        qid = rec.id
        item = QuizItem(
            id=qid, topic=top.topic, entry=rec.entry,
            question=chk.text_map(rec.question, (*path, "question"), f"question of '{qid}'"),
            options=tuple(chk.text_map(o, (*path, "options", k), f"option {k + 1} of '{qid}'")
                          for k, o in enumerate(rec.options)),
            explanation=chk.text_map(rec.explanation, (*path, "explanation"),
                                     f"explanation of '{qid}'"),
            file=chk.doc.rel, place=chk.place(path), reviewed=rec.reviewed,
        )
        _quiz_limits(chk, item, path)
        quiz[qid] = item


def _quiz_limits(chk: FileChecker, item: QuizItem, path: Path_) -> None:
    lo, hi = QUIZ_OPTIONS
    if not lo <= len(item.options) <= hi:
        chk.error((*path, "options"), f"'{item.id}' has {len(item.options)} options; "
                  f"give {lo} to {hi} (the first is the correct one)")
    for lang in chk.langs.codes:
        q = item.question.get(lang, "")
        if len(q) > QUIZ_QUESTION_MAX:
            chk.error((*path, "question"), f"question of '{item.id}' ({lang}) has {len(q)} "
                      f"characters; Telegram allows at most {QUIZ_QUESTION_MAX}")
        if any(lang not in o for o in item.options):
            continue  # already reported as a missing text
        texts = [o[lang] for o in item.options]
        for k, text in enumerate(texts):
            if len(text) > QUIZ_OPTION_MAX:
                chk.error((*path, "options", k), f"option {k + 1} of '{item.id}' ({lang}) has "
                          f"{len(text)} characters; Telegram allows at most {QUIZ_OPTION_MAX}")
        keys = [fold(t) for t in texts]
        if len(set(keys)) != len(keys):
            chk.error((*path, "options"), f"two options of '{item.id}' ({lang}) are the same "
                      "after normalisation; make every option different")
        exp = item.explanation.get(lang, "")
        if len(exp) > QUIZ_EXPLANATION_MAX or exp.count("\n") > QUIZ_EXPLANATION_LINE_FEEDS:
            chk.error((*path, "explanation"), f"explanation of '{item.id}' ({lang}) has "
                      f"{len(exp)} characters and {exp.count(chr(10))} line feeds; Telegram "
                      f"allows {QUIZ_EXPLANATION_MAX} and {QUIZ_EXPLANATION_LINE_FEEDS}")
