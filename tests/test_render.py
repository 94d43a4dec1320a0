"""Every answer, in every language, renders as valid Telegram HTML within the limits."""

from __future__ import annotations

from dataclasses import replace
from html import escape

import pytest

from bot.answers import Answerer
from bot.devtools.fakebotapi import parse_html
from bot.i18n import translator
from bot.knowledge import KnowledgeBase
from bot.plaintext import plain_text
from bot.telegram import keyboards as kbd
from bot.telegram import render
from bot.text import LANGS
from bot.wording import (
    AGENCY_SITE,
    FAREWELL,
    GREETING,
    URGENT,
    WELCOME,
    direct_text,
    reviewed_text,
    translated_title,
)


@pytest.mark.parametrize("lang", LANGS)
def test_every_answer_renders_within_telegram_limits(kb: KnowledgeBase, answerer: Answerer,
                                                     lang: str) -> None:
    for entry in kb.entries.values():
        reply = answerer.entry_reply(entry.id, lang)
        plain, _ = parse_html(render.answer_html(reply))
        assert 1 <= len(plain) <= render.MESSAGE_LIMIT, entry.id
        assert entry.answer[lang] in plain
        markup = kbd.answer_keyboard(entry, reply.related, lang).to_dict()
        for row in markup["inline_keyboard"]:
            for button in row:
                assert 1 <= len(button["text"]) <= 64
                if "callback_data" in button:
                    assert 1 <= len(button["callback_data"].encode()) <= 64


