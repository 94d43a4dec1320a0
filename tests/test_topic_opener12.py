"""An opener that only names a topic is never the question when a sentence after it asks
(fix12, item 2: review s11 finding 6): "Savolim migratsiya haqida. 2024 yilda ... qancha
pul yuborishgan?" is the remittances question, not the forms of migration. Alone, such an
opener still asks. In every language and script."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "entry"), [
    ("Savolim migratsiya haqida. 2024 yilda migrantlar qancha pul yuborishgan?",
     "remit-2024-total"),
    ("Саволим миграция ҳақида. 2024 йилда мигрантлар қанча пул юборишган?",
     "remit-2024-total"),
    ("Саволим миграция хакида. 2024 йилда мигрантлар канча пул юборишган?",
     "remit-2024-total"),
    ("I have a question about migration. How much money did migrants send home in 2024?",
     "remit-2024-total"),
    ("A question about remittances. How much came in 2024?", "remit-2024-total"),
    ("Вопрос по денежным переводам. Сколько прислали в 2024 году?", "remit-2024-total"),
    ("Вопрос про миграцию. Сколько денег мигранты отправили домой в 2024 году?",
     "remit-2024-total"),
    ("Diaspora haqida soʻramoqchiman. Vatandoshlar jamiyatlari nima qiladi?",
     "diaspora-compatriot-societies"),
])
def test_the_sentence_that_asks_is_the_question_not_the_topic_opener(
        answerer: Answerer, message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None
    assert reply.entry.id == entry


@pytest.mark.parametrize(("message", "entry"), [
    # an announced question alone still asks
    ("Savolim Germaniya bilan kelishuv haqida", "coop-germany-2024"),
    ("Savolim bor: Shengen haqida. Rahmat", "coop-schengen"),
])
def test_an_opener_alone_is_still_asked(answerer: Answerer, message: str, entry: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None
    assert reply.entry.id == entry
