"""Read a message before matching it (lists in ``knowledge/phrases.yaml``).

Pure after loading. People write "Добрый день, я студентка, пишу курсовую. Скажите, какие
... ? Спасибо!": the greeting, the introduction and the thanks carry no question. A reading
sets them aside, splits the message into sentences, keeps the ones that ask something, and
notes whether the message is only a greeting, is urgent (someone is in danger) or asks about
the documents themselves. Each sentence is read by ``bot.sentences``; here the message is read
whole: a sentence asked again, a follow-up, a lead-in, the context of each asking sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.asking import Part, clauses_of
from bot.readout import Reading
from bot.sentences import SentenceReader, Sentences, years_in
from bot.text import fold, spell

__all__ = ["Part", "Reader", "Reading", "for_language_guess"]

_LINK = re.compile(r"\bhttps?://\S+|\b(?:[\w-]+\.)+[a-z]{2,}/\S+", re.IGNORECASE)
"""A web link with a scheme or a path ("https://migration.uz/news/12345"): what it holds is
not read, so it is no subject; "migration.uz" alone still names the Agency's site."""


def for_language_guess(text: str) -> str:
    """``text`` without its web links (``_LINK``), whose letters tell no language either
    ("https://migration.uz/ru/news/1 это официальный сайт?" is Russian, tester21); a
    message of links alone is ``text`` itself, guessed as before."""
    words = _LINK.sub(" ", text)
    return words if any(c.isalpha() for c in words) else text


ABOUT_SLACK = 1
"""Words besides the phrase that a question about the documents may have without naming one
("who wrote it", "кто автор этих")."""


def _clause_starts(sentences: list[str], count: int) -> list[int]:
    """Where the clauses of ``sentences`` (split at commas) start among their ``count``
    folded tokens; the whole as one clause if folding the pieces gives other tokens."""
    starts: list[int] = []
    n = 0
    for sentence in sentences:
        for piece in clauses_of(sentence):
            starts.append(n)
            n += len(fold(piece).split())
    return starts if n == count else [0]


