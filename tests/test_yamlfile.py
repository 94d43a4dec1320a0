"""Knowledge files give the data ``yaml.safe_load`` gives, and repeated keys by their line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bot.config import ROOT
from bot.knowledge.records import Problem
from bot.knowledge.yamlfile import YamlFile

DOCS = [
    "a: 1\nb: [x, 'y', 2.5, true, null, ~, 2026-01-15]\n",
    "entries:\n  - id: x\n    q: {en: hi, ru: привет}\n",
    "base: &b {x: 1, y: [1, 2]}\nother: *b\n",        # an alias: the same node twice
    "base: &b {x: 1}\nmerged:\n  <<: *b\n  y: 2\n",      # a merge key
    "1: one\n2024: year\nyes: bool\n",                 # keys that are no text
    "s: !!set {a, b}\no: !!omap [{a: 1}, {b: 2}]\n",   # tagged collections
    "t: !!str 2024\nn: !!int '7'\n",                   # tagged scalars
    "- a\n- [b, {c: d}]\n- {}\n- []\n",
    "plain text\n",
    "x: 'quoted: text'\ny: \"2024\"\nz: |\n  two\n  lines\n",
]


@pytest.mark.parametrize("text", DOCS)
def test_data_is_what_safe_load_gives(tmp_path: Path, text: str) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    assert YamlFile(path, "f.yaml", problems).data == yaml.safe_load(text)
    assert problems == []


def test_every_knowledge_file_gives_what_safe_load_gives(
        safe_loaded: Callable[[Path], object]) -> None:
    paths = sorted((ROOT / "knowledge").rglob("*.yaml"))
    assert len(paths) > 10
    for path in paths:  # (yaml.safe_load of the file, read once per session)
        assert YamlFile(path, path.name, []).data == safe_loaded(path)


@pytest.mark.parametrize(("text", "lines"), [
    ("a: 1\nb: 2\na: 3\n", [3]),
    ("x:\n  - {k: 1, k: 2}\n  - m:\n      n: 1\n      n: 2\n", [2, 5]),
    ("base: &b {x: 1}\nother: *b\nbase: 2\n", [3]),   # with an alias: PyYAML's constructor
    ("a: 1\nb: {a: 2}\n", []),
])
def test_a_repeated_key_is_reported_at_its_line(tmp_path: Path, text: str,
                                                lines: list[int]) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    problems: list[Problem] = []
    YamlFile(path, "f.yaml", problems)
    assert [p.line for p in problems] == lines
    assert all("appears twice" in p.message for p in problems)


def _tags(node: yaml.Node) -> list[str]:
    out = [node.tag]
    for child in node.value if isinstance(node.value, list) else ():
        for part in child if isinstance(child, tuple) else (child,):
            out += _tags(part)
    return out


SCALARS = "a: [x, 'y', \"z\", 2.5, -3, +4, .5, .inf, 0x1f, 1_000, 0o7, true, Yes, off, n, N, " \
          "null, ~, '', 2026-01-15, 2026-01-15 10:00:00, =, !!str 5]\nb:\nc: {<<: {d: 1}}\n"


@pytest.mark.parametrize("name", ["scalars", *sorted(
    str(p.relative_to(ROOT)) for p in (ROOT / "knowledge").rglob("*.yaml"))])
def test_the_fast_resolver_gives_pyyamls_tags(name: str) -> None:
    """``yamlread.SafeLoader`` resolves tags itself: the same as PyYAML's safe loader (the
    same tags give the same data: PyYAML's constructors build it)."""
    from bot.yamlread import SafeLoader

    text = SCALARS if name == "scalars" else (ROOT / name).read_text("utf-8")
    stock = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert _tags(yaml.compose(text, Loader=SafeLoader)) == _tags(yaml.compose(text, Loader=stock))
