"""``thesaurus.yaml`` and ``countries.yaml`` checked as the FAQ is: every problem with its line.

This module reads both files from the knowledge folder, with the rest of it, and says what
is wrong in them (unknown keys, wrong types, an unknown ``kind``, empty words, a ``within:``
id that is no organisation, a concept id given twice), so ``check``, the start and a reload
refuse a broken thesaurus as they refuse a broken FAQ. Their data goes into the
``KnowledgeBase``; ``bot.thesaurus`` builds it to match and to find near misses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from bot.knowledge import models as m
from bot.knowledge.checks import FileChecker
from bot.knowledge.records import Place, Problem
from bot.knowledge.yamlfile import YamlFile
from bot.langs import REGISTRY

THESAURUS_FILE = "thesaurus.yaml"
COUNTRIES_FILE = "countries.yaml"


class ConceptModel(m._Model):
    """One concept (see the header of ``knowledge/thesaurus.yaml``)."""

    id: m.Ident
    kind: Literal["country", "body", "aspect"] | None = None
    name: dict[str, m.Text] = Field(default_factory=dict)
    words: list[m.Text] = Field(min_length=1)
    people: list[m.Text] = Field(default_factory=list)
    as_written: list[m.Text] = Field(default_factory=list)
    whole: list[m.Text] = Field(default_factory=list)
    apart: list[m.Text] = Field(default_factory=list)
    apart_gap: int | None = Field(default=None, ge=1, le=6)
    within: list[m.Ident] = Field(default_factory=list)


class ThesaurusFile(m._Model):
    abbreviation_endings: list[m.Text] = Field(default_factory=list)
    asks_countries: list[m.Text] = Field(default_factory=list)
    people_nouns: list[m.Text] = Field(default_factory=list)
    someone_there: list[m.Text] = Field(default_factory=list)
    people_plurals_apart: list[m.Text] = Field(default_factory=list)
    state_things: list[m.Text] = Field(default_factory=list)
    missions: list[m.Text] = Field(default_factory=list)
    flows: list[m.Ident] = Field(default_factory=list)
    unscored: list[m.Ident] = Field(default_factory=list)
    aspects: list[list[list[m.Ident]]] = Field(default_factory=list)
    concepts: list[Any] = Field(default_factory=list)


class CountriesFile(m._Model):
    concepts: list[Any] = Field(default_factory=list)


def read_concepts(root: Path, errors: list[Problem],
                  rel: Callable[[Path], str]) -> dict[str, Any]:
    """Read ``root``'s thesaurus and countries files, reporting every problem in ``errors``.

    Returns:
        The thesaurus file's data with the countries' concepts after its own
        (``KnowledgeBase.thesaurus``); empty when neither file exists (the bot then knows
        no concepts).
    """
    data: dict[str, Any] = {}
    concepts: list[Any] = []
    ids: dict[str, Place] = {}
    kinds: dict[str, str | None] = {}
    within: list[tuple[FileChecker, tuple[str | int, ...], str, str | None, str]] = []
    thesaurus_chk: FileChecker | None = None
    for name, model in ((THESAURUS_FILE, ThesaurusFile), (COUNTRIES_FILE, CountriesFile)):
        path = root / name
        if not path.exists():
            continue
        doc = YamlFile(path, rel(path), errors, fast=False)
        if doc.data is None:
            continue
        chk = FileChecker(doc, errors, [], REGISTRY)
        top = chk.validate(model, doc.data, (), name)
        if top is None:
            continue
        if name == THESAURUS_FILE:
            data = doc.data
            thesaurus_chk = chk
        concepts += top.concepts
        for rpath, rec in chk.records(top.concepts, "concepts", ConceptModel, "concept", ids):
            kinds[rec.id] = rec.kind
            for i, phrase in enumerate(rec.apart):
                if len(phrase.split()) < 2:
                    chk.error((*rpath, "apart", i), f"'apart' phrase {phrase!r} of concept "
                              f"'{rec.id}' needs two words or more: its last word stands "
                              "apart from the others")
            within += [(chk, (*rpath, "within", i), rec.id, rec.kind, body)
                       for i, body in enumerate(rec.within)]
    if thesaurus_chk is not None:
        _check_aspects(thesaurus_chk, data.get("aspects") or [], ids)
    for chk, path, cid, kind, body in within:
        # An organisation is part of an organisation, a place (a region) of a place.
        # A concept reported broken already (in ``ids``, not ``kinds``) is not reported again.
        wanted = "country" if kind == "country" else "body"
        if kinds.get(body, wanted if body in ids else None) != wanted:
            chk.error(path, f"'within' of concept '{cid}' names '{body}', which is no "
                      f"concept of kind: {wanted}; use the id of "
                      + ("a country" if wanted == "country" else "an organisation"))
    return {**data, "concepts": concepts} if data or concepts else {}


def _check_aspects(chk: FileChecker, groups: list[list[list[str]]],
                   ids: dict[str, Place]) -> None:
    """Each group of ``aspects:`` has two sides or more, and names each concept (known)
    on one side only."""
    for g, group in enumerate(groups):
        if len(group) < 2:
            chk.error(("aspects", g), "a group of aspects needs two sides or more, each a "
                      "list of concept ids")
        seen: set[str] = set()
        for s, side in enumerate(group):
            for k, cid in enumerate(side):
                if cid not in ids:
                    chk.error(("aspects", g, s, k), f"aspect '{cid}' is no concept id")
                elif cid in seen:
                    chk.error(("aspects", g, s, k), f"aspect '{cid}' is on two sides of "
                              "one group")
                seen.add(cid)