class Reader(SentenceReader):
    """Reads messages with the phrase lists (``PhraseBook``), built once; ``read`` is pure
    and cheap."""

    def _about_sources(self, toks: list[str]) -> tuple[str, ...] | None:
        """None unless the message asks about the documents themselves; then the words
        left of its subject ("who wrote the article about Schengen": "schengen")."""
        hits = self.about_hits(toks)
        if not hits:
            return None
        inside = {k for h in hits for k in range(h.start, h.end)}
        rest = [t for k, t in enumerate(toks) if k not in inside and t not in self.stopwords]
        subject = tuple(t for t in rest if t not in self.document_words)
        if (len(subject) < len(rest) or len(rest) <= ABOUT_SLACK
                or any(h.label == "topic" for h in hits)):
            return subject
        return None

    def read(self, text: str) -> Reading:
        """Read one cleaned message.

        Args:
            text: the message after ``bot.text.clean``.

        Returns:
            Its question-bearing parts and what else it says.
        """
        acc = Sentences()
        text = _LINK.sub(" ", text)  # a link names no subject (it met the Agency's entry)
        split = self.split_sentences(text)
        read = [(sentence, end, fold(sentence).split()) for sentence, end in split]
        read = [r for r in read if r[2]]
        all_toks: list[str] = []  # fold works word by word: the same as folding the text
        lead: tuple[str, ...] = ()
        for k, (sentence, end, toks) in enumerate(read):
            all_toks += toks
            again = self.asked_again(toks, acc.parts)
            if again is not None:
                acc.parts.append(again)  # "… in 2024? And in 2023?"
                acc.asked_numbers |= years_in(again.toks)
            elif acc.parts and self._small_talk(toks) == "follow_up":
                # "… государство помогает вернувшимся. Это правда?": asks the one before;
                # a question of a pronoun asks it of the one before in its own words ("the
                # agreement with turkey. when was it signed": when the agreement was signed)
                last = acc.parts[-1]
                acc.parts[-1] = replace(last, asks=True, toks=last.toks + tuple(toks) if (
                    self.subjectless(toks, "?" in end)) else last.toks)
            elif (acc.parts and not acc.parts[-1].asks and len(acc.parts) - 1 not in acc.told
                  and (self.asks_of_before(toks, "?" in end) or self.tells_of_before(toks))):
                # "Ustoz ... dedi. Shu haqida aytib bera olasizmi?": asks the one before
                acc.parts[-1] = replace(acc.parts[-1], asks=True)
            elif named := self._lead_in(read, k, acc):
                lead = named  # "What about 2023? How much was sent?": read with the next
            else:
                self._read_sentence(sentence, end, toks, acc)
                if lead and acc.parts and acc.parts[-1].asks:
                    acc.parts[-1] = self.asked_of(lead, acc.parts[-1])
                    acc.asked_numbers |= years_in(acc.parts[-1].toks)
                lead = ()
        if any(p.asks and not p.opener for p in acc.parts):
            # "Savolim migratsiya haqida. 2024 yilda ... qancha pul yuborishgan?": the
            # opener names a topic; the sentence that asks is the question
            acc.parts = [replace(p, asks=False) if p.opener else p for p in acc.parts]
        acc.parts = self._with_context(acc)
        kept = acc.set_told_aside()
        parts = acc.parts
        if not all_toks and any(ch in self.emoji for ch in text):
            # Only emoji, one of them a reaction ("👍", "👋"): thanks or a greeting.
            acc.set_aside = True
            acc.thanked = any(self.emoji.get(ch) == "thanks" for ch in text)
        sentences = [sentence for sentence, _ in split]
        asking = [p for p in parts if p.asks]
        hits = self.urgent_hits(all_toks, lambda: spell(" ".join(sentences)).split(),
                                lambda: _clause_starts(sentences, len(all_toks)),
                                bool(asking))
        # "Majburiy mehnat nima?" asks what a danger means: no danger told, but the
        # protection entries offered when nothing answers it
        defined = bool(asking) and self.only_defined(all_toks, hits)
        dying = self.dies_written(text)  # 'oʻlmoqchiman' (I want to die), as written
        urgent = self.is_urgent(all_toks, hits) and not defined or self.cries_alone(
            all_toks, text) or self.escapes(all_toks) or dying
        danger = self.danger_words(all_toks, hits) if urgent else frozenset()
        if danger and asking and self.asked_about(all_toks, hits):
            # A danger asked about as a subject: its words of the documents are what is
            # asked («торговли»), the others are left out («жертвам»); the protection
            # block still comes first.
            danger = frozenset(t for t in danger if not self._documents_word(t))
        subject = self._about_sources(all_toks)
        rights = self.rights.find(all_toks)
        small_talk, follows = self.talk_of(all_toks, "?" in text, len(acc.parts))
        if small_talk in ("acknowledgement", "farewell") and not urgent:
            parts, acc.set_aside = [], True  # "да", "yes", "yoʻq" alone: nothing to match
            acc.farewell = acc.farewell or small_talk == "farewell"  # "bye", «спокойной ночи»
        # (parts are emptied only when not urgent: ``asking`` still holds for an urgent one)
        action_only = urgent and bool(asking) and all(
            p.needs or self.action_asked.find(list(p.toks)) for p in asking)
        return Reading(tuple(parts), acc.set_aside, urgent, subject is not None,
                       tuple(acc.clauses), acc.thanked, farewell=acc.farewell,
                       subject=subject or (), small_talk=small_talk,
                       danger_uzbek=urgent and self.told_in_uzbek(hits),
                       rights=bool(rights), rights_only=self._only(all_toks, rights),
                       defined=defined,
                       compares=bool(self.comparing.find(all_toks)),
                       both_sides=bool(self.both_sides.find(all_toks)),
                       danger=danger, action_only=action_only,
                       self_harm=(urgent and self.self_harm_said(hits) or dying)
                       and not self.asked_about(all_toks, hits),  # not of migrants in general
                       own_numbers=self._own_numbers(acc), practical_told=acc.practical_told,
                       told=tuple(kept) if not parts else (), follows=follows or ())

    def _with_context(self, acc: Sentences) -> list[Part]:
        """``acc.parts`` with each asking sentence's ``Part.context``: the words of the
        sentences before it, back to the last that asks, that do not ask, introduce the
        writer or speak of them ("вопрос про 25 статью конституции. что она гарантирует":
        article 25 is what is asked of; "I came to Russia in 2019. How much …": not)."""
        parts, before = [], []
        for k, part in enumerate(acc.parts):
            if part.asks:
                parts.append(replace(part, context=(*before, *part.context)) if before
                             else part)
                before = []
                continue
            if k not in acc.told and k not in acc.personal and not self._personal(part.toks):
                before += part.toks
            parts.append(part)
        return parts

    def _lead_in(self, read: list[tuple[str, str, list[str]]], k: int,
                 acc: Sentences) -> tuple[str, ...]:
        """What sentence ``k`` names when it is an elliptical lead-in ("What about 2023?",
        'Yaponiya bilan-chi?', «А с Японией?») before any question and the next sentence
        asks: that one is then asked of its years or countries; else nothing."""
        if k + 1 >= len(read) or any(p.asks for p in acc.parts):
            return ()
        named = self.elliptical(read[k][2])
        if not named:
            return ()
        probe = Sentences()
        self._read_sentence(*read[k + 1], probe)
        return named if probe.parts and probe.parts[-1].asks else ()
