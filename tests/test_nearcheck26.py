"""Near misses of the twenty-sixth session's fresh block (nearcheck26): another people than
the entry's asked of it.

A "how many" of people counts them in Uzbek as the verb's object too ('nechta *ayolni*
yuborish', «нечта *аёлни* ... юбориш»): the strategy's 400,000 are citizens, not women,
students or the young, so it is a near miss, as 'nechtasi ayollar' was (wrong13); citizens
and people in the same form ('nechta fuqaroni') are still the strategy's count.

Foreigners working "here", "in our country" («иностранцев, которые работают у нас», 'bizda
ishlaydigan chet elliklar') are immigration, which no document speaks of: Article 23 asked of
them is a near miss; the same article asked of citizens abroad is answered."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize(("message", "entry"), [
    ("strategiya boʻyicha nechta ayolni chet elga yuborish rejalashtirilgan?",
     "strategy-organised-migration"),
    ("strategiya boʻyicha qancha ayollarni chet elga yuborish rejalashtirilgan?",
     "strategy-organised-migration"),
    ("стратегия бўйича нечта аёлни за границу отправить режалаштирилган?",
     "strategy-organised-migration"),
    ("стратегия бўйича нечта аелларни чет элга юбориш режалаштирилган?",
     "strategy-organised-migration"),
    ("strategiyada nechta talabani chet elga yuborish rejalashtirilgan?",
     "strategy-organised-migration"),
    ("strategiya nechta yoshlarni chet elga ishga yuboradi", "strategy-organised-migration"),
    ("Согласно статье 23, защищает ли Конституция Узбекистана иностранцев, которые работают "
     "у нас?", "law-article-23"),
    ("does article 23 protect foreigners who work here?", "law-article-23"),
    ("Konstitutsiyaning 23-moddasi bizda ishlaydigan chet elliklarni himoya qiladimi?",
     "law-article-23"),
    ("Конституциянинг 23-моддаси бизда ишлайдиган чет элликларни химоя киладими",
     "law-article-23"),
])
def test_another_people_than_the_entrys_is_a_near_miss(answerer: Answerer, message: str,
                                                      entry: str) -> None:
    assert_near_miss(answerer.matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("strategiya boʻyicha nechta fuqaroni chet elga yuborish rejalashtirilgan?",
     "strategy-organised-migration"),
    ("стратегия бўйича нечта фуқарони чет элга юбориш режалаштирилган?",
     "strategy-organised-migration"),
    ("what does article 23 say about citizens abroad", "law-article-23"),
    ("у нас в стране что говорит статья 23 о гражданах за рубежом", "law-article-23"),
])
def test_the_entrys_own_people_are_answered(answerer: Answerer, message: str,
                                            entry: str) -> None:
    assert_answered(answerer.matcher, message, entry)
