"""The cycle collector paused while a knowledge base is read or indexed."""

from __future__ import annotations

import gc

import pytest

from bot import collector


class Node:
    """An object the cycle collector tracks."""


def test_what_is_made_while_paused_goes_to_the_oldest_generation(thawed: None) -> None:
    """So the first object made after does not walk it all as the youngest generation."""
    assert gc.isenabled() and gc.get_freeze_count() == 0  # a process that froze nothing
    with collector.paused():
        assert not gc.isenabled()
        made = [Node() for _ in range(2000)]
    assert gc.isenabled()
    assert gc.get_count()[0] < len(made)
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert all(id(node) in oldest for node in made)


def test_what_the_bots_start_froze_stays_frozen(thawed: None) -> None:
    """A witness frozen at the start stays frozen; what the pause made is neither frozen nor
    moved to the oldest generation. (Not by ``gc.get_freeze_count``: a frozen object that
    dies meanwhile, anywhere in the worker, lowers it.)"""
    assert gc.isenabled()
    witness = Node()
    collector.freeze()  # as the bot's start does (``bot.telegram.app``)
    with collector.paused():
        made = Node()
    assert gc.isenabled()
    tracked = {id(obj) for obj in gc.get_objects()}  # every generation, none of the frozen
    assert id(witness) not in tracked
    assert id(made) in tracked
    assert id(made) not in {id(obj) for obj in gc.get_objects(generation=2)}


def test_pausing_never_counts_what_is_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """``gc.get_freeze_count`` walks every frozen object: ~10-20 ms in a started bot or the
    test session, after every load and index build. ``freeze`` remembers it instead."""
    def walk() -> int:
        raise AssertionError("gc.get_freeze_count walks every frozen object")

    with monkeypatch.context() as patch:
        patch.setattr(gc, "get_freeze_count", walk)
        with collector.paused():
            Node()
        with collector.serving():
            Node()
    assert collector._frozen == (gc.get_freeze_count() > 0)  # the session froze its own
