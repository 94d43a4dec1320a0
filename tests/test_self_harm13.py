"""A message that says the writer wants to die or harm themselves gets the protection block
as every danger does, opened by one short human line in the writer's language and script
(fix13 item 1: tester s12 finding 51); every other danger keeps the block as it was. The
self-harm triggers are ``urgent_self_harm`` in ``knowledge/phrases.yaml``."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers import Answerer
from bot.i18n import translator
from bot.knowledge import KnowledgeBase
from bot.plaintext import plain_text
from bot.telegram.render import reply_html
from bot.wording import SELF_HARM, URGENT
from tests.e2e_harness import Harness, callback_data, running

SELF_HARM_LINES = {
    "en": "You are not alone. Please tell someone you trust, near you, right now: you matter.",
    "ru": "Вы не одни. Пожалуйста, прямо сейчас расскажите об этом тому, кому доверяете и кто "
          "рядом с вами: вы важны.",
    "uz": "Siz yolgʻiz emassiz. Iltimos, hoziroq yoningizdagi ishongan odamingizga aytib "
          "bering: siz qadrlisiz.",
    "uz-Cyrl": "Сиз ёлғиз эмассиз. Илтимос, ҳозироқ ёнингиздаги ишонган одамингизга айтиб "
               "беринг: сиз қадрлисиз.",
}


@pytest.mark.parametrize(("message", "lang"), [
    ("I want to end it all", "en"), ("I want to die", "en"), ("i feel like killing myself", "en"),
    ("no reason to live anymore", "en"), ("I want to harm myself", "en"),
    ("жить надоело", "ru"), ("хочу покончить с собой", "ru"), ("хочу умереть", "ru"),
    ("лучше бы я умер", "ru"), ("не вижу смысла жить", "ru"),
    ("oʻzimni osmoqchiman", "uz"), ("o'zimni o'ldiraman", "uz"), ("yashagim kelmayapti", "uz"),
    ("jonimga qasd qilmoqchiman", "uz"), ("o'lsam yaxshi edi", "uz"),
    ("ўзимни ўлдираман", "uz-Cyrl"), ("ўзимни осмоқчиман", "uz-Cyrl"),
    ("яшагим келмаяпти", "uz-Cyrl"),
    # typed on a Russian keyboard (у for ў, к for қ), in Latin letters, the new alphabet
    ("узимни улдираман", "uz-Cyrl"), ("жонимга касд килмокчиман", "uz-Cyrl"),
    ("ne hochu zhit", "ru"), ("o'zimni tomdan tashlayman", "uz"),
    # beside another danger: still the line
    ("they took my passport, I want to die", "en"),
    ("паспорт забрали, не хочу жить", "ru"),
    # no point going on, nobody needs me, better to vanish (tester s13 item 7): "I see" was
    # read as thanks and "hech kimga" (to nobody) as a question word
    ("I see no point going on, I'm sick of everything", "en"),
    ("не вижу смысла дальше, всё надоело", "ru"), ("я никому не нужна здесь", "ru"),
    ("davom etishdan ma'no ko'rmayapman, hammasidan charchadim", "uz"),
    ("hech kimga keragim yo'q, yo'q bo'lib ketsam yaxshi", "uz"),
    ("ҳеч кимга керагим йўқ, йўқ бўлиб кетсам яхши", "uz-Cyrl"),
    ("хеч кимга керагим йук, йук булиб кетсам яхши", "uz-Cyrl"),
    # 'oʻlmoqchiman' (I want to die) folds like 'olmoqchiman' (I want to take): as written,
    # with any apostrophe, its ў, or typed on a Russian keyboard (review s16 finding 14)
    ("men oʻlmoqchiman", "uz"), ("men o'lmoqchiman", "uz"), ("o`lmoqchiman", "uz"),
    ("charchadim, o‘lmoqchiman", "uz"), ("мен ўлмоқчиман", "uz-Cyrl"),
    ("мен улмокчиман", "uz-Cyrl"),
    # 'oʻlib ketgim keladi' (I want to die; folded, "I want to take it away"; review s17)
    ("oʻlib ketgim keladi", "uz"), ("o'lib ketgim kelyapti", "uz"),
    ("charchadim, o‘lib ketgim keladi", "uz"), ("ўлиб кетгим келади", "uz-Cyrl"),
    ("улиб кетгим келяпти", "uz-Cyrl"),
    # oʻ written as u ('ulgim'), or no apostrophe beside distress told (review s17 finding 0)
    ("ulgim keladi", "uz"), ("ulmoqchiman", "uz"), ("charchadim, olgim keladi", "uz"),
    ("hayotim ogir, olgim kelyapti", "uz"), ("olsam yaxshi edi, hayotim ogir", "uz"),
    ("чарчадим, олгим келяпти", "uz-Cyrl"),
])
def test_self_harm_opens_the_block_with_the_human_line(answerer: Answerer, kb: KnowledgeBase,
                                                        message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.match.self_harm) == ("urgent", lang, True)
    _ = translator(lang)
    assert _(SELF_HARM) == SELF_HARM_LINES[lang]
    text = plain_text(reply, kb)
    assert text.startswith(SELF_HARM_LINES[lang] + "\n"), text[:200]
    assert text.splitlines()[1].startswith(_(URGENT)[:20])
    assert reply_html(reply, kb).startswith(SELF_HARM_LINES[lang].replace("'", "&#x27;"))


@pytest.mark.parametrize(("message", "lang"), [
    ("my employer took my passport", "en"), ("мне не платят зарплату уже 3 месяца", "ru"),
    ("pasportimni olib qo'yishdi", "uz"), ("укамни урибди", "uz-Cyrl"),
    ("I am depressed", "en"), ("akam bilan 10 kundan beri aloqa yoʻq", "uz"),
    ("my brother died at work", "en"), ("мне страшно", "ru"),
    # someone else's death, a danger, not the writer's wish
    ("ukam ishda oʻlib qoldi", "uz"),
])
def test_other_dangers_keep_the_block_as_it_was(answerer: Answerer, kb: KnowledgeBase,
                                                message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.match.self_harm) == ("urgent", lang, False)
    text = plain_text(reply, kb)
    assert text.startswith(translator(lang)(URGENT)[:20])
    assert translator(lang)(SELF_HARM) not in text


@pytest.mark.parametrize("message", [
    "the end of the strategy 2026", "this exam is killing me, what is schengen",
    "how many migrants died in 2023",
    "is there no point in living abroad for students?", "никому не нужен этот закон?",
    "Strategiyani davom etishdan maʼno bormi",
    # 'olmoqchiman' (to take, to buy) as written, and on a Russian keyboard «олмокчиман»
    "men viza olmoqchiman, Shengen nima", "мен уй олмокчиман", "pul olmoqchiman",
    "kitobni olib ketgim keladi", "bolalarni olib ketgim keladi", "уйга олиб кетгим келади",
    # ... nor the wish denied: 'oʻlmoqchi emasman' (I do not want to die; review s16)
    "men oʻlmoqchi emasman, lekin juda qiyin", "мен ўлмоқчи эмасман",
])
def test_no_line_where_no_self_harm_is_said(answerer: Answerer, message: str) -> None:
    assert not answerer.ask(message).match.self_harm


@pytest.mark.parametrize("message", [
    "hech kimga keragim yo'q, yo'q bo'lib ketsam yaxshi",
    "ҳеч кимга керагим йўқ, йўқ бўлиб кетсам яхши",
])
def test_a_self_harm_message_that_asks_nothing_gets_the_block_alone(
        answerer: Answerer, message: str) -> None:
    """'hech kimga' (to nobody) asks nothing, so no FAQ answer follows the block ('yaxshi',
    "better", had met the positive effects of migration)."""
    reply = answerer.ask(message)
    assert reply.kind == "urgent" and not reply.match.asks and reply.entry is None


@pytest.fixture
async def bot(tmp_path: Path, answerer: Answerer) -> AsyncIterator[Harness]:
    async for harness in running(tmp_path, answerer):
        yield harness


@pytest.mark.e2e
@pytest.mark.parametrize(("tg_lang", "message", "lang", "line"), [
    ("en", "I want to end it all", "en", True),
    ("ru", "жить надоело", "ru", True),
    ("uz", "oʻzimni osmoqchiman", "uz", True),
    ("uz", "ўзимни ўлдираман", "uz-Cyrl", True),
    ("en", "my employer took my passport", "en", False),
    ("uz", "pasportimni olib qo'yishdi", "uz", False),
])
async def test_the_line_is_in_the_message_sent(bot: Harness, answerer: Answerer,
                                               tg_lang: str, message: str, lang: str,
                                               line: bool) -> None:
    reply = await bot.say(3013, message, language_code=tg_lang)
    text = reply.params["text"]
    header = f"<b>{html.escape(translator(lang)(URGENT)[:20])}"
    assert text.startswith(f"{html.escape(SELF_HARM_LINES[lang])}\n{header}" if line
                           else header), text[:300]
    assert callback_data(reply) == [f"faqin:{e.id}:{lang}" for e in answerer.protection]


def test_the_kept_message_of_a_self_harm_block_is_its_own(answerer: Answerer,
                                                          kb: KnowledgeBase) -> None:
    """The messages kept per reply (``bot.telegram.rendered``) tell the two blocks apart:
    one built first is never served for the other."""
    from bot.telegram.rendered import Rendered, key

    plain, own = answerer.ask("pasportimni olib qoʻyishdi"), answerer.ask("oʻzimni osmoqchiman")
    assert key(plain) != key(own)
    rendered = Rendered()
    for first, second in ((plain, own), (own, plain)):
        rendered.message(first, kb)
        assert rendered.message(second, kb)[0] == reply_html(second, kb)
