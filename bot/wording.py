"""The words of a reply in its language: the message texts, the sentences built from
entries and documents, shared by the plain-text and the HTML layouts (pure)."""

from __future__ import annotations

import re

from bot.i18n import N_, format_day, translator
from bot.knowledge import Entry, KnowledgeBase, Source
from bot.langs import REGISTRY
from bot.reply import Reply, SourceLine
from bot.translit import to_cyrillic

AGENCY_SITE = "www.migration.uz"
"""The External Labour Migration Agency's site, as the documents name it."""


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

# The fallback and headings, declared here so extraction finds them; translated per reply.
ABSTAIN = N_(
    "The documents I rely on do not answer this question, and I do not want to guess. "
    "Try other words, or pick a topic: {topics}. For practical matters, the External "
    "Labour Migration Agency's site {site} is named in the documents."
)
CLARIFY = N_("Did you mean:")
TOPICS_TITLE = N_("Topics. Choose one to see its questions:")
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
LANGUAGE_ASKED = N_(
    "I answer in the language you write in. To get every answer in one language, send /lang "
    "and choose it."
)
FOLLOW_UP = N_(
    "I do not keep our conversation, so I cannot tell what this refers to. Ask your full "
    "question again, or press a button under my answer."
)
ABOUT_BOT = N_(
    "Hamroh answers only from these five documents and names its sources under every "
    "answer. When the documents do not cover a question, it says so instead of guessing. "
    "It is not legal advice."
)
"""The /about text (``bot.telegram.handlers.ABOUT``, one msgid), for a question about the bot
itself ("are you a bot?")."""
WHAT_NOW = N_(
    "I do not keep our conversation, so I cannot tell what this refers to. If you or someone "
    "close to you is in danger, this is what the documents say on protecting migrants (the "
    "External Labour Migration Agency's site {site} is named in them). For anything else, "
    "ask your full question."
)
URGENT = N_(
    "If you or someone close to you is in danger, here is what the documents say about "
    "protection. They give no phone number; the External Labour Migration Agency's site "
    "{site} is named in them."
)
SELF_HARM = N_(
    "You are not alone. Please tell someone you trust, near you, right now: you matter."
)
"""The line that opens the protection block for a message that says the writer wants to die
or harm themselves (``urgent_self_harm``): no number, fee or promise the documents lack."""
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


def published(src: Source, lang: str) -> list[str]:
    """Where and when a document was published, as far as it says: its venue (in ``lang``),
    issue and year (not when the issue gives it: "June 2025")."""
    year = str(src.year) if src.year else ""
    return [p for p in (source_venue(src, lang), src.issue,
                        year if year not in (src.issue or "") else "") if p]


def document_line(src: Source, lang: str) -> str:
    """Authors, title, affiliation, venue, issue, year and DOI of one document, in
    ``lang``."""
    _ = translator(lang)
    title = f"“{source_title(src, lang)}”"
    if translated := translated_title(src, lang):
        title += f" ({translated})"
    affiliation = (src.affiliation_tr or {}).get(lang) or src.affiliation
    parts = [", ".join(author_names(src, lang)), title]
    if affiliation:
        parts.append(_(AFFILIATION).format(affiliation=affiliation))
    parts += published(src, lang)
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
