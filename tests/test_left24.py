"""Known failures left by the twenty-third session (left24, issue 7), by class, in every
script.

- What the money migrants send does for the country or its economy is the growth entry's
  (remit-development), not the 2024 total's, whose phrasings ask "how much" and share the
  money, the migrants and the country with it. A size asked and an effect asked are the two
  sides of an aspect (``amount`` / ``effect`` in the thesaurus). The size is a concept of
  ``kind: aspect``: it names its side and weighs nothing (scored, "how much" is a rare word
  of three entries and pulled every «сколько» to the total).
- A condition clause (opened by "if", «если», 'agar', or an Uzbek verb in '-sa': 'tayanib
  qolsa') carries the subject; the clause that asks after it and only points back to it
  ('buning yomon oqibati bormi', «что в этом плохого») or names little besides the frame
  ("what problems arise") is read with it (``Asking._of_condition``): alone, a generic
  harm or problems entry answered it. One that names more asks by itself. 'bir xil
  qilish' (made the same) is harmonising, not 'xil' (kinds).
- The documents named as where a thing is told ('hujjatlar boʻyicha', «перечислены»,
  "according to the documents") are a frame (``frames:``): the forms of migration asked so
  are the forms' entry when the question without them is by far (``frame_lead``), not the
  entry on the acts that regulate migration, whose answer says "the article lists them".
  Left: the lead is often short of 20 points ('... shakllari qaysilar' stays a 'did you
  mean' with the acts first).
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import fold
from bot.thesaurus import CONCEPT_MARK

from .test_blindfix21 import _decided


@pytest.mark.parametrize(("message", "entry"), [
    # the effect of the money asked: the growth entry
    ("what does all the money our migrants send do for uzbekistan", "remit-development"),
    ("what do migrants' remittances do for the uzbek economy", "remit-development"),
    ("что деньги мигрантов дают экономике страны", "remit-development"),
    ("как деньги от мигрантов влияют на экономику нашей страны", "remit-development"),
    ("migrantlarning pullari Oʻzbekiston iqtisodiyotiga qanday taʼsir qiladi",
     "remit-development"),
    ("мигрантларнинг пуллари иқтисодиётимизга нима беради", "remit-development"),
    ("мигрантларнинг пуллари иктисодиетимизга нима беради", "remit-development"),  # ru keyboard
    # its size asked: the total
    ("how big are the sums migrants send home", "remit-2024-total"),
    ("каков объём денег, которые присылают мигранты", "remit-2024-total"),
    ("migrantlar joʻnatgan pul hajmi qancha", "remit-2024-total"),
    ("мигрантлар жўнатган пул ҳажми қанча", "remit-2024-total"),
])
def test_what_the_money_does_is_not_how_much_it_is(matcher: Matcher, message: str,
                                                    entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "сколько будет 15 умножить на 8",
    "how much is 15 times 8",
    "15 ni 8 ga koʻpaytirsa qancha boʻladi",
    "15 ни 8 га кўпайтирса қанча бўлади",
])
def test_a_how_much_of_nothing_asked_is_no_answer(matcher: Matcher, message: str) -> None:
    # "how much" names the size's side only: it is no word of the total's entry
    assert CONCEPT_MARK + "amount" not in matcher._concepts
    assert _decided(matcher, message)[0] != "answer"


@pytest.mark.parametrize(("message", "entry"), [
    ("when countries try to unify their migration rules, what problems arise?",
     "coop-harmonising-challenges"),
    ("если страна держится на деньгах мигрантов, что в этом плохого?", "remit-dependence-risk"),
    ("Mamlakat migrantlar puliga tayanib qolsa, bundan qanday zarar bor?",
     "remit-dependence-risk"),
    ("Мамлакат мигрантлар пулига таяниб қолса, бундан қандай зарар бор?",
     "remit-dependence-risk"),
    ("Мамлакат мигрантлар пулига таяниб колса, бундан кандай зарар бор?",  # ru keyboard
     "remit-dependence-risk"),
    ("Davlatlar kochish qoidalarini bir xil qilsa, qanday qiyinchiliklar bor?",
     "coop-harmonising-challenges"),
    ("Давлатлар кўчиш қоидаларини бир хил қилса, қандай қийинчиликлар бор?",
     "coop-harmonising-challenges"),
    # an asking clause that names its own subject still asks by itself
    ("when many people move in, what problems does the host country face?",
     "concept-negative-effects"),
])
def test_a_condition_carries_the_subject_of_the_frame_after_it(matcher: Matcher, message: str,
                                                               entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize(("message", "asked"), [
    ("if a state leans on what its workers abroad send, what harm can that do?",
     "if a state leans on what its workers abroad send what harm can that do"),
    ("Davlat migrantlar puliga suyanib qolsa, buning zarari bormi?",
     "davlat migrantlar puliga suyanib qolsa buning zarari bormi"),
    ("Давлат мигрантлар пулига суяниб қолса, бунинг зарари борми?",
     "davlat migrantlar puliga suyanib qolsa buning zarari bormi"),
    ("если государства делают правила одинаковыми, какие трудности?",
     "если государства делают правила одинаковыми какие трудности"),
    # not a condition before it: the asking clause alone
    ("Salom, men Rossiyada ishlayman, pul oʻtkazmalari qancha?", "pul oʻtkazmalari qancha"),
    # a clause that names more than the frame asks by itself
    ("Koʻp odam koʻchib kelsa, qabul qiluvchi davlatda qanday muammolar boʻladi?",
     "qabul qiluvchi davlatda qanday muammolar boʻladi"),
])
def test_the_clause_asked_after_a_condition(matcher: Matcher, message: str, asked: str) -> None:
    clauses = matcher.reader.read(message).clauses
    assert [" ".join(p.toks) for p in clauses] == [fold(asked)]


@pytest.mark.parametrize(("message", "generic"), [
    ("Davlat migrantlar puliga suyanib qolsa, buning yomon oqibati bormi?",
     "concept-negative-effects"),
    ("Давлат мигрантлар пулига суяниб қолса, бунинг ёмон оқибати борми?",
     "concept-negative-effects"),
    ("Давлат мигрантлар пулига суяниб колса, бунинг ёмон окибати борми?",  # ru keyboard
     "concept-negative-effects"),
    ("если страны пытаются сделать визовые правила одинаковыми, какие проблемы появляются?",
     "concept-negative-effects"),
    ("when nations try to make their visa rules alike, what troubles come up?",
     "abroad-problems"),
])
def test_the_frame_after_a_condition_is_no_generic_answer(matcher: Matcher, message: str,
                                                          generic: str) -> None:
    assert _decided(matcher, message) != ("answer", generic)


@pytest.mark.parametrize(("message", "entry"), [
    ("hujjatlar boʻyicha migratsiya shakllari qanday boʻladi", "concept-forms"),
    ("hujjatlar boʻyicha migratsiya turlari qanday", "concept-forms"),
    ("ҳужжатлар бўйича миграция шакллари қандай бўлади", "concept-forms"),
    ("хужжатлар буйича миграция шакллари кандай булади", "concept-forms"),  # ru keyboard
    ("according to the documents, what forms does migration take?", "concept-forms"),
    # the acts asked by the documents are still the acts
    ("hujjatlar boʻyicha migratsiya qanday tartibga solinadi", "law-regulation"),
    ("какие документы регулируют миграцию", "law-regulation"),
])
def test_the_documents_as_a_frame_leave_the_forms_asked(matcher: Matcher, message: str,
                                                       entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


def test_the_forms_listed_are_offered_first(matcher: Matcher) -> None:
    # «перечислены» asks where, not what: the forms first, though a 'did you mean'
    assert matcher.match("Какие формы миграции перечислены?").best.entry_id == "concept-forms"
