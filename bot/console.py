"""The terminal chat (``python -m bot console``): the same pipeline as the Telegram bot."""

from __future__ import annotations

from collections.abc import Callable

from bot.answers import Answerer, Reply, plain_text
from bot.i18n import LANGUAGE_NAMES, N_, translator
from bot.text import LANGS

PICK_LANGUAGE = N_("Choose a language (Enter: the language of each question):")
PROMPT_HELP = N_("Ask a question. A number picks a “did you mean” choice; "
                 "/lang changes the language; /quit leaves.")


class Console:
    """A question-and-answer loop over ``read`` (``input`` by default) and ``write``."""

    def __init__(self, answerer: Answerer, lang: str | None = None,
                 read: Callable[[str], str] = input,
                 write: Callable[[str], None] = print) -> None:
        self.answerer = answerer
        self.lang = lang
        self.read = read
        self.write = write
        self.choices: tuple[str, ...] = ()
        self.last_lang = lang or "en"

    def _ui(self) -> str:
        return self.lang or "en"

    def pick_language(self) -> None:
        """Ask for a reply language; Enter keeps answering in each question's language."""
        self.write(translator(self._ui())(PICK_LANGUAGE))
        for k, lang in enumerate(LANGS, 1):
            self.write(f"  {k}. {LANGUAGE_NAMES[lang]}")
        answer = self.read("> ").strip()
        if answer.isdigit() and 1 <= int(answer) <= len(LANGS):
            self.lang = LANGS[int(answer) - 1]
        elif answer in LANGS:
            self.lang = answer
        else:
            self.lang = None

    def handle(self, line: str) -> bool:
        """Handle one line; False means the user wants to leave."""
        text = line.strip()
        if text in ("/quit", "/exit", "/q"):
            return False
        if text == "/lang":
            self.pick_language()
            return True
        if text.isdigit() and self.choices and 1 <= int(text) <= len(self.choices):
            reply = self.answerer.entry_reply(self.choices[int(text) - 1],
                                              self.lang or self.last_lang)
        else:
            reply = self.answerer.ask(text, lang=self.lang)
        self._show(reply)
        return True

    def _show(self, reply: Reply) -> None:
        self.last_lang = reply.lang
        self.choices = tuple(e.id for e in reply.choices)
        self.write(plain_text(reply, self.answerer.kb))
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
