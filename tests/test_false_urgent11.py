"""Messages the tenth session's reviewer found given the protection block though nobody is in
danger (fix11, item 9): the writer is the one who takes ("bolamni bogʻchadan olib qoʻydim", I
took my child out of kindergarten), a trigger's word in another sense ("Koʻzim qamashdi", I
was dazzled), and a real word taken for a typo of a danger word. In every language and
script; the dangers beside them stay urgent."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.text import fold


@pytest.mark.parametrize("message", [
    # the writer takes, takes away or puts away: no one took anything from them
    "bolamni bogʻchadan olib qoʻydim", "bolamni bogchadan olib qoydim",
    "Болламни боғчадан олиб қўйдим", "болламни богчадан олиб куйдим",
    "bolamni bogʻchadan olib ketdim", "Болламни боғчадан олиб кетдим",
    "pasportimni olib qoʻydim", "паспортимни олиб куйдим",
    "я забрал ребенка из садика", "я сам забрал детей из школы", "мы забрали детей из школы",
    "I took my kid to school", "we took our kids to the park",
    # the trigger's word in another sense: dazzled, teeth on edge
    "Ko'zim qamashdi", "koʻzim qamashdi", "Кўзим қамашди", "Кузим камашди",
    "tishim qamashdi", "Тишим қамашди",
])
def test_a_writer_who_takes_or_a_word_in_another_sense_is_no_danger(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # someone else takes: a danger, as before
    "bolamni olib ketishdi", "Болламни олиб кетишди", "болламни олиб кетишди",
    "bolamni olib qoʻyishdi", "pasportimni olib qoʻyishdi", "паспортимни олиб куйишди",
    "они забрали ребенка", "я не знаю кто забрал ребенка", "they took my kid",
    "akamni qamashdi", "Акамни қамашди",
    # one trigger said no danger, another in the same message does
    "I took my kid to school and the boss took my passport",
    "Koʻzim qamashdi, pasportimni olib qoʻyishdi",
    "я забрал ребенка из садика, а бригадир забрал паспорт",
    # a real typo of a danger word is still read as it
    "пастпорт забрали",
])
def test_a_danger_done_by_someone_else_stays_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("word", "not_typo_of"), [
    ("tugaydi", "tugadi"),   # it will end, not "(the visa) ended"
    ("ничего", "нечего"),     # nothing, not «нечего есть»
    ("слушай", "случай"),     # listen, not «несчастный случай»
])
def test_a_real_word_is_no_typo_of_a_danger_word(answerer: Answerer, word: str,
                                                  not_typo_of: str) -> None:
    reader = answerer.matcher.reader
    assert fold(not_typo_of) in reader._urgent_words
    assert reader._untypo(fold(word)) == fold(word)


def test_a_word_one_letter_off_a_danger_word_is_still_that_word(answerer: Answerer) -> None:
    assert answerer.matcher.reader._untypo(fold("пастпорт")) == fold("паспорт")


@pytest.mark.parametrize("message", [
    # a cry after the writer's own question, no punctuation between (tester s10; fix11 item 8)
    "how do i get help help me", "how can i get help help me", "how do i get out help me",
    "can i get help help me", "how do I get help help me", "how do i get help help me.",
    # Russian and Uzbek calls for help are imperatives: a cry wherever they stand
    "как мне получить помощь помогите", "qanday yordam olsam boladi yordam bering",
    "қандай ёрдам олсам бўлади ёрдам беринг", "кандай ердам олсам булади ердам беринг",
])
def test_a_cry_after_the_writers_own_question_is_urgent(answerer: Answerer,
                                                        message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # the call for help is the question's: someone else helps, or more words follow it
    "who can help me", "can you help me", "does the state help me and the kids",
    "how can I get the agency to help me find work",
    "how can the agency help me find work abroad",
])
def test_a_question_whose_verb_is_help_stays_a_question(answerer: Answerer,
                                                        message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind != "urgent" and not reply.match.urgent


@pytest.mark.parametrize("message", [
    "we lock the door at night in the hostel", "I lock my door at night",
])
def test_the_writer_who_locks_is_no_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # "is my employer allowed to ...", asked by the one it happens to (tester s11 finding 53)
    "ish beruvchi pasportimni olishga haqlimi", "иш берувчи паспортимни олишга ҳақлими",
    "иш берувчи паспортимни олишга хаклими", "имеет ли право работодатель забрать паспорт",
    "ish haqini bermaslik qonuniymi",
    "Salom! Rossiyaga ishga olib boramiz, hujjatsiz, pasportingizni bizga topshirasiz, "
    "500$ oldindan. Ishonchli ekanmi?",
    "they lock the door at night",
])
def test_an_employer_allowed_to_take_the_writers_passport_is_urgent(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize("message", [
    # collecting one's own passport is no danger
    "где забрать паспорт после оформления", "pasportimni olishga qayerga borish kerak",
])
def test_collecting_ones_passport_is_no_danger(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind != "urgent"


@pytest.mark.parametrize("message", [
    # a threat told or quoted, or the reader's thing: the writer does not take (review s11)
    "xo'jayin pasportingni olib qo'yaman dedi", "хўжайин паспортингни олиб қўяман деди",
    "хужайин паспортингни олиб куяман деди",
    "ish beruvchi pasportimni olib qo'yaman deb qo'rqitdi",
    "бригадир сказал я забрал твой паспорт и не отдам",
    # a passport or wages not given back, a threat, in the past (review s11 finding 2)
    "pasportimni qaytarmadi", "паспортимни қайтармади", "паспортимни кайтармади",
    "he didnt return my passport", "employer did not return my passport",
    "работодатель не отдал паспорт", "rabotodatel ne otdal pasport",
    "хозяин не отдал зарплату", "xo'jayin meni qo'rqitdi", "хўжайин мени қўрқитди",
    "хужайин мени куркитди", "начальник мне угрожал", "nachalnik mne ugrojal",
])
def test_a_threat_told_and_a_thing_not_given_back_are_urgent(answerer: Answerer,
                                                            message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "lang"), [
    # a short danger told in Uzbek, of words the lexicon lacks: the block in Uzbek, not
    # English or Russian (review s11 finding 3)
    ("akamga oylik berishmadi", "uz"), ("oylik berishmadi", "uz"),
    ("акамга ойлик беришмади", "uz-Cyrl"), ("акамга ойлик беришмабди", "uz-Cyrl"),
])
def test_a_short_uzbek_danger_gets_the_block_in_uzbek(answerer: Answerer, message: str,
                                                     lang: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "urgent" and reply.lang == lang
