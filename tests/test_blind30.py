"""blind30: the wrong-entry classes of a blind block written from the five documents only.

- A fee asked of an act or a programme in everyday words the bot did not know as a price
  ('qancha yigʻim toʻlaydi', «сколько сбор платит», «пошлина»): the act's own answer was
  given. They are ``practical:`` price words now, so the bot does not answer the act with a
  fee no document gives. «сбор» only as a levy («сбор за», «какой сбор»), never alone:
  «сбор данных» is the sharing of migration data the documents speak of.
- «вкратце», «коротко» (briefly) counted as words of the question: «шенген чо это вкратце»
  abstained (the Schengen Agreement at 49). They are stop words now, as «кратко», "briefly"
  and 'qisqacha' were.
- The IOM by the name the article on international relations gives it ("the International
  Migration Organization", «международная миграционная организация») tied with the ILO
  (found probing in the block's style, not a block line): aliases of org-iom.
Controls: the acts asked about plainly, and the data-sharing question, keep their entries;
"briefly" alone, or beside a question no document answers, still abstains.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize("message", [
    "PP-4829 qarori bo'yicha migrant qancha yig'im to'laydi",
    "ПП-4829 қарори бўйича мигрант қанча йиғим тўлайди",
    "ПП-4829 карори буйича мигрант канча йигим тулайди",  # Russian keyboard
    "Сколько сбор платит мигрант по постановлению ПП-4829?",
    "какая пошлина по постановлению ПП-4829",
    "UP-5785 farmoni bo'yicha konsullik yig'imi qancha",
    "Какая пошлина за выезд по указу УП-4947",
    "какой сбор за регистрацию по постановлению ПП-4829",
])
def test_a_fee_asked_of_an_act_is_not_the_acts_answer(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision != "answer", (m.decision, m.best and m.best.entry_id)


@pytest.mark.parametrize(("message", "entry"), [
    ("PP-4829 qarori nima haqida", "decree-pp-4829"),
    ("Что такое постановление ПП-4829?", "decree-pp-4829"),
    ("ПП-4829 қарори нима ҳақида", "decree-pp-4829"),
    ("What is resolution PP-4829 about?", "decree-pp-4829"),
    ("как сбор данных помогает странам в миграции", "coop-harmonising-opportunities"),
    ("ma'lumot yig'ish migratsiyada qanday yordam beradi", "coop-harmonising-opportunities"),
])
def test_the_acts_and_data_sharing_keep_their_entries(matcher: Matcher, message: str,
                                                      entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("шенген чо это вкратце", "coop-schengen"),
    ("вкратце что такое диаспора", "diaspora-role"),
    ("коротко: что такое МОТ", "org-ilo"),
    ("вкратце расскажите про указ УП-5785", "decree-up-5785"),
    ("vkratce chto takoe shengen", "coop-schengen"),
])
def test_briefly_asks_nothing_of_its_own(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "вкратце",
    "коротко о себе",
    "вкратце про погоду в Ташкенте",
    "коротко: курс доллара на сегодня",
])
def test_briefly_beside_nothing_answerable_abstains(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"


@pytest.mark.parametrize(("message", "entry"), [
    ("зачем нужна международная миграционная организация", "org-iom"),
    ("что такое международная миграционная организация", "org-iom"),
    ("what does the international migration organization do", "org-iom"),
    ("xalqaro migratsiya tashkiloti nima qiladi", "org-iom"),
    ("что такое Международная организация труда", "org-ilo"),
    ("международная организация труда и миграция", "org-ilo"),
    ("what is the ILO", "org-ilo"),
])
def test_the_iom_by_the_articles_name(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
