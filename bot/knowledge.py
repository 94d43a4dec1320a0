"""Load and validate the knowledge base in ``knowledge/`` into frozen dataclasses.

Layout::

    knowledge/sources.yaml        the five documents
    knowledge/faq/<topic>.yaml    one topic: its title and its entries
    knowledge/quiz/<topic>.yaml   quiz items of one topic (the first option is correct)

YAML is read with the safe loader only (what ``yaml.safe_load`` uses; libyaml's C version
when PyYAML has it, which is ten times faster). The node tree of that one parse is kept to
find the line of every value, so that each problem is reported as ``file:line: what to
change``. Uzbek Cyrillic (``uz-Cyrl``) is generated
from the Uzbek Latin text here, once, at load time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.langs import REGISTRY, Registry
from bot.text import fold
from bot.translit import APOSTROPHES, OKINA, TUTUQ, foreign_titles, keep_pattern, to_cyrillic

SOURCE_LANGS = REGISTRY.written
"""Languages written by hand in the YAML files (of the shipped registry); uz-Cyrl is generated."""

CYRILLIC = "uz-Cyrl"
"""A generated language: a text map may carry an explicit override ``{text, from}``."""
KEEP_FILE = "keep_as_written.yaml"
"""Foreign names, titles and Latin acronyms that stay as written in Uzbek Cyrillic."""
MIN_QUESTIONS = 3
MAX_ANSWER = 900
MAX_DIRECT = 200
FACT_KINDS = ("numbers", "places", "bodies")
# Telegram's documented quiz limits (sendPoll, InputPollOption); 3-4 options by our rule.
QUIZ_QUESTION_MAX = 300
QUIZ_OPTION_MAX = 100
QUIZ_OPTIONS = (3, 4)
QUIZ_EXPLANATION_MAX = 200
QUIZ_EXPLANATION_LINE_FEEDS = 2
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,47}$")
_BAD_UZ_MARKS = re.compile(rf"[{re.escape(APOSTROPHES.replace(OKINA, '').replace(TUTUQ, ''))}]")


# ---------------------------------------------------------------- the model


@dataclass(frozen=True)
class Source:
    """One of the documents the knowledge comes from, as the document describes itself."""

    id: str
    file: str
    title: str | None
    authors: tuple[str, ...]
    venue: str | None
    issue: str | None
    year: int | None
    doi: str | None
    url: str | None
    missing: tuple[str, ...]
    """Fields the document itself does not give (so they are left empty, not invented)."""
    affiliation: str | None = None
    subject: Mapping[str, str] | None = None
    """What the document is about, per language: shown when it has no title."""
    title_tr: Mapping[str, str] | None = None
    """The title translated into each language (the original stays in ``title``)."""
    affiliation_tr: Mapping[str, str] | None = None

    def citation(self) -> str:
        """A short human citation: authors, title, venue, year."""
        parts = [", ".join(self.authors) or None, f"“{self.title}”" if self.title else None,
                 self.venue, str(self.year) if self.year else None]
        return ". ".join(p for p in parts if p)


@dataclass(frozen=True)
class SourceRef:
    """Where in one document an entry's facts come from: a section and a verbatim quote."""

    doc: str
    quote: str
    section: Mapping[str, str] | None = None
    """The section heading per language; None when the document has no headings there."""
    line: int = field(default=0, compare=False)

    def where(self, lang: str) -> str:
        """``Section: “quote”`` in ``lang`` (just the quote when there is no section)."""
        quote = f"“{self.quote}”"
        return f"{self.section[lang]}: {quote}" if self.section else quote


@dataclass(frozen=True)
class Topic:
    id: str
    title: Mapping[str, str]
    file: str


@dataclass(frozen=True)
class Entry:
    """One FAQ answer with the ways people ask for it."""

    id: str
    topic: str
    questions: Mapping[str, tuple[str, ...]]
    answer: Mapping[str, str]
    sources: tuple[SourceRef, ...]
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    file: str = ""
    line: int = 0
    related_line: int = 0
    reviewed: dt.date | None = None
    """The day a person last checked the entry against its documents; None = never."""
    direct: Mapping[str, str] | None = None
    """A one-sentence direct answer per language (at most MAX_DIRECT characters)."""
    not_covered: tuple[str, ...] = ()
    """Details the documents leave out, so that nobody adds them from elsewhere."""
    facts: Mapping[str, tuple[str, ...]] | None = None
    """Numbers, places and bodies of the answer, when given by hand (else derived)."""

    def title(self, lang: str) -> str:
        """The entry's first question in ``lang``: its title on buttons and lists."""
        return self.questions[lang][0]


