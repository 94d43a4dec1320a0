"""blind31b: the "did you mean" and abstain classes of a blind block written from the five
documents only (it landed with no confident-wrong line: 9 misses of 73 answerable lines).

Everyday words the right entry lacked, so its score stayed below the answer line:
- coming home with no job ("i came back ... have no job, does the state help people who
  return?"): the reintegration of returning migrants;
- a citizen sent to another country by force: Article 23 (no forced expulsion or
  extradition);
- computers, digital tools and shared databases: technology and data sharing in the benefits
  of coordinating immigration policies;
- Canada taking in people from other countries, and cooperation keeping a country's
  demographic stability: the developed countries' experience (Canada and Australia keep their
  demographic balance through migration);
- countries working together against illegal border crossing: illegal migration and
  trafficking (countries strengthen borders and cooperate).
Each has a phrasing in en, ru and uz now (uz-Cyrl is read through the Uzbek ones), in
words narrow enough that no sibling's question moves: broader ones ("does the state help
people who return", "can the state send its citizen away", "shared databases") took the
mahalla's help for returnees, the state's protection abroad and two out-of-scope lines.
What workers abroad do for their country "apart from earning money" (the diplomats' entry,
or the bridge's for the country's image) is left: every phrasing tried moved neighbours
(who answers for migrants abroad, leaning on remittances, what the Germans offer).
Controls: the sibling entries keep their own questions (the image of Uzbekistan is the
bridge's), and practical questions next to these words (a visa, a flight, crossing a border
by car, finding a job in a city) stay abstained.
"""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize(("message", "entry"), [
    # coming home with no job
    ("i came back from russia and have no work, does the state help people who return?",
     "strategy-reintegration"),
    ("я вернулся из России и не могу найти работу, государство помогает вернувшимся?",
     "strategy-reintegration"),
    ("Rossiyadan qaytdim ishim yoq, davlat qaytganlarga yordam beradimi",
     "strategy-reintegration"),
    ("Россиядан қайтдим ишим йўқ, давлат қайтганларга ёрдам берадими", "strategy-reintegration"),
    ("Россиядан кайтдим ишим йук давлат кайтганларга ёрдам берадими", "strategy-reintegration"),
    # sent to another country by force
    ("can uzbekistan force one of its citizens to go to another country", "law-article-23"),
    ("can the state send an uzbek citizen away to another country by force", "law-article-23"),
    ("Ozbekiston fuqarosini majburan boshqa davlatga jonatib yuborish mumkinmi",
     "law-article-23"),
    ("Ўзбекистон фуқаросини мажбуран бошқа давлатга жўнатиб юбориш мумкинми", "law-article-23"),
    # more than earning money
    ("Are labour migrants more than just a workforce?", "diaspora-diplomats"),
    # computers and databases
    ("can digital technology and databases make migration management better",
     "coop-harmonising-opportunities"),
    ("помогают ли цифровые технологии и базы данных управлять миграцией",
     "coop-harmonising-opportunities"),
    ("raqamli texnologiyalar va malumotlar bazasi migratsiyani boshqarishga yordam beradimi",
     "coop-harmonising-opportunities"),
    ("рақамли технологиялар ва маълумотлар базаси миграцияни бошқаришга ёрдам берадими",
     "coop-harmonising-opportunities"),
    # Canada taking in people; demographic stability
    ("why does canada take in people from abroad", "coop-developed-countries"),
    ("почему Канада принимает людей из других стран", "coop-developed-countries"),
    ("Канада нега бошқа давлатлардан одамларни олиб келади", "coop-developed-countries"),
    ("demografik barqarorlikni taminlashda migratsiyaning orni", "coop-developed-countries"),
    ("how does migration help keep demographic stability", "coop-developed-countries"),
    ("миграция и демографическая стабильность", "coop-developed-countries"),
    # illegal border crossing
    ("how do countries cooperate against illegal border crossing", "concept-illegal-trafficking"),
    ("как страны вместе борются с незаконным пересечением границы",
     "concept-illegal-trafficking"),
    ("davlatlar chegarani noqonuniy kesib otishga qarshi qanday birga kurashadi",
     "concept-illegal-trafficking"),
    ("давлатлар чегарани ноқонуний кесиб ўтишга қарши қандай ҳамкорлик қилади",
     "concept-illegal-trafficking"),
])
def test_everyday_words_reach_the_right_entry(matcher: Matcher, message: str,
                                              entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("Do migrants improve Uzbekistan's image in the world?", "diaspora-bridge"),
    ("migrants improve the image of uzbekistan abroad?", "diaspora-bridge"),
    ("what does the Constitution guarantee citizens abroad", "law-article-23"),
    ("What help is planned for migrants who return home?", "strategy-reintegration"),
    ("What are the benefits of countries coordinating their immigration policies?",
     "coop-harmonising-opportunities"),
    ("Why are migrants called diplomats?", "diaspora-diplomats"),
])
def test_the_siblings_keep_their_questions(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "how much does a flight from tashkent to toronto cost",
    "Как получить визу в Канаду?",
    "Kanadaga ishga qanday borsam boladi",
    "how do i cross the border to kazakhstan by car",
    "where can i find a job in tashkent",
    "как восстановить утерянный паспорт в Москве",
])
def test_practical_questions_beside_these_words_are_abstained(answerer: Answerer,
                                                              message: str) -> None:
    assert answerer.ask(message).kind == "abstain"