@pytest.mark.parametrize("lang", LANGS)
def test_pages_about_and_refusals_are_valid_html(kb: KnowledgeBase, lang: str) -> None:
    for html in (render.about_html(kb, "About <us> & them", lang),
                 render.abstain_html(kb, lang), render.topics_html(lang),
                 render.problems_html("Errors <here>", ["a.yaml:1: <bad> & worse"] * 500)):
        plain, _ = parse_html(html)
        assert 1 <= len(plain) <= render.MESSAGE_LIMIT
    for topic in kb.topics.values():
        pages = kbd.pages(len(kb.entries_of(topic.id)))
        for page in range(pages):
            parse_html(render.topic_page_html(topic, lang, page, pages))
            kbd.topic_keyboard(kb, topic.id, page, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_the_direct_answer_comes_right_under_the_bold_title(kb: KnowledgeBase,
                                                             answerer: Answerer,
                                                             lang: str) -> None:
    for entry in kb.entries.values():
        html = render.answer_html(answerer.entry_reply(entry.id, lang))
        head = f"<b>{escape(entry.title(lang))}</b>\n"
        if entry.direct and entry.direct.get(lang):
            head += f"{escape(entry.direct[lang])}\n"
        checked = reviewed_text(entry, lang)
        body = escape(entry.answer[lang]) + (f"\n<i>{escape(checked)}</i>" if checked else "")
        assert html.startswith(f"{head}\n{body}\n\n"), entry.id


def test_a_source_line_gives_the_translated_title_in_brackets_and_the_quote_verbatim(
        kb: KnowledgeBase, answerer: Answerer) -> None:
    entry = next(e for e in kb.entries.values() if kb.sources[e.sources[0].doc].title)
    ref = entry.sources[0]
    line = answerer.entry_reply(entry.id, "uz-Cyrl").sources[0]
    source = replace(line.source, title_tr={"en": line.source.title, "uz-Cyrl": "Сарлавҳа <1>"})
    translated = replace(line, source=source, title_tr=translated_title(source, "uz-Cyrl"))
    html = render.source_html(translated)
    assert f"<i>{escape(line.source.title)}</i> [Сарлавҳа &lt;1&gt;]" in html
    assert escape(ref.quote) in html
    if ref.section:
        assert escape(ref.section["uz-Cyrl"]) in html
    # No bracket when the reply language has no translation or it is the title itself.
    assert translated_title(source, "en") is None and translated_title(source, "ru") is None
    plain = render.source_html(replace(line, title_tr=None))
    assert f"<i>{escape(line.source.title)}</i>" in plain and "</i> [" not in plain


def test_about_gives_each_title_and_its_translation(kb: KnowledgeBase) -> None:
    sid, src = next((k, s) for k, s in kb.sources.items() if s.title)
    sources = {k: replace(s, title_tr=None) for k, s in kb.sources.items()}
    sources[sid] = replace(src, title_tr={"ru": "Заглавие & ко"})
    html = render.about_html(replace(kb, sources=sources), "About", "ru")
    assert f"<i>{escape(src.title)}</i> [Заглавие &amp; ко]" in html
    assert "[" not in render.about_html(replace(kb, sources=sources), "About", "en")


@pytest.mark.parametrize("lang", ["ru", "uz", "uz-Cyrl"])
def test_about_gives_the_venue_in_the_reply_language(kb: KnowledgeBase, lang: str) -> None:
    described = [s for s in kb.sources.values() if s.venue_tr]
    assert described
    html = render.about_html(kb, "About", lang)
    for src in described:
        assert escape(src.venue_tr[lang]) in html and escape(src.venue_tr["en"]) not in html


URGENT_MESSAGES = {"en": "my employer took my passport", "ru": "у меня забрали паспорт",
                   "uz": "pasportimni olib qoʻyishdi", "uz-Cyrl": "паспортимни олиб қўйишди"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_urgent_reply_says_what_the_documents_give_in_the_message_itself(
        kb: KnowledgeBase, answerer: Answerer, lang: str) -> None:
    reply = answerer.ask(URGENT_MESSAGES[lang], lang=lang)
    assert reply.kind == "urgent" and reply.entry is None and len(reply.choices) >= 3
    header = translator(lang)(URGENT).format(site=AGENCY_SITE)
    lines = [direct_text(e, lang) for e in reply.choices]
    html = render.reply_html(reply, kb)
    assert html.split("\n") == [f"<b>{escape(header)}</b>",
                                 *(f"• {escape(line)}" for line in dict.fromkeys(lines))]
    plain = plain_text(reply, kb).split("\n")
    assert plain[: len(set(lines)) + 1] == [header, *(f"• {line}" for line in
                                                      dict.fromkeys(lines))]
    # Only the documents' words: no phone number, the one address is the agency's site.
    assert not any(ch.isdigit() for ch in header.replace(AGENCY_SITE, ""))


@pytest.mark.parametrize("lang", LANGS)
def test_an_urgent_reply_with_any_answer_renders_within_telegram_limits(
        kb: KnowledgeBase, answerer: Answerer, lang: str) -> None:
    urgent = answerer.ask(URGENT_MESSAGES[lang], lang=lang)
    for entry in kb.entries.values():
        shown = answerer.entry_reply(entry.id, lang)
        reply = replace(urgent, entry=entry, related=shown.related, sources=shown.sources)
        plain, _ = parse_html(render.reply_html(reply, kb))
        assert 1 <= len(plain) <= render.MESSAGE_LIMIT, entry.id
        assert plain.endswith(parse_html(render.answer_html(shown))[0]), entry.id
        # An answered protection entry is not said twice: its answer follows in full.
        if entry in urgent.choices and entry.direct and entry.direct.get(lang):
            assert plain.count(entry.direct[lang]) == 1, entry.id


@pytest.mark.parametrize(("message", "foreign"), [
    ("Қирғизистонга 2024 йилда қанча пул келган", "Қирғизистон"),
    ("Тожикистон мигрантлари канча пул жунатади", "Тожикистон"),
])
def test_a_near_miss_names_places_in_the_script_of_the_question(
        answerer: Answerer, message: str, foreign: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "clarify" and reply.lang == "uz-Cyrl"
    assert foreign in reply.note and "Ўзбекистон" in reply.note


@pytest.mark.parametrize(("text", "lang", "message"), [
    ("rahmat", "uz", WELCOME),
    ("рахмат", "uz-Cyrl", WELCOME),
    ("спасибо, всё понятно", "ru", WELCOME),
    ("thanks a lot", "en", WELCOME),
    ("Salom, rahmat!", "uz", WELCOME),  # greeted and thanked: the thanks is answered
    ("salom", "uz", GREETING),
    ("hi", "en", GREETING),
    ("Здравствуйте!", "ru", GREETING),
    ("xayr", "uz", FAREWELL),
    ("пока", "ru", FAREWELL),
    ("see you later", "en", FAREWELL),
    ("rahmat, xayr", "uz", WELCOME),
    # "ты" folds like the English "ty": "ты тупой" is no thanks; nor is "не понял"
    ("не понял", "ru", GREETING),
    ("i dont understand", "en", GREETING),
    ("tushunmadim", "uz", GREETING),
])
def test_thanks_are_answered_you_are_welcome_and_greetings_hello(
        answerer: Answerer, kb: KnowledgeBase, text: str, lang: str, message: str) -> None:
    reply = answerer.ask(text)
    assert (reply.kind, reply.lang) == ("greeting", lang)
    expected = translator(lang)(message)
    assert plain_text(reply, kb) == expected
    assert render.reply_html(reply, kb) == escape(expected)


@pytest.mark.parametrize(("text", "default", "lang"), [
    ("Россия", "ru", "ru"),
    ("Россия", "uz-Cyrl", "uz-Cyrl"),
    ("Германия", "ru", "ru"),
    ("ок", "ru", "ru"),
    ("Ўзбекистон", "ru", "uz-Cyrl"),  # a letter only Uzbek uses
    # another script than the user's: the message's language when it tells one (an Uzbek
    # ending); one Latin word that is Uzbek only by default is the phone's (fix12, item 8:
    # "passport", "Schengen" from a Russian phone)
    ("Rossiyada", "ru", "uz"), ("Rossiya", "ru", "ru"),
    ("Россияда ишлайман, пул ўтказмалари қанча", "ru", "uz-Cyrl"),
])
def test_a_word_or_two_is_answered_in_the_users_language(
        answerer: Answerer, text: str, default: str, lang: str) -> None:
    assert answerer.ask(text, default=default).lang == lang
