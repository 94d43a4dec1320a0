"""``bench`` reads its labelled questions in a forked child (PyYAML's node tree is not
the bot's memory): the same questions as read here, whatever becomes of the child."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from bot import bench, forked
from bot.evaluation import load_labelled

SET = Path(__file__).parent / "data" / "tune.yaml"


@pytest.fixture(autouse=True)
def one_thread() -> None:
    """A fork needs a process of one thread (``forked``)."""
    for thread in threading.enumerate():
        if thread is not threading.main_thread():
            thread.join(timeout=10)


@pytest.mark.parametrize("fate", ["child", "no fork", "killed"])
def test_the_questions_read_in_a_child_are_those_read_here(
        monkeypatch: pytest.MonkeyPatch, fate: str) -> None:
    parent = os.getpid()
    read_in: list[bool] = []
    real = bench._questions

    def questions(path: Path) -> list[str]:
        if fate == "killed" and os.getpid() != parent:
            os._exit(9)
        read_in.append(os.getpid() != parent)
        return real(path)

    monkeypatch.setattr(bench, "_questions", questions)
    if fate == "no fork":
        monkeypatch.delattr(os, "fork")
    monkeypatch.setattr(forked, "GRACE", 30.0)
    got = bench.read_questions(SET)
    assert got == [item.q for item in load_labelled(SET)]
    # read here only when there was no child or it died (its list never reached us)
    assert read_in == ([] if fate == "child" else [False])
