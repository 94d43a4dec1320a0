"""Tune's parse kept between test sessions (tests/kept_labelled.py): read back the same as
parsed, parsed again when the file changes, and never anything of the holdout."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluation import Labelled, load_labelled
from tests.conftest import ROOT, read_labelled
from tests.kept_labelled import FOLDER, HOLDOUT_NEVER_KEPT, kept_labelled
from tests.test_kept_reports import Cache

TUNE = ROOT / "tests" / "data" / "tune.yaml"


class Counted:
    """A loader giving ``items``, counting its calls (no file is read)."""

    __module__, __qualname__ = "bot.evaluation", "load_labelled"  # (as the real one)

    def __init__(self, items: list[Labelled]) -> None:
        self.items, self.calls = items, 0

    def __call__(self, path: Path) -> list[Labelled]:
        self.calls += 1
        return list(self.items)


@pytest.fixture
def parsed() -> list[Labelled]:
    """Tune as this session parsed it (``read_labelled``)."""
    return read_labelled(TUNE)


def test_a_kept_parse_is_read_back_the_same(tmp_path: Path, parsed: list[Labelled]) -> None:
    cache, data = Cache(tmp_path), TUNE.read_bytes()
    first = Counted(parsed)
    assert kept_labelled(cache, TUNE, data, first) == tuple(parsed)
    assert first.calls == 1 and len(list((tmp_path / FOLDER).glob("*.pickle"))) == 1
    again = Counted([])
    assert kept_labelled(cache, TUNE, data, again) == tuple(parsed)
    assert again.calls == 0
    assert kept_labelled(cache, TUNE, data, load_labelled)[-1] == parsed[-1]


def test_another_file_content_or_a_broken_kept_file_is_parsed_again(
        tmp_path: Path, parsed: list[Labelled]) -> None:
    cache, data = Cache(tmp_path), TUNE.read_bytes()
    kept_labelled(cache, TUNE, data, Counted(parsed))
    changed = Counted(parsed[:3])
    assert kept_labelled(cache, TUNE, data + b"\n", changed) == tuple(parsed[:3])
    assert changed.calls == 1
    for kept in (tmp_path / FOLDER).glob("*.pickle"):
        kept.write_bytes(b"broken")
    broken = Counted(parsed[:2])
    assert kept_labelled(cache, TUNE, data, broken) == tuple(parsed[:2])
    assert broken.calls == 1


@pytest.mark.parametrize("path", [HOLDOUT_NEVER_KEPT, Path("tune.yaml")],
                         ids=["holdout", "another tune.yaml"])
def test_only_the_tune_file_is_kept(tmp_path: Path, parsed: list[Labelled], path: Path) -> None:
    """Nothing of the holdout leaves tests/data (the loader here reads no file)."""
    loader = Counted(parsed[:1])
    for _ in range(2):
        assert kept_labelled(Cache(tmp_path), path, b"lines", loader) == tuple(parsed[:1])
    assert loader.calls == 2
    assert not (tmp_path / FOLDER).exists()


def test_without_a_cache_folder_every_set_is_parsed(parsed: list[Labelled]) -> None:
    loader = Counted(parsed[:1])
    kept_labelled(None, TUNE, b"lines", loader)
    kept_labelled(None, TUNE, b"lines", loader)
    assert loader.calls == 2
