"""A reply's parts: what a front end needs to show one reply, and its kinds.

Built by ``bot.answers.Answerer``; laid out by ``bot.plaintext`` for a terminal and by
``bot.telegram.render`` as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge import Entry, Source
from bot.verdict import Match

OUTCOMES = ("answer", "clarify", "near-miss", "abstain", "greeting", "urgent", "documents")
"""``Reply.outcome``: the kinds, with a near miss told apart from a plain "did you mean"."""


@dataclass(frozen=True)
class SourceLine:
    """One cited source of an answer: the document and where in it."""

    id: str
    title: str
    where: str
    """``Section: “quote”`` in the reply language."""
    source: Source
    section: str | None = None
    """The section heading in the reply language, if the document has one there."""
    quote: str = ""
    """The document's exact words."""
    title_tr: str | None = None
    """The title in the reply language, when it differs from the original ``title``."""


@dataclass(frozen=True)
class Reply:
    """Everything a front end needs to show one reply."""

    kind: str
    """"answer", "clarify", "abstain", "greeting" (hello or thanks only), "urgent" (the
    protection block, then ``entry`` if an answer also matched) or "sources" (who wrote
    the documents, where and when)."""
    lang: str
    match: Match
    entry: Entry | None = None
    choices: tuple[Entry, ...] = ()
    """"Did you mean" choices; for "urgent", the protection entries."""
    related: tuple[Entry, ...] = ()
    sources: tuple[SourceLine, ...] = ()
    note: str = ""
    """For a near miss: what the documents give instead ("The documents give ..."; above an
    answer when another part of the message asked its entry of another year); for an
    abstention that is not "the documents do not cover this" (a follow-up, one vague word),
    its own text; for the rights reply, what the documents give on protection."""
    also: Entry | None = None
    """A second documented question in the message, offered as a button."""
    documents: tuple[Source, ...] = ()
    """For "sources": the documents, described in ``lang``."""

    @property
    def offers_nothing(self) -> bool:
        """No entry, choice or document: the abstention or the friendly reply."""
        return self.kind == "abstain" or self.kind == "greeting" and not self.choices

    @property
    def outcome(self) -> str:
        """What the reply does, as ``ask --json`` names it: one of ``OUTCOMES``."""
        if self.kind == "clarify" and self.match.near_miss is not None:
            return "near-miss"
        return "documents" if self.kind == "sources" else self.kind
