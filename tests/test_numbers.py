"""Numbers in near misses: compared kind by kind, as the entries write them (bot/numbers.py)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.matcher import Matcher
from bot.numbers import Numbers, number_conflict, read_numbers
from bot.text import clean, fold


@pytest.mark.parametrize(("text", "numbers"), [
    ("14.8 mlrd dollar", Numbers(figures=frozenset({("14.8", "amount")}))),
    ("14,8 млрд", Numbers(figures=frozenset({("14.8", "amount")}))),
    ("about 15 percent of GDP", Numbers(figures=frozenset({("15", "percent")}))),
    ("20 foiz", Numbers(figures=frozenset({("20", "percent")}))),
    ("Konstitutsiyaning 25-moddasi", Numbers(labels=frozenset({25}))),
    ("статья 23 Конституции", Numbers(labels=frozenset({23}))),
    ("УП-5785 от 2020 года", Numbers(years=frozenset({2020}), labels=frozenset({5785}),
                                     acts=frozenset({(5785, 2020)}))),
    ("the 2020 decree", Numbers(years=frozenset({2020}))),
    ("в 24 году", Numbers(years=frozenset({2024}))),
    ("pul oʻtkazmalari 11", Numbers(bare=frozenset({11}))),
    # a decimal only before its unit; thousands read back whole
    ("was it 14,8%", Numbers(figures=frozenset({("14.8", "")}))),
    ("PF-4947 7 fevral 2017", Numbers(years=frozenset({2017}), bare=frozenset({4947, 7}),
                                      acts=frozenset({(4947, 2017)}),
                                      dates=frozenset({(7, 2017, 2)}))),
    ("статьи 23, 24", Numbers(labels=frozenset({23}), bare=frozenset({24}))),
    ("400,000 migrants", Numbers(bare=frozenset({400000}))),
    ("400 000", Numbers(bare=frozenset({400000}))),
    ("400000", Numbers(bare=frozenset({400000}))),
    # the writer's age is never the number asked (tester s7 finding 3)
    ("Men 25 yoshdaman", Numbers(ages=frozenset({25}))),
    ("мне 19 лет", Numbers(ages=frozenset({19}))),
    ("I'm 30", Numbers(ages=frozenset({30}))),
    ("I am 30 years old", Numbers(ages=frozenset({30}))),
])
def test_numbers_are_read_by_kind(matcher: Matcher, text: str, numbers: Numbers) -> None:
    assert read_numbers(fold(clean(text)).split(), matcher.reader.number_words) == numbers


def test_a_figure_is_compared_as_written() -> None:
    own = Numbers(years=frozenset({2024}), figures=frozenset({("14.8", "amount"),
                                                              ("15", "percent")}))
    asked = Numbers(figures=frozenset({("14", "amount")}))
    assert number_conflict(asked, frozenset({14}), own) == (["14"], ["14.8"])
    same = Numbers(figures=frozenset({("14.8", "amount")}))
    assert number_conflict(same, frozenset({14}), own) == ([], [])


@pytest.mark.parametrize("message", [
    # a stray number of no kind is no near miss of an entry with no numbered things
    "pul oʻtkazmalari 11", "pul otkazmalari 11", "пул ўтказмалари 11", "пул утказмалари 11",
    "денежные переводы 11", "remittances 11",
])
def test_a_stray_number_makes_no_near_miss(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "answer" and m.near_miss is None


@pytest.mark.parametrize("message", [
    "Men 25 yoshdaman, strategiya bo'yicha qancha odam chet elga yuboriladi?",
    "Мен 25 ёшдаман, стратегия бўйича қанча одам чет элга юборилади?",
    "Мен 25 ёшдаман, стратегия буйича канча одам чет элга юборилади?",
    "мне 19 лет, сколько людей отправят за границу по стратегии?",
    "I'm 30, how many people will be sent abroad under the strategy?",
])
def test_the_writers_age_makes_no_near_miss(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None, m.near_miss) == (
        "answer", "strategy-organised-migration", None)


@pytest.mark.parametrize(("message", "entry", "asked", "known", "unrelated"), [
    # the line lists the entry's figures of the asked kind, as written
    ("remittances 14 billion", "remit-2024-total", "14", "14.8", "15"),
    ("2024 yilda 11 mlrd dollar pul oʻtkazilganmi", "remit-2024-total", "11", "14.8", "15"),
    ("денежные переводы 20 процентов ВВП", "remit-2024-total", "20", "15", "14.8"),
    ("pul otkazmalari 20 foiz", "remit-2024-total", "20", "15", "14.8"),
    ("пул ўтказмалари ЯИМнинг 20 фоизи", "remit-2024-total", "20", "15", "14.8"),
    ("decree 5786", "decree-up-5785", "5786", "5785", "2020"),
    ("Konstitutsiyaning 25-moddasi nima haqida", "law-article-23", "25", "23", "2023"),
    ("Конституция статья 25", "law-article-23", "25", "23", "2023"),
])
def test_a_near_miss_names_the_figures_of_the_asked_kind(
        answerer: Answerer, message: str, entry: str, asked: str, known: str,
        unrelated: str) -> None:
    reply = answerer.ask(message, lang="en")
    assert reply.kind == "clarify" and [e.id for e in reply.choices] == [entry]
    miss = reply.match.near_miss
    assert miss is not None and asked in miss.asked and known in miss.known
    assert unrelated not in miss.known


@pytest.mark.parametrize(("text", "acts"), [
    ("УП-5785 от 20 августа 2019 года", {(5785, 2019)}),
    ("2019-yil 20-avgustdagi PF-5785-son Farmon", {(5785, 2019)}),
    ("Decree UP-5785 of 20 August 2019 and Resolution PP-4829 of 15 September 2020",
     {(5785, 2019), (4829, 2020)}),
    # a year goes to the act nearest to it; an act with no year near has none
    ("указ 5785 и постановление 4829 от 2020 года", {(4829, 2020)}),
    ("PF-5785 в 20 году", {(5785, 2020)}),
    ("decree 5785", set()),
    ("in 2024 migrants sent 14.8 billion", set()),
])
def test_an_act_is_paired_with_its_year(matcher: Matcher, text: str,
                                        acts: set[tuple[int, int]]) -> None:
    assert read_numbers(fold(clean(text)).split(), matcher.reader.number_words).acts == acts


@pytest.mark.parametrize(("message", "entry", "asked", "known"), [
    # the year of a named act is compared with the act's own, not with any year its
    # entry names (decree-up-5785 also names PP-4829 of 2020)
    ("Указ 5785 от 2020 года", "decree-up-5785", "2020", "2019"),
    ("PF-5785 2020 yil", "decree-up-5785", "2020", "2019"),
    ("ПФ-5785 2020 йил фармони", "decree-up-5785", "2020", "2019"),
    ("decree UP-5785 of 2020", "decree-up-5785", "2020", "2019"),
    ("PQ-4829 qarori 2019 yil", "decree-pp-4829", "2019", "2020"),
])
def test_a_named_act_with_another_year_is_a_near_miss(
        answerer: Answerer, message: str, entry: str, asked: str, known: str) -> None:
    reply = answerer.ask(message, lang="en")
    assert reply.kind == "clarify" and [e.id for e in reply.choices] == [entry]
    miss = reply.match.near_miss
    assert miss is not None and asked in miss.asked and known in miss.known


@pytest.mark.parametrize("message", [
    # decree-up-5785 (2019) names PP-4829 of 2020 in passing: "the 2020 decree" is not it,
    # the 2020 act (PP-4829) is offered first (coordinator s12)
    "указ президента 2020 года о мигрантах",
    "ukaz prezidenta 2020 goda o migrantax",
    "Prezidentning 2020 yilgi farmoni nima haqida",
    "Президентнинг 2020 йилги фармони нима ҳақида",
    "Президентнинг 2020 йилги фармони нима хакида",
    "what did the 2020 presidential decree on migrants do",
])
def test_a_year_of_another_entrys_act_is_not_the_entrys(answerer: Answerer, message: str
                                                         ) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "clarify"
    assert [e.id for e in reply.choices][0] == "decree-pp-4829"


@pytest.mark.parametrize(("message", "entry"), [
    # an entry about no act of its own keeps its years: the 2017 reforms and UP-4947
    ("what changed in the passport visa and exit entry system in 2017", "law-2017-reforms"),
    ("указ 2019 года о мигрантах", "decree-up-5785"),
])
def test_an_entrys_own_year_still_answers(answerer: Answerer, message: str, entry: str
                                         ) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "answer" and reply.match.candidates[0].entry_id == entry


@pytest.mark.parametrize(("text", "dates"), [
    ("УП-5785 от 20 августа 2019 года", {(20, 2019, 8)}),
    ("2019-yil 20-avgustdagi PF-5785-son Farmon", {(20, 2019, 8)}),
    ("2019 йил 20 августдаги фармон", {(20, 2019, 8)}),
    ("Decree UP-5785 of 20 August 2019 and Resolution PP-4829 of 15 September 2020",
     {(20, 2019, 8), (15, 2020, 9)}),
    ("the decree of August 20, 2019", {(20, 2019, 8)}),
    # (day, year, month): each month's name in en, ru, uz, folded (near15)
    ("on 1 january 2020", {(1, 2020, 1)}),
    ("1 января 2020 года", {(1, 2020, 1)}),
    ("2020-yil 1-yanvarda", {(1, 2020, 1)}),
    ("5 October 2021", {(5, 2021, 10)}),
    ("5 октября 2021 года", {(5, 2021, 10)}),
    ("2021-yil 5-oktabrda", {(5, 2021, 10)}),
    ("3 December 2022", {(3, 2022, 12)}),
    ("3 декабря 2022", {(3, 2022, 12)}),
    ("9 may 2023", {(9, 2023, 5)}),
    ("9 мая 2023", {(9, 2023, 5)}),
    ("2023-yil 9-mayda", {(9, 2023, 5)}),
    ("4 июля 2023", {(4, 2023, 7)}),
    ("4 june 2023", {(4, 2023, 6)}),
    ("2023-yil 4-iyunda", {(4, 2023, 6)}),
    # a day needs its month's name beside it, and a year near
    ("20 migrants in 2019", set()),
    ("20 августа", set()),
])
def test_a_date_is_read_whole(matcher: Matcher, text: str,
                              dates: set[tuple[int, int, int]]) -> None:
    assert read_numbers(fold(clean(text)).split(), matcher.reader.number_words).dates == dates


@pytest.mark.parametrize("message", [
    # UP-5785 is of 20 August 2019, and names PP-4829 of 15 September 2020: a date is one
    # fact, not a day and a year each found somewhere (tester s9)
    "Decree of 20 August 2020", "указ от 20 августа 2020 года",
    "2020-yil 20-avgustdagi farmon", "2020 йил 20 августдаги фармон",
    "decree of 15 September 2019",
])
def test_a_date_of_no_act_is_a_near_miss(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None
    assert [c.entry_id for c in m.candidates] == ["decree-up-5785"]
    assert m.near_miss.asked[0] in ("2019", "2020")


@pytest.mark.parametrize(("message", "entry"), [
    ("Decree of 20 August 2019", "decree-up-5785"),
    ("указ от 20 августа 2019 года", "decree-up-5785"),
    ("Resolution of 15 September 2020", "decree-pp-4829"),
    ("Указ 5785 от 2019 года", "decree-up-5785"),
    ("PF-5785 2019 yil", "decree-up-5785"),
    ("decree UP-4947 of 2017", "decree-up-4947"),
])
def test_a_named_act_with_its_own_year_is_answered(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    m = matcher.match(message)
    assert m.decision == "answer" and m.best.entry_id == entry and m.near_miss is None


@pytest.mark.parametrize("message", [
    # ... also when the question is a clause of its own, checked against the whole message
    "мне 19 лет, сколько людей обучат по стратегии?",
    "Men 25 yoshdaman, strategiya bo'yicha qancha odam o'qitiladi?",
    "Мен 25 ёшдаман, стратегия бўйича қанча одам ўқитилади?",
    "I'm 30, how many people will be trained under the strategy?",
])
def test_the_writers_age_is_no_near_miss_of_a_clause(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.near_miss is None and m.decision != "clarify"

