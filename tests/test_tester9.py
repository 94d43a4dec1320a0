"""The ninth session's tester's findings on reading messages (urgent, pleas), in every
language and script: Uzbek Latin, Uzbek Cyrillic proper and typed on a Russian keyboard,
Russian in both alphabets, English."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # finding 1: a trafficking victim said with "I'm", in the plural, or in Uzbek with the
    # person written on
    "I'm a victim of human trafficking", "I think I'm a victim of human trafficking",
    "I’m a victim of trafficking", "im a victim of trafficking", "I'm a victim of my employer",
    "we are victims of forced labour", "Men odam savdosi qurboniman",
    "Мен одам савдоси қурбониман", "Мен одам савдоси курбониман",
    "opam odam savdosi qurboni", "мы жертвы торговли людьми", "my zhertvy torgovli lyudmi",
    "я жертва торговли людьми", "я раб тут",
])
def test_a_trafficking_victim_gets_the_protection_reply(answerer: Answerer,
                                                        message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "entry"), [
    ("what is human trafficking", "concept-illegal-trafficking"),
    ("что такое торговля людьми", "concept-illegal-trafficking"),
    ("odam savdosi qurbonlariga kim yordam beradi", "concept-illegal-trafficking"),
])
def test_trafficking_asked_about_is_answered(answerer: Answerer, message: str,
                                             entry: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.entry.id == entry


@pytest.mark.parametrize("message", [
    # finding 5: "yordam beradi ... javob bering" (helps ... please answer) is no call for help
    "davlat yordam beradi javob bering", "yordam beradi javob bering",
    "yordam qiladi, javob bering", "давлат ёрдам беради жавоб беринг",
    "давлат ёрдам қилади, жавоб беринг", "давлат ёрдам килади, жавоб беринг",
    "Men Samarqanddanman. Davlat migrant oilalariga qanday yordam beradi? javob bering",
    "migrant oilalariga davlat qanday yordam beradi?? javob bering iltimos",
    "Davlat qanday yordam beradi, aytib bering",
    "как государство помогает семьям? помогите понять",
    "Помогите пожалуйста ответить: как государство помогает семьям мигрантов?",
    "please help me understand what remittances are",
])
def test_help_asked_for_an_answer_is_no_danger(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    "yordam bering", "ёрдам беринг", "помогите", "pomogite", "help me please",
    "yordam bering pasportimni olib qoyishdi",
])
def test_a_call_for_help_alone_is_still_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # s8's open finding, tester s9 finding 11: the word is matched too (it was left out as
    # the danger's own, leaving nothing to match). What a danger word means kept the block
    # until the thirteenth session; the coordinator's brief for fix13 (item 8) made it a
    # question, not a danger told: the documents define none of these, so the reply is what
    # they say on protection, with its buttons (test_defined_danger13.py)
    "what does deportation mean", "deportatsiya nima", "депортация нима", "депортатсия нима",
    "что такое депортация", "chto takoe deportatsiya", "what is forced labour",
    "majburiy mehnat nima",
])
def test_what_a_danger_word_means_gets_what_the_documents_say_on_protection(
        answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.match.urgent, reply.choices) == (
        "clarify", False, answerer.protection)


@pytest.mark.parametrize(("toks", "asks"), [
    (["vhat", "does", "deportation", "mean"], True), (["deportasia", "nima"], True),
    (["chto", "takoe", "deportasia"], True), (["nima", "kilai"], False),
    (["pasportim", "ek", "koldi"], False), (["chto", "delat"], False),
])
def test_a_meaning_asked_is_read(answerer: Answerer, toks: list[str], asks: bool) -> None:
    # the words a meaning may be asked of: all but the defining phrases' own
    words = set(toks) - {"vhat", "does", "mean", "nima", "chto", "takoe"}
    assert answerer.matcher.reader.asks_meaning_of(toks, words) is asks


@pytest.mark.parametrize("message", [
    "what is forced labour", "majburiy mehnat nima", "что такое принудительный труд",
])
def test_a_danger_word_asked_what_it_means_is_matched(answerer: Answerer,
                                                     message: str) -> None:
    """Its word is scored (the candidates are not empty), though the documents define none
    of these well enough to answer after the block."""
    assert answerer.ask(message).match.candidates


@pytest.mark.parametrize(("message", "entry"), [
    # s8's open finding, tester s9 finding 7: a "-mi" that asks on a word that is not last
    ("salom kasbga o'qitish bormi ketishdan oldin", "strategy-training"),
    ("салом касбга ўқитиш борми кетишдан олдин", "strategy-training"),
    ("салом касбга укитиш борми кетишдан олдин", "strategy-training"),
    ("chet elga chiqib qaytib kelishga huquqim bormi rahmat oldindan",
     "law-right-leave-return"),
    ("assalomu alaykum strategiya bo'yicha o'qitish bormi shuni bilmoqchiydim rahmat",
     "strategy-training"),
    ("salom aka davlat oilalarga yordam beradimi yoki yo'q rahmat katta",
     "abroad-family-support"),
    ("салом ака давлат оилаларга ёрдам берадими ёки йўқ раҳмат катта",
     "abroad-family-support"),
])
def test_a_question_by_mi_before_the_last_word_is_answered(answerer: Answerer, message: str,
                                                          entry: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.entry.id == entry


@pytest.mark.parametrize(("toks", "asks"), [
    (["kasbga", "okitish", "bormi", "ketishdan", "oldin"], True),
    (["davlat", "yordam", "beradimi", "yoki", "ek"], True),
    (["migrasia", "tizimi", "haqida"], False), (["viloyat", "hokimi", "keldi"], False),
])
def test_mi_inside_a_sentence_asks_only_in_verb_endings(answerer: Answerer, toks: list[str],
                                                        asks: bool) -> None:
    assert answerer.matcher.reader._has_question_word(toks) is asks


@pytest.mark.parametrize("message", [
    # s8's open finding, tester s9 finding 14: where an author's article was published, asked
    # in Uzbek, gets the documents reply in every script
    "Joʻraqulova maqolasi qayerda chop etilgan", "Жўрақулова мақоласи қаерда чоп этилган",
    "Журакулова маколаси каерда чоп этилган", "Joʻraqulova maqolasi qachon chop etilgan",
    "Mamatqulov maqolasi qayerda nashr etilgan",
])
def test_where_an_article_was_published_gets_the_documents(answerer: Answerer,
                                                          message: str) -> None:
    assert answerer.ask(message).kind == "sources"


@pytest.mark.parametrize(("message", "lang"), [
    # s8's open finding, tester s9 finding 15: short Uzbek from a Russian phone, its words
    # ending only as Uzbek words do, is answered in Uzbek
    ("конституциянинг 27 моддаси", "uz-Cyrl"), ("Конституциянинг 23-моддаси", "uz-Cyrl"),
    ("мигрантларнинг ҳуқуқлари", "uz-Cyrl"),
    # ... and a word or two that tell nothing stay in the phone's language
    ("Россия", "ru"), ("Шенген", "ru"), ("указ УП-5785", "ru"),
])
def test_short_uzbek_from_a_russian_phone_is_answered_in_uzbek(answerer: Answerer,
                                                               message: str, lang: str) -> None:
    assert answerer.ask(message, default="ru").lang == lang
