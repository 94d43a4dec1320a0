"""Replies' messages built once per knowledge base: the same as built fresh, never stale."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers import Answerer
from bot.i18n import translator
from bot.knowledge import KnowledgeBase
from bot.reply import Reply
from bot.telegram import keyboards as kbd
from bot.telegram import render
from bot.telegram.rendered import Rendered, key
from tests.conftest import read_labelled
from tests.e2e_harness import Harness, buttons, running

TUNE = Path(__file__).parent / "data" / "tune.yaml"


def fresh(reply: Reply, kb: KnowledgeBase) -> tuple[str, dict]:
    return render.reply_html(reply, kb), kbd.reply_keyboard(reply, kb).to_dict()


@pytest.fixture(scope="module")
def replies(tune_answerer: Answerer) -> list[Reply]:
    """Every 8th tune question, asked with no chosen language and with one of each (their
    matches are the session's report on tune: conftest's ``tune_answerer``)."""
    answerer = tune_answerer
    questions = [item.q for item in read_labelled(TUNE)][::8]
    asked = [answerer.ask(q, lang=lang, default="en") for k, q in enumerate(questions)
             for lang in (None, ("uz", "ru", "en")[k % 3])]
    # A second question in the message puts its entry first among the related buttons.
    also = [dataclasses.replace(r, related=r.related[::-1]) for r in asked
            if r.kind == "answer" and len(r.related) > 1]
    # The documents: one author's, all five, one entry's, in one language and another.
    documents = [answerer.ask(q, default="en") for q in (
        "Кто такой Мирхолдоров?", "Кто написал эти статьи?", "mirxoldorov kim",
        "maqolalarni kim yozgan", "who wrote the article about remittances")]
    # Replies whose text is not the entry's: small talk, one vague word, rights, greetings
    # with a button, each beside a plain abstention in the same language.
    shapes = [answerer.ask(q, lang=lang) for lang in ("ru", "uz", "en") for q in (
        "подробнее", "batafsil", "why?", "который час", "soat necha", "what time is it",
        "pul", "law", "ok", "понятно", "спасибо", "I am a nurse and want to work in Germany",
        "migrantlar huquqlari buzilsa kimga murojaat qilish kerak",
        "куда обращаться если нарушены права мигранта")]
    return asked + also[:20] + documents + shapes


@pytest.fixture(scope="module")
def built_fresh(answerer: Answerer, replies: list[Reply]) -> list[tuple[str, dict]]:
    """Each of ``replies`` rendered fresh (``fresh``), once for the module's three tests
    that compare with it: rendering every reply again in each cost ~0.3 s of CPU."""
    return [fresh(reply, answerer.kb) for reply in replies]


def test_a_kept_message_is_the_one_built_fresh(answerer: Answerer, replies: list[Reply],
                                                built_fresh: list[tuple[str, dict]]) -> None:
    rendered = Rendered()
    for reply in replies:  # the cache filled by all, then each reply read back from it
        rendered.message(reply, answerer.kb)
    for reply, built in zip(replies, built_fresh, strict=True):
        text, markup = rendered.message(reply, answerer.kb)
        assert (text, markup.to_dict()) == built, reply.match.query
    assert {r.kind for r in replies} >= {"answer", "clarify", "abstain", "greeting", "urgent",
                                         "sources"}


def test_a_kept_sendable_message_is_the_one_built_fresh_with_its_keyboard_as_json(
        answerer: Answerer, replies: list[Reply],
        built_fresh: list[tuple[str, dict]]) -> None:
    rendered = Rendered()
    for reply in replies:
        rendered.sendable(reply, answerer.kb)
    for reply, built in zip(replies, built_fresh, strict=True):
        text, markup = rendered.sendable(reply, answerer.kb)
        assert (text, json.loads(markup)) == built, reply.match.query


def test_replies_with_one_key_render_alike(replies: list[Reply],
                                           built_fresh: list[tuple[str, dict]]) -> None:
    by_key: dict[tuple, tuple[str, dict]] = {}
    for reply, built in zip(replies, built_fresh, strict=True):
        assert by_key.setdefault(key(reply), built) == built, reply.match.query
    assert len(by_key) < len(replies)  # the test did compare replies sharing a key


def edited(kb: KnowledgeBase, entry_id: str, lang: str) -> KnowledgeBase:
    """``kb`` with one entry's title and answer in ``lang`` changed, as a reload would load."""
    entry = kb.entries[entry_id]
    questions = {**entry.questions, lang: ("A new title?", *entry.questions[lang][1:])}
    answer = {**entry.answer, lang: "A new answer."}
    entries = {**kb.entries, entry_id: dataclasses.replace(entry, questions=questions,
                                                           answer=answer)}
    return dataclasses.replace(kb, entries=entries)


def test_a_new_knowledge_base_is_never_served_from_the_old_one(answerer: Answerer) -> None:
    rendered = Rendered()
    old = answerer.entry_reply("coop-schengen", "en")
    rendered.message(old, answerer.kb)
    rendered.sendable(old, answerer.kb)
    new_kb = edited(answerer.kb, "coop-schengen", "en")
    reply = Answerer(new_kb, answerer.matcher).entry_reply("coop-schengen", "en")
    assert key(reply) == key(old)
    text, markup = rendered.message(reply, new_kb)
    assert "A new answer." in text and "A new title?" in text
    assert (text, markup.to_dict()) == fresh(reply, new_kb)
    text, sent = rendered.sendable(reply, new_kb)
    assert (text, json.loads(sent)) == fresh(reply, new_kb)


def test_catalogs_read_again_are_never_served_from_the_old_ones(answerer: Answerer) -> None:
    """``--watch`` reads changed .po files again (``translator.cache_clear``) even when the
    knowledge base stays: a kept message would keep the old wording."""
    rendered = Rendered()
    reply = answerer.entry_reply("coop-schengen", "en")
    kept = rendered.message(reply, answerer.kb)
    sendable = rendered.sendable(reply, answerer.kb)
    assert rendered.message(reply, answerer.kb) is kept
    assert rendered.sendable(reply, answerer.kb) is sendable
    translator.cache_clear()
    assert rendered.sendable(reply, answerer.kb) is not sendable
    assert rendered.message(reply, answerer.kb) is not kept


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


@pytest.mark.e2e
async def test_after_a_reload_the_bot_sends_the_new_answer_and_buttons(
        bot: Harness, answerer: Answerer, monkeypatch: pytest.MonkeyPatch) -> None:
    services = bot.app.bot_data["services"]
    before = await bot.say(1, "what is the schengen agreement")
    assert "A new answer." not in before.params["text"]
    # The reload reads an edited knowledge base (indexed as the shipped one: same ids).
    new = Answerer(edited(answerer.kb, "coop-schengen", "en"), answerer.matcher)
    monkeypatch.setattr(services, "load_answerer", lambda: (new, []))
    await bot.say(1, "/reload")  # user 1 is an admin in the harness
    after = await bot.say(1, "what is the schengen agreement")
    assert "A new answer." in after.params["text"]
    share = [b for b in buttons(after) if "switch_inline_query" in b]
    assert [b["switch_inline_query"] for b in share] == ["A new title?"]
