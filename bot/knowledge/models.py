"""The shape of every knowledge file, as pydantic models: unknown keys are refused.

The models check keys and types only. Languages in text maps, lengths, Telegram's limits and
cross-references are plain code in ``checks.py``. Each validation error is turned into one
sentence a maintainer can act on (``describe``); the caller adds ``file:line``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import types
import typing
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
)
from pydantic_core import ErrorDetails

ID_PATTERN = r"^[a-z0-9][a-z0-9-]{1,47}$"


def _number_as_text(value: Any) -> Any:
    """YAML reads 2024 or 14.8 as numbers; in a text field they are text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value.strip() if isinstance(value, str) else value


def _iso_date(value: Any) -> Any:
    """A quoted "2026-01-15" is a date too (YAML reads the unquoted one as a date)."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    return value


Text = Annotated[str, Field(coerce_numbers_to_str=True),
                 StringConstraints(strip_whitespace=True, min_length=1)]
"""Non-empty text; a number is its text and spaces around are dropped, as
``_number_as_text`` does, but inside pydantic-core (no Python call per text: a knowledge
base of 10,000 entries has about 480,000 texts). One difference: Python's ``strip`` also
drops the controls U+001C-U+001F, which YAML gives only when written as escapes."""
Ident = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Date = Annotated[dt.date, BeforeValidator(_iso_date), Strict()]
TextMap = dict[str, Any]
"""Language -> text (the languages are checked against the registry in checks.py)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


SourceField = Literal["title", "authors", "affiliation", "venue", "issue", "year", "doi", "url"]


class SourceModel(_Model):
    """One document, described as it describes itself (``missing`` names what it lacks)."""

    id: Ident
    file: Text
    title: Text | None = None
    authors: list[Text] = Field(default_factory=list)
    names: list[Text] = Field(default_factory=list)
    """Its authors' names as a question may name them ("Mirkholdorov"): fold matches
    every spelling and case ending (Мирхолдорова, Mirxoldorovning)."""
    affiliation: Text | None = None
    language: Text | None = None
    """The language(s) the document is written in, as a sentence."""
    venue: Text | None = None
    issue: Text | None = None
    year: Annotated[int, Strict()] | None = None
    doi: Text | None = None
    url: Text | None = None
    missing: list[SourceField] = Field(default_factory=list)
    subject: TextMap | None = None
    title_tr: TextMap | None = None
    affiliation_tr: TextMap | None = None
    venue_tr: TextMap | None = None
    """The venue in each language, where it is a description rather than a name."""


class SourcesFile(_Model):
    sources: Annotated[list[dict[str, Any]], Field(min_length=1)]


class SourceRefModel(_Model):
    doc: Text
    section: TextMap | None = None
    quote: Text


class FactsModel(_Model):
    numbers: list[Text] = Field(default_factory=list)
    places: list[Text] = Field(default_factory=list)
    bodies: list[Text] = Field(default_factory=list)


class EntryModel(_Model):
    id: Ident
    topic: Ident | None = None
    reviewed: Date | None = None
    questions: dict[str, list[Text]]
    direct: TextMap | None = None
    answer: TextMap
    sources: Annotated[list[SourceRefModel], Field(min_length=1)]
    aliases: list[Text] = Field(default_factory=list)
    related: list[Text] = Field(default_factory=list)
    not_covered: list[Text] = Field(default_factory=list)
    facts: FactsModel | None = None
    list_sizes: list[Annotated[str, StringConstraints(pattern=r"^([2-9]|[1-9][0-9])$")]] = Field(
        default_factory=list)
    """How many items each list of its answer has ("four strengths, four weaknesses": ["4"];
    quoted, as ``facts:`` numbers are, so that yaml-rs reads the file)."""
    of_no_foreign_country: bool = False
    """Whether the documents give this of no one foreign country (compatriot societies and
    insurance abroad in general, the World Bank's help to Uzbekistan): asked of one, it is a
    near miss."""


class TopicHead(_Model):
    id: Ident
    title: TextMap


