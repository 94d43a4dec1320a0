"""The writer's own year told beside the question ("Мой брат с 2021 года в Германии, …",
"мен 2018 йилдан бери Туркияда ишлайман, …") is not the year asked: no entry's year
contradicts it (tester s8 finding 7), in every language and script. A year in the asking
clause, or one a clause names as its topic, still does."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "entry"), [
    ("Мой брат с 2021 года в Германии, что за соглашение подписали в 2024?", "coop-germany-2024"),
    ("Moy brat s 2021 goda v Germanii, chto za soglashenie podpisali v 2024?",
     "coop-germany-2024"),
    ("Я в России с 2019 года, сколько денег мигранты перевели в 2024 году?", "remit-2024-total"),
    ("мен 2018 йилдан бери Туркияда ишлайман, хохлаган пайтимда уйга кайтиб келсам буладими",
     "law-right-leave-return"),
    ("мен 2018 йилдан бери Туркияда ишлайман, хоҳлаган пайтимда уйга қайтиб келсам бўладими",
     "law-right-leave-return"),
    ("men 2018 yildan beri Turkiyada ishlayman, xohlagan paytimda uyga qaytib kelsam boʻladimi",
     "law-right-leave-return"),
    ("Akam 2020 yildan beri Rossiyada, migrantlar 2024 yilda qancha pul oʻtkazgan?",
     "remit-2024-total"),
    ("Акам 2020 йилдан бери Россияда, мигрантлар 2024 йилда қанча пул ўтказган?",
     "remit-2024-total"),
    ("I have worked in Russia since 2019, what does Article 23 say?", "law-article-23"),
    ("since 2019 I live in Korea, how much did migrants send home in 2024?", "remit-2024-total"),
])
def test_the_writers_own_year_is_not_asked(answerer: Answerer, message: str,
                                           entry: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.entry is not None and reply.entry.id == entry


@pytest.mark.parametrize(("message", "year"), [
    ("в 2021 году, что за соглашение подписали с Германией?", "2021"),
    ("Мне интересен 2021 год, что за соглашение подписали с Германией?", "2021"),
    ("Я про 2021 год, что за соглашение подписали с Германией?", "2021"),
    ("men 2021 yil haqida soʻrayapman, Germaniya bilan qanday kelishuv imzolangan?", "2021"),
    ("мен 2021 йил ҳақида сўраяпман, Германия билан қандай келишув имзоланган?", "2021"),
    ("what agreement was signed with Germany in 2021?", "2021"),
    ("I am a student, what agreement was signed with Germany in 2021?", "2021"),
])
def test_a_year_asked_still_contradicts(answerer: Answerer, message: str, year: str) -> None:
    reply = answerer.ask(message)
    assert reply.outcome == "near-miss" and year in reply.note
