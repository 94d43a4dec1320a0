"""Voice-style run-ons: a long sentence without commas is also read around its question, and
a question announced in it ("my question is", «вопрос такой», "savolim") is what follows."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import fold

GERMANY_RUNONS = [
    "ok so I am writing from the bus sorry for mistakes my brother is a welder and he wants to "
    "go to Germany next year and people say a new agreement was signed with Germany in 2024 "
    "what did that agreement change",
    "извините пишу голосом из автобуса брат сварщик хочет поехать в германию в следующем году "
    "и говорят что в 2024 году подписали новое соглашение с германией что изменило это "
    "соглашение",
    "avtobusda ketyapman ovozli yozyapman ukam payvandchi kelasi yil Germaniyaga ketmoqchi "
    "odamlar aytishicha 2024 yilda Germaniya bilan yangi kelishuv imzolangan ekan u kelishuv "
    "nimani oʻzgartirdi",
    "автобусда кетяпман овозли ёзяпман укам пайвандчи келаси йил Германияга кетмоқчи одамлар "
    "айтишича 2024 йилда Германия билан янги келишув имзоланган экан у келишув нимани "
    "ўзгартирди",
    "автобусда кетяпман овозли ёзяпман укам пайвандчи келаси йил Германияга кетмокчи одамлар "
    "айтишича 2024 йилда Германия билан янги келишув имзоланган экан у келишув нимани "
    "узгартирди",
]


@pytest.mark.parametrize("message", GERMANY_RUNONS)
def test_a_run_on_is_also_read_around_its_last_question_word(matcher: Matcher,
                                                             message: str) -> None:
    reading = matcher.reader.read(message)
    clause, tight = reading.clauses  # ... and more tightly (RUNON_TIGHT words before it)
    whole = reading.parts[0].toks
    assert len(tight.toks) < len(clause.toks) < len(whole) and clause.asks and tight.asks
    assert whole[-len(clause.toks):] == clause.toks  # the chatter before it is left out
    assert clause.toks[-len(tight.toks):] == tight.toks


@pytest.mark.parametrize("message", GERMANY_RUNONS)
def test_a_run_on_is_answered_by_its_question(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", "coop-germany-2024")


def test_a_sentence_of_fewer_words_is_read_whole(matcher: Matcher) -> None:
    """Its detail ("where do I sign up") stays asked: a near miss, not an answer."""
    message = "how long does the pre-departure language course last and where do i sign up"
    assert matcher.reader.read(message).clauses == ()
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None


ANNOUNCED = [
    ("hello i am writing from berlin i have been here two years my question is does uzbekistan "
     "have an agreement with germany thank you very much", "coop-germany-2024"),
    ("hello i am writing from moscow my question is what is decree 5785 about thanks",
     "decree-up-5785"),
    ("здравствуйте я работаю в москве вопрос такой есть ли у узбекистана соглашение с германией "
     "спасибо", "coop-germany-2024"),
    ("добрый день пишу из москвы третий год тут работаю мой вопрос что за указ 5785 спасибо",
     "decree-up-5785"),
    ("salom men rossiyada ishlayman savolim germaniya bilan kelishuv bormi rahmat",
     "coop-germany-2024"),
    ("salom men rossiyada ishlayman savolim germaniya bilan kelishuv bormi raxmat",
     "coop-germany-2024"),
    ("салом мен россияда ишлайман саволим германия билан келишув борми рахмат",
     "coop-germany-2024"),
    ("ассалому алайкум ака уч йилдан бери Москвада ишлайман саволим шу УП-5785 фармони нима "
     "ҳақида раҳмат", "decree-up-5785"),
    # a Russian "X есть" typed without its mark asks, thanks or not (tester5 finding 1)
    ("соглашение с Германией есть спасибо", "coop-germany-2024"),
    ("soglashenie s Germaniei est spasibo", "coop-germany-2024"),
]


@pytest.mark.parametrize(("message", "entry"), ANNOUNCED)
def test_a_question_announced_in_a_run_on_is_answered(matcher: Matcher, message: str,
                                                      entry: str) -> None:
    """Before, the thanks or the greeting made all of these a greeting (tester5 finding 1)."""
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", entry)


@pytest.mark.parametrize(("message", "asked"), [
    ("hello i am writing from seoul my name is aziz my question is does uzbekistan have an "
     "agreement with south korea for workers thank you very much",
     "does uzbekistan have an agreement with south korea for workers"),
    ("пишу из москвы вопрос такой что за указ 5785", "что за указ 5785"),
    ("men Moskvada ishlayman savolim shu UP-5785 farmoni nima", "UP-5785 farmoni nima"),
    ("мен Москвада ишлайман саволим шу УП-5785 фармони нима", "УП-5785 фармони нима"),
])
def test_the_words_after_an_announced_question_are_what_is_asked(matcher: Matcher,
                                                                 message: str,
                                                                 asked: str) -> None:
    """The story before it is not matched: "seoul", "factory" would pull towards the entry
    on where migrants go."""
    [part] = matcher.reader.read(message).parts
    assert part.asks and part.toks == tuple(fold(asked).split())


@pytest.mark.parametrize("message", [
    "Hi, my question is", "Здравствуйте, мой вопрос", "Salom, savolim bor",
    "Салом, саволим бор", "у меня вопрос есть", "Здравствуйте, вопрос есть",
])
def test_an_announcement_with_nothing_after_it_is_a_greeting(matcher: Matcher,
                                                             message: str) -> None:
    assert matcher.match(message).decision == "greeting"
