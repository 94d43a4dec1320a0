"""`show` prints one item as the bot shows it; `review` writes every generated Cyrillic text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import cli
from bot.answers import Answerer
from bot.knowledge import KnowledgeBase
from bot.showcase import cyrillic_review, html_to_text
from bot.text import LANGS
from bot.wording import direct_text, first_sentence


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch, kb: KnowledgeBase,
            answerer: Answerer) -> KnowledgeBase:
    """The commands get the already loaded knowledge base and index."""
    monkeypatch.setattr(cli, "_load_kb", lambda settings: kb)
    monkeypatch.setattr(cli, "_load_answerer", lambda settings: answerer)
    return kb


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("entry_id", ["concept-literature", "concept-uz-scholars",
                                      "remit-2024-total"])
def test_show_prints_title_direct_answer_answer_and_sources(
        shipped: KnowledgeBase, capsys: pytest.CaptureFixture[str], entry_id: str,
        lang: str) -> None:
    assert cli.main(["show", entry_id, "--lang", lang]) == 0
    out = capsys.readouterr().out
    entry = shipped.entries[entry_id]
    first = entry.title(lang) + "\n"
    if entry.direct and entry.direct.get(lang):
        first += entry.direct[lang] + "\n"
    assert out.startswith(first + "\n" + entry.answer[lang] + "\n")
    for ref in entry.sources:
        assert ref.quote in out  # verbatim, in every language and script
    assert "<" not in out.split("\n[")[0]  # the text a user reads, not the HTML
    assert "[👍 | 👎]" in out


def test_show_keeps_foreign_titles_in_uzbek_cyrillic(shipped: KnowledgeBase,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["show", "concept-literature"]) == 0  # uz-Cyrl by default
    out = capsys.readouterr().out
    assert "Stephen Castles ва Mark J. Miller" in out and "Степҳен" not in out


def test_show_html_and_quiz_items(shipped: KnowledgeBase,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["show", "concept-literature", "--lang", "en", "--html"]) == 0
    assert capsys.readouterr().out.startswith("<b>")
    item = next(iter(shipped.quiz.values()))
    assert cli.main(["show", item.id, "--lang", "uz-Cyrl"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(item.question["uz-Cyrl"])
    assert f"✓ {item.options[0]['uz-Cyrl']}" in out


def test_show_of_an_unknown_id_exits_2(shipped: KnowledgeBase,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["show", "no-such-entry"]) == 2
    assert "no-such-entry" in capsys.readouterr().err


def test_review_writes_every_entry_and_quiz_item(shipped: KnowledgeBase, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deep" / "review.md"
    assert cli.main(["review", "--out", str(out)]) == 0
    text = out.read_text("utf-8")
    assert text == cyrillic_review(shipped)
    for entry in shipped.entries.values():
        assert f"### {entry.id}\n" in text
        assert f"  - {entry.answer['uz-Cyrl']}\n" in text
    for item in shipped.quiz.values():
        assert f"### quiz: {item.id}\n" in text
        assert f"  - {item.explanation['uz-Cyrl']}\n" in text


@pytest.mark.parametrize(("text", "first"), [
    ("According to A. Mirkholdorov, Uzbekistan leads. Second.",
     "According to A. Mirkholdorov, Uzbekistan leads."),
    ("In 2024 it was 14.8 billion USD. Next.", "In 2024 it was 14.8 billion USD."),
    ("Sh. Mirziyoyev signed it. Then more.", "Sh. Mirziyoyev signed it."),
    ("D. S. Massey et al. wrote it (1993). Two.", "D. S. Massey et al. wrote it (1993)."),
    ("Согласно А. Мирхолдорову, да. Второе.", "Согласно А. Мирхолдорову, да."),
    ("14,8 mlrd. dollar. Keyin.", "14,8 mlrd. dollar."),
    ("One sentence only", "One sentence only"),
])
def test_first_sentence(text: str, first: str) -> None:
    assert first_sentence(text) == first


@pytest.mark.parametrize("lang", LANGS)
def test_direct_text_falls_back_to_the_first_sentence(kb: KnowledgeBase, lang: str) -> None:
    for entry in kb.entries.values():
        text = direct_text(entry, lang)
        if entry.direct and entry.direct.get(lang):
            assert text == entry.direct[lang]
        else:
            assert entry.answer[lang].startswith(text) and text


def test_html_to_text() -> None:
    assert html_to_text("<b>A &amp; B</b>\n<i>x</i> &lt;y&gt;") == "A & B\nx <y>"
