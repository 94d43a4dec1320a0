"""PyYAML's results kept between test sessions (tests/kept_yaml.py): read back the same,
loaded again for another text, and a kept result that is not PyYAML's fails."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import yaml

from tests.kept_yaml import FOLDER, kept_safe_load
from tests.test_kept_reports import Cache

TEXTS = ["a: 1\nb: [x, y]\n", "when: 2024-05-01\nnone:\n", "", "- ok\n- 'yes'\n- yes\n"]
"""A mapping, a date and a null, an empty file (None), booleans and strings."""


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    loaded: list[str] = []
    safe_load = yaml.safe_load

    def counted(text: str) -> object:
        loaded.append(text)
        return safe_load(text)

    monkeypatch.setattr(yaml, "safe_load", counted)
    return loaded


def test_kept_results_are_read_back_the_same(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    first = kept_safe_load(Cache(tmp_path))
    expected = [yaml.safe_load(t) for t in TEXTS]
    assert [first(t) for t in TEXTS] == expected
    assert len(list((tmp_path / FOLDER).glob("*.pickle"))) == len(TEXTS)
    loaded = _counted(monkeypatch)
    again = kept_safe_load(Cache(tmp_path))  # a later session
    assert [again(t) for t in TEXTS] == expected
    assert loaded == TEXTS[:1]  # the session's first text is loaded again and compared
    assert again(TEXTS[0] + "c: 2\n") == {"a": 1, "b": ["x", "y"], "c": 2}
    assert loaded == [TEXTS[0], TEXTS[0] + "c: 2\n"]


def test_a_kept_result_that_is_not_pyyamls_fails(tmp_path: Path) -> None:
    kept_safe_load(Cache(tmp_path))(TEXTS[0])
    for path in (tmp_path / FOLDER).glob("*.pickle"):
        path.write_bytes(pickle.dumps(({"a": 2},)))
    with pytest.raises(AssertionError, match="differs from PyYAML's"):
        kept_safe_load(Cache(tmp_path))(TEXTS[0])


def test_a_broken_kept_file_or_no_cache_folder_loads_the_text(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept_safe_load(Cache(tmp_path))(TEXTS[1])
    for path in (tmp_path / FOLDER).glob("*.pickle"):
        path.write_bytes(b"broken")
    loaded = _counted(monkeypatch)
    assert kept_safe_load(Cache(tmp_path))(TEXTS[1]) == yaml.safe_load(TEXTS[1])
    assert kept_safe_load(None)(TEXTS[1]) == yaml.safe_load(TEXTS[1])
    assert loaded == [TEXTS[1]] * 4
