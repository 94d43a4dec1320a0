"""The terminal chat (``python -m bot console``): the same pipeline as the Telegram bot."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answers import Answerer
from bot.config import Settings
from bot.i18n import LANGUAGE_NAMES, N_, translator
from bot.knowledge import KnowledgeBase
from bot.langs import REGISTRY
from bot.plaintext import plain_text
from bot.reply import Reply
from bot.text import LANGS
from bot.wording import TOPICS_TITLE, topic_names

PICK_LANGUAGE = N_("Choose a language (Enter: the language of each question):")
PROMPT_HELP = N_("Ask a question. A number picks one of the questions listed; /topics "
                 "lists the topics, /quiz starts a quiz; /lang changes the language "
                 "(/lang ru); /quit leaves.")
COMMAND = re.compile(r"/[A-Za-z0-9_]+(?:@\w+)?(?=\s|$)")
"""A command as Telegram writes it ("/topics", "/quiz remittances", "/help@HamrohBot")."""

Quiz = Callable[[str | None, str], int]
"""Plays a quiz in the terminal: (topic id or None, language) -> exit status."""


class Console:
    """A question-and-answer loop over ``read`` (``input`` by default) and ``write``."""

    def __init__(self, answerer: Answerer, lang: str | None = None,
                 read: Callable[[str], str] = input,
                 write: Callable[[str], None] = print, quiz: Quiz | None = None) -> None:
        self.answerer = answerer
        self.quiz = quiz
        self.lang = lang
        self.read = read
        self.write = write
        self.choices: tuple[str, ...] = ()
        self.topic_choices: tuple[str, ...] = ()
        self.last_lang = lang or "en"

    def _ui(self) -> str:
        return self.lang or "en"

    def _reply_lang(self) -> str:
        """The language chosen, else that of the last reply."""
        return self.lang or self.last_lang

    def pick_language(self, answer: str | None = None) -> None:
        """Ask for a reply language (``answer``: already given, as in "/lang ru"); Enter keeps
        answering in each question's language."""
        if answer is None:
            self.write(translator(self._ui())(PICK_LANGUAGE))
            for k, lang in enumerate(LANGS, 1):
                self.write(f"  {k}. {LANGUAGE_NAMES[lang]}")
            answer = self.read("> ")
        answer = answer.strip()
        if answer.isdigit() and 1 <= int(answer) <= len(LANGS):
            self.lang = LANGS[int(answer) - 1]
        else:
            # a code or a name, as "/lang" takes them on Telegram ("ru", "English")
            self.lang = REGISTRY.find(answer) if answer else None

    def handle(self, line: str) -> bool:
        """Handle one line; False means the user wants to leave."""
        text = line.strip()
        if text in ("/quit", "/exit", "/q"):
            return False
        command, _space, argument = text.partition(" ")
        command = command.partition("@")[0].lower()
        topic_choices, self.topic_choices = self.topic_choices, ()
        if command == "/lang":
            # "/lang ru" on one line, as Telegram takes it; "/lang" alone shows the menu
            self.pick_language(argument if argument.strip() else None)
            return True
        if COMMAND.match(text):
            # The bot's menu commands the terminal can do; any other command gets the
            # help, never "one word is not enough" (the replies point to /topics)
            if command == "/topics":
                self._show_topics()
            elif command == "/quiz" and self.quiz is not None:
                self.quiz(argument.strip() or None, self._reply_lang())
                self.choices = ()
                self.write("")
            else:
                self.write(translator(self._reply_lang())(PROMPT_HELP))
            return True
        if text.isdigit() and topic_choices and 1 <= int(text) <= len(topic_choices):
            self._show_topic(topic_choices[int(text) - 1])
            return True
        if text.isdigit() and self.choices and 1 <= int(text) <= len(self.choices):
            reply = self.answerer.entry_reply(self.choices[int(text) - 1],
                                              self._reply_lang())
        else:
            reply = self.answerer.ask(text, lang=self.lang)
        self._show(reply)
        return True

    def _show_topics(self) -> None:
        """The topics, numbered: a number then lists that topic's questions."""
        lang = self._reply_lang()
        kb = self.answerer.kb
        self.topic_choices = tuple(kb.topics)
        self.choices = ()
        self.write(translator(lang)(TOPICS_TITLE))
        self.write("\n".join(f"{k}. {name}"
                             for k, name in enumerate(topic_names(kb, lang), 1)))
        self.write("")

    def _show_topic(self, topic_id: str) -> None:
        """One topic's questions, numbered: a number then shows that answer."""
        lang = self._reply_lang()
        kb = self.answerer.kb
        entries = kb.entries_of(topic_id)
        self.choices = tuple(e.id for e in entries)
        self.write(kb.topics[topic_id].title[lang])
        self.write("\n".join(f"{k}. {e.title(lang)}" for k, e in enumerate(entries, 1)))
        self.write("")

    def _show(self, reply: Reply) -> None:
        self.last_lang = reply.lang
        self.write(plain_text(reply, self.answerer.kb))
        self.choices = tuple(e.id for e in reply.choices)
        if not self.choices and reply.entry is not None:
            # An answer's buttons (the other question the message asked, the related
            # questions) as numbered choices: the terminal has no buttons.
            more = ([reply.also] if reply.also else []) + list(reply.related)
            self.choices = tuple(dict.fromkeys(e.id for e in more))
            if self.choices:
                self.write("")
                self.write("\n".join(f"{k}. {self.answerer.kb.entries[i].title(reply.lang)}"
                                     for k, i in enumerate(self.choices, 1)))
        self.write("")

    def loop(self) -> int:
        """Run until /quit or end of input; returns the exit status."""
        try:
            if self.lang is None:
                self.pick_language()
        except EOFError:
            return 0
        self.write(translator(self._ui())(PROMPT_HELP))
        while True:
            try:
                line = self.read("? ")
            except EOFError:
                self.write("")
                return 0
            if not self.handle(line):
                return 0


