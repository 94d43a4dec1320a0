"""The gold list of Uzbek Cyrillic forms (tests/data/cyrillic_gold.yaml) as a gate."""

from __future__ import annotations

import re

import pytest
import yaml

from bot.translit import keep_pattern, to_cyrillic
from tests.conftest import ROOT, read_yaml

GOLD = read_yaml(ROOT / "tests" / "data" / "cyrillic_gold.yaml")
KEEP = keep_pattern(read_yaml(ROOT / "knowledge" / "keep_as_written.yaml")["terms"])
SOURCES = {"uztransliterator", "alifbo", "rules-1995", "ru-spelling", "issue-8", "document"}
HELD_OUT_GATE = 0.97


def ours(latin: str) -> str:
    return to_cyrillic(latin, KEEP)


def test_every_knowledge_base_form() -> None:
    """Every form of the list's knowledge-base part, one test for its 600-odd rows (each
    row is ~0.2 ms of work and was ~2 ms of pytest's and pytest-xdist's bookkeeping as a
    test of its own): a failure lists every wrong row by its Latin form."""
    wrong = [(f["lat"], ours(str(f["lat"])), f["cyr"]) for f in GOLD["kb"]
             if ours(str(f["lat"])) != f["cyr"]]
    assert not wrong, "\n".join(f"{lat}: ours {got!r}, gold {want!r}"
                                 for lat, got, want in wrong)


def test_held_out_forms_meet_the_gate() -> None:
    held = GOLD["heldout"]
    wrong = [(f["lat"], ours(f["lat"]), f["cyr"]) for f in held if ours(f["lat"]) != f["cyr"]]
    assert 1 - len(wrong) / len(held) >= HELD_OUT_GATE, wrong


@pytest.mark.parametrize(("part", "least"), [("kb", 400), ("heldout", 150)])
def test_the_gold_list_is_large_enough_and_checked_twice(part: str, least: int) -> None:
    forms = GOLD[part]
    assert len(forms) >= least
    assert len({f["lat"] for f in forms}) == len(forms), "a form is listed twice"
    for f in forms:
        assert len(set(f["checked"])) >= 2 and set(f["checked"]) <= SOURCES, f


def test_nothing_is_tuned_on_the_held_out_forms() -> None:
    # Our own exceptions and the keep list never name a held-out word. (When the list was
    # made, no held-out form occurred anywhere in knowledge/.)
    exceptions = yaml.safe_load((ROOT / "bot" / "data" / "cyrillic_exceptions.yaml")
                                .read_text("utf-8"))["ours"]
    words = {w.lower() for f in GOLD["heldout"] for w in re.findall(r"[\wʻʼ]+", f["lat"])}
    assert not words & set(exceptions)
    assert all(KEEP is None or not KEEP.search(f["lat"]) for f in GOLD["heldout"])


@pytest.mark.parametrize(("entry", "kept", "generated"), [
    ("concept-literature", "Stephen Castles ва Mark J. Miller", "Zygmunt Baumanнинг"),
    ("concept-uz-scholars", '"Uzbekistan: External Migration: Socio-Economic Foundations"',
     "А.Т. Хўжаев, И. Каримов ва Н. Тўрақулов"),
])
def test_the_loaded_knowledge_base_uses_the_keep_list(kb, entry: str, kept: str,
                                                      generated: str) -> None:
    text = kb.entries[entry].answer["uz-Cyrl"]
    assert kept in text and generated in text


def test_a_broken_keep_list_is_reported_with_its_file(tmp_path) -> None:
    from bot.knowledge import load

    root = tmp_path / "knowledge"
    root.mkdir()
    (root / "keep_as_written.yaml").write_text("terms: Castles\n", encoding="utf-8")
    problems = load(root).errors
    assert any(p.file.endswith("keep_as_written.yaml") and "list" in p.message
               for p in problems)


def test_check_warns_about_an_english_title_not_kept_as_written(tmp_path) -> None:
    from bot.knowledge import load
    from tests.test_knowledge import TOPIC, write_tree

    topic = TOPIC.replace("      uz: Bir — bu bir.\n",
                          '      uz: Bir — bu bir, "The Age of Migration" kabi.\n')
    root = write_tree(tmp_path / "knowledge", topic=topic)
    [warning] = load(root).warnings
    assert "The Age of Migration" in warning.message and "keep_as_written.yaml" in warning.message
    (root / "keep_as_written.yaml").write_text("terms: [The Age of Migration]\n", "utf-8")
    result = load(root)
    assert result.warnings == [] and result.errors == []
    assert "“The Age of Migration”" not in result.kb.entries["demo-one"].answer["uz-Cyrl"]
    assert '"The Age of Migration"' in result.kb.entries["demo-one"].answer["uz-Cyrl"]
