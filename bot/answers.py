"""Turn a question into a reply: match, choose the language, gather answer and sources.

Pure and shared by every front end (console, ``ask``, Telegram). A ``Reply`` holds the
parts; ``plain_text`` lays them out for a terminal, ``bot.telegram.render`` as HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.i18n import N_, format_day, translator
from bot.knowledge import Entry, KnowledgeBase, Source
from bot.matcher import Match, Matcher
from bot.text import LANGS

AGENCY_SITE = "www.migration.uz"
"""The External Labour Migration Agency's site, as the documents name it."""

RELATED_MAX = 3


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
    """"answer", "clarify" or "abstain"."""
    lang: str
    match: Match
    entry: Entry | None = None
    choices: tuple[Entry, ...] = ()
    related: tuple[Entry, ...] = ()
    sources: tuple[SourceLine, ...] = ()


def source_title(source: Source, lang: str) -> str:
    """The document's title, or a description saying it has none."""
    if source.title:
        return source.title
    _ = translator(lang)
    subject = source.subject.get(lang) if source.subject else None
    return _("Untitled article ({subject})").format(subject=subject or source.id)


def translated_title(source: Source, lang: str) -> str | None:
    """The title in ``lang`` from ``title_tr``, when there is one and it is not the original."""
    if not source.title or not source.title_tr:
        return None
    text = source.title_tr.get(lang)
    return text if text and text.strip() != source.title.strip() else None


def source_lines(kb: KnowledgeBase, entry: Entry, lang: str) -> tuple[SourceLine, ...]:
    """The sources of an entry, each with its document."""
    return tuple(
        SourceLine(ref.doc, source_title(kb.sources[ref.doc], lang), ref.where(lang),
                   kb.sources[ref.doc], ref.section[lang] if ref.section else None, ref.quote,
                   translated_title(kb.sources[ref.doc], lang))
        for ref in entry.sources
    )


# A sentence ends at . ! ? or … before a space and a capital letter, a digit or a quote,
# unless the word before the stop is an initial or a short abbreviation ("A. Mirxoldorov").
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"«“(\d\w])")
_NOT_AN_END = re.compile(r"(?:^|[\s(.])(?:\w|Sh|Ch|Kh|Zh|Dj|Yu|Ya|Yo|Ye|mlrd|mln|al|etc|e\.g|i\.e"
                         r"|т\.д|т\.е)\.$")


def first_sentence(text: str) -> str:
    """The first sentence of a text (all of it when there is only one)."""
    for m in _SENTENCE_END.finditer(text):
        head = text[: m.start()]
        nxt = text[m.end()]
        if (nxt.isupper() or not nxt.isalpha()) and not _NOT_AN_END.search(head):
            return head
    return text


def direct_text(entry: Entry, lang: str) -> str:
    """The one-sentence direct answer, or the answer's first sentence while it has none."""
    if entry.direct and entry.direct.get(lang):
        return entry.direct[lang]
    return first_sentence(entry.answer[lang])


def reviewed_text(entry: Entry, lang: str) -> str | None:
    """"Checked against the documents on <date>." in ``lang``; None if never reviewed."""
    if entry.reviewed is None:
        return None
    day = format_day(entry.reviewed, lang)
    text = translator(lang)(REVIEWED).format(date=day)
    return text.replace(f"{day}.", day) if day.endswith(".") else text  # "2026 г.."


class Answerer:
    """Answers questions from one knowledge base; swap the whole object to reload."""

    def __init__(self, kb: KnowledgeBase, matcher: Matcher | None = None) -> None:
        self.kb = kb
        self.matcher = matcher or Matcher(kb)

    def reply_lang(self, match: Match, lang: str | None, default: str) -> str:
        """The requested language, else the question's, else ``default``."""
        if lang in LANGS:
            return lang
        return match.lang or default

    def ask(self, text: str, lang: str | None = None, default: str = "en") -> Reply:
        """Answer one question.

        Args:
            text: what the user wrote (any length, any characters).
            lang: the reply language if the user chose one, else None.
            default: the reply language when neither a choice nor the question tells.

        Returns:
            A Reply of kind "answer", "clarify" or "abstain".
        """
        match = self.matcher.match(text)
        reply_lang = self.reply_lang(match, lang, default)
        if match.decision == "answer" and match.best:
            return self.entry_reply(match.best.entry_id, reply_lang, match)
        if match.decision == "clarify":
            choices = tuple(self.kb.entries[c.entry_id] for c in match.candidates)
            return Reply("clarify", reply_lang, match, choices=choices)
        return Reply("abstain", reply_lang, match)

    def entry_reply(self, entry_id: str, lang: str, match: Match | None = None) -> Reply:
        """The reply that shows one entry (a chosen "did you mean", a deep link, a button)."""
        entry = self.kb.entries[entry_id]
        related = tuple(self.kb.entries[r] for r in entry.related[:RELATED_MAX])
        m = match or Match(entry.title(lang), "answer", (), lang)
        return Reply("answer", lang, m, entry=entry, related=related,
                     sources=source_lines(self.kb, entry, lang))


# The fallback and headings, declared here so extraction finds them; translated per reply.
ABSTAIN = N_(
    "The documents I rely on do not answer this question, and I do not want to guess. "
    "Try other words, or pick a topic: {topics}. For practical matters, the External "
    "Labour Migration Agency's site {site} is named in the documents."
)
CLARIFY = N_("Did you mean:")
SOURCES = N_("Sources:")
REVIEWED = N_("Checked against the documents on {date}.")


def topic_names(kb: KnowledgeBase, lang: str) -> list[str]:
    """Topic titles in ``lang``, in file order."""
    return [t.title[lang] for t in kb.topics.values()]


def plain_text(reply: Reply, kb: KnowledgeBase) -> str:
    """The reply as plain text, the way the console and ``ask`` show it."""
    _ = translator(reply.lang)
    if reply.kind == "answer" and reply.entry:
        entry = reply.entry
        lines = [entry.title(reply.lang)]
        if entry.direct and entry.direct.get(reply.lang):
            lines.append(entry.direct[reply.lang])
        lines += ["", entry.answer[reply.lang]]
        checked = reviewed_text(entry, reply.lang)
        if checked:
            lines.append(checked)
        lines += ["", _(SOURCES)]
        for s in reply.sources:
            lines.append(f"- {citation(s)}: {s.where}")
        return "\n".join(lines)
    if reply.kind == "clarify":
        lines = [_(CLARIFY)]
        lines += [f"{k}. {e.title(reply.lang)}" for k, e in enumerate(reply.choices, 1)]
        return "\n".join(lines)
    return abstain_text(kb, reply.lang)


def abstain_text(kb: KnowledgeBase, lang: str) -> str:
    """The polite "the documents do not cover this" reply."""
    _ = translator(lang)
    return _(ABSTAIN).format(topics=", ".join(topic_names(kb, lang)), site=AGENCY_SITE)


def citation(line: SourceLine) -> str:
    """Authors, title and year of a source as one line of text."""
    src = line.source
    title = f"“{line.title}”" + (f" [{line.title_tr}]" if line.title_tr else "")
    parts = [", ".join(src.authors), title]
    if src.year:
        parts.append(str(src.year))
    return ", ".join(p for p in parts if p)
