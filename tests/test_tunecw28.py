"""A neighbour entry answered in place of the right one (tunecw28), by class, in every script,
with the neighbour's own questions as controls.

- Help for migrants who came back: the reintegration the strategy plans, not the mahalla
  chain, unless the mahalla (or economic help to the families) is asked; help "due" to a
  family whose man is still abroad: the families' support.
- Globalisation made people mobile, so why cooperate: why countries cooperate; labour
  mobility closing one country's skills gaps with another's workers (Uzbek): the
  opportunities of harmonising policies, not the host countries.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize(("message", "entry"), [
    # help for migrants who came back
    ("What support is there for migrant workers who came back home?",
     "strategy-reintegration"),
    ("my son came back from russia, no job. what help do returnees get?",
     "strategy-reintegration"),
    ("Сын вернулся с заработков. Какая помощь положена вернувшимся мигрантам?",
     "strategy-reintegration"),
    # ... controls: the mahalla chain asked, economic help to the families; the families
    # of migrants still abroad
    ("How does the mahalla help returning migrants?", "abroad-mahalla-system"),
    ("Mahalla qaytib kelgan migrantlarga qanday yordam beradi?", "abroad-mahalla-system"),
    ("Маҳалла қайтган мигрантларга ёрдам берадими?", "abroad-mahalla-system"),
    ("махалля помогает вернувшимся?", "abroad-mahalla-system"),
    ("qaytgan migrantlar oilalariga iqtisodiy yordam", "abroad-mahalla-system"),
    ("қайтиб келган мигрантларга маҳалла орқали қандай ёрдам берилади", "abroad-mahalla-system"),
    ("Мы с детьми дома, муж на заработках в Корее. Нам положена какая-то помощь?",
     "abroad-family-support"),
    # why cooperate; labour mobility filling skills gaps
    ("globalisation made people mobile, so why should countries cooperate?",
     "coop-why-cooperate"),
    ("Глобализация сделала людей мобильнее, зачем же странам сотрудничать по миграции?",
     "coop-why-cooperate"),
    ("иш кучи харакатчанлиги бир давлатдаги кадрлар етишмаслигини бошкасида ёпиши мумкинми",
     "coop-harmonising-opportunities"),
    ("ishchi kuchi harakatchanligi bir davlatdagi kadrlar yetishmasligini yopa oladimi",
     "coop-harmonising-opportunities"),
    # ... controls
    ("why do countries need to cooperate on migration", "coop-why-cooperate"),
    ("do migrants fill labour shortages in host countries", "concept-receiving-effects"),
    ("what are the benefits of coordinating immigration policies",
     "coop-harmonising-opportunities"),
])
def test_the_askers_words_find_the_right_entry(matcher: Matcher, message: str,
                                                entry: str) -> None:
    assert_answered(matcher, message, entry)
