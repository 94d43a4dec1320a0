"""Shared fixtures: the shipped knowledge base and matcher are built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import knowledge
from bot.answers import Answerer
from bot.matcher import Matcher

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(scope="session")
def kb() -> knowledge.KnowledgeBase:
    return knowledge.load_or_raise(KNOWLEDGE)


@pytest.fixture(scope="session")
def matcher(kb: knowledge.KnowledgeBase) -> Matcher:
    return Matcher(kb)


@pytest.fixture(scope="session")
def answerer(kb: knowledge.KnowledgeBase, matcher: Matcher) -> Answerer:
    return Answerer(kb, matcher)