@dataclass(frozen=True)
class QuizItem:
    """A multiple-choice question; ``options[0]`` is the correct one."""

    id: str
    topic: str
    entry: str
    question: Mapping[str, str]
    options: tuple[Mapping[str, str], ...]
    explanation: Mapping[str, str]
    file: str = ""
    line: int = 0
    reviewed: dt.date | None = None


@dataclass(frozen=True)
class KnowledgeBase:
    sources: Mapping[str, Source]
    topics: Mapping[str, Topic]
    entries: Mapping[str, Entry]
    quiz: Mapping[str, QuizItem]

    def entries_of(self, topic: str) -> list[Entry]:
        """The entries of one topic, in file order."""
        return [e for e in self.entries.values() if e.topic == topic]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class LoadResult:
    """What ``load`` found: the knowledge base (None when there are errors) and problems."""

    kb: KnowledgeBase | None
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


class KnowledgeError(Exception):
    """Raised by ``load_or_raise`` when the knowledge base has errors."""

    def __init__(self, errors: list[Problem]) -> None:
        self.errors = errors
        super().__init__("\n".join(map(str, errors)))


# ---------------------------------------------------------------- YAML with lines


class _Doc:
    """A parsed YAML file: its data and a way to find the line of any path in it."""

    def __init__(self, path: Path, rel: str, problems: list[Problem]) -> None:
        self.rel = rel
        self.data: Any = None
        self.node: yaml.Node | None = None
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(rel, 1, f"is not UTF-8 text ({exc.reason}); save it as UTF-8"))
            return
        try:
            # One parse, as yaml.safe_load does it, keeping the node tree for line numbers.
            loader = _SafeLoader(text)
            try:
                self.node = loader.get_single_node()
                self.data = loader.construct_document(self.node) if self.node else None
            finally:
                loader.dispose()
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            line = mark.line + 1 if mark else 1
            what = getattr(exc, "problem", None) or str(exc)
            context = getattr(exc, "context", None)
            problems.append(Problem(rel, line, f"YAML syntax error: {what}"
                                    + (f" ({context})" if context else "")
                                    + "; check indentation, quotes and colons on this line"))
            self.data = None
            return
        if self.node is not None:
            self._check_duplicate_keys(self.node, problems)

    def _check_duplicate_keys(self, node: yaml.Node, problems: list[Problem]) -> None:
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if key.value in seen:
                    problems.append(Problem(self.rel, key.start_mark.line + 1,
                                            f"key '{key.value}' appears twice in this mapping; "
                                            "keep one"))
                seen.add(key.value)
                self._check_duplicate_keys(value, problems)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                self._check_duplicate_keys(item, problems)

    def line(self, *path: str | int) -> int:
        """The 1-based line of the value at ``path``, or of its nearest existing parent."""
        node = self.node
        line = 1 if node is None else node.start_mark.line + 1
        for step in path:
            nxt = None
            if isinstance(node, yaml.MappingNode) and isinstance(step, str):
                nxt = next((v for k, v in node.value if k.value == step), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
                nxt = node.value[step] if step < len(node.value) else None
            if nxt is None:
                break
            node = nxt
            line = node.start_mark.line + 1
        return line


class _Checker:
    """Collects problems with their file and line while reading one file."""

    def __init__(self, doc: _Doc, errors: list[Problem], warnings: list[Problem],
                 keep: re.Pattern[str] | None = None, langs: Registry = REGISTRY) -> None:
        self.doc = doc
        self.errors = errors
        self.warnings = warnings
        self.langs = langs
        self.keep = keep
        """Terms that stay as written in the generated Uzbek Cyrillic."""

    def error(self, path: tuple[str | int, ...], message: str) -> None:
        self.errors.append(Problem(self.doc.rel, self.doc.line(*path), message))

    def warn(self, path: tuple[str | int, ...], message: str) -> None:
        self.warnings.append(Problem(self.doc.rel, self.doc.line(*path), message))

    def mapping(self, value: Any, path: tuple[str | int, ...], what: str) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        self.error(path, f"{what} must be a mapping (key: value lines), found {_kind(value)}")
        return {}

    def text(self, value: Any, path: tuple[str | int, ...], what: str) -> str | None:
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        self.error(path, f"{what} must be non-empty text, found {_kind(value)}")
        return None

    def per_language(self, value: Any, path: tuple[str | int, ...], what: str) -> dict[str, str]:
        """A mapping en/ru/uz -> text; reports missing or unknown languages."""
        found = self.mapping(value, path, what)
        out: dict[str, str] = {}
        for lang in self.langs.written:
            if lang not in found:
                if found:
                    self.error(path, f"{what} has no '{lang}' text; add a line '{lang}: ...'")
                continue
            text = self.text(found[lang], (*path, lang), f"{what} '{lang}'")
            if text is not None:
                out[lang] = text
                if lang == "uz":
                    self.uzbek_marks(text, (*path, lang), what)
        for made in self.langs.generated():
            if made.code in found:
                override = self.override(found[made.code], (*path, made.code), what, made.code,
                                         out.get(made.generated_from or ""))
                if override is not None:
                    out[made.code] = override
        extras = sorted(set(found) - set(self.langs.codes), key=str)
        if extras and all(found[k] is None for k in extras):
            self.error(path, f"{what}: a text inside {{ }} contains a comma and was split into "
                       f"keys ({', '.join(map(repr, extras))}); put such text in quotes")
        else:
            for extra in extras:
                self.error((*path, extra), f"{what} has an unknown language '{extra}'; "
                           f"use {', '.join(self.langs.written)} (the others are generated)")
        return out

    def override(self, value: Any, path: tuple[str | int, ...], what: str, code: str,
                 base: str | None) -> str | None:
        """An explicit text ``{text, from}`` for a generated language (uz-Cyrl); warns when
        the text it was written from (``base``) changed since."""
        rec = self.mapping(value, path, f"{what} '{code}'")
        for key in sorted(set(rec) - {"text", "from"}, key=str):
            self.error((*path, key), f"{what} '{code}' has an unknown field '{key}'; "
                       "write only 'text:' and 'from:'")
        text = self.text(rec.get("text"), (*path, "text"), f"{what} '{code}' text")
        source = rec.get("from")
        if base is not None and str(source) != latin_hash(base):
            self.warn((*path, "from"), f"{what}: the text '{code}' is made from changed since "
                      f"this '{code}' text was written from it; check it and set "
                      f"'from: {latin_hash(base)}'")
        return text

    def generate(self, texts: Mapping[str, str]) -> dict[str, str]:
        """The texts with each generated language added (explicit overrides win)."""
        out = dict(texts)
        for made in self.langs.generated():
            base = out.get(made.generated_from or "")
            if base is not None and made.code not in out:
                out[made.code] = to_cyrillic(base, self.keep)
        return out

    def uzbek_marks(self, text: str, path: tuple[str | int, ...], what: str) -> None:
        bad = _BAD_UZ_MARKS.search(text)
        if bad:
            self.warn(path, f"{what} 'uz' uses {bad.group(0)!r}; write oʻ/gʻ with ʻ (U+02BB) "
                      "and the separation mark with ʼ (U+02BC)")
        self.kept_as_written(text, path, what)

    def kept_as_written(self, text: str, path: tuple[str | int, ...], what: str) -> None:
        """Warns about an English title in a 'uz' text that Cyrillic would spell out."""
        for title in foreign_titles(text, self.keep):
            self.warn(path, f"{what} 'uz' quotes “{title}”, which looks English and would be "
                      f"transliterated letter by letter in Uzbek Cyrillic; add it to "
                      f"knowledge/{KEEP_FILE} (or give this text a 'uz-Cyrl' override)")

    def ident(self, value: Any, path: tuple[str | int, ...], what: str) -> str | None:
        if isinstance(value, str) and _ID.match(value):
            return value
        self.error(path, f"{what} must be a short id of lowercase letters, digits and '-', "
                   f"found {value!r}")
        return None


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), type(value).__name__)


