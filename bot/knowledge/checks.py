"""What the models cannot say: languages of every text, lengths, Telegram's limits, links.

Plain code over validated models. Each reader turns one file's models into the frozen
records of ``records.py`` and reports problems with the line they are on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from bot.foreigntitles import QUOTE_OPENS, foreign_titles
from bot.knowledge import models as m
from bot.knowledge.records import (
    Entry,
    Place,
    Problem,
    Questions,
    QuizItem,
    Source,
    SourceRef,
    Topic,
)
from bot.knowledge.yamlfile import YamlFile
from bot.langs import Registry
from bot.text import NUMERALS, fold
from bot.translit import (
    APOSTROPHES,
    OKINA,
    TUTUQ,
    CyrillicMaker,
    to_cyrillic,
)

KEEP_FILE = "keep_as_written.yaml"
"""Foreign names, titles and Latin acronyms that stay as written in Uzbek Cyrillic."""
MIN_QUESTIONS = 3
MAX_ANSWER = 900
MAX_DIRECT = 200
# Telegram's documented quiz limits (sendPoll, InputPollOption); 3-4 options by our rule.
QUIZ_QUESTION_MAX = 300
QUIZ_OPTION_MAX = 100
QUIZ_OPTIONS = (3, 4)
QUIZ_EXPLANATION_MAX = 200
QUIZ_EXPLANATION_LINE_FEEDS = 2
_WRONG_UZ_MARKS = APOSTROPHES.replace(OKINA, "").replace(TUTUQ, "")
_BAD_UZ_MARKS = re.compile(f"[{re.escape(_WRONG_UZ_MARKS)}]")
_MARKED = re.compile(f"[{re.escape(_WRONG_UZ_MARKS + QUOTE_OPENS)}]")
"""A wrong apostrophe or what opens a quotation (``foreign_titles`` looks only then)."""

Path_ = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


def latin_hash(text: str) -> str:
    """The short hash an explicit ``uz-Cyrl`` text records of the Latin it was written from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


