"""Each reply's message (its HTML and its keyboard), built once per knowledge base.

Building an answer's HTML and its ~6 buttons (each callback checked by
``bot.telegram.callbacks``) cost ~0.2 ms of the event loop per question, the same work
every time the same entry is shown in the same language. The message depends only on the
parts ``key`` names, on the knowledge base and on the catalogs, so it is kept per key; a
reload (a new ``KnowledgeBase`` object, or catalogs read again by ``--watch``, which makes
new translators) empties the cache before anything is served from it.
"""

from __future__ import annotations

import functools
import itertools
import json
import weakref

from telegram import InlineKeyboardMarkup

from bot.answers import Answerer
from bot.i18n import DEFAULT_LANG, Translator, translator
from bot.knowledge import KnowledgeBase
from bot.langs import LANGS
from bot.reply import Reply
from bot.telegram import keyboards as kbd
from bot.telegram import render
from bot.verdict import Match
from bot.wording import greeting_message

RENDERED = "rendered"
"""The cache's key in ``bot_data``."""
MAX_KEPT = 4096
"""Messages kept at most (a shipped base has ~62 entries x 4 languages); past it, start over."""
PREPARED = MAX_KEPT // 4
"""Messages ``Rendered.prepare`` builds at most (the shipped base's 252 are all of them)."""
_prepared: dict[int, tuple[weakref.ref[KnowledgeBase], Rendered]] = {}
"""Per knowledge base (by id, while it lives), the messages prepared for it: every
Application built on the same one (the test suite's end-to-end bots share one) copies them
instead of building them."""

Key = tuple[object, ...]


def key(reply: Reply) -> Key:
    """Everything of a reply that ``render.reply_html`` and ``keyboards.reply_keyboard``
    read, besides the knowledge base: sources follow from the entry, the language and the
    base; the documents listed do not (all five, or one author's); a protection block opens
    with the human line when the message says the writer wants to die or harm themselves."""
    return (reply.kind, reply.lang, reply.entry.id if reply.entry else None,
            tuple(e.id for e in reply.related), tuple(e.id for e in reply.choices),
            reply.note, greeting_message(reply) if reply.kind == "greeting" else None,
            tuple(src.id for src in reply.documents),
            reply.kind == "urgent" and reply.match.self_harm)


class Rendered:
    """The cache: ``message(reply, kb)`` gives the reply's HTML and keyboard, ``sendable``
    the HTML and the keyboard as the Bot API's JSON."""

    def __init__(self) -> None:
        self._kb: KnowledgeBase | None = None
        self._tr: Translator | None = None
        self._messages: dict[Key, tuple[str, InlineKeyboardMarkup]] = {}
        self._sendable: dict[Key, tuple[str, str]] = {}
        self._most = 0

    def message(self, reply: Reply, kb: KnowledgeBase) -> tuple[str, InlineKeyboardMarkup]:
        """The reply's HTML and keyboard, built now or kept from an earlier reply."""
        return self._message(key(reply), reply, kb)

    def sendable(self, reply: Reply, kb: KnowledgeBase) -> tuple[str, str]:
        """The reply's HTML and its keyboard as the JSON text of ``reply_markup``.

        python-telegram-bot turns a keyboard into a dict and then into JSON at every send
        (~0.05 ms for an answer's six buttons): the JSON is kept with the message instead.
        """
        k = key(reply)
        text, markup = self._message(k, reply, kb)
        found = self._sendable.get(k)
        if found is None:
            found = self._sendable[k] = (text, json.dumps(markup.to_dict()))
        return found

    def prepare(self, answerer: Answerer, most: int = PREPARED) -> int:
        """Build now the messages most replies are: each entry's answer and the plain
        abstention, in every language, at most ``most`` of them (entries in file order).

        A bot just started would otherwise build each in the first reply that
        shows it (~0.2 ms of the event loop for an answer's HTML and buttons). Returns how
        many messages were built.
        """
        kb = answerer.kb
        ref, done = _prepared.get(id(kb), (None, None))
        if (ref is not None and ref() is kb and done is not None
                and done._tr is translator(DEFAULT_LANG) and done._most == most):
            self._kb, self._tr = kb, done._tr
            self._messages, self._sendable = dict(done._messages), dict(done._sendable)
            return len(self._messages)
        replies = itertools.chain(
            (Reply("abstain", lang, Match("", "abstain", (), lang)) for lang in LANGS),
            (answerer.entry_reply(eid, lang) for eid in kb.entries for lang in LANGS))
        for reply in itertools.islice(replies, most):  # 50,000 entries build 1,024, no more
            self.sendable(reply, kb)
        kept, number = Rendered(), id(kb)
        _prepared[number] = (weakref.ref(kb, functools.partial(_forget, number)), kept)
        # The kept copy holds no knowledge base: a base /reload replaced is freed.
        kept._kb, kept._tr, kept._most = None, self._tr, most
        kept._messages, kept._sendable = dict(self._messages), dict(self._sendable)
        return len(self._messages)

    def _message(self, k: Key, reply: Reply, kb: KnowledgeBase
                 ) -> tuple[str, InlineKeyboardMarkup]:
        tr = translator(DEFAULT_LANG)  # a new object once the catalogs are read again
        if kb is not self._kb or tr is not self._tr or len(self._messages) >= MAX_KEPT:
            self._kb, self._tr, self._messages, self._sendable = kb, tr, {}, {}
        found = self._messages.get(k)
        if found is None:
            found = self._messages[k] = (render.reply_html(reply, kb),
                                         kbd.reply_keyboard(reply, kb))
        return found


def _forget(number: int, _ref: object) -> None:
    """Drop what was prepared for a knowledge base that is gone (not at shutdown, when the
    module's globals may already be None)."""
    if _prepared is not None:
        _prepared.pop(number, None)
