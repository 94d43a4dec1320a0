"""The gold list of Uzbek Cyrillic forms (tests/data/cyrillic_gold.yaml) as a gate."""

from __future__ import annotations

import re

import pytest
import yaml

from bot.translit import keep_pattern, to_cyrillic
from tests.conftest import ROOT

GOLD = yaml.safe_load((ROOT / "tests" / "data" / "cyrillic_gold.yaml").read_text("utf-8"))
KEEP = keep_pattern(
    yaml.safe_load((ROOT / "knowledge" / "keep_as_written.yaml").read_text("utf-8"))["terms"])
SOURCES = {"uztransliterator", "alifbo", "rules-1995", "ru-spelling", "issue-8", "document"}
HELD_OUT_GATE = 0.97


def ours(latin: str) -> str:
    return to_cyrillic(latin, KEEP)


@pytest.mark.parametrize("form", GOLD["kb"], ids=lambda f: f["lat"])
def test_every_knowledge_base_form(form: dict[str, object]) -> None:
    assert ours(str(form["lat"])) == form["cyr"]


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


def test_held_out_forms_are_not_in_the_knowledge_base() -> None:
    kb_text = "\n".join(p.read_text("utf-8") for p in (ROOT / "knowledge").rglob("*.yaml"))
    kb_text = re.sub(r"[ʻʼ'‘’`]", "", kb_text).lower()
    for f in GOLD["heldout"]:
        key = re.sub(r"[ʻʼ'‘’`]", "", f["lat"]).lower()
        assert not re.search(rf"(?<!\w){re.escape(key)}(?!\w)", kb_text), f["lat"]
