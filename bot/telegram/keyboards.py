"""Inline keyboards. Their callback data is built by ``bot.telegram.callbacks``."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import LANGUAGE_NAMES, N_, translator
from bot.knowledge import Entry, KnowledgeBase
from bot.quiz import ALL_TOPICS
from bot.reply import Reply
from bot.telegram.callbacks import PAGE_SIZE, data, pages
from bot.telegram.render import entry_button_text

SHARE = N_("↗️ Share")
BACK_TOPICS = N_("⬅️ Topics")
BACK = N_("⬅️ Back")
STOP_QUIZ = N_("⏹ Stop the quiz")
QUESTIONS_N = N_("{n} questions")


def _rows(buttons: list[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + width] for i in range(0, len(buttons), width)]


def language_picker() -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(name, callback_data=data("lang", lang))
               for lang, name in LANGUAGE_NAMES.items()]
    return InlineKeyboardMarkup(_rows(buttons, 2))


def _opens(entry: Entry, lang: str, mark: str = "") -> InlineKeyboardButton:
    """A button that sends ``entry``'s answer in ``lang``, the language of its reply."""
    return InlineKeyboardButton(mark + entry_button_text(entry, lang),
                                callback_data=data("faqin", entry.id, lang))


def answer_keyboard(entry: Entry, related: tuple[Entry, ...], lang: str) -> InlineKeyboardMarkup:
    """👍/👎, up to three related questions, and a share button."""
    _ = translator(lang)
    rows = [[InlineKeyboardButton("👍", callback_data=data("vote", "up", entry.id)),
             InlineKeyboardButton("👎", callback_data=data("vote", "down", entry.id))]]
    rows += [[_opens(r, lang)] for r in related]
    rows.append([InlineKeyboardButton(_(SHARE), switch_inline_query=entry.title(lang)[:200])])
    return InlineKeyboardMarkup(rows)


def reply_keyboard(reply: Reply, kb: KnowledgeBase) -> InlineKeyboardMarkup:
    """The keyboard under any kind of reply."""
    if reply.kind == "answer" and reply.entry:
        return answer_keyboard(reply.entry, reply.related, reply.lang)
    if reply.kind in ("clarify", "urgent") or (reply.kind in ("sources", "greeting")
                                               and reply.choices):
        # The urgent reply's buttons are what the documents say on protection; the
        # documents of one entry come with that entry's button, and a greeting that tells
        # a topic with the entry it matches.
        return choices_keyboard(reply.choices, reply.lang)
    return topics_keyboard(kb, reply.lang)


def choices_keyboard(choices: tuple[Entry, ...], lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[_opens(e, lang)] for e in choices])


def topics_keyboard(kb: KnowledgeBase, lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(t.title[lang], callback_data=data("tp", lang, t.id, 0))]
         for t in kb.topics.values()])


def topic_keyboard(kb: KnowledgeBase, topic_id: str, page: int,
                   lang: str) -> InlineKeyboardMarkup:
    """One page of a topic's entries, with paging and a way back to the topics."""
    _ = translator(lang)
    entries = kb.entries_of(topic_id)
    chunk = entries[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    rows = [[InlineKeyboardButton(entry_button_text(e, lang),
                                  callback_data=data("op", lang, e.id, page))] for e in chunk]
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton("◀️", callback_data=data("tp", lang, topic_id, page - 1)))
    if page + 1 < pages(len(entries)):
        nav.append(InlineKeyboardButton("▶️", callback_data=data("tp", lang, topic_id, page + 1)))
    if nav:
        rows.append(nav)
    rows.append([InlineKeyboardButton(_(BACK_TOPICS), callback_data=data("topicsin", lang))])
    return InlineKeyboardMarkup(rows)


def browse_entry_keyboard(entry: Entry, page: int, lang: str) -> InlineKeyboardMarkup:
    """Under an answer opened while browsing: votes, and back to the page it came from."""
    _ = translator(lang)
    return InlineKeyboardMarkup([
        [InlineKeyboardButton("👍", callback_data=data("vote", "up", entry.id)),
         InlineKeyboardButton("👎", callback_data=data("vote", "down", entry.id))],
        [InlineKeyboardButton(_(BACK), callback_data=data("tp", lang, entry.topic, page))],
    ])


def quiz_topics_keyboard(kb: KnowledgeBase, lang: str) -> InlineKeyboardMarkup:
    _ = translator(lang)
    rows = [[InlineKeyboardButton(_(ALL_TOPICS), callback_data=data("quiz", "*"))]]
    rows += [[InlineKeyboardButton(t.title[lang], callback_data=data("quiz", t.id))]
             for t in kb.topics.values() if any(q.topic == t.id for q in kb.quiz.values())]
    return InlineKeyboardMarkup(rows)


def quiz_length_keyboard(topic: str, lang: str) -> InlineKeyboardMarkup:
    _ = translator(lang)
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(_(QUESTIONS_N).format(n=n), callback_data=data("qlen", topic, n))
        for n in (5, 10, 20)]])


def stop_quiz_keyboard(lang: str) -> InlineKeyboardMarkup:
    """Under every quiz poll: a way out."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(translator(lang)(STOP_QUIZ),
                                                       callback_data=data("qstop"))]])


def missed_keyboard(entries: list[Entry], lang: str) -> InlineKeyboardMarkup | None:
    """A button per missed question's FAQ entry (at most ten)."""
    if not entries:
        return None
    return InlineKeyboardMarkup(
        [[_opens(e, lang, "📖 ")] for e in entries[:10]])
