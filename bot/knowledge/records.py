"""The knowledge base as the rest of the bot sees it: frozen dataclasses, no YAML."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

Texts = tuple[str, ...]


class Lines(Protocol):
    """A file's lines: the 1-based line of the value at a path of keys and indexes."""

    def line(self, *path: str | int, key: bool = False) -> int: ...


@dataclass(frozen=True)
class Place:
    """Where a record is written: its file and its path in the file's data. The line is
    found when it is first asked for (a problem to report): reading a large file's data
    keeps no position of each value."""

    file: str
    path: tuple[str | int, ...]
    lines: Lines = field(compare=False, repr=False)

    def line(self, *more: str | int) -> int:
        """The line of the record, or of ``more`` (keys and indexes) inside it, in the text
        that was loaded; 0 (unknown) when the file has changed since."""
        return self.lines.line(*self.path, *more)


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
    names: tuple[str, ...] = ()
    """Its authors' names as a question may name them (``names:`` in sources.yaml)."""
    language: str | None = None
    """The language(s) the document is written in, as the document shows it."""
    subject: Mapping[str, str] | None = None
    """What the document is about, per language: shown when it has no title."""
    title_tr: Mapping[str, str] | None = None
    """The title translated into each language (the original stays in ``title``)."""
    affiliation_tr: Mapping[str, str] | None = None
    venue_tr: Mapping[str, str] | None = None

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
    place: Place | None = field(default=None, compare=False, repr=False)
    """Where its ``doc`` is written."""

    @property
    def line(self) -> int:
        return self.place.line() if self.place else 0

    def where(self, lang: str) -> str:
        """``Section: “quote”`` in ``lang`` (just the quote when there is no section)."""
        quote = f"“{self.quote}”"
        return f"{self.section[lang]}: {quote}" if self.section else quote


@dataclass(frozen=True)
class Topic:
    id: str
    title: Mapping[str, str]
    file: str


class Questions(Mapping[str, Texts]):
    """An entry's questions per language, where a generated language's (uz-Cyrl) are made
    from their source language's when first asked for (the index build asks for them all;
    the bot's replies, for one entry's title at a time). Loading does not make them: at
    10,000 entries they are 51,000 texts, a sixth of the loading's time.

    A mapping like the dict it replaces: the same keys in the same order, equal to a dict
    of the same questions.
    """

    __slots__ = ("_texts", "_pending", "_order")

    def __init__(self, texts: dict[str, Texts],
                 pending: Mapping[str, tuple[str, Callable[[Texts], Texts]]] | None = None,
                 ) -> None:
        """``texts``: the questions per language; ``pending``: per generated language, its
        source language and what makes its questions from the source's (all at once)."""
        self._texts = texts
        self._pending = pending or {}
        self._order = (*texts, *(lang for lang in self._pending if lang not in texts))

    def __getitem__(self, lang: str) -> Texts:
        found = self._texts.get(lang)
        if found is None:
            source, make = self._pending[lang]  # KeyError: no such language
            # Made again by a thread asking meanwhile: the same texts.
            found = self._texts[lang] = make(self[source])
        return found

    def made_by(self, lang: str) -> tuple[str, Callable[[Texts], Texts]] | None:
        """A generated language whose questions are not made yet: its source language and
        what would make them (the index build may read them from the source's words
        instead); None for any other language."""
        return None if lang in self._texts else self._pending.get(lang)

    def __contains__(self, lang: object) -> bool:
        return lang in self._texts or lang in self._pending

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def __repr__(self) -> str:
        return repr(dict(self.items()))


