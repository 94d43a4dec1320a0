"""``load``: every file of ``knowledge/`` read, validated and linked, problems with lines."""

from __future__ import annotations

import re
from pathlib import Path

from bot import collector
from bot.knowledge import checks, quizzes
from bot.knowledge import models as m
from bot.knowledge.checks import KEEP_FILE
from bot.knowledge.concepts import read_concepts
from bot.knowledge.phrasecheck import read_phrases
from bot.knowledge.records import (
    Entry,
    KnowledgeBase,
    KnowledgeError,
    LoadResult,
    Place,
    Problem,
    QuizItem,
    Source,
    Topic,
)
from bot.knowledge.yamlfile import YamlFile
from bot.langs import REGISTRY, Registry
from bot.readahead import ReadAhead, Ready
from bot.translit import keep_pattern

FAST_FROM = 256 * 1024
"""Bytes from which a file is read by yaml-rs (``fastyaml``). Below, it saves next to
nothing (the shipped files, 2-60 KB, load in 0.11-0.16 s of CPU either way), and its
parser's high-water mark of memory cost the bot 25 MB of peak RSS (52 -> 77 MB)."""

READ_AHEAD_FROM = 2
"""Large topic files from which a child process reads some of them (``bot.readahead``);
its start costs about a tenth of a second of the other core."""


def _read_keep(doc: YamlFile, errors: list[Problem]) -> re.Pattern[str] | None:
    chk = checks.FileChecker(doc, errors, [], REGISTRY)
    keep = chk.validate(m.KeepFile, doc.data, (), KEEP_FILE)
    return keep_pattern(keep.terms) if keep else None


def load(root: Path, langs: Registry = REGISTRY) -> LoadResult:
    """Read and validate every YAML file under ``root``.

    Args:
        root: the ``knowledge/`` folder.
        langs: the language registry whose written languages every text must have.

    Returns:
        A LoadResult whose ``kb`` is None when there is any error.
    """
    with collector.paused():
        result = _load(root, langs, fast=True)
        if result.errors:
            # yaml-rs's data is PyYAML's but for how a quoted 'reviewed' date is held, which
            # can change the words of an error: every error comes from PyYAML's data.
            result = _load(root, langs, fast=False)
        return result


def _load(root: Path, langs: Registry, fast: bool) -> LoadResult:
    errors: list[Problem] = []
    warnings: list[tuple[Place, str]] = []
    base = root.parent

    def rel(p: Path) -> str:
        try:
            return str(p.relative_to(base))
        except ValueError:
            return str(p)

    def read(path: Path, ready: Ready | None = None) -> YamlFile | None:
        doc = YamlFile(path, rel(path), errors, fast and path.stat().st_size >= FAST_FROM,
                       ready)
        return doc if doc.data is not None else None

    keep = None
    if (root / KEEP_FILE).exists() and (doc := read(root / KEEP_FILE)):
        keep = _read_keep(doc, errors)
        doc.release()

    texts: dict[str, str] = {}
    marks: dict[str, tuple[str | None, tuple[str, ...]]] = {}

    def checker(doc: YamlFile) -> checks.FileChecker:
        return checks.FileChecker(doc, errors, warnings, langs, keep, texts, marks)

    src_path = root / "sources.yaml"
    sources: dict[str, Source] = {}
    source_ids: dict[str, Place] = {}
    if not src_path.exists():
        errors.append(Problem(rel(src_path), 1, "is missing; it lists the source documents"))
    elif doc := read(src_path):
        sources = checks.read_sources(checker(doc), source_ids)
        doc.release()

    topics: dict[str, Topic] = {}
    entries: dict[str, Entry] = {}
    quiz: dict[str, QuizItem] = {}
    ids: dict[str, Place] = {}
    paths = sorted((root / "faq").glob("*.yaml"))
    # Large files: read here from the first on, and by a child on the other core from the
    # last back, each by whichever comes to it first (``bot.readahead``).
    large = [p for p in paths if fast and p.stat().st_size >= FAST_FROM]
    with ReadAhead(large if len(large) >= READ_AHEAD_FROM else []) as ahead:
        for path in paths:
            if doc := read(path, ahead.take(path)):
                checks.read_topic(checker(doc), topics, entries, ids)
                doc.release()  # its records keep where they are, not its text or data
    if not entries and not any(p.file.startswith(rel(root / "faq")) for p in errors):
        errors.append(Problem(rel(root / "faq"), 1, "has no entries; add topic files"))
    for path in sorted((root / "quiz").glob("*.yaml")):
        if doc := read(path):
            quizzes.read_quiz(checker(doc), quiz, ids)
            doc.release()
    checks.check_links(sources, topics, entries, quiz, errors, ids, source_ids)
    thesaurus = read_concepts(root, errors, rel)
    phrases = read_phrases(root, errors, rel, topics, entries, warnings)
    kb = None if errors else KnowledgeBase(sources, topics, entries, quiz, thesaurus, phrases)
    return LoadResult(kb, errors, warnings)


def load_or_raise(root: Path) -> KnowledgeBase:
    """Load the knowledge base or raise KnowledgeError listing every problem."""
    result = load(root)
    if result.kb is None:
        raise KnowledgeError(result.errors)
    return result.kb
