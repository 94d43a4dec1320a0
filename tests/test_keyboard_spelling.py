"""Uzbek typed on a Russian keyboard (у for ў) is read as proper Uzbek Cyrillic
(``bot.keyboardspelling``), so the same message matches alike in Uzbek Latin, proper Uzbek
Cyrillic and Russian-keyboard Cyrillic (``bot.devtools.parity``)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.devtools.parity import on_russian_keyboard, versions
from bot.evaluation import Labelled
from bot.keyboardspelling import KeyboardSpelling
from bot.matcher import Matcher
from bot.text import fold


@pytest.mark.parametrize(("typed", "read"), [
    ("курсатинг", "кўрсатинг"),  # an inflection of a known word ("koʻrsatib")
    ("булади", "бўлади"),  # a stop word
    ("утказмалари", "ўтказмалари"),
    ("кучиб", "кўчиб"),  # moved (away)
    ("урганган", "ўрганган"),  # studied, not "urgan" (beaten) + "gan"
    ("урганяпти", "ўрганяпти"),
    ("хужайин", "хўжайин"),
    ("сумнинг", "сўмнинг"),  # a known word ("soʻm") with a noun's endings
    # the thesaurus writes "Uzbekiston" as typed, to meet its concept: no word of its own
    ("Узбекистон", "Ўзбекистон"),
])
def test_a_word_typed_with_u_for_short_o_is_read_with_it(matcher: Matcher, typed: str,
                                                         read: str) -> None:
    assert matcher.keyboard.restore_word(typed) == read


@pytest.mark.parametrize("word", [
    "учун", "кун", "тушунтиринг", "умумий", "кучли",  # Uzbek words with у
    "урди", "уришди",  # beat: a danger's words stay as typed
    "хуш",  # "xush qoling" (a greeting), not "xoʻsh"
    "думаю", "купить", "тут", "утром",  # Russian
])
def test_a_word_written_with_u_stays_as_typed(matcher: Matcher, word: str) -> None:
    assert matcher.keyboard.restore_word(word) == word


def test_only_the_places_a_known_word_has_short_o_are_tried() -> None:
    spelling = KeyboardSpelling(["koʻrsatib", "oʻzi", "soʻm"], ["kun", "uchun"])
    assert spelling.restore("узи курсатиб учун кун") == "ўзи кўрсатиб учун кун"
    assert spelling.restore("Узи сумнинг сумдан") == "Ўзи сўмнинг сўмдан"


def test_a_word_known_as_typed_stays_and_one_known_only_as_typed_is_restored() -> None:
    spelling = KeyboardSpelling(["xoʻsh", "Oʻzbekiston"], [fold("xush")],
                                lexicon=[fold("Uzbekiston"), fold("xush")])
    # "xush" is written so in a list; the lexicon's "uzbekiston" is Oʻzbekiston typed
    assert spelling.restore("хуш Узбекистон") == "хуш Ўзбекистон"


@pytest.mark.parametrize(("latin", "expected"), [
    ("Pul oʻtkazmalari oʻzi nima, oddiy tilda tushuntiring", "remit-definition"),
    ("Ekologik migratsiyaga nimalar sabab boʻladi?", "concept-environmental"),
    ("Global migratsiyani boshqarishni yaxshilash imkoniyatlarini koʻrsatib bering.",
     "coop-harmonising-opportunities"),
    ("Migratsiya jarayonlarini kuchaytirayotgan asosiy omillarni koʻrsating.",
     "concept-causes"),
    ("Oʻzbekiston mehnat migratsiyasi siyosati sharhini qaysi BMT tashkiloti chiqargan",
     "org-ilo"),
])
def test_a_question_is_answered_alike_in_every_script(answerer: Answerer, latin: str,
                                                      expected: str) -> None:
    written = versions(Labelled(latin, "uz", expected, 0))
    assert set(written) == {"latn", "cyrl", "kbd"}
    for script, text in written.items():
        m = answerer.matcher.match(text)
        assert (m.decision, m.best.entry_id if m.best else None) == ("answer", expected), script
        assert m.lang == ("uz" if script == "latn" else "uz-Cyrl"), script


@pytest.mark.parametrize("latin", [
    "ingliz tilini tez oʻrganish usullari",
    "Oʻzbek olimlaridan kimlar ishchilarning Rossiya va Qozogʻistonga ketishini oʻrgangan?",
    "Xalqaro mehnat tashkilotining Oʻzbekiston mehnat migratsiyasi siyosati sharhi nimani "
    "oʻrganadi",
    "python dasturlashni qayerdan oʻrgansam boʻladi",
])
def test_learning_typed_on_a_russian_keyboard_is_no_danger(answerer: Answerer,
                                                           latin: str) -> None:
    for script, text in versions(Labelled(latin, "uz", None, 0, "null")).items():
        assert not answerer.matcher.match(text).urgent, script
    # ... nor in Latin letters written the same way ("urgangan" for "oʻrgangan")
    assert not answerer.matcher.match(latin.replace("oʻ", "u").replace("Oʻ", "U")).urgent


@pytest.mark.parametrize("message", [
    "ukamni urishdi", "укамни уришди", "укамни уришди ёрдам беринг",
    "ukamni urgan", "укамни урган", "akamni urishgan", "акамни уришган",
    "xoʻjayin meni urdi", "хўжайин мени урди", "хужайин мени урди",
])
def test_a_beating_stays_urgent_in_every_script(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("proper", "typed"), [
    ("Ўзбекистонда қанча ҳужжат", "Узбекистонда канча хужжат"),
    ("ўғлим", "углим"),
])
def test_a_russian_keyboard_has_no_uzbek_letters(proper: str, typed: str) -> None:
    assert on_russian_keyboard(proper) == typed


def test_a_russian_message_is_not_read_as_uzbek(matcher: Matcher) -> None:
    m = matcher.match("думаю купить билет тут утром")
    assert m.lang == "ru"


@pytest.mark.parametrize(("message", "lang"), [
    # a word read with ў is Uzbek: the keyboard's Uzbek is answered in Uzbek Cyrillic
    ("ходжаев туракулов миграция тадкикоти", "uz-Cyrl"),
    ("диаспора ролини курсатинг", "uz-Cyrl"),
    ("бот узи нима", "uz-Cyrl"),
    # ... as its proper twin is
    ("Ходжаев Тўрақулов миграция тадқиқоти", "uz-Cyrl"),
    ("диаспора ролини кўрсатинг", "uz-Cyrl"),
    # Russian stays Russian
    ("роль диаспоры покажите", "ru"),
    ("что такое бот", "ru"),
])
def test_a_word_typed_without_its_short_o_tells_uzbek(matcher: Matcher, message: str,
                                                      lang: str) -> None:
    assert matcher.match(message).lang == lang