class FileChecker:
    """Validates the records of one file and collects problems with their line."""

    def __init__(self, doc: YamlFile, errors: list[Problem], warnings: list[tuple[Place, str]],
                 langs: Registry, keep: re.Pattern[str] | None = None,
                 texts: dict[str, str] | None = None,
                 marks: dict[str, tuple[str | None, tuple[str, ...]]] | None = None) -> None:
        self.doc = doc
        self.errors = errors
        self.warnings = warnings
        self.langs = langs
        self.keep = keep
        """Terms that stay as written in the generated Uzbek Cyrillic."""
        self.texts = {} if texts is None else texts
        """Every text of a language map so far, as kept: equal texts (an answer that
        several entries give) are kept once, however many files repeat them."""
        self.codes = frozenset(langs.codes)
        self.marks = {} if marks is None else marks
        """Per Uzbek text checked so far: its wrong apostrophe and its English titles (an
        answer that several entries give is checked once)."""
        self.maps: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
        """Per map of texts read without a problem (its items): what ``text_map`` made."""
        make = CyrillicMaker(keep)
        self.makers = {made.code: (made.generated_from or "", make)
                       for made in langs.generated()}
        """Per generated language of questions: its source and what makes its questions."""

    def error(self, path: Path_, message: str) -> None:
        self.errors.append(Problem(self.doc.rel, self.doc.line(*path), message))

    def warn(self, path: Path_, message: str) -> None:
        self.warnings.append((self.place(path), message))

    def validate(self, model: type[M], data: Any, path: Path_, what: str) -> M | None:
        """``data`` as ``model``, or None after reporting every shape error with its line."""
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                loc = (*path, *err["loc"])
                line = self.doc.line(*loc, key=err["type"] == "extra_forbidden")
                self.errors.append(Problem(self.doc.rel, line, m.describe(err, model, what)))
            return None

    # ------------------------------------------------------------ texts

    def text_map(self, found: Mapping[str, Any], path: Path_, what: str) -> dict[str, str]:
        """Language -> text with every generated language added; reports missing ones.

        A map of texts alone that was read before without a problem is not read again:
        its result is copied (at 10,000 entries, 38,000 maps, about 700 of them distinct:
        copies of an entry repeat its answer, direct answer and sections)."""
        try:
            key: tuple[tuple[str, Any], ...] | None = tuple(found.items())
            done = self.maps.get(key)  # only maps of texts alone are kept: no other matches
        except TypeError:  # a value that is a mapping (an explicit uz-Cyrl text) or a list
            key = done = None
        if done is not None:
            return dict(done)
        problems = len(self.errors) + len(self.warnings)
        out = self._text_map(found, path, what)
        if (key is not None and problems == len(self.errors) + len(self.warnings)
                and all(type(value) is str for _, value in key)):
            self.maps[key] = out
            return dict(out)
        return out

    def _text_map(self, found: Mapping[str, Any], path: Path_, what: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for lang in self.langs.written:
            if lang not in found:
                if found:
                    self.error(path, f"{what} has no '{lang}' text; add a line '{lang}: ...'")
                continue
            value = found[lang]
            if type(value) is str and (text := value.strip()):
                pass  # the common case, without the words of an error made in advance
            elif (text := self.text(value, (*path, lang), f"{what} '{lang}'")) is None:
                continue
            out[lang] = text
            if lang == "uz":
                self.uzbek_marks(text, (*path, lang), what)
        for made in self.langs.generated():
            if made.code in found:
                override = self.override(found[made.code], (*path, made.code), what, made.code,
                                         out.get(made.generated_from or ""))
                if override is not None:
                    out[made.code] = override
        extras = sorted(found.keys() - self.codes, key=str) if len(found) > len(out) else ()
        if extras and all(found[k] is None for k in extras):
            self.error(path, f"{what}: a text inside {{ }} contains a comma and was split into "
                       f"keys ({', '.join(map(repr, extras))}); put such text in quotes")
        else:
            for extra in extras:
                self.error((*path, extra), f"{what} has an unknown language '{extra}'; "
                           f"use {', '.join(self.langs.written)} (the others are generated)")
        return self.generate(out)

    def text(self, value: Any, path: Path_, what: str) -> str | None:
        value = m._number_as_text(value)
        if isinstance(value, str) and value:
            return value
        self.error(path, f"{what} must be non-empty text, found {m._kind(value)}")
        return None

    def override(self, value: Any, path: Path_, what: str, code: str,
                 base: str | None) -> str | None:
        """An explicit text ``{text, from}`` for a generated language (uz-Cyrl); warns when
        the text it was written from (``base``) changed since."""
        rec = self.validate(m.OverrideModel, value, path, f"{what} '{code}'")
        if rec is None:
            return None
        if base is not None and rec.from_ != latin_hash(base):
            self.warn((*path, "from"), f"{what}: the text '{code}' is made from changed since "
                      f"this '{code}' text was written from it; check it and set "
                      f"'from: {latin_hash(base)}'")
        return rec.text

    def generate(self, texts: Mapping[str, str]) -> dict[str, str]:
        """The texts with each generated language added (explicit overrides win)."""
        kept = self.texts.setdefault
        out = {lang: kept(text, text) for lang, text in texts.items()}
        for made in self.langs.generated():
            base = out.get(made.generated_from or "")
            if base is not None and made.code not in out:
                made_text = to_cyrillic(base, self.keep)
                out[made.code] = kept(made_text, made_text)
        return out

    def optional_map(self, value: Mapping[str, Any] | None, path: Path_,
                     what: str) -> dict[str, str] | None:
        return None if value is None else self.text_map(value, path, what)

    def uzbek_marks(self, text: str, path: Path_, what: str) -> None:
        if not _MARKED.search(text):
            return  # no wrong apostrophe, no quotation: nothing to look at (most texts)
        found = self.marks.get(text)
        if found is None:
            bad = _BAD_UZ_MARKS.search(text)
            found = self.marks[text] = (bad.group(0) if bad else None,
                                        tuple(foreign_titles(text, self.keep)))
        mark, titles = found
        if mark:
            self.warn(path, f"{what} 'uz' uses {mark!r}; write oʻ/gʻ with ʻ (U+02BB) "
                      "and the separation mark with ʼ (U+02BC)")
        for title in titles:
            # An English title in a 'uz' text that Cyrillic would spell out.
            self.warn(path, f"{what} 'uz' quotes “{title}”, which looks English and would be "
                      f"transliterated letter by letter in Uzbek Cyrillic; add it to "
                      f"knowledge/{KEEP_FILE} (or give this text a 'uz-Cyrl' override)")

    def place(self, path: Path_) -> Place:
        """Where the value at ``path`` is: its line is found if it is ever reported."""
        return Place(self.doc.rel, path, self.doc)

    def records(self, raw: list[dict[str, Any]], key: str, model: type[M], what: str,
                ids: dict[str, Place]) -> Iterator[tuple[Path_, M]]:
        """The records under ``key`` that fit ``model``, each id unique across all files."""
        for i, item in enumerate(raw):
            path: Path_ = (key, i)
            rid = item.get("id") if isinstance(item, dict) else None
            rec = self.validate(model, item, path, f"{what} '{rid}'" if rid else f"a {what}")
            if rec is None:
                if isinstance(rid, str) and rid not in ids:
                    # Known to exist, so links to it are not reported a second time.
                    ids[rid] = self.place((*path, "id"))
                continue
            rid = rec.id
            if rid in ids:
                first = ids[rid]
                self.error((*path, "id"), f"id '{rid}' is already used at "
                           f"{first.file}:{first.line()}: ; ids must be unique across all files")
                continue
            ids[rid] = self.place((*path, "id"))
            yield path, rec


# ---------------------------------------------------------------- readers


def read_sources(chk: FileChecker, ids: dict[str, Place]) -> dict[str, Source]:
    """The documents of ``sources.yaml`` (``ids`` gets every id written)."""
    top = chk.validate(m.SourcesFile, chk.doc.data, (), "sources.yaml")
    if top is None:
        return {}
    out: dict[str, Source] = {}
    for path, rec in chk.records(top.sources, "sources", m.SourceModel, "source", ids):
        sid = rec.id
        out[sid] = Source(
            id=sid, file=rec.file, title=rec.title, authors=tuple(rec.authors),
            venue=rec.venue, issue=rec.issue, year=rec.year, doi=rec.doi, url=rec.url,
            missing=tuple(rec.missing), affiliation=rec.affiliation, language=rec.language,
            names=tuple(rec.names),
            subject=chk.optional_map(rec.subject, (*path, "subject"), f"subject of '{sid}'"),
            title_tr=chk.optional_map(rec.title_tr, (*path, "title_tr"),
                                      f"translated title of '{sid}'"),
            affiliation_tr=chk.optional_map(rec.affiliation_tr, (*path, "affiliation_tr"),
                                            f"translated affiliation of '{sid}'"),
            venue_tr=chk.optional_map(rec.venue_tr, (*path, "venue_tr"),
                                      f"translated venue of '{sid}'"),
        )
        if not rec.title and "title" not in rec.missing:
            chk.error(path, f"source '{sid}' has no title; give the document's title "
                      "or list 'title' under 'missing:' if the document gives none")
        if not rec.title and not rec.subject:
            chk.error(path, f"untitled source '{sid}' needs a 'subject:' line so "
                      "readers can tell which document it is")
    return out


def read_topic(chk: FileChecker, topics: dict[str, Topic], entries: dict[str, Entry],
               ids: dict[str, Place]) -> None:
    """One ``faq/<topic>.yaml``: its title and its entries."""
    top = chk.validate(m.TopicFile, chk.doc.data, (), "this topic file")
    if top is None:
        return
    tid = top.topic.id
    if tid in topics:
        chk.error(("topic", "id"), f"topic '{tid}' is also defined in {topics[tid].file}")
        return
    topics[tid] = Topic(tid, chk.text_map(top.topic.title, ("topic", "title"), "topic title"),
                        chk.doc.rel)
    for path, rec in chk.records(top.entries, "entries", m.EntryModel, "entry", ids):
        entries[rec.id] = _entry(chk, rec, path, tid)


def _entry(chk: FileChecker, rec: m.EntryModel, path: Path_, tid: str) -> Entry:
    eid = rec.id
    if rec.topic not in (None, tid):
        chk.error((*path, "topic"), f"entry '{eid}' says topic '{rec.topic}' but is in "
                  f"the file of topic '{tid}'; move it or fix the topic")
    questions, generated = _questions(chk, rec.questions, (*path, "questions"), eid)
    answer = chk.text_map(rec.answer, (*path, "answer"), f"answer of '{eid}'")
    for lang in chk.langs.written:
        if len(answer.get(lang, "")) > MAX_ANSWER:
            chk.error((*path, "answer", lang), f"answer '{lang}' of '{eid}' has "
                      f"{len(answer[lang])} characters; shorten it to at most {MAX_ANSWER} "
                      "to read on a phone")
    direct = chk.optional_map(rec.direct, (*path, "direct"), f"direct answer of '{eid}'")
    for lang in chk.langs.written:
        if direct and len(direct.get(lang, "")) > MAX_DIRECT:
            chk.error((*path, "direct", lang), f"direct answer '{lang}' of '{eid}' has "
                      f"{len(direct[lang])} characters; make it one sentence of at most "
                      f"{MAX_DIRECT}")
    _check_list_sizes(chk, rec, path, answer, direct)
    if rec.reviewed and rec.reviewed > dt.date.today():
        chk.error((*path, "reviewed"), f"'reviewed' of '{eid}' is {rec.reviewed.isoformat()}, "
                  "in the future; write the day the check was done")
    refs = tuple(
        SourceRef(ref.doc, ref.quote,
                  chk.optional_map(ref.section, (*path, "sources", k, "section"),
                                   "source 'section'"),
                  chk.place((*path, "sources", k, "doc")))
        for k, ref in enumerate(rec.sources))
    facts = (None if rec.facts is None else
             {"numbers": tuple(rec.facts.numbers), "places": tuple(rec.facts.places),
              "bodies": tuple(rec.facts.bodies)})
    return Entry(
        id=eid, topic=tid, questions=questions, answer=answer, sources=refs,
        aliases=tuple(rec.aliases), related=tuple(rec.related), file=chk.doc.rel,
        place=chk.place(path),
        reviewed=rec.reviewed, direct=direct, not_covered=tuple(rec.not_covered), facts=facts,
        list_sizes=tuple(map(int, rec.list_sizes)), generated=generated,
        of_no_foreign_country=rec.of_no_foreign_country,
    )


def _check_list_sizes(chk: FileChecker, rec: m.EntryModel, path: Path_,
                      answer: Mapping[str, str], direct: Mapping[str, str] | None) -> None:
    """Each of ``list_sizes`` must be said in the entry's English answer or direct answer
    ("four strengths", "3 obstacles"): the field states the answer's own count, never one
    it does not give."""
    said = fold(" ".join((answer.get("en", ""), (direct or {}).get("en", "")))).split()
    for k, size in enumerate(map(int, rec.list_sizes)):
        if not any(t == str(size) or NUMERALS.counts.get(t) == size for t in said):
            chk.error((*path, "list_sizes", k), f"list_sizes of '{rec.id}' gives {size}, "
                      "which its English answer does not say; give only the counts of lists "
                      "the answer says how long they are")


def _questions(chk: FileChecker, found: Mapping[str, list[str]], path: Path_,
               eid: str) -> tuple[Questions, dict[str, str]]:
    """The questions per language, the generated ones to be made from their source's one
    for one (when asked for), and per generated language its source (``Entry.generated``)."""
    out: dict[str, tuple[str, ...]] = {}
    generated: dict[str, str] = {}
    for lang in chk.langs.written:
        texts = found.get(lang)
        if texts is None:
            chk.error(path, f"questions of '{eid}' need a list for '{lang}'")
            continue
        if len(texts) < MIN_QUESTIONS:
            chk.error((*path, lang), f"'{eid}' has {len(texts)} '{lang}' questions; write at "
                      f"least {MIN_QUESTIONS} phrasings, from a full sentence to keywords")
        if lang == "uz":
            for k, t in enumerate(texts):
                if _MARKED.search(t):
                    chk.uzbek_marks(t, (*path, lang, k), f"question of '{eid}'")
        out[lang] = tuple(texts)
    for extra in sorted(set(found) - set(chk.langs.written), key=str):
        chk.error((*path, extra), f"questions of '{eid}' have an unknown language '{extra}'")
    for made in chk.langs.generated():
        if made.generated_from in out:
            generated[made.code] = made.generated_from
    pending = chk.makers
    if len(generated) < len(pending):  # a source language missing (an error reported)
        pending = {code: pending[code] for code in generated}
    return Questions(out, pending), generated


def check_links(sources: Mapping[str, Source], topics: Mapping[str, Topic],
                entries: Mapping[str, Entry], quiz: Mapping[str, QuizItem],
                errors: list[Problem], ids: Mapping[str, Place],
                source_ids: Mapping[str, Place]) -> None:
    """Every id an entry or quiz item names exists (``ids``: every id written, even in a
    record with errors, which are reported already)."""
    for e in entries.values():
        for ref in e.sources:
            if ref.doc not in source_ids:
                errors.append(Problem(e.file, ref.line, f"'{e.id}' cites unknown source "
                                      f"'{ref.doc}'; use one of: {', '.join(sources)}"))
        for rid in e.related:
            if rid not in entries and rid not in ids:
                errors.append(Problem(e.file, e.related_line, f"'{e.id}' lists related id "
                                      f"'{rid}', which is not an entry; fix or remove it"))
            elif rid == e.id:
                errors.append(Problem(e.file, e.related_line, f"'{e.id}' lists itself as related"))
    for q in quiz.values():
        if q.entry not in entries:
            if q.entry not in ids:
                errors.append(Problem(q.file, q.line, f"quiz item '{q.id}' tests entry "
                                      f"'{q.entry}', which does not exist"))
        elif entries[q.entry].topic != q.topic:
            errors.append(Problem(q.file, q.line, f"quiz item '{q.id}' is in topic '{q.topic}' "
                                  f"but its entry '{q.entry}' is in '{entries[q.entry].topic}'"))
    for q in quiz.values():
        if q.topic not in topics:
            errors.append(Problem(q.file, 1, f"quiz topic '{q.topic}' has no FAQ topic file"))
            break
