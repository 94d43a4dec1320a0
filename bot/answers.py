"""Turn a question into a reply: match, choose the language, gather answer and sources.

Pure and shared by every front end (console, ``ask``, Telegram). A ``Reply`` holds the
parts; ``plain_text`` lays them out for a terminal, ``bot.telegram.render`` as HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.i18n import N_, format_day, translator
from bot.knowledge import Entry, KnowledgeBase, Source
from bot.langs import REGISTRY
from bot.matcher import Match, Matcher
from bot.text import LANGS, says_little_of_language, script_of
from bot.translit import to_cyrillic

AGENCY_SITE = "www.migration.uz"
"""The External Labour Migration Agency's site, as the documents name it."""

RELATED_MAX = 3
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
    """For a near miss: what the documents give instead ("The documents give ..."); for an
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


def source_title(source: Source, lang: str) -> str:
    """The document's title, or a description saying it has none."""
    if source.title:
        return source.title
    _ = translator(lang)
    subject = source.subject.get(lang) if source.subject else None
    return _("Untitled article ({subject})").format(subject=subject or source.id)


def source_venue(source: Source, lang: str) -> str | None:
    """Where the document was published, in ``lang`` when ``venue_tr`` gives it."""
    return (source.venue_tr or {}).get(lang) or source.venue


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


def protection_lines(reply: Reply) -> tuple[str, ...]:
    """For an "urgent" reply: each protection entry's direct answer in the reply language,
    one line each, so the message itself says what the documents give (the buttons open
    the full answers). The entry answered below the block is left out: its answer follows."""
    shown = reply.entry.id if reply.entry is not None else None
    lines = (direct_text(e, reply.lang) for e in reply.choices if e.id != shown)
    return tuple(dict.fromkeys(lines))


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

    @property
    def protection(self) -> tuple[Entry, ...]:
        """The entries the urgent reply offers (``protection:`` in knowledge/phrases.yaml)."""
        return tuple(self.kb.entries[e] for e in self.matcher.reader.protection
                     if e in self.kb.entries)

    def reply_lang(self, match: Match, lang: str | None, default: str | None) -> str:
        """The requested language, else the question's, else ``default`` (the user's), else
        English. A word or two in the user's script ("Россия" from a Russian user) does not
        tell Russian from Uzbek Cyrillic: it is answered in the user's language."""
        if lang in LANGS:
            return lang
        if (match.lang and default in LANGS and says_little_of_language(match.query)
                and script_of(match.query) == REGISTRY.get(default).script):
            return default
        return match.lang or default or "en"

    def ask(self, text: str, lang: str | None = None, default: str | None = None) -> Reply:
        """Answer one question.

        Args:
            text: what the user wrote (any length, any characters).
            lang: the reply language if the user chose one, else None.
            default: the user's language (Telegram's), when neither a choice nor the
                question tells; English when None.

        Returns:
            A Reply of one of the kinds ``Reply.kind`` lists.
        """
        match = self.matcher.match(text)
        reply_lang = self.reply_lang(match, lang, default)
        reply = self._reply(match, reply_lang)
        if match.urgent:
            # Protection first; a confident answer follows it, never "not covered".
            return Reply("urgent", reply_lang, match, entry=reply.entry,
                         choices=self.protection, related=reply.related,
                         sources=reply.sources)
        return reply

    def _reply(self, match: Match, lang: str) -> Reply:
        if match.decision == "greeting":
            # A greeting that tells a topic offers the entry it matches as one button.
            return Reply("greeting", lang, match,
                         choices=tuple(self.kb.entries[c.entry_id] for c in match.candidates))
        if match.about_sources:
            return self.documents_reply(match, lang)
        if match.decision == "answer" and match.best:
            reply = self.entry_reply(match.best.entry_id, lang, match)
            if match.also is None:
                return reply
            also = self.kb.entries[match.also.entry_id]
            related = (also, *(r for r in reply.related if r.id != also.id))[:RELATED_MAX]
            return replace(reply, also=also, related=related)
        if match.decision == "clarify":
            choices = tuple(self.kb.entries[c.entry_id] for c in match.candidates)
            note = self.near_miss_text(match, lang) if match.near_miss else ""
            return Reply("clarify", lang, match, choices=choices, note=note)
        if match.small_talk == "follow_up":
            # "batafsil": the bot keeps no conversation to place it in.
            return Reply("abstain", lang, match, note=translator(lang)(FOLLOW_UP))
        if match.rights:
            # "huquqlarim buzilsa kimga murojaat qilay": no entry says where to complain, but
            # the documents do say how migrants are protected.
            return Reply("clarify", lang, match, choices=self.protection,
                         note=translator(lang)(RIGHTS).format(site=AGENCY_SITE))
        if match.vague:
            # "pul": too little to pick an entry by, but not "the documents are silent".
            return Reply("abstain", lang, match, note=translator(lang)(ONE_WORD).format(
                topics=", ".join(topic_names(self.kb, lang))))
        return Reply("abstain", lang, match)

    def documents_reply(self, match: Match, lang: str) -> Reply:
        """Who wrote the documents: those of the author a message names, or of the answered
        entry when it names a subject ("who wrote the article about remittances"), else all."""
        if match.authors:
            return Reply("sources", lang, match, documents=tuple(
                s for s in self.kb.sources.values() if s.id in match.authors))
        if match.subject is None:
            return Reply("sources", lang, match, documents=tuple(self.kb.sources.values()))
        entry = self.kb.entries[match.subject.entry_id]
        cited = {ref.doc for ref in entry.sources}
        documents = tuple(s for s in self.kb.sources.values() if s.id in cited)
        return Reply("sources", lang, match, entry=entry, choices=(entry,), documents=documents)

    def near_miss_text(self, match: Match, lang: str) -> str:
        """What the documents give instead of what was asked, in ``lang``."""
        _ = translator(lang)
        miss = match.near_miss
        assert miss is not None
        if miss.detail:
            # The phrase as the lists write it, in the reply's script when the question is
            # in the reply's language ("маош"); an English phrase stays English.
            same = match.lang in LANGS and (
                REGISTRY.get(match.lang).catalog == REGISTRY.get(lang).catalog)
            detail = _.in_script(miss.detail) if same else miss.detail
            return _(NOT_COVERED).format(detail=detail)
        names = self.matcher.thesaurus.describe
        asked = _.in_script(names(miss.asked, lang))
        if miss.known:
            return _(NEAR_MISS).format(asked=asked,
                                       known=_.in_script(names(miss.known, lang)))
        return _(NEAR_MISS_NOTHING).format(asked=asked)

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
RIGHTS = N_("The documents give no complaint procedure or phone number. What they say on "
            "protecting migrants and their rights (the External Labour Migration Agency's site "
            "{site} is named in them):")
