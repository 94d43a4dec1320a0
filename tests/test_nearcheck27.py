"""Near misses of the twenty-seventh session's fresh block (nearcheck27): a region of
Uzbekistan asked of an entry about the whole country.

No document gives a region's own facts (its families, remittances, centres, why its people
leave), only the country's: "families in Samarkand region", «семьи в Сурхандарье»,
'Qashqadaryoda migrantlar oilalariga' are near misses of the entry about Uzbekistan. The
writer's own region ("I'm from Samarkand", «Я из Андижана», 'Fargʻonada yashayman') is
where the writer is, not what is asked, and so is one named only in a sentence that asks
nothing beside one that asks ("I work as a driver in Fergana and heard about a deal with
Germany. What is it about?"): those stay answered.
"""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from tests.verdicts import assert_answered, assert_near_miss


@pytest.mark.parametrize(("message", "entry"), [
    ("What do families in Samarkand region spend remittances on?", "remit-uses"),
    ("Why do so many people from Surkhandarya leave to work abroad?", "concept-causes"),
    ("What help do migrant families in Namangan get from the state?", "abroad-family-support"),
    ("На что тратят переводы семьи в Бухарской области?", "remit-uses"),
    ("Какая помощь семьям мигрантов в Хорезме?", "abroad-family-support"),
    ("Qashqadaryo viloyatida migrantlar oilalariga qanday yordam beriladi?",
     "abroad-family-support"),
    ("Namanganda pul o'tkazmalari oilalarga qanday ta'sir qiladi?", "remit-social-effects"),
    ("Сурхондарё вилоятида пул ўтказмалари нимага сарфланади?", "remit-uses"),
    ("Андижонда мигрантлар оилаларига қандай ёрдам берилади?", "abroad-family-support"),
    ("Фаргонада кайтган мигрантларга кандай ёрдам бор?", "strategy-reintegration"),
])
def test_a_region_of_uzbekistan_asked_is_a_near_miss(answerer: Answerer, message: str,
                                                     entry: str) -> None:
    assert_near_miss(answerer.matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("Hi, I'm from Samarkand and my husband works in Russia. Does the state help families of "
     "migrants?", "abroad-family-support"),
    ("Я из Андижана, муж в Корее. Как государство помогает семьям мигрантов?",
     "abroad-family-support"),
    ("Men Namangandanman, akam Rossiyada ishlaydi. Migrant oilalariga davlat qanday yordam "
     "beradi?", "abroad-family-support"),
    ("Фарғонада яшайман, эрим Россияда. Мигрант оилаларига давлат қандай ёрдам беради?",
     "abroad-family-support"),
    ("Samarqandda o'qiyman. Pul o'tkazmalari nima?", "remit-definition"),
    ("I live in Bukhara. What are remittances?", "remit-definition"),
    # told in a sentence of its own beside the one that asks
    ("I work as a driver in Fergana and heard about a deal with Germany. What is it about?",
     "coop-germany-2024"),
    ("Я учитель в Намангане. Что такое Шенгенское соглашение?", "coop-schengen"),
    ("Namangandan ko'p yigitlar Rossiyaga ketmoqchi. Ularga ketishdan oldin davlat kasb "
     "o'rgatadimi?", "strategy-training"),
    ("Мен Самарқанддаман. Пул ўтказмалари нима?", "remit-definition"),
])
def test_the_writers_own_region_is_answered(answerer: Answerer, message: str,
                                            entry: str) -> None:
    assert_answered(answerer.matcher, message, entry)


def test_the_regions_are_the_home_countrys(answerer: Answerer) -> None:
    thesaurus = answerer.matcher.thesaurus
    regions = [c for c in thesaurus.concepts.values() if thesaurus.in_home(c.id)]
    assert len(regions) >= 11
    assert all(c.kind == "country" for c in regions)
    assert not thesaurus.in_home("uzbekistan") and not thesaurus.in_home("kazakhstan")