def latin_hash(text: str) -> str:
    """The short hash an explicit ``uz-Cyrl`` text records of the Latin it was written from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def _optional_map(chk: _Checker, rec: dict[str, Any], key: str, path: tuple[str | int, ...],
                  what: str) -> dict[str, str] | None:
    if rec.get(key) is None:
        return None
    return chk.generate(chk.per_language(rec[key], (*path, key), what))


def _read_date(chk: _Checker, value: Any, path: tuple[str | int, ...],
               what: str) -> dt.date | None:
    """An optional ``YYYY-MM-DD`` date, not in the future."""
    if value is None:
        return None
    if isinstance(value, str):
        with contextlib.suppress(ValueError):  # reported below as "not a date"
            value = dt.date.fromisoformat(value.strip())
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        chk.error(path, f"{what} must be a date written YYYY-MM-DD, found {value!r}")
        return None
    if value > dt.date.today():
        chk.error(path, f"{what} {value.isoformat()} is in the future; write the day the "
                  "check was done")
        return None
    return value


# ---------------------------------------------------------------- readers


def _read_sources(doc: _Doc, chk: _Checker) -> dict[str, Source]:
    data = chk.mapping(doc.data, (), "sources.yaml")
    raw = data.get("sources")
    if not isinstance(raw, list):
        chk.error(("sources",), "sources.yaml needs a list under 'sources:'")
        return {}
    out: dict[str, Source] = {}
    for i, item in enumerate(raw):
        rec = chk.mapping(item, ("sources", i), "a source")
        sid = chk.ident(rec.get("id"), ("sources", i, "id"), "source id")
        if sid is None:
            continue
        if sid in out:
            chk.error(("sources", i, "id"), f"source id '{sid}' is used twice; ids must be unique")
            continue
        authors = rec.get("authors") or []
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            chk.error(("sources", i, "authors"), "authors must be a list of names")
            authors = []
        year = rec.get("year")
        if year is not None and not isinstance(year, int):
            chk.error(("sources", i, "year"), f"year must be a number like 2025, found {year!r}")
            year = None
        missing = rec.get("missing") or []
        out[sid] = Source(
            id=sid, file=str(rec.get("file") or ""), title=rec.get("title"),
            authors=tuple(authors), venue=rec.get("venue"), issue=rec.get("issue"),
            year=year, doi=rec.get("doi"), url=rec.get("url"), missing=tuple(missing),
            affiliation=rec.get("affiliation"),
            subject=_optional_map(chk, rec, "subject", ("sources", i), f"subject of '{sid}'"),
            title_tr=_optional_map(chk, rec, "title_tr", ("sources", i),
                                   f"translated title of '{sid}'"),
            affiliation_tr=_optional_map(chk, rec, "affiliation_tr", ("sources", i),
                                         f"translated affiliation of '{sid}'"),
        )
        if not rec.get("title") and "title" not in missing:
            chk.error(("sources", i), f"source '{sid}' has no title; give the document's title "
                      "or list 'title' under 'missing:' if the document gives none")
        if not rec.get("title") and not rec.get("subject"):
            chk.error(("sources", i), f"untitled source '{sid}' needs a 'subject:' line so "
                      "readers can tell which document it is")
    return out


def _read_topic(doc: _Doc, chk: _Checker, topics: dict[str, Topic],
                entries: dict[str, Entry], where_ids: dict[str, Problem]) -> None:
    data = chk.mapping(doc.data, (), "a topic file")
    head = chk.mapping(data.get("topic"), ("topic",), "'topic'")
    tid = chk.ident(head.get("id"), ("topic", "id"), "topic id")
    if tid is None:
        return
    if tid in topics:
        chk.error(("topic", "id"), f"topic '{tid}' is also defined in {topics[tid].file}")
        return
    title = chk.per_language(head.get("title"), ("topic", "title"), "topic title")
    topics[tid] = Topic(tid, chk.generate(title), doc.rel)
    for path, rec, eid in _records(doc, chk, data, "entries", "entry", where_ids):
        unknown = set(rec) - {"id", "topic", "questions", "answer", "sources", "aliases",
                              "related", "reviewed", "direct", "not_covered", "facts"}
        for key in sorted(unknown, key=str):
            chk.error((*path, key), f"entry '{eid}' has an unknown field '{key}'")
        if rec.get("topic") not in (None, tid):
            chk.error((*path, "topic"), f"entry '{eid}' says topic '{rec['topic']}' but is in "
                      f"the file of topic '{tid}'; move it or fix the topic")
        questions = _read_questions(chk, rec.get("questions"), (*path, "questions"), eid)
        answer = chk.per_language(rec.get("answer"), (*path, "answer"), f"answer of '{eid}'")
        for lang, text in answer.items():
            if len(text) > MAX_ANSWER:
                chk.error((*path, "answer", lang), f"answer '{lang}' of '{eid}' has {len(text)} "
                          f"characters; shorten it to at most {MAX_ANSWER} to read on a phone")
        sources = _read_refs(chk, rec.get("sources"), (*path, "sources"), eid)
        aliases = _string_list(chk, rec.get("aliases"), (*path, "aliases"), "aliases")
        related = _string_list(chk, rec.get("related"), (*path, "related"), "related")
        direct = _optional_map(chk, rec, "direct", path, f"direct answer of '{eid}'")
        for lang, text in (direct or {}).items():
            if len(text) > MAX_DIRECT:
                chk.error((*path, "direct", lang), f"direct answer '{lang}' of '{eid}' has "
                          f"{len(text)} characters; make it one sentence of at most "
                          f"{MAX_DIRECT}")
        entries[eid] = Entry(
            id=eid, topic=tid, questions=questions, answer=chk.generate(answer),
            sources=tuple(sources), aliases=tuple(aliases), related=tuple(related),
            file=doc.rel, line=doc.line(*path), related_line=doc.line(*path, "related"),
            reviewed=_read_date(chk, rec.get("reviewed"), (*path, "reviewed"),
                                f"'reviewed' of '{eid}'"),
            direct=direct,
            not_covered=tuple(_string_list(chk, rec.get("not_covered"), (*path, "not_covered"),
                                           "not_covered")),
            facts=_read_facts(chk, rec.get("facts"), (*path, "facts"), eid),
        )


def _records(doc: _Doc, chk: _Checker, data: dict[str, Any], key: str, what: str,
             where_ids: dict[str, Problem]) -> Iterator[tuple[tuple[str | int, ...],
                                                              dict[str, Any], str]]:
    """The records listed under ``key``, each with its path and its id (unique everywhere)."""
    raw = data.get(key)
    if not isinstance(raw, list) or not raw:
        chk.error((key,), f"this file needs a non-empty list under '{key}:'")
        return
    for i, item in enumerate(raw):
        path: tuple[str | int, ...] = (key, i)
        rec = chk.mapping(item, path, f"a {what}")
        rid = chk.ident(rec.get("id"), (*path, "id"), f"{what} id")
        if rid is None:
            continue
        if rid in where_ids:
            chk.error((*path, "id"), f"id '{rid}' is already used at {where_ids[rid]}; "
                      "ids must be unique across all files")
            continue
        where_ids[rid] = Problem(doc.rel, doc.line(*path, "id"), "")
        yield path, rec, rid


def _read_questions(chk: _Checker, value: Any, path: tuple[str | int, ...],
                    eid: str) -> dict[str, tuple[str, ...]]:
    found = chk.mapping(value, path, f"questions of '{eid}'")
    out: dict[str, tuple[str, ...]] = {}
    for lang in chk.langs.written:
        items = found.get(lang)
        if not isinstance(items, list):
            chk.error(path, f"questions of '{eid}' need a list for '{lang}'")
            continue
        texts = [t for k, q in enumerate(items)
                 if (t := chk.text(q, (*path, lang, k), f"question of '{eid}'")) is not None]
        if len(texts) < MIN_QUESTIONS:
            chk.error((*path, lang), f"'{eid}' has {len(texts)} '{lang}' questions; write at "
                      f"least {MIN_QUESTIONS} phrasings, from a full sentence to keywords")
        if lang == "uz":
            for k, t in enumerate(texts):
                chk.uzbek_marks(t, (*path, lang, k), f"question of '{eid}'")
        out[lang] = tuple(texts)
    for extra in set(found) - set(chk.langs.written):
        chk.error((*path, extra), f"questions of '{eid}' have an unknown language '{extra}'")
    for made in chk.langs.generated():
        if made.generated_from in out:
            out[made.code] = tuple(to_cyrillic(q, chk.keep) for q in out[made.generated_from])
    return out


def _read_facts(chk: _Checker, value: Any, path: tuple[str | int, ...],
                eid: str) -> dict[str, tuple[str, ...]] | None:
    if value is None:
        return None
    found = chk.mapping(value, path, f"facts of '{eid}'")
    for key in sorted(set(found) - set(FACT_KINDS), key=str):
        chk.error((*path, key), f"facts of '{eid}' have an unknown kind '{key}'; use "
                  + ", ".join(FACT_KINDS))
    return {kind: tuple(_string_list(chk, found.get(kind), (*path, kind), f"facts {kind}"))
            for kind in FACT_KINDS}


def _read_refs(chk: _Checker, value: Any, path: tuple[str | int, ...],
               eid: str) -> list[SourceRef]:
    if not isinstance(value, list) or not value:
        chk.error(path, f"'{eid}' needs 'sources:', a list of {{doc: <source id>, quote: ...}}; "
                  "every answer must say which document it comes from")
        return []
    refs = []
    for k, item in enumerate(value):
        at = (*path, k)
        rec = chk.mapping(item, at, "a source reference")
        if "where" in rec:
            chk.error((*at, "where"), "'where:' is now two fields: 'section: {en, ru, uz}' "
                      "(the heading, translated) and 'quote:' (the document's exact words)")
            continue
        for key in sorted(set(rec) - {"doc", "section", "quote"}, key=str):
            chk.error((*at, key), f"a source reference has an unknown field '{key}'; "
                      "use doc, section and quote")
        doc_id = chk.text(rec.get("doc"), (*at, "doc"), "source 'doc'")
        quote = chk.text(rec.get("quote"), (*at, "quote"), "source 'quote'")
        section = _optional_map(chk, rec, "section", at, "source 'section'")
        if doc_id and quote:
            refs.append(SourceRef(doc_id, quote, section, chk.doc.line(*at, "doc")))
    return refs


def _string_list(chk: _Checker, value: Any, path: tuple[str | int, ...],
                 what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        chk.error(path, f"{what} must be a list of text items")
        return []
    return [str(v) for v in value]


def _read_quiz(doc: _Doc, chk: _Checker, quiz: dict[str, QuizItem],
               where_ids: dict[str, Problem]) -> None:
    data = chk.mapping(doc.data, (), "a quiz file")
    tid = chk.ident(data.get("topic"), ("topic",), "quiz topic")
    if tid is None:
        return
    for path, rec, qid in _records(doc, chk, data, "items", "quiz item", where_ids):
        entry = chk.text(rec.get("entry"), (*path, "entry"), f"'entry' of quiz item '{qid}'")
        question = chk.per_language(rec.get("question"), (*path, "question"),
                                    f"question of '{qid}'")
        explanation = chk.per_language(rec.get("explanation"), (*path, "explanation"),
                                       f"explanation of '{qid}'")
        raw_opts = rec.get("options")
        options: list[dict[str, str]] = []
        if not isinstance(raw_opts, list):
            chk.error((*path, "options"), f"'{qid}' needs a list of options (the first correct)")
        else:
            options = [chk.per_language(o, (*path, "options", k), f"option {k + 1} of '{qid}'")
                       for k, o in enumerate(raw_opts)]
        for key in sorted(set(rec) - {"id", "entry", "question", "options", "explanation",
                                      "reviewed"}, key=str):
            chk.error((*path, key), f"quiz item '{qid}' has an unknown field '{key}'")
        item_obj = QuizItem(
            id=qid, topic=tid, entry=entry or "", question=chk.generate(question),
            options=tuple(chk.generate(o) for o in options),
            explanation=chk.generate(explanation), file=doc.rel,
            line=doc.line(*path),
            reviewed=_read_date(chk, rec.get("reviewed"), (*path, "reviewed"),
                                f"'reviewed' of '{qid}'"),
        )
        _check_quiz_limits(chk, item_obj, path)
        quiz[qid] = item_obj


def _check_quiz_limits(chk: _Checker, item: QuizItem, path: tuple[str | int, ...]) -> None:
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


def _check_links(kb_sources: Mapping[str, Source], entries: Mapping[str, Entry],
                 quiz: Mapping[str, QuizItem], errors: list[Problem]) -> None:
    for e in entries.values():
        for ref in e.sources:
            if ref.doc not in kb_sources:
                errors.append(Problem(e.file, ref.line, f"'{e.id}' cites unknown source "
                                      f"'{ref.doc}'; use one of: {', '.join(kb_sources)}"))
        for rid in e.related:
            if rid not in entries:
                errors.append(Problem(e.file, e.related_line, f"'{e.id}' lists related id '{rid}', "
                                      "which is not an entry; fix or remove it"))
            elif rid == e.id:
                errors.append(Problem(e.file, e.related_line, f"'{e.id}' lists itself as related"))
    for q in quiz.values():
        if q.entry and q.entry not in entries:
            errors.append(Problem(q.file, q.line, f"quiz item '{q.id}' tests entry "
                                  f"'{q.entry}', which does not exist"))
        elif q.entry and entries[q.entry].topic != q.topic:
            errors.append(Problem(q.file, q.line, f"quiz item '{q.id}' is in topic '{q.topic}' "
                                  f"but its entry '{q.entry}' is in '{entries[q.entry].topic}'"))


def _read_keep(path: Path, rel: str, errors: list[Problem]) -> re.Pattern[str] | None:
    """The terms of ``keep_as_written.yaml`` (optional) that stay as written in Cyrillic."""
    if not path.exists():
        return None
    doc = _Doc(path, rel, errors)
    if doc.data is None:
        return None
    chk = _Checker(doc, errors, [])
    data = chk.mapping(doc.data, (), KEEP_FILE)
    return keep_pattern(_string_list(chk, data.get("terms"), ("terms",), "terms"))


# ---------------------------------------------------------------- entry points


def load(root: Path, langs: Registry = REGISTRY) -> LoadResult:
    """Read and validate every YAML file under ``root``.

    Args:
        root: the ``knowledge/`` folder.
        langs: the language registry whose written languages every text must have.

    Returns:
        A LoadResult whose ``kb`` is None when there is any error.
    """
    errors: list[Problem] = []
    warnings: list[Problem] = []
    base = root.parent

    def rel(p: Path) -> str:
        try:
            return str(p.relative_to(base))
        except ValueError:
            return str(p)

    keep = _read_keep(root / KEEP_FILE, rel(root / KEEP_FILE), errors)
    src_path = root / "sources.yaml"
    sources: dict[str, Source] = {}
    if not src_path.exists():
        errors.append(Problem(rel(src_path), 1, "is missing; it lists the source documents"))
    else:
        doc = _Doc(src_path, rel(src_path), errors)
        if doc.data is not None:
            sources = _read_sources(doc, _Checker(doc, errors, warnings, keep, langs))

    topics: dict[str, Topic] = {}
    entries: dict[str, Entry] = {}
    quiz: dict[str, QuizItem] = {}
    where_ids: dict[str, Problem] = {}
    for path in sorted((root / "faq").glob("*.yaml")):
        doc = _Doc(path, rel(path), errors)
        if doc.data is not None:
            _read_topic(doc, _Checker(doc, errors, warnings, keep, langs), topics, entries,
                        where_ids)
    if not entries and not any(p.file.startswith(rel(root / "faq")) for p in errors):
        errors.append(Problem(rel(root / "faq"), 1, "has no entries; add topic files"))
    for path in sorted((root / "quiz").glob("*.yaml")):
        doc = _Doc(path, rel(path), errors)
        if doc.data is not None:
            _read_quiz(doc, _Checker(doc, errors, warnings, keep, langs), quiz, where_ids)
    for q in quiz.values():
        if q.topic not in topics:
            errors.append(Problem(q.file, 1, f"quiz topic '{q.topic}' has no FAQ topic file"))
            break
    _check_links(sources, entries, quiz, errors)
    kb = None if errors else KnowledgeBase(sources, topics, entries, quiz)
    return LoadResult(kb, errors, warnings)


def load_or_raise(root: Path) -> KnowledgeBase:
    """Load the knowledge base or raise KnowledgeError listing every problem."""
    result = load(root)
    if result.kb is None:
        raise KnowledgeError(result.errors)
    return result.kb
