"""A reply laid out as plain text, the way the console and ``ask`` show it (pure)."""

from __future__ import annotations

from dataclasses import replace

from bot.i18n import translator
from bot.knowledge import KnowledgeBase
from bot.reply import Reply
from bot.wording import (
    AGENCY_SITE,
    ALSO,
    CLARIFY,
    SELF_HARM,
    SOURCES,
    URGENT,
    abstain_text,
    citation,
    document_line,
    documents_header,
    greeting_text,
    protection_lines,
    reviewed_text,
)


def plain_text(reply: Reply, kb: KnowledgeBase) -> str:
    """The reply as plain text, the way the console and ``ask`` show it."""
    _ = translator(reply.lang)
    if reply.kind == "answer" and reply.entry:
        entry = reply.entry
        lines = [reply.note, entry.title(reply.lang)] if reply.note else [entry.title(reply.lang)]
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
        lines = [_(SELF_HARM)] if reply.match.self_harm else []
        lines += [_(URGENT).format(site=AGENCY_SITE)]
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
