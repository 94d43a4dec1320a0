"""Work done at start so that the first questions are not slower: never another result."""

from __future__ import annotations

import asyncio
import gc
import weakref
from pathlib import Path

import numpy as np
import pytest

from bot import knowledge
from bot import services as services_module
from bot.answers import Answerer
from bot.config import Settings
from bot.index import WARM_WORDS
from bot.langs import LANGS
from bot.services import Services
from bot.telegram.rendered import Rendered
from tests.conftest import KNOWLEDGE, ROOT, fresh_memory, read_labelled, shipped_answerer

QUESTIONS = 300


def test_a_warmed_matcher_remembers_the_commonest_words_and_matches_alike(
        tune_answerer: Answerer) -> None:
    shipped = shipped_answerer().matcher
    warm = fresh_memory(shipped)
    used = np.diff(warm._vocab._offsets)
    assert warm.remember_vocabulary(most=10) == 10
    remembered = set(warm._similar)
    assert len(remembered) == 10
    assert min(used[warm._vocab.ids[w]] for w in remembered) >= sorted(used)[-10]
    every = min(WARM_WORDS, len(warm._vocab.sorted_words))
    assert warm.remember_vocabulary() == every
    assert set(warm._vocab.sorted_words) <= set(warm._similar)
    questions = [item.q for item in read_labelled(ROOT / "tests/data/tune.yaml")][:QUESTIONS]
    questions += ["migrnatlar", "pul otkazmalri 2024", "Россиядаги мигрантлар", "xyzzy"]
    # The session's matches of the tune lines (its report on tune), the others matched now.
    assert [warm.match(q) for q in questions] == [tune_answerer.matcher.match(q)
                                                  for q in questions]


def test_the_bot_starts_with_its_vocabulary_remembered(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    shipped = shipped_answerer()

    def load_or_raise(path: Path) -> knowledge.KnowledgeBase:
        assert path == KNOWLEDGE
        return shipped.kb

    # The start reads and indexes the session's knowledge base, not a second copy of it.
    monkeypatch.setattr(knowledge, "load_or_raise", load_or_raise)
    monkeypatch.setattr(services_module, "Answerer",
                        lambda kb: Answerer(kb, fresh_memory(shipped.matcher)))
    services = Services.build(Settings(database_path=tmp_path / "db.sqlite3",
                                       knowledge_dir=KNOWLEDGE))
    matcher = services.answerer.matcher
    assert set(matcher._vocab.sorted_words) <= set(matcher._similar)


def test_prepared_messages_are_those_the_questions_get(tune_answerer: Answerer) -> None:
    answerer = shipped_answerer()
    kb = answerer.kb
    prepared = Rendered()
    assert prepared.prepare(answerer) == (len(kb.entries) + 1) * len(LANGS)
    built = len(prepared._messages)
    questions = [item for item in read_labelled(ROOT / "tests/data/tune.yaml")][:QUESTIONS]
    # Asked of the same base; the matches are the session's report on tune.
    replies = [tune_answerer.ask(item.q, default=item.lang) for item in questions]
    answered = [r for r in replies if r.kind == "answer" and r.also is None]
    assert len(answered) > QUESTIONS // 2
    on_demand = Rendered()
    for reply in answered + [r for r in replies if r.kind == "abstain" and not r.note]:
        assert prepared.sendable(reply, kb) == on_demand.sendable(reply, kb)
    assert len(prepared._messages) == built  # none of them was built again


def test_a_second_bot_on_the_same_knowledge_copies_the_prepared_messages() -> None:
    answerer = shipped_answerer()
    first, second = Rendered(), Rendered()
    first.prepare(answerer, most=10)
    assert second.prepare(answerer, most=10) == 10
    assert second._messages == first._messages and second._messages is not first._messages
    assert all(second._messages[k] is first._messages[k] for k in first._messages)


def test_prepared_messages_keep_no_knowledge_base_alive() -> None:
    """A base that /reload replaced is freed, and what was prepared for it goes too."""
    kb = knowledge.load_or_raise(KNOWLEDGE)
    answerer = Answerer(kb, matcher=shipped_answerer().matcher)
    assert Rendered().prepare(answerer, most=4) == 4
    gone = weakref.ref(kb)
    del answerer, kb
    gc.collect()
    assert gone() is None


def test_at_most_the_asked_number_of_messages_is_built(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """50,000 entries must not build 200,000 replies at start to keep 1,024."""
    answerer = shipped_answerer()
    made = []
    entry_reply = answerer.entry_reply
    monkeypatch.setattr(answerer, "entry_reply",
                        lambda *args: made.append(args) or entry_reply(*args))
    assert Rendered().prepare(answerer, most=7) == 7
    assert len(made) == 7 - len(LANGS)  # the abstentions first, then entries' answers


def test_bench_targets_bots_start_as_the_bot_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """``bench --targets`` measures bots started as ``run`` starts one (their vocabulary
    remembered: ``started_answerer``), built before its fake server runs."""
    from bot.devtools import loadtest, targets

    class Started(Exception):
        """The loads asked for the started answerer."""

    def started_answerer(path: Path) -> Answerer:
        assert path == KNOWLEDGE
        raise Started

    def pinned_server(rtt: float) -> None:
        pytest.fail("the fake server started before the bots' answerer was built")

    monkeypatch.setattr(services_module, "started_answerer", started_answerer)
    monkeypatch.setattr(loadtest, "pinned_server", pinned_server)
    with pytest.raises(Started):
        asyncio.run(targets.run_targets(Settings(knowledge_dir=KNOWLEDGE), [("hi", "en")]))