ONE_WORD = N_("One word is not enough for me to pick the right answer. Please ask a whole "
              "question, or pick a topic: {topics}.")
SOURCES = N_("Sources:")
REVIEWED = N_("Checked against the documents on {date}.")
GREETING = N_(
    "Hello! Ask me about labour migration in your own words, for example “How much money "
    "did migrants send home in 2024?”. /topics shows everything I know."
)
WELCOME = N_(
    "You are welcome! Ask me anything else about labour migration in your own words. "
    "/topics shows everything I know."
)
FAREWELL = N_(
    "Goodbye! Come back whenever you have a question about labour migration. "
    "/topics shows everything I know."
)
ACKNOWLEDGED = N_(
    "All right. Ask me anything about labour migration in your own words. "
    "/topics shows everything I know."
)
FOLLOW_UP = N_(
    "I do not keep our conversation, so I cannot tell what this refers to. Ask your full "
    "question again, or press a button under my answer."
)
URGENT = N_(
    "If you or someone close to you is in danger, here is what the documents say about "
    "protection. They give no phone number; the External Labour Migration Agency's site "
    "{site} is named in them."
)
NEAR_MISS = N_("The documents do not give this for {asked}; they give it for {known}:")
NEAR_MISS_NOTHING = N_("The documents do not give this for {asked}. The closest they cover:")
NOT_COVERED = N_("The documents do not give that (“{detail}”). The closest they cover:")
ALSO = N_("You also asked:")
DOCUMENTS = N_("I answer from these documents:")
DOCUMENTS_ON = N_("The answer to “{question}” comes from:")
DOCUMENTS_BY = N_("Documents by {authors}:")
DOCUMENT_UNSIGNED = N_("The document you ask about does not name its author:")
AFFILIATION = N_("Author's affiliation: {affiliation}")


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
        if reply.also:
            lines += ["", f"{_(ALSO)} {reply.also.title(reply.lang)}"]
        return "\n".join(lines)
    if reply.kind == "clarify":
        lines = [reply.note or _(CLARIFY)]
        lines += [f"{k}. {e.title(reply.lang)}" for k, e in enumerate(reply.choices, 1)]
        return "\n".join(lines)
    if reply.kind == "greeting":
        lines = [greeting_text(reply)]
        lines += [f"{k}. {e.title(reply.lang)}" for k, e in enumerate(reply.choices, 1)]
        return "\n".join(lines)
    if reply.kind == "urgent":
        lines = [_(URGENT).format(site=AGENCY_SITE)]
        lines += [f"• {line}" for line in protection_lines(reply)]
        lines += [f"{k}. {e.title(reply.lang)}" for k, e in enumerate(reply.choices, 1)]
        if reply.entry:
            lines += ["", plain_text(replace(reply, kind="answer"), kb)]
        return "\n".join(lines)
    if reply.kind == "sources":
        lines = [documents_header(reply)]
        lines += [f"- {document_line(src, reply.lang)}" for src in reply.documents]
        return "\n".join(lines)
    return reply.note or abstain_text(kb, reply.lang)


