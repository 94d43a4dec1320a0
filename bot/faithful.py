"""Lints that keep answers faithful to the documents: quotes word for word, numbers the
documents contain. ``check`` runs them with the other lints (bot/lints.py) when the documents
are there (``DOCUMENTS_DIR``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from bot.knowledge import KnowledgeBase, Problem

_ELISION = re.compile(r"\s*(?:\.\.\.|…)\s*")
_MARKUP = re.compile(r"[*_#>`\\]")
_QUOTE_MARKS = re.compile(r"[\"“”„«»]")
_APOSTROPHES = re.compile(r"[ʻʼ’‘`´]")
_LINE_BROKEN = re.compile(r"-\n\s*")
"""A word broken at a hyphen across lines ("UP-" then "4947") is one word."""


def _verbatim_key(text: str) -> str:
    """Text as compared for quoting: no Markdown marks, one kind of apostrophe, no quotation
    marks, white space (line breaks of the document) collapsed, case kept."""
    text = _APOSTROPHES.sub("'", _QUOTE_MARKS.sub("", _MARKUP.sub("", text)))
    return " ".join(_LINE_BROKEN.sub("-", text).split())


def read_documents(kb: KnowledgeBase, folder: Path) -> dict[str, str] | None:
    """Each source's document text by source id; None when ``folder`` is not there."""
    if not folder.is_dir():
        return None
    return {sid: (folder / s.file).read_text(encoding="utf-8")
            for sid, s in kb.sources.items() if (folder / s.file).is_file()}


def quotes(kb: KnowledgeBase, documents: Mapping[str, str]) -> list[Problem]:
    """Quotes that are not verbatim in the document they cite.

    A quote may leave words out with "..." (or "…"); each piece between must then be in the
    document as written, apart from Markdown marks, apostrophe and quotation-mark variants
    and line breaks.
    """
    keys = {sid: _verbatim_key(text) for sid, text in documents.items()}
    out = []
    for e in kb.entries.values():
        for ref in e.sources:
            if ref.doc not in keys:
                continue
            for piece in filter(None, (p.strip(" ,;:") for p in _ELISION.split(ref.quote))):
                if _verbatim_key(piece) not in keys[ref.doc]:
                    out.append(Problem(e.file, ref.line or e.line,
                                       f"the quote of '{e.id}' from '{ref.doc}' has “{piece}”, "
                                       "which the document does not say word for word; copy "
                                       "the words from the document, with ... for a gap",
                                       "quote"))
    return out


def numbers(kb: KnowledgeBase, documents: Mapping[str, str]) -> list[Problem]:
    """Numbers in answers that none of the entry's cited documents contains.

    Compared digit run by digit run ("14.8" as 14 and 8, "400 000" as 400 and 000), so a
    number may be written in any language's way; a phone number, fee or year that the
    documents lack is found. Entries whose documents are not all there are skipped.
    """
    digits = {sid: set(re.findall(r"\d+", text)) for sid, text in documents.items()}
    out = []
    for e in kb.entries.values():
        if not e.sources or any(ref.doc not in digits for ref in e.sources):
            continue
        cited = set().union(*(digits[ref.doc] for ref in e.sources))
        for what, texts in (("answer", e.answer), ("direct answer", e.direct or {})):
            for lang, text in texts.items():
                for run in dict.fromkeys(re.findall(r"\d+", text)):
                    if run not in cited:
                        out.append(Problem(e.file, e.line, f"the {what} of '{e.id}' ({lang}) "
                                           f"says “{run}”, a number none of its documents "
                                           f"({', '.join(r.doc for r in e.sources)}) contains; "
                                           "answers say only what the documents say",
                                           "number"))
    return out
