"""Every knowledge file comes from the configured folder (``KNOWLEDGE_DIR``): the thesaurus,
the countries and the phrase lists are read, checked and reloaded with the FAQ, so the bot
matches with the files ``check`` validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_settings
from bot.knowledge import KnowledgeError
from bot.services import Services
from tests.conftest import Command
from tests.test_knowledge import write_tree

UNO = "concepts:\n  - id: one\n    words: [one, uno, yakka]\n"
"""A thesaurus that makes "uno" and "yakka" words for the demo's "one"."""
GREETS_UNO = "set_aside:\n  greeting:\n    any: [uno]\n"
"""Phrase lists that make "uno" a greeting."""


def _folder(root: Path, **files: str) -> Path:
    """The demo knowledge folder with ``files`` (name without .yaml -> text) beside it."""
    write_tree(root)
    for name, text in files.items():
        (root / f"{name}.yaml").write_text(text, encoding="utf-8")
    return root


def _services(tmp_path: Path, folder: Path) -> Services:
    settings = load_settings({"KNOWLEDGE_DIR": str(folder),
                              "DATABASE_PATH": str(tmp_path / "bot.sqlite3")})
    return Services.build(settings)


@pytest.mark.parametrize(("files", "message", "outcome", "entry"), [
    ({"thesaurus": UNO}, "what is uno", "answer", "demo-one"),
    ({"thesaurus": UNO}, "yakka nima", "answer", "demo-one"),
    ({}, "what is uno", "abstain", None),
    ({}, "yakka nima", "abstain", None),
    ({"phrases": GREETS_UNO}, "uno", "greeting", None),
    ({"thesaurus": UNO}, "uno", "answer", "demo-one"),
    ({"thesaurus": UNO, "phrases": GREETS_UNO}, "uno", "greeting", None),
])
def test_the_configured_folders_thesaurus_and_phrases_are_the_ones_matched(
        tmp_path: Path, files: dict[str, str], message: str, outcome: str,
        entry: str | None) -> None:
    services = _services(tmp_path, _folder(tmp_path / "knowledge", **files))
    try:
        reply = services.answerer.ask(message, "en")
    finally:
        services.store.close()
    best = reply.match.best
    assert (reply.outcome, best.entry_id if best and outcome == "answer" else None) == (
        outcome, entry)


BROKEN = [
    ("thesaurus", UNO.replace("    words:", "    wordz:"),
     "knowledge/thesaurus.yaml:3: concept 'one' has an unknown field 'wordz'; did you mean "
     "'words'?"),
    ("phrases", "set_aside: [unclosed\n",
     "knowledge/phrases.yaml:2: YAML syntax error: did not find expected ',' or ']' (while "
     "parsing a flow sequence); check indentation, quotes and colons on this line"),
]


@pytest.mark.parametrize(("name", "text", "expected"), BROKEN, ids=[r[0] for r in BROKEN])
def test_check_and_the_start_report_the_configured_folders_broken_file(
        tmp_path: Path, command: Command, name: str, text: str, expected: str) -> None:
    folder = _folder(tmp_path / "knowledge", **{name: text})
    result = command("check", env={"KNOWLEDGE_DIR": str(folder)})
    assert result.returncode == 1
    assert expected in result.stderr.splitlines()
    with pytest.raises(KnowledgeError) as raised:
        _services(tmp_path, folder)
    assert expected in [str(p) for p in raised.value.errors]
    assert not (tmp_path / "bot.sqlite3").exists()  # a refused start opens no database


@pytest.mark.parametrize(("name", "good", "broken", "changed"), [
    ("thesaurus", UNO, UNO.replace("[one, uno, yakka]", "[]"), "concepts: []\n"),
    ("phrases", GREETS_UNO, "set_aside: [unclosed\n", "set_aside: {}\n"),
])
def test_a_reload_reads_the_folders_file_again_and_keeps_the_base_when_it_is_broken(
        tmp_path: Path, name: str, good: str, broken: str, changed: str) -> None:
    folder = _folder(tmp_path / "knowledge", **{name: good})
    path = folder / f"{name}.yaml"
    services = _services(tmp_path, folder)
    try:
        before = services.answerer.ask("uno", "en").outcome
        path.write_text(broken, encoding="utf-8")
        errors = services.reload()
        kept = services.answerer.ask("uno", "en").outcome
        path.write_text(changed, encoding="utf-8")
        assert services.reload() == []
        after = services.answerer.ask("uno", "en").outcome
    finally:
        services.store.close()
    assert [p.file for p in errors] == [f"knowledge/{name}.yaml"]
    assert before == kept != after == "abstain"
