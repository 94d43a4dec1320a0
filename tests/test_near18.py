"""Near misses and practical topics (near18, issue 7 item 4): a practical detail told before a
documented question does not sink it; a medical test is no SWOT analysis; the question's own
year decides its near miss wherever it stands; who is responsible for something is a near miss
of an act only when an act is named."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


# A practical detail the documents never give (a medical test, a taxi, a bank, a passport
# renewed, an employment contract), told in a clause before the question or in the words
# before its question word, sinks no answer to the question: answered, in every script.
@pytest.mark.parametrize(("message", "entry"), [
    ("I had my medical test last week, what does the law say about migrants rights?",
     "law-migrant-rights-intl"),
    ("had my medical test yesterday what does international law say about migrants rights",
     "law-migrant-rights-intl"),  # no comma: the words before its question word
    ("I opened a sberbank card, what are remittances?", "remit-definition"),
    ("прошел медосмотр, что гарантирует статья 23 конституции", "law-article-23"),
    ("я работаю в такси, скажите что такое денежные переводы", "remit-definition"),
    ("продлить паспорт надо, а вообще что изменилось в 2017 году в паспортной системе",
     "law-2017-reforms"),  # a need told
    ("сдал анализ на туберкулез, теперь вопрос: какие проблемы у мигрантов за границей?",
     "abroad-problems"),
    ("через сбер отправляю деньги маме на что обычно тратят переводы мигранты", "remit-uses"),
    ("prodlit pasport nado, a chto izmenilos v 2017 godu v pasportnoi sisteme",
     "law-2017-reforms"),  # transliterated
    ("tibbiy tekshiruvdan otdim endi savol migrantlar chet elda qanday muammolarga duch keladi",
     "abroad-problems"),
    ("sberbank orqali pul yuboraman, pul otkazmalari nima", "remit-definition"),
    ("ish beruvchi bilan mehnat shartnomasi tuzdim, Germaniya bilan kelishuv nima beradi?",
     "coop-germany-2024"),
    ("tibbiy tekşiruvdan oʻtdim, 23-modda nimani kafolatlaydi", "law-article-23"),  # new alphabet
    ("тиббий текширувдан ўтдим, 23-модда нимани кафолатлайди", "law-article-23"),
    ("тиббий текширувдан утдим, 23-модда нимани кафолатлайди",
     "law-article-23"),  # Russian keyboard
    ("сбербанк оркали пул юбораман, пул утказмалари нима", "remit-definition"),
])
def test_a_practical_detail_told_before_the_question_sinks_no_answer(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == entry


# Controls: the practical detail asked, not told (named only, or closing the question with its
# "-mi", or a question of too few words after it), still abstains.
@pytest.mark.parametrize("message", [
    "I need a medical test for Korea, where do I get it?",
    "medical test in korea what does the agreement say",  # named, not told
    "medical test in korea, what does the agreement say?",
    "нужно продлить паспорт, куда обращаться?",
    "где сдать анализ на ВИЧ для патента",
    "анализ на туберкулез нужен для работы в Корее?",
    "taksida ishlayman, litsenziya qanday olinadi",
    "кредит олсам бўладими чет элда ишлаб",  # the "-mi" closes the practical question
    "Rossiyada taksist boʻlib ishlasa boʻladimi",
    "pasport muddati tugasa chet elda qanday yangilanadi",
    "хорижда ишлаш учун тиббий маълумотнома қаердан олинади",
])
def test_a_practical_detail_asked_still_abstains(answerer: Answerer, message: str) -> None:
    assert answerer.matcher.match(message).decision == "abstain"


# «Анализ на» alone is no medical test: the SWOT table's strengths and weaknesses analysed.
@pytest.mark.parametrize("message", [
    "анализ на сильные и слабые стороны сотрудничества",
    "какой анализ на сильные стороны и угрозы даётся в статье",
    "сделай SWOT анализ по миграции пожалуйста",
    "миграция буйича SWOT тахлили",
    "analiz na silnye i slabye storony sotrudnichestva",
])
def test_an_analysis_of_strengths_is_the_swot_table(answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == "coop-swot"


# The question's own year, said before its subject, in sms form, with an ordinal's ending, or
# with the money named rather than sent: the near miss of the entry that gives another year,
# not an abstention led by an entry whose period holds that year (the Action Strategy's 2021,
# the Development Strategy's 2022) and gives no sum of money or count of people.
@pytest.mark.parametrize(("message", "entry"), [
    ("2021 yili ozbekistonga qancha pul keldi", "remit-2024-total"),
    ("2021 йили Ўзбекистонга қанча пул келди", "remit-2024-total"),
    ("2021 йили узбекистонга канча пул келди", "remit-2024-total"),  # Russian keyboard
    ("в 2022 мигранты скока денег отправили", "remit-2024-total"),
    ("в 2022 мигранты сколько денег отправили", "remit-2024-total"),
    ("в 22м году сколько перевели домой узбеки", "remit-2024-total"),
    ("в 22-ом году сколько денег мигранты отправили", "remit-2024-total"),
    ("in 2021 how much money came to uzbekistan", "remit-2024-total"),
    ("2021 йилда нечта фуқаро хорижга ишга юборилди", "strategy-organised-migration"),
    ("2021 yilda nechta fuqaro chet elga ishga yuborildi", "strategy-organised-migration"),
    ("в 2021 году сколько граждан отправили на работу за границу",
     "strategy-organised-migration"),
    # who is responsible: a near miss of an act named (asked of anything else, it asks who
    # does that, which the near miss of a decree does not answer)
    ("who is responsible for implementing decree UP-5785", "decree-up-5785"),
    ("кто отвечает за исполнение постановления ПП-4829", "decree-pp-4829"),
    ("UP-5785 farmoni ijrosiga kim javobgar", "decree-up-5785"),
    ("ПФ-5785 фармони учун ким масъул", "decree-up-5785"),
    ("ПФ-5785 фармони учун ким масул", "decree-up-5785"),  # Russian keyboard
])
def test_the_questions_own_year_or_an_acts_doer_is_its_near_miss(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify"
    assert found.near_miss is not None
    assert found.candidates[0].entry_id == entry


# Who is responsible for something other than an act: what follows is matched, no near miss.
@pytest.mark.parametrize(("message", "entry"), [
    ("кто отвечает за реинтеграцию вернувшихся мигрантов", "strategy-reintegration"),
    ("qaytgan migrantlarni ishga joylashtirishga kim masʼul", "strategy-reintegration"),
])
def test_who_is_responsible_for_something_else_asks_who_does_it(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.near_miss is None
    assert found.decision == "answer"
    assert found.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    # who is responsible, no act named: the words stay scored (deleting them made the
    # shorter question drift to a wrong entry, confidently: review18 findings 2 and 6), but
    # they are no decree's detail left out, and no other entry is answered
    ("chet eldagi migrantlar huquqini himoya qilishga kim masʼul", "abroad-state-support"),
    ("ким чет элдаги мигрантлар хуқуқини ҳимоя қилишга масъул", "abroad-state-support"),
    ("кто отвечает за защиту мигрантов за рубежом", "abroad-state-support"),
    ("who is responsible for protecting uzbek migrants abroad", "abroad-state-support"),
    ("is the state responsible for migrants abroad", "abroad-state-support"),
    ("Чет элдаги мигрантлар учун ким жавобгар", "abroad-state-support"),
])
def test_who_is_responsible_with_no_act_named_is_no_near_miss_nor_a_wrong_answer(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.near_miss is None
    if found.decision == "answer":
        assert found.candidates[0].entry_id == entry
    else:
        assert found.decision == "clarify"
# An article's or goal's number is no short year ("article 22" is no 2022 of the Development
# Strategy's 2022-2026, which put the state's support first); a count asked after a number's
# unit counts what follows the unit ("how many of the 400 thousand are women"): near misses.
@pytest.mark.parametrize(("message", "entry"), [
    ("what does article 22 of the constitution say about migrants", "law-article-23"),
    ("статья 22 конституции про мигрантов", "law-article-23"),
    ("Konstitutsiyaning 22-moddasi migrantlar haqida nima deydi", "law-article-23"),
    ("Конституциянинг 22-моддаси мигрантлар хакида нима дейди", "law-article-23"),
    ("how many of the 400 thousand are women", "strategy-organised-migration"),
    ("из 400 тысяч сколько женщин", "strategy-organised-migration"),
    ("400 минг кишидан нечтаси аёллар", "strategy-organised-migration"),
])
def test_a_numbers_kind_decides_its_near_miss(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify"
    assert found.near_miss is not None
    assert found.candidates[0].entry_id == entry


def test_a_short_year_still_reads_as_a_year(answerer: Answerer) -> None:
    """«в 22м году» is 2022 (a bare number before a year word); "how many billions" still
    counts no people (no number before the unit)."""
    found = answerer.matcher.match("в 22м году сколько перевели")
    assert (found.decision, found.candidates[0].entry_id) == ("clarify", "remit-2024-total")
    assert found.near_miss is not None
    found = answerer.matcher.match("how many billions did uzbek migrants send home last year 2024")
    assert (found.decision, found.candidates[0].entry_id) == ("answer", "remit-2024-total")
