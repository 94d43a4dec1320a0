"""From users' questions back to the YAML: similar unanswered questions grouped, and
draft entries a maintainer completes (pure: takes the questions, returns groups and text).

Nothing reaches the knowledge base by itself: a draft has no answer and no sources, and
carries ``draft: true``, so ``check`` refuses it until a person completes it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import yaml
from rapidfuzz import fuzz

from bot.langs import REGISTRY
from bot.latin import to_latin
from bot.text import fold
from bot.usage import Unanswered

SIMILAR = 75.0
"""Two questions this alike (rapidfuzz token_set_ratio of their folded keys) are one group."""


@dataclass(frozen=True)
class Group:
    """Unanswered questions that ask the same thing, most asked form first."""

    questions: tuple[Unanswered, ...]

    @property
    def count(self) -> int:
        return len(self.questions)

    def texts(self) -> list[str]:
        """The distinct wordings, most asked first."""
        seen: dict[str, int] = {}
        for q in self.questions:
            seen[q.text] = seen.get(q.text, 0) + 1
        return sorted(seen, key=lambda t: (-seen[t], t))


def group_questions(questions: Iterable[Unanswered], similar: float = SIMILAR) -> list[Group]:
    """Similar questions grouped (each joins the first group whose first question is alike),
    biggest group first."""
    groups: list[tuple[str, list[Unanswered]]] = []
    for q in questions:
        key = fold(q.text)
        if not key:
            continue
        for head, members in groups:
            if fuzz.token_set_ratio(key, head) >= similar:
                members.append(q)
                break
        else:
            groups.append((key, [q]))
    out = [Group(tuple(members)) for _, members in groups]
    return sorted(out, key=lambda g: (-g.count, g.texts()[0]))


def _slug(text: str) -> str:
    """The first words, in plain Latin letters: an id a maintainer can read."""
    plain = unicodedata.normalize("NFKD", to_latin(text).lower())
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()[:5]
    return "-".join(words)[:30].strip("-") or "question"


def draft_yaml(groups: Sequence[Group]) -> str:
    """Draft entries, one per group, as the text of a topic file to complete.

    The users' questions go under the language they were asked in (Uzbek Cyrillic as Uzbek
    Latin, as the files are written); the answer, the sources and ``reviewed`` stay empty.
    """
    written = REGISTRY.written
    entries = []
    for k, group in enumerate(groups, 1):
        questions: dict[str, list[str]] = {lang: [] for lang in written}
        for q in group.questions:
            lang = q.lang if q.lang in REGISTRY.codes else written[0]
            made = REGISTRY.get(lang).generated_from
            text = to_latin(q.text) if made else q.text
            target = questions[made or lang]
            if text not in target:
                target.append(text)
        entries.append({
            "id": f"draft-{k}-{_slug(group.texts()[0])}",
            "draft": True,
            "asked": group.count,
            "questions": questions,
            "answer": {lang: "" for lang in written},
            "sources": [{"doc": "", "section": {lang: "" for lang in written}, "quote": ""}],
            "reviewed": None,
        })
    header = (
        "# Draft entries from `python -m bot report --draft`: users' unanswered questions,\n"
        "# grouped. NOT part of the knowledge base: `check` refuses a draft until it is\n"
        "# complete. For each one: write at least three questions in every language, the\n"
        "# answer and its sources from the five documents only, delete the `draft:` and\n"
        "# `asked:` lines, then move it under `entries:` of a file in knowledge/faq/.\n"
        "# Leave `reviewed:` empty until a person has checked it against the documents.\n")
    body = yaml.safe_dump({"topic": {"id": "drafts", "title": {lang: "" for lang in written}},
                           "entries": entries}, allow_unicode=True, sort_keys=False, width=100)
    return header + body