class TopicFile(_Model):
    topic: TopicHead
    entries: Annotated[list[dict[str, Any]], Field(min_length=1)]


class QuizItemModel(_Model):
    id: Ident
    entry: Ident
    reviewed: Date | None = None
    question: TextMap
    options: list[TextMap]
    explanation: TextMap


class QuizFile(_Model):
    topic: Ident
    items: Annotated[list[dict[str, Any]], Field(min_length=1)]


class OverrideModel(_Model):
    """An explicit text for a generated language: ``{text, from: <hash of its base>}``."""

    text: Text
    from_: Annotated[str, BeforeValidator(_number_as_text)] = Field(alias="from")


class KeepFile(_Model):
    terms: list[Text] = Field(default_factory=list)


# ---------------------------------------------------------------- errors in words

_DRAFT = ("this entry is a draft from 'report --draft': complete it (three questions in "
          "every language, the answer and its sources from the documents), then delete its "
          "'draft:' and 'asked:' lines")
HINTS = {
    "where": "'where:' is now two fields: 'section: {en, ru, uz}' (the heading, translated) "
             "and 'quote:' (the document's exact words)",
    "draft": _DRAFT,
    "asked": "'asked:' belongs to a draft from 'report --draft'; delete it with 'draft:'",
}
"""Known keys of an older shape, with what replaced them."""


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The model whose fields ``loc`` (a path of keys) points into, if any."""
    current: Any = model
    for step in loc:
        if isinstance(step, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        info = current.model_fields.get(step)
        if info is None:
            return None
        current = _inner_model(info.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    """The BaseModel inside ``X``, ``X | None``, ``list[X]`` or ``Annotated[...]``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, Annotated):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, str):
        return f"the text {value!r}" if value else "nothing"
    return {dict: "a mapping", list: "a list", bool: "true/false"}.get(
        type(value), f"{type(value).__name__} {value!r}")


def describe(err: ErrorDetails, model: type[BaseModel], what: str) -> str:
    """One validation error as a sentence that says what to change.

    Args:
        err: one of ``ValidationError.errors()``.
        model: the model that was validated (to name the fields a mapping may have).
        what: the record in words, e.g. "entry 'remit-uses'".
    """
    loc = tuple(err["loc"])
    keys = [step for step in loc if isinstance(step, str)]
    name = keys[-1] if keys else what
    value = err.get("input")
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "extra_forbidden":
        if name in HINTS:
            return f"{what}: {HINTS[name]}"
        owner = _model_at(model, loc[:-1])
        known = [f.alias or n for n, f in owner.model_fields.items()] if owner else []
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        advice = (f"did you mean '{close[0]}'?" if close
                  else "remove it, or use one of: " + ", ".join(known))
        return f"{what} has an unknown field '{name}'; {advice}"
    if kind == "missing":
        return f"{what} has no '{name}'; add a line '{name}: ...'"
    if kind == "list_type":
        return f"'{name}' of {what} must be a list like [a, b], found {_kind(value)}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"'{name}' of {what} must be a mapping (key: value lines), found {_kind(value)}"
    if kind in ("string_type", "string_too_short") or (kind == "too_short"
                                                        and isinstance(value, str)):
        return f"'{name}' of {what} must be non-empty text, found {_kind(value)}"
    if kind == "string_pattern_mismatch":
        return (f"'{name}' of {what} must be a short id of lowercase letters, digits and '-', "
                f"found {value!r}")
    if kind.startswith("int_"):
        return f"'{name}' of {what} must be a whole number like 2025, found {_kind(value)}"
    if kind.startswith("date_"):
        return f"'{name}' of {what} must be a date written YYYY-MM-DD, found {_kind(value)}"
    if kind == "literal_error":
        return f"'{name}' of {what} lists {value!r}; use {ctx.get('expected', '')}"
    if kind == "too_short":
        return f"'{name}' of {what} needs at least {ctx.get('min_length', 1)} item"
    return f"'{name}' of {what}: {err['msg']}"