QUIZ_CORRECT = N_("Right!")
QUIZ_WRONG = N_("Not quite. The answer: {answer}")
QUIZ_PROMPT = N_("Your answer (number, or q to stop):")
QUIZ_PICK = N_("Please type a number from 1 to {n}, or q to stop.")
STOP_WORDS = {"q", "қ", "й", "/stop", "/quit"}
""""q" as typed, and as the Uzbek Cyrillic prompt shows it."""


def play_quiz(kb: KnowledgeBase, settings: Settings, topic: str | None, lang: str,
              length: int, user_id: int = 0, read: Callable[[str], str] = input,
              write: Callable[[str], None] = print) -> int:
    """Play a quiz in the terminal with the same scoring and boxes as on Telegram."""
    from bot.quiz import NOTHING_TO_ASK, QuizRunner, summary_lines
    from bot.store import Store

    if topic is not None and topic not in kb.topics:
        write(f"unknown topic '{topic}'; topics: {', '.join(kb.topics)}")
        return 2
    _ = translator(lang)
    with Store(settings.database_path) as store:
        runner = QuizRunner(kb, store)
        # A local player's chat is their own negative id, apart from Telegram chats.
        chat_id = -1_000_000 - user_id
        session = store.active_session(chat_id)
        if session is None:
            session = runner.start(chat_id, user_id, False, lang, topic, length)
        if session is None:
            write(_(NOTHING_TO_ASK))
            return 0
        stopped = False
        while (prepared := runner.current(session)) is not None:
            write(f"\n{session.position + 1}/{len(session.item_ids)}. {prepared.question}")
            for k, option in enumerate(prepared.options, 1):
                write(f"  {k}. {option}")
            poll_id = f"console-{session.id}-{session.position}"
            if store.poll(poll_id) is None:
                runner.sent(session, prepared, poll_id, None)
            choice = _pick(read, write, _, len(prepared.options))
            if choice is None:
                stopped = True
                break
            result = runner.answer(poll_id, user_id, [choice])
            if result is None:
                continue
            write(_(QUIZ_CORRECT) if result.correct else _(QUIZ_WRONG).format(
                answer=prepared.options[prepared.correct_position]))
            write(prepared.explanation)
            session = result.session
        runner.end(session, stopped=stopped)
        session = store.session(session.id) or session
        summary = runner.summary(session, user_id)
        for line in summary_lines(kb, summary, lang, stopped):
            write(line)
        # The terminal has no buttons: name the FAQ answers to read instead.
        entries = dict.fromkeys(kb.quiz[i].entry for i in summary.missed if i in kb.quiz)
        for entry_id in entries:
            if entry_id in kb.entries:
                write(f"  - {kb.entries[entry_id].title(lang)}")
    return 0


def _pick(read: Callable[[str], str], write: Callable[[str], None],
          _: Callable[[str], str], options: int) -> int | None:
    """The option picked (from 0), asked again until the answer is one; None to stop (a
    stop word or the end of input). A letter, an empty line or a number out of range is no
    answer: it is not scored wrong."""
    while True:
        try:
            answer = read(_(QUIZ_PROMPT) + " ").strip().lower()
        except EOFError:
            return None
        if answer in STOP_WORDS:
            return None
        if answer.isdigit() and 1 <= int(answer) <= options:
            return int(answer) - 1
        write(_(QUIZ_PICK).format(n=options))