def greeting_text(reply: Reply) -> str:
    """The friendly reply in the reply's language; with "Did you mean:" after it when it
    offers the entry a told topic matches."""
    _ = translator(reply.lang)
    text = _(greeting_message(reply))
    return f"{text}\n\n{_(CLARIFY)}" if reply.choices else text


def greeting_message(reply: Reply) -> str:
    """The message id for a "greeting": "you are welcome" after thanks, "goodbye" after a
    farewell, else "hello"."""
    match = reply.match
    if match is not None and match.small_talk == "acknowledgement":
        return ACKNOWLEDGED  # "понятно" alone: not thanks
    if match is not None and match.thanked:
        return WELCOME
    return FAREWELL if match is not None and match.farewell else GREETING


def documents_header(reply: Reply) -> str:
    """The line above a list of documents: all of them, one author's, or one entry's."""
    _ = translator(reply.lang)
    if reply.match is not None and reply.match.authors:
        authors = dict.fromkeys(a for src in reply.documents for a in author_names(src, reply.lang))
        if not authors:
            return _(DOCUMENT_UNSIGNED)
        return _(DOCUMENTS_BY).format(authors=", ".join(authors))
    if reply.entry is None:
        return _(DOCUMENTS)
    return _(DOCUMENTS_ON).format(question=reply.entry.title(reply.lang))


def author_names(src: Source, lang: str) -> tuple[str, ...]:
    """The authors' names in ``lang``'s script: Uzbek names in Uzbek Cyrillic for uz-Cyrl
    ("Жўрақулова Ҳилола Ўктам қизи"); the documents write "kh" for the Uzbek x (х)."""
    language = REGISTRY.get(lang)
    if language.generated_from is None or language.script != "Cyrl":
        return src.authors
    return tuple(to_cyrillic(re.sub("kh", "x", name, flags=re.IGNORECASE))
                 for name in src.authors)


def document_line(src: Source, lang: str) -> str:
    """Authors, title, affiliation, venue, year and DOI of one document, in ``lang``."""
    _ = translator(lang)
    title = f"“{source_title(src, lang)}”"
    if translated := translated_title(src, lang):
        title += f" ({translated})"
    affiliation = (src.affiliation_tr or {}).get(lang) or src.affiliation
    venue = source_venue(src, lang)
    parts = [", ".join(author_names(src, lang)), title]
    if affiliation:
        parts.append(_(AFFILIATION).format(affiliation=affiliation))
    parts += [venue or "", str(src.year) if src.year else ""]
    if src.doi:
        parts.append(f"DOI {src.doi}")
    return ", ".join(p for p in parts if p)


def abstain_text(kb: KnowledgeBase, lang: str) -> str:
    """The polite "the documents do not cover this" reply (an abstention whose ``note``
    says otherwise, a follow-up or one vague word, shows the note instead)."""
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
