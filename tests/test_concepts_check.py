"""thesaurus.yaml and countries.yaml are checked like the FAQ: every problem with file:line,
and a reload that finds one keeps the running knowledge base."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from bot import knowledge
from bot.answers import Answerer
from bot.config import Settings
from bot.services import Services
from bot.store import Store
from tests.conftest import KNOWLEDGE
from tests.test_knowledge import write_tree

THESAURUS = """\
abbreviation_endings: [ning, ga]
asks_countries: [which countries]
people_nouns: [migrant]
concepts:
  - id: un
    kind: body
    name: {en: the United Nations}
    words: [United Nations, BMT]
  - id: ilo
    kind: body
    within: [un]
    words: [ILO, МОТ]
  - id: remittances
    words: [remittance, перевод]
"""
COUNTRIES = """\
concepts:
  - id: germany
    kind: country
    name: {en: Germany, ru: Германия, uz: Germaniya}
    words: [Germany, Германи]
    people: [Germans]
"""


def _change(old: str, new: str, text: str = THESAURUS) -> str:
    assert old in text
    return text.replace(old, new, 1)


# (what is wrong, thesaurus.yaml, countries.yaml, every problem expected in full)
ERRORS = [
    ("misspelt concept key", _change("    within: [un]", "    witin: [un]"), COUNTRIES,
     ["knowledge/thesaurus.yaml:11: concept 'ilo' has an unknown field 'witin'; did you mean "
      "'within'?"]),
    ("misspelt top-level key", _change("people_nouns:", "people_noun:"), COUNTRIES,
     ["knowledge/thesaurus.yaml:3: thesaurus.yaml has an unknown field 'people_noun'; did you "
      "mean 'people_nouns'?"]),
    ("unknown key in countries", THESAURUS, _change("    people:", "    peoples:", COUNTRIES),
     ["knowledge/countries.yaml:6: concept 'germany' has an unknown field 'peoples'; did you "
      "mean 'people'?"]),
    ("unknown kind", _change("kind: body\n    within", "kind: organisation\n    within"),
     COUNTRIES,
     ["knowledge/thesaurus.yaml:10: 'kind' of concept 'ilo' lists 'organisation'; use 'country', "
      "'body' or 'aspect'"]),
    ("words not a list", _change("words: [remittance, перевод]", "words: remittance"), COUNTRIES,
     ["knowledge/thesaurus.yaml:14: 'words' of concept 'remittances' must be a list like [a, b], "
      "found the text 'remittance'"]),
    ("empty words", _change("words: [remittance, перевод]", "words: []"), COUNTRIES,
     ["knowledge/thesaurus.yaml:14: 'words' of concept 'remittances' needs at least 1 item"]),
    ("no words", _change("    words: [remittance, перевод]\n", ""), COUNTRIES,
     ["knowledge/thesaurus.yaml:13: concept 'remittances' has no 'words'; add a line "
      "'words: ...'"]),
    ("an empty word", _change("words: [ILO, МОТ]", 'words: [ILO, ""]'), COUNTRIES,
     ["knowledge/thesaurus.yaml:12: 'words' of concept 'ilo' must be non-empty text, found "
      "nothing"]),
    ("name not a mapping", THESAURUS, _change("name: {en: Germany, ru: Германия, uz: Germaniya}",
                                              "name: Germany", COUNTRIES),
     ["knowledge/countries.yaml:4: 'name' of concept 'germany' must be a mapping (key: value "
      "lines), found the text 'Germany'"]),
    ("within no concept", _change("within: [un]", "within: [un, who]"), COUNTRIES,
     ["knowledge/thesaurus.yaml:11: 'within' of concept 'ilo' names 'who', which is no concept "
      "of kind: body; use the id of an organisation"]),
    ("within a country", _change("within: [un]", "within: [germany]"), COUNTRIES,
     ["knowledge/thesaurus.yaml:11: 'within' of concept 'ilo' names 'germany', which is no "
      "concept of kind: body; use the id of an organisation"]),
    ("a place within a body", THESAURUS,
     _change("    people: [Germans]\n", "    people: [Germans]\n  - id: bavaria\n"
             "    kind: country\n    within: [un]\n    words: [Bavaria]\n", COUNTRIES),
     ["knowledge/countries.yaml:9: 'within' of concept 'bavaria' names 'un', which is no "
      "concept of kind: country; use the id of a country"]),
    ("id given twice in one file", _change("  - id: remittances", "  - id: un"), COUNTRIES,
     ["knowledge/thesaurus.yaml:13: id 'un' is already used at knowledge/thesaurus.yaml:5: ; "
      "ids must be unique across all files"]),
    ("id given in both files", THESAURUS, _change("id: germany", "id: ilo", COUNTRIES),
     ["knowledge/countries.yaml:2: id 'ilo' is already used at knowledge/thesaurus.yaml:9: ; "
      "ids must be unique across all files"]),
    ("aspect no concept", _change("concepts:\n", "aspects:\n  - [[remittances], [who]]\n"
                                                 "concepts:\n"), COUNTRIES,
     ["knowledge/thesaurus.yaml:5: aspect 'who' is no concept id"]),
    ("aspect of one side", _change("concepts:\n", "aspects:\n  - [[remittances, un]]\n"
                                                   "concepts:\n"), COUNTRIES,
     ["knowledge/thesaurus.yaml:5: a group of aspects needs two sides or more, each a list of "
      "concept ids"]),
    ("aspect on two sides", _change("concepts:\n", "aspects:\n  - [[remittances, germany], "
                                                    "[ilo, remittances]]\nconcepts:\n"),
     COUNTRIES, ["knowledge/thesaurus.yaml:5: aspect 'remittances' is on two sides of one group"]),
    ("apart phrase of one word", _change("    words: [remittance, перевод]\n",
                                         "    words: [remittance, перевод]\n"
                                         "    apart: [pul yuborgan, yuborgan]\n"), COUNTRIES,
     ["knowledge/thesaurus.yaml:15: 'apart' phrase 'yuborgan' of concept 'remittances' needs "
      "two words or more: its last word stands apart from the others"]),
    ("apart gap out of range", _change("    words: [remittance, перевод]\n",
                                       "    words: [remittance, перевод]\n"
                                       "    apart: [pul yuborgan]\n    apart_gap: 9\n"),
     COUNTRIES, ["knowledge/thesaurus.yaml:16: 'apart_gap' of concept 'remittances': Input "
                 "should be less than or equal to 6"]),
    ("concepts not a list", THESAURUS, "concepts: {id: germany}\n",
     ["knowledge/countries.yaml:1: 'concepts' of countries.yaml must be a list like [a, b], "
      "found a mapping"]),
    ("YAML syntax", THESAURUS, "concepts: [unclosed\n",
     ["knowledge/countries.yaml:2: YAML syntax error: did not find expected ',' or ']' (while "
      "parsing a flow sequence); check indentation, quotes and colons on this line"]),
]


def _tree(root: Path, thesaurus: str, countries: str) -> Path:
    write_tree(root)
    (root / "thesaurus.yaml").write_text(thesaurus, encoding="utf-8")
    (root / "countries.yaml").write_text(countries, encoding="utf-8")
    return root


def test_a_sound_thesaurus_and_countries_load(tmp_path: Path) -> None:
    result = knowledge.load(_tree(tmp_path / "knowledge", THESAURUS, COUNTRIES))
    assert result.errors == []
    assert result.kb is not None


@pytest.mark.parametrize(("name", "thesaurus", "countries", "expected"), ERRORS,
                         ids=[row[0] for row in ERRORS])
def test_each_thesaurus_problem_is_reported_whole(tmp_path: Path, name: str, thesaurus: str,
                                                  countries: str, expected: list[str]) -> None:
    result = knowledge.load(_tree(tmp_path / "knowledge", thesaurus, countries))
    assert result.kb is None
    assert [str(p) for p in result.errors] == expected


def reload_broken(tmp_path: Path, answerer: Answerer, name: str, old: str,
                  new: str) -> tuple[list[str], Services]:
    """The problems a /reload reports for a copy of the shipped knowledge folder whose file
    ``name`` has ``old`` replaced by ``new``, and the services after it."""
    broken = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, broken)
    path = broken / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    settings = dataclasses.replace(Settings(), knowledge_dir=broken)
    services = Services(settings, Store(tmp_path / "bot.sqlite3"), answerer)
    try:
        return [str(p) for p in services.reload()], services
    finally:
        services.store.close()


def test_a_reload_with_a_broken_thesaurus_keeps_the_last_good_base(
        tmp_path: Path, answerer: Answerer) -> None:
    errors, services = reload_broken(tmp_path, answerer, "thesaurus.yaml",
                                     "    within: [un]\n", "    within: [un, nobody]\n")
    text = (KNOWLEDGE / "thesaurus.yaml").read_text(encoding="utf-8")
    line = text[:text.index("    within: [un]\n")].count("\n") + 1  # the line broken
    assert errors == [f"knowledge/thesaurus.yaml:{line}: 'within' of concept 'iom' names "
                      "'nobody', which is no concept of kind: body; use the id of an organisation"]
    assert services.answerer is answerer
    reply = services.answerer.ask("what is the schengen agreement", "en")
    assert (reply.outcome, reply.match.best.entry_id) == ("answer", "coop-schengen")
