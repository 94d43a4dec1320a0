"""A question joined with a number, amount, fee, score or count the documents do not give
(twenty-eighth session, nearfix28b).

"What is the Agency, and how many branches does it have?" asks two things: one the Agency's
entry answers, one it does not. The entry's answer, even opened with "the documents do not
give that", reads as if it gave both: such a message is the entry's near miss, with the entry
as a button (issue 7 item 4). So is a fee asked of the answered entry's own subject («что
такое денежные переводы и какая комиссия за перевод»), not a patent's price beside another
question (tests/test_joined_practical24.py keeps those answered). A sum, share or score asked
in its unit ("in dollars", «какой размер компенсации», "what score out of 10", 'necha ball')
is a quantity, and a count of a list asked of an entry that lists without counting ("the
*six* advantages", '*yettita* shakli qaysilar') is a near miss. The entries' own figures and
counts, and two halves that are both documented, stay answered.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss

NEAR_MISSES = [
    # (message, the entry offered): one half answered, the other a detail of that entry
    ("how does the state insure migrants life and health, and how much is the insurance "
     "payout", "strategy-insurance-support"),
    ("What is the Agency for External Labour Migration, and how many branches does it have?",
     "org-agency"),
    ("Agentlik nima ish qiladi va uning nechta filiali bor?", "org-agency"),
    ("Агентлик нима иш қилади ва унинг нечта филиали бор?", "org-agency"),
    ("Агентлик нима иш килади ва унинг нечта филиали бор?", "org-agency"),  # ru keyboard
    ("Why is 2017 a turning point for migration law, and how many new laws were passed "
     "that year?", "law-2017-reforms"),
    # a fee or price of the answered entry's own subject
    ("Что такое денежные переводы и какая комиссия за перевод из России?", "remit-definition"),
    ("what are remittances and how much does a transfer from russia cost", "remit-definition"),
    ("Здравствуйте, что такое шенгенское соглашение и сколько стоит шенгенская виза?",
     "coop-schengen"),
    ("Shengen kelishuvi nima va Shengen vizasi qancha turadi?", "coop-schengen"),
    ("Шенген келишуви нима ва Шенген визаси қанча туради?", "coop-schengen"),
    # a sum, a share or a score asked in its unit or scale
    ("In the SWOT analysis of international migration cooperation, what score out of 10 "
     "did each factor get?", "coop-swot"),
    ("Указ УП-5785 какой размер компенсации семьям мигрантов он устанавливает?",
     "decree-up-5785"),
    ("SWOT tahlilida har bir omilga necha ball berilgan?", "coop-swot"),
    ("SWOT таҳлилида ҳар бир омилга неча балл берилган?", "coop-swot"),
    ("What are the benefits of coordinating immigration policies, in dollars?",
     "coop-harmonising-opportunities"),
]

COUNTS = [
    # a count of a list asked of an entry that lists without counting
    ("What are the six advantages of coordinating immigration policies?",
     "coop-harmonising-opportunities"),
    ("Какие семь форм миграции существуют?", "concept-forms"),
    ("Migratsiyaning yettita shakli qaysilar?", "concept-forms"),
    ("Иммиграция сиёсатини мувофиқлаштиришнинг олтита афзаллиги қайси?",
     "coop-harmonising-opportunities"),
]

ANSWERED = [
    # the entries' own figures and counts; "how many and which" is one question
    ("Сколько и какие предложения даёт статья Узбекистану?", "coop-proposals-uz"),
    ("Халқаро ҳамкорлик мақоласи муаллифи Ўзбекистон учун нечта ва қандай тавсия беради?",
     "coop-proposals-uz"),
    ("What are the four proposals for Uzbekistan on migration cooperation?",
     "coop-proposals-uz"),
    ("What are the three main obstacles to harmonising immigration policies?",
     "coop-harmonising-challenges"),
    ("How much money did migrants send home in 2024, in dollars?", "remit-2024-total"),
    ("2024 йилда қанча пул ўтказилди, долларда?", "remit-2024-total"),
    ("How much money did migrants send home in 2024 and what share of GDP was it?",
     "remit-2024-total"),
    ("Сколько граждан планируют отправить за рубеж и сколько обучить профессиям?",
     "strategy-organised-migration"),
    # a count that asks for no list: items to name, the writer's own children
    ("Name three key works of migration literature and their authors.", "concept-literature"),
    ("Migratsiyaning qanday shakllari bor?", "concept-forms"),
    ("Mening uchta farzandim bor, oilamga davlat qanday yordam beradi?",
     "abroad-family-support"),
    # two halves, both documented
    ("What are remittances and what do families spend them on?", "remit-definition"),
    ("Pul oʻtkazmalari nima va oilalar ularni nimaga sarflaydi?", "remit-definition"),
    ("Что такое Шенгенское соглашение и какие правила оно устанавливает?", "coop-schengen"),
]


@pytest.mark.parametrize(("message", "entry"), NEAR_MISSES)
def test_a_detail_the_entry_does_not_give_makes_it_a_near_miss(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


@pytest.mark.parametrize(("message", "entry"), COUNTS)
def test_a_count_of_an_uncounted_list_is_a_near_miss(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry)
    assert not matcher.match(message).near_miss.known  # the entry says no count


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_what_the_documents_give_stays_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


def test_a_patent_price_beside_another_question_is_still_answered_with_a_note(
        matcher: Matcher) -> None:
    """A practical detail of the writer's own affairs, no word of the answered entry's
    subject: that entry is answered, the note says the price is not given."""
    m = matcher.match("Сколько стоит патент в Казани и что такое глобальный договор о миграции?")
    assert (m.decision, m.best and m.best.entry_id) == ("answer", "org-global-compact")
    assert m.near_miss is not None and m.near_miss.detail