@dataclass(frozen=True)
class Entry:
    """One FAQ answer with the ways people ask for it."""

    id: str
    topic: str
    questions: Mapping[str, Texts]
    """Per language, its questions (``Questions`` when loaded: uz-Cyrl made when asked)."""
    answer: Mapping[str, str]
    sources: tuple[SourceRef, ...]
    aliases: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    file: str = ""
    place: Place | None = field(default=None, compare=False, repr=False)
    reviewed: dt.date | None = None
    """The day a person last checked the entry against its documents; None = never."""
    direct: Mapping[str, str] | None = None
    """A one-sentence direct answer per language (at most MAX_DIRECT characters)."""
    not_covered: tuple[str, ...] = ()
    """Details the documents leave out, so that nobody adds them from elsewhere."""
    facts: Mapping[str, tuple[str, ...]] | None = None
    """Numbers, places and bodies of the answer, when given by hand (else derived)."""
    list_sizes: tuple[int, ...] = ()
    """How many items each list of its answer has, as the answer says ("four strengths"):
    a question asking another number of them ("the five strengths") is a near miss."""
    of_no_foreign_country: bool = False
    """Whether the documents give this of no one foreign country: asked of one ("compatriot
    societies in Germany", «страховка мигрантов в России»), it is a near miss."""
    generated: Mapping[str, str] = field(default_factory=dict)
    """Per generated language of ``questions`` (uz-Cyrl), the language its questions are
    made from (uz), one for one: ``questions[lang][k]`` is ``questions[source][k]``
    transliterated. Empty for an entry made by hand (then every question is its own)."""

    def title(self, lang: str) -> str:
        """The entry's first question in ``lang``: its title on buttons and lists."""
        return self.questions[lang][0]

    @property
    def line(self) -> int:
        """The line the entry starts on (0, unknown, when it was not read from a file or
        the file has changed since)."""
        return self.place.line() if self.place else 0

    @property
    def related_line(self) -> int:
        """The line of its ``related`` list (else of the entry)."""
        return self.place.line("related") if self.place else 0


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
    place: Place | None = field(default=None, compare=False, repr=False)
    reviewed: dt.date | None = None

    @property
    def line(self) -> int:
        """The line the item starts on (0, unknown, when it was not read from a file or
        the file has changed since)."""
        return self.place.line() if self.place else 0


@dataclass(frozen=True)
class KnowledgeBase:
    sources: Mapping[str, Source]
    topics: Mapping[str, Topic]
    entries: Mapping[str, Entry]
    quiz: Mapping[str, QuizItem]
    thesaurus: Mapping[str, Any] = field(default_factory=dict)
    """The checked data of the folder's ``thesaurus.yaml``, its ``concepts`` followed by
    those of ``countries.yaml``; ``bot.thesaurus.Thesaurus.of`` builds it. Empty when the
    folder has neither file (the matcher then knows no concepts)."""
    phrases: Mapping[str, Any] = field(default_factory=dict)
    """The checked data of the folder's ``phrases.yaml``, which ``bot.phrasebook`` builds.
    Empty when the folder has none (then no message is read as a greeting, as urgent ...)."""

    def entries_of(self, topic: str) -> list[Entry]:
        """The entries of one topic, in file order."""
        return [e for e in self.entries.values() if e.topic == topic]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str
    kind: str = field(default="", compare=False)
    """What sort of warning it is (a lint's name); "review" stays a warning under --strict."""

    def __str__(self) -> str:
        if self.line <= 0:  # not read from a file, or the file changed since it was read
            return f"{self.file} (line unknown): {self.message}"
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class LoadResult:
    """What ``load`` found: the knowledge base (None when there are errors) and problems."""

    kb: KnowledgeBase | None
    errors: list[Problem] = field(default_factory=list)
    noted: list[tuple[Place, str]] = field(default_factory=list, repr=False)
    """Each warning: where, and what. Its line is found when ``warnings`` is first read (a
    line of a large file costs its whole YAML node tree, and the bot reads no warning)."""

    @cached_property
    def warnings(self) -> list[Problem]:
        """Every warning, with its line."""
        return [Problem(place.file, place.line(), message) for place, message in self.noted]


class KnowledgeError(Exception):
    """Raised by ``load_or_raise`` when the knowledge base has errors."""

    def __init__(self, errors: list[Problem]) -> None:
        self.errors = errors
        super().__init__("\n".join(map(str, errors)))
