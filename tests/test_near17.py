"""What a message's sentences before the question fill in, and what the question names itself
(near17, review s16 finding 13): the asking sentence's own year, article number, foreign
country or people wins over one of the same kind said before it ("2023 year was hard. how much
did migrants send in 2024" asks of 2024); the sentence before fills in only the kinds the
question leaves out ("about 2023. how much did migrants send home" asks of 2023)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


# The question's own fact wins over one of its kind in the sentence (or comma clause) before:
# answered, in every script, capitalised or not, whatever the word ending the sentence before.
@pytest.mark.parametrize(("message", "entry"), [
    ("2023 year was hard. how much did migrants send in 2024", "remit-2024-total"),
    ("2022 was a bad year. How much did migrants send home in 2024?", "remit-2024-total"),
    ("2023 was hard, how much did migrants send in 2024", "remit-2024-total"),
    ("в 2023 году было тяжело. сколько перевели мигранты в 2024", "remit-2024-total"),
    ("В 2022 году был кризис. Сколько денег мигранты отправили домой в 2024 году?",
     "remit-2024-total"),
    ("в 2023 было тяжело, сколько перевели мигранты в 2024", "remit-2024-total"),
    ("v 2023 godu bylo tyazhelo. skolko pereveli migranty v 2024", "remit-2024-total"),
    ("2023 yil og'ir bo'ldi. 2024 yilda migrantlar qancha pul yuborgan",
     "remit-2024-total"),  # an ASCII apostrophe in the word ending the sentence
    ("2023 yil qiyin edi. 2024 yilda migrantlar qancha pul yuborgan",
     "remit-2024-total"),  # a word of three letters before a year
    ("2023 yil qiyinçilik boʻldi. 2024 yilda migrantlar qancha pul yuborişgan",
     "remit-2024-total"),  # the new alphabet
    ("2023 йил қийин эди. 2024 йилда мигрантлар қанча пул юборган", "remit-2024-total"),
    ("2023 йил огир булди. 2024 йилда мигрантлар канча пул юборган",
     "remit-2024-total"),  # Russian keyboard
    ("Article 25 of the Constitution. What does article 23 guarantee?", "law-article-23"),
    ("25-статья конституции. что гарантирует статья 23", "law-article-23"),
    ("Konstitutsiyaning 25-moddasi. 23-modda nimani kafolatlaydi?", "law-article-23"),
    ("Конституциянинг 25-моддаси. 23-модда нимани кафолатлайди?", "law-article-23"),
    ("Работаю в Москве. Соглашение с Германией это что?", "coop-germany-2024"),
    ("Turkey. What does the agreement with Germany give?", "coop-germany-2024"),
    ("Турция. Что даёт соглашение с Германией?", "coop-germany-2024"),
    ("Turkiya. Germaniya bilan kelishuv nima beradi?", "coop-germany-2024"),
    ("Туркия. Германия билан келишув нима беради?", "coop-germany-2024"),
    ("Туркия. Германия билан келишув нима беради", "coop-germany-2024"),
])
def test_the_questions_own_fact_wins_over_the_sentence_before(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == entry


# Controls (what the question leaves out is still filled in by the sentence before, and
# Uzbekistan's own migrants named are no rival of a foreign country before) are rows of
# test_near16's table of the sentence before (test_what_the_sentence_before_names_is_asked_of).

# Details of a numbered act that no document gives (near17, blind17a/b's near misses as a
# class): amendments made to it later, who carries it out, a free benefit it does not grant.
# The act's entry is offered with "the documents do not give that", in every script; what the
# act itself changed stays answered.
@pytest.mark.parametrize(("message", "entry"), [
    ("what amendments were later made to decree UP-5785", "decree-up-5785"),
    ("какие изменения потом внесли в указ УП-5785", "decree-up-5785"),
    ("в постановление ПП-4829 вносились поправки?", "decree-pp-4829"),
    ("PF-5785 farmoniga keyin qanday oʻzgartirishlar kiritilgan", "decree-up-5785"),
    ("ПФ-5785 фармонига кейин қандай ўзгартиришлар киритилди", "decree-up-5785"),
    ("PQ-4829 qaroriga ozgartish kiritilganmi", "decree-pp-4829"),  # no apostrophe
    ("PF-4947 farmoniga oʻzgartişlar kiritilganmi", "decree-up-4947"),  # the new alphabet
    ("who is responsible for carrying out decree UP-4947", "decree-up-4947"),
    ("какое министерство отвечает за исполнение указа УП-4947", "decree-up-4947"),
    ("кто ответственный за выполнение постановления ПП-4829", "decree-pp-4829"),
    ("PF-4947 farmoni ijrosi uchun kim masʼul", "decree-up-4947"),
    ("ПҚ-4829 қарори ижроси учун қайси вазирлик жавобгар", "decree-pp-4829"),
    ("ПФ-5785 фармони ижроси учун ким масул", "decree-up-5785"),  # Russian keyboard
    ("pq 4829 qarori ijrosiga kim javob beradi", "decree-pp-4829"),
    ("даёт ли указ УП-5785 мигрантам бесплатные билеты домой", "decree-up-5785"),
    ("PF-5785 farmoni migrantlarga bepul aviachipta beradimi", "decree-up-5785"),
    ("ПФ-5785 фармони мигрантларга бепул чипта берадими", "decree-up-5785"),
])
def test_an_acts_detail_no_document_gives_is_its_near_miss(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert found.near_miss.detail
    assert found.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("what did decree UP-5785 change for migrants", "decree-up-5785"),
    ("какие изменения внес указ УП-4947", "decree-up-4947"),
    ("PF-5785 farmoni qanday oʻzgarishlar kiritdi", "decree-up-5785"),
])
def test_what_an_act_changed_stays_answered(answerer: Answerer, message: str,
                                            entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == entry


# The minimum pay in any form is a wage level no document gives: never answered with an entry
# (the review of the ILO is not about it; asked of it in Russian, its near miss).
@pytest.mark.parametrize("message", [
    "what does the ILO review say about the minimum wage in Uzbekistan",
    "что в обзоре МОТ говорится о минимальной зарплате",
    "какая минимальная заработная плата в России",
    "XMT sharhida eng kam ish haqi haqida nima deyilgan",
    "Россияда энг кам иш ҳақи қанча",
    "what is the minimum salary in kazakhstan",
])
def test_the_minimum_pay_is_never_answered(answerer: Answerer, message: str) -> None:
    assert answerer.matcher.match(message).decision != "answer"


@pytest.mark.parametrize("message", [
    "что в обзоре МОТ говорится о минимальной зарплате",
    "какую минимальную зарплату советует обзор МОТ",
])
def test_the_minimum_pay_asked_of_the_review_is_its_near_miss(answerer: Answerer,
                                                              message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert found.candidates[0].entry_id == "org-ilo"


# A sum asked over a count of years said without "last" ("over 10 years", «за 10 лет»,
# '10 yil ichida'): no figure is of it, a near miss of the figure's entry (left16 item 5;
# near16 found the phrase alone made a false one of «работаю за границей 5 лет, … в 2024»:
# here the count must stand right after the span word, or before 'yil ichida/davomida', and
# the sentence must name no year of its own nor speak of the writer).
@pytest.mark.parametrize(("message", "entry"), [
    ("over 10 years how much money did migrants send", "remit-2024-total"),
    ("how much did migrants send home over 10 years", "remit-2024-total"),
    ("за 10 лет сколько денег перевели мигранты", "remit-2024-total"),
    ("za 10 let skolko deneg pereveli migranty", "remit-2024-total"),
    ("10 yil ichida migrantlar qancha pul yuborgan", "remit-2024-total"),
    ("10 yil davomida migrantlar qancha pul yuborişgan", "remit-2024-total"),
    ("10 йил ичида мигрантлар қанча пул юборган", "remit-2024-total"),
    ("10 йил ичида мигрантлар канча пул юборган", "remit-2024-total"),  # Russian keyboard
    ("how many people were trained over 5 years", "strategy-training"),
])
def test_a_sum_over_a_count_of_years_is_a_near_miss(answerer: Answerer, message: str,
                                                     entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert found.near_miss.detail
    assert found.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("работаю за границей 5 лет, сколько денег перевели мигранты в 2024", "remit-2024-total"),
    ("how much did migrants send in 2024 over 12 months", "remit-2024-total"),
    ("2023 yil qiyin edi, 2024 yilda migrantlar qancha pul yuborgan",
     "remit-2024-total"),  # 'yil' is no "I'll": the clause before is not the writer's
])
def test_a_count_of_years_told_or_beside_a_year_asks_no_span(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == entry


# When the Development Strategy was adopted: the documents give its period (2022-2026), not its
# adoption (left16 item 5: «в каком году приняли стратегию развития» was answered with
# organised migration). A near miss of the strategy, in every script; when a decree was
# adopted (its date is given) stays answered.
@pytest.mark.parametrize("message", [
    "в каком году приняли стратегию развития",
    "когда приняли стратегию развития",
    "v kakom godu prinyali strategiyu razvitiya",
    "when was the development strategy adopted",
    "in what year was the strategy adopted",
    "taraqqiyot strategiyasi qaysi yili qabul qilingan",
    "Taraqqiyot strategiyasi qaçon qabul qilingan",
    "тараққиёт стратегияси қачон қабул қилинган",
    "тараккиёт стратегияси качон кабул килинган",
])
def test_when_the_strategy_was_adopted_is_its_near_miss(answerer: Answerer,
                                                        message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert found.near_miss.detail
    assert found.candidates[0].entry_id.startswith("strategy-")


@pytest.mark.parametrize(("message", "entry"), [
    ("в каком году приняли указ УП-5785", "decree-up-5785"),
    ("когда приняли постановление ПП-4829", "decree-pp-4829"),
    ("PF-4947 qachon qabul qilingan", "decree-up-4947"),
    ("when was decree UP-4947 adopted", "decree-up-4947"),
    ("что говорит стратегия развития о мигрантах", "strategy-goal-86"),
])
def test_when_a_decree_was_adopted_stays_answered(answerer: Answerer, message: str,
                                                  entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == entry


# The pay asked with "what" ('qanday maosh', 'ish haqi qanday', "what pay") under a deal is a
# detail no document gives: a near miss, never an answer (near17; blind17a's Korea line was
# answered with the destinations in Uzbek). Which of the two neighbours is offered is left to
# the scores.
@pytest.mark.parametrize("message", [
    "janubiy koreya bilan kelishuv qanday maosh kafolatlaydi",
    "Germaniya bilan kelishuv boʻyicha hamshiralarga qanday oylik beriladi",
    "Germaniya bilan kelişuv boʻyiça hamşiralarga qanday oylik beriladi",
    "Koreya bilan kelishuvda ish haqi qanday",
    "Германия билан келишувда қандай маош тўланади",
    "германия билан келишувда кандай маош туланади",
    "what pay does the agreement with germany guarantee nurses",
])
def test_the_pay_under_a_deal_is_a_near_miss(answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert found.near_miss.detail
