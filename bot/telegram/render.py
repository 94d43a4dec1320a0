"""Telegram HTML for replies. Every piece of text that is not ours is escaped here."""

from __future__ import annotations

from html import escape

from bot.i18n import N_, translator
from bot.knowledge import Entry, KnowledgeBase, Topic
from bot.reply import Reply, SourceLine
from bot.wording import (
    AGENCY_SITE,
    SELF_HARM,
    SOURCES,
    TOPICS_TITLE,
    URGENT,
    abstain_text,
    document_line,
    documents_header,
    greeting_text,
    protection_lines,
    published,
    reviewed_text,
    source_title,
    translated_title,
)

MESSAGE_LIMIT = 4096
CLARIFY_HTML = N_("I am not sure which question you mean. Did you mean one of these?")
TOPIC_PAGE = N_("{topic}, page {page} of {pages}:")


def source_html(line: SourceLine) -> str:
    """One source as ``Authors, <i>Title</i> [title translated], year: Section: “quote”``.

    The title stays as the document writes it, followed by its translation into the reply
    language when ``sources.yaml`` has one; the section is translated, the quote verbatim.
    """
    src = line.source
    parts = []
    if src.authors:
        parts.append(escape(", ".join(src.authors)))
    title = f"<i>{escape(line.title)}</i>"
    if line.title_tr:
        title += f" [{escape(line.title_tr)}]"
    parts.append(title)
    if src.year:
        parts.append(str(src.year))
    return f"• {', '.join(parts)}: {escape(line.where)}"


def answer_html(reply: Reply) -> str:
    """An answer: its question in bold, the one-sentence direct answer right under it, the
    answer as the explanation, then the sources."""
    assert reply.entry is not None
    _ = translator(reply.lang)
    entry = reply.entry
    head = f"<b>{escape(entry.title(reply.lang))}</b>"
    if reply.note:  # what another part asked of it and the documents do not give
        head = f"<i>{escape(reply.note)}</i>\n{head}"
    if entry.direct and entry.direct.get(reply.lang):
        head += f"\n{escape(entry.direct[reply.lang])}"
    body = escape(entry.answer[reply.lang])
    checked = reviewed_text(entry, reply.lang)
    if checked:
        body += f"\n<i>{escape(checked)}</i>"
    sources = "\n".join(source_html(s) for s in reply.sources)
    text = f"{head}\n\n{body}\n\n<b>📚 {escape(_(SOURCES))}</b>\n{sources}"
    return text


def clarify_html(reply: Reply) -> str:
    """"Did you mean", or for a near miss what the documents give instead."""
    return escape(reply.note or translator(reply.lang)(CLARIFY_HTML))


def urgent_html(reply: Reply) -> str:
    """The protection block: a bold header, then what the documents say, one line per
    protection entry (their full answers are the buttons); then an answer if one matched."""
    _ = translator(reply.lang)
    text = f"{escape(_(SELF_HARM))}\n" if reply.match.self_harm else ""
    text += f"<b>{escape(_(URGENT).format(site=AGENCY_SITE))}</b>"
    text += "".join(f"\n• {escape(line)}" for line in protection_lines(reply))
    if reply.entry is not None:
        text += "\n\n" + answer_html(reply)
    return text


def documents_html(reply: Reply) -> str:
    """Who wrote the documents, where they work, where and when they were published."""
    lines = [escape(documents_header(reply))]
    lines += [f"• {escape(document_line(src, reply.lang))}" for src in reply.documents]
    return "\n".join(lines)


def abstain_html(kb: KnowledgeBase, lang: str) -> str:
    return escape(abstain_text(kb, lang))


def reply_html(reply: Reply, kb: KnowledgeBase) -> str:
    """The message text for any kind of reply."""
    if reply.kind == "answer":
        return answer_html(reply)
    if reply.kind == "clarify":
        return clarify_html(reply)
    if reply.kind == "urgent":
        return urgent_html(reply)
    if reply.kind == "greeting":
        return escape(greeting_text(reply))
    if reply.kind == "sources":
        return documents_html(reply)
    return escape(reply.note) if reply.note else abstain_html(kb, reply.lang)


def topics_html(lang: str) -> str:
    return escape(translator(lang)(TOPICS_TITLE))


def topic_page_html(topic: Topic, lang: str, page: int, pages: int) -> str:
    text = translator(lang)(TOPIC_PAGE).format(topic=topic.title[lang], page=page + 1,
                                               pages=pages)
    return f"<b>{escape(text)}</b>"


def entry_button_text(entry: Entry, lang: str, limit: int = 60) -> str:
    """An entry's title shortened for a button."""
    title = entry.title(lang)
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def about_html(kb: KnowledgeBase, intro: str, lang: str) -> str:
    """What the bot is, then each of its documents: authors, title, venue, issue, year, DOI."""
    lines = [escape(intro), ""]
    for src in kb.sources.values():
        parts = [escape(", ".join(src.authors))] if src.authors else []
        title = f"<i>{escape(source_title(src, lang))}</i>"
        if translated := translated_title(src, lang):
            title += f" [{escape(translated)}]"
        parts.append(title)
        parts += map(escape, published(src, lang))
        if src.doi:
            parts.append(f"DOI {escape(src.doi)}")
        lines.append("• " + ", ".join(parts))
    return "\n".join(lines)


def problems_html(heading: str, problems: list[str], limit: int = 15) -> str:
    """A heading and the first problems, preformatted (file:line: message).

    Telegram counts the limit in UTF-16 code units on the text after parsing, so the plain
    listing is what is cut (never the HTML, which could lose a closing tag).
    """
    budget = MESSAGE_LIMIT - _utf16_len(heading) - 10
    listing = _cut_utf16("\n".join(problems[:limit]), budget)
    return f"{escape(heading)}\n<pre>{escape(listing)}</pre>"


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut_utf16(text: str, budget: int) -> str:
    """The longest prefix of ``text`` that is at most ``budget`` UTF-16 code units."""
    if _utf16_len(text) <= budget:
        return text
    units = 0
    for k, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > budget:
            return text[:k]
    return text
