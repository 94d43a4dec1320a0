"""Real messages that ask nothing the documents answer, and got an entry (fix14, issue 7;
tester s13 items 13 and 16): a follow-up with no question before it ("what about
Kazakhstan?", 'Koreya-chi?', «и что теперь?», «а Узбекистан его подписал?») gets "I do not
keep our conversation", never the destinations' entry; small talk ("who are you", "how are
you" answered, a feeling, "can you help me?", a thesis and "can you help?", 'men onasiman,
…') gets the greeting, never an entry nor "the documents do not answer"; a question about
the bot itself gets what the bot is (the /about text)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.i18n import translator
from bot.wording import ABOUT_BOT, FOLLOW_UP, WHAT_NOW


@pytest.mark.parametrize(("message", "lang"), [
    ("what about Kazakhstan?", "en"), ("and Germany?", "en"), ("what about Korea", "en"),
    ("and the opportunities?", "en"), ("and the consulate?", "en"), ("this year", "en"),
    ("а в Казахстане?", "ru"), ("а консульство?", "ru"), ("и что теперь?", "ru"),
    ("теперь", "ru"), ("а теперь", "ru"), ("в этом году", "ru"), ("a v Kazakhstane?", "ru"),
    ("а Узбекистан его подписал?", "ru"), ("а возможности?", "ru"),
    ("Qozogʻistonda-chi?", "uz"), ("a Qozog'istonda-chi?", "uz"), ("Koreya-chi?", "uz"),
    ("Germaniyada-chi?", "uz"), ("Rossiyada-chi?", "uz"), ("konsullik-chi?", "uz"),
    ("imkoniyatlar-chi?", "uz"), ("Oʻzbekiston uni imzolaganmi?", "uz"), ("bu yil", "uz"),
    ("Qozoğistonda-chi?", "uz"), ("Salom! Qozogʻistonda-chi?", "uz"),
    ("Қозоғистонда-чи?", "uz-Cyrl"), ("Козогистонда-чи?", "uz-Cyrl"),
    ("Корея-чи?", "uz-Cyrl"), ("консуллик-чи?", "uz-Cyrl"), ("Германия-чи?", "uz-Cyrl"),
    ("Ўзбекистон уни имзолаганми?", "uz-Cyrl"),
])
def test_a_follow_up_with_nothing_before_it_is_no_question(answerer: Answerer, message: str,
                                                           lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry, reply.choices) == ("abstain", lang, None, ())
    assert reply.note == translator(lang)(FOLLOW_UP)


@pytest.mark.parametrize(("message", "entry"), [
    # an opener before a whole question, or one word an entry is about, still asks
    ("and what is the IOM?", "org-iom"), ("а что такое шенген?", "coop-schengen"),
    ("a shengen nima", "coop-schengen"), ("ok, and Schengen?", "coop-schengen"),
    ("Shengen-chi?", "coop-schengen"), ("а диаспора?", "diaspora-role"),
    ("ILO nima? IOM-chi?", "org-ilo"),
    # ... and so does one body an entry is about, though it is a fact like a place (review
    # s14 finding 5: these had got "I do not keep our conversation")
    ("what about the IOM?", "org-iom"), ("and the IOM?", "org-iom"),
    ("what about the ILO?", "org-ilo"), ("а МОМ?", "org-iom"), ("а МОТ?", "org-ilo"),
    ("ILO-chi?", "org-ilo"), ("MOT-chi?", "org-ilo"),
])
def test_an_opener_before_a_subject_of_its_own_is_answered(answerer: Answerer, message: str,
                                                           entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "note"), [
    # in one message, the sentence before is still asked again of the new year or country
    ("How much was sent in 2024? And in 2023?", "2023"),
    ("Сколько мигранты перевели в 2024 году? А в 2023?", "2023"),
])
def test_a_follow_up_after_a_question_still_asks_it_again(answerer: Answerer, message: str,
                                                          note: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", "remit-2024-total")
    assert note in reply.note


@pytest.mark.parametrize(("message", "lang"), [
    ("endi nima qilish kerak", "uz"), ("энди нима қилиш керак", "uz-Cyrl"),
    ("энди нима килиш керак", "uz-Cyrl"), ("что нужно делать?", "ru"),
    ("what must I do?", "en"),
])
def test_what_must_be_done_alone_gets_the_what_now_reply(answerer: Answerer, message: str,
                                                        lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.choices) == ("clarify", lang, answerer.protection)
    assert reply.note.startswith(translator(lang)(WHAT_NOW)[:30])


@pytest.mark.parametrize(("message", "lang"), [
    ("who are you", "en"), ("how are you?", "en"), ("fine thanks, and you?", "en"),
    ("im tired", "en"), ("can you help me?", "en"),
    ("im writing my thesis on uzbek labour migration, can you help?", "en"),
    ("ты кто такой", "ru"), ("хорошо а вы как", "ru"), ("мне скучно", "ru"),
    ("можете мне помочь?", "ru"), ("пишу диплом про миграцию, поможете?", "ru"),
    ("sen kimsan", "uz"), ("qalesan", "uz"), ("yaxshi rahmat o'zingiz-chi", "uz"),
    ("charchadim", "uz"), ("zerikdim", "uz"), ("yordam bera olasizmi?", "uz"),
    ("men dissertatsiya yozyapman, yordam bera olasizmi", "uz"),
    ("men Samarqanddanman, ukam Rossiyada ishlaydi", "uz"),
    ("men onasiman, o'g'lim Koreyada ishlaydi, 2 yil bo'ldi", "uz"),
    ("men onasiman, oğlim Koreyada ishlaydi", "uz"),
    ("сен кимсан", "uz-Cyrl"), ("чарчадим", "uz-Cyrl"), ("ёрдам бера оласизми?", "uz-Cyrl"),
    ("мен Самарқанддаман, укам Россияда ишлайди", "uz-Cyrl"),
    ("мен онасиман, углим Кореяда ишлайди", "uz-Cyrl"),
])
def test_small_talk_gets_the_greeting(answerer: Answerer, message: str, lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry) == ("greeting", lang, None)


@pytest.mark.parametrize(("message", "entry"), [
    # small talk beside a question: the question is answered
    ("can you help me, what is the IOM?", "org-iom"),
    ("who are you and what is the ILO?", "org-ilo"),
    ("men talabaman, Shengen nima?", "coop-schengen"),
    ("привет, как дела? что такое МОТ?", "org-ilo"),
])
def test_small_talk_beside_a_question_leaves_it_asked(answerer: Answerer, message: str,
                                                      entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "lang"), [
    ("is this the official bot of the migration agency", "en"),
    ("are you a real person or a bot?", "en"), ("ты бот или человек?", "ru"),
    ("кто тебя создал?", "ru"), ("siz agentlik xodimimisiz", "uz"), ("bu bot bepulmi", "uz"),
    ("Sen kimsan, robotmisan?", "uz"), ("сиз агентлик ходимимисиз", "uz-Cyrl"),
    ("Сен ботмисан ёки одам?", "uz-Cyrl"),
])
def test_a_question_about_the_bot_gets_what_the_bot_is(answerer: Answerer, message: str,
                                                       lang: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.lang, reply.entry, reply.choices) == ("abstain", lang, None, ())
    assert reply.note == translator(lang)(ABOUT_BOT)


def test_a_danger_told_with_small_talk_keeps_the_block(answerer: Answerer) -> None:
    for message in ("Men migrantman, pasportimni olib qo'yishdi", "charchadim, maosh bermayapti",
                    "can you help me? my boss took my passport"):
        assert answerer.ask(message).kind == "urgent", message
