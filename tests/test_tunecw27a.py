"""The general migration concepts asked in everyday words (tunecw27a).

A neighbour answered what one of the general concepts answers, on the everyday words the
right entry lacked: "what's good about people moving from one country to another" got the
right to migrate (its phrasing "Is moving from one country to another a human right?"),
«Чем плохо, когда люди массово уезжают» the causes of migration (people leaving), "why do
families move from one country to another" the right to migrate, 'koʻchib yurishi qanday
turlarga boʻlinadi' the benefits, 'sel yoki zilziladan keyin ... qaysi turiga kiradi' the
forms, «зачем наши едут работать в Казахстан» the destinations, "fight illegal migration
together and not each one alone" the reasons to cooperate, "what security dangers are linked
to migration" environmental migration. The right entries got the askers' words (phrasings
in knowledge/faq/concepts.yaml, thesaurus words: a good thing, the countries people leave
from, the countries that take them in, the land dried up, how states deal with each other,
«зачем наши едут»), and why people go is a third side of the good and the harm of it
(``aspects:``): a question that names one is not answered with an entry that stands for
another when a close one stands for the side asked. "cause" names no causes: in every
question that has it, it is a verb ("can migration cause tension").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bot.text import tokens
from bot.thesaurus import Thesaurus
from tests.verdicts import assert_answered

if TYPE_CHECKING:
    from bot.matcher import Matcher


def _concepts(message: str) -> list[str]:
    thesaurus = Thesaurus.load()
    toks = tokens(message)
    return [c for c in thesaurus.concept_tokens(toks, thesaurus.asked_hits(toks))
            if c.startswith("~")]


@pytest.mark.parametrize(("message", "entry"), [
    # the good of people going, not the right to move nor why they go
    ("what's good about people moving from one country to another?", "concept-positive-effects"),
    ("is it a good thing for the world that people go from one country to another",
     "concept-positive-effects"),
    ("Чем хорошо, что люди ездят работать в другие страны?", "concept-positive-effects"),
    ("что хорошего в том что люди переезжают из одной страны в другую",
     "concept-positive-effects"),
    ("odamlar boshqa davlatga ishga ketsa buning yaxshi tomoni nima", "concept-positive-effects"),
    ("Одамларнинг бошқа юртга ишга кетишининг яхши томони борми?", "concept-positive-effects"),
    ("одамлар бошка юртга ишга кетса нима яхши томони бор", "concept-positive-effects"),
    # ... and its harm
    ("Чем плохо, когда люди массово уезжают в другие страны?", "concept-negative-effects"),
    ("что плохого в том что люди уезжают за границу", "concept-negative-effects"),
    ("odamlarning chet elga ketishining yomon tomoni nima", "concept-negative-effects"),
    ("Одамларнинг хорижга кетишининг ёмон томони нима?", "concept-negative-effects"),
    ("can migration cause tension and hostility toward foreigners", "concept-negative-effects"),
    ("what bad things can migration cause", "concept-negative-effects"),
    # why people go, not the good of it, the right to move or where they go
    # (lead19 offered these first, the negative effects a close second: the harm is another
    # side than the causes asked, so the causes are answered)
    ("топшириқ: ҳужжатларда миграция сабаблари ҳақида нима дейилган", "concept-causes"),
    ("топширик: хужжатларда миграция сабаблари хакида нима дейилган", "concept-causes"),
    ("why do people go to work in other countries", "concept-causes"),
    ("зачем наши едут работать в Казахстан", "concept-causes"),
    ("почему люди едут работать в Россию", "concept-causes"),
    ("nega odamlar Rossiyaga ishlashga ketadi", "concept-causes"),
    ("нега одамлар бошқа юртга кетади", "concept-causes"),
    # its kinds
    ("Odamlarning koʻchib yurishi qanday turlarga boʻlinadi?", "concept-forms"),
    ("Одамларнинг кўчиб юриши қандай турларга бўлинади?", "concept-forms"),
    ("миграция бывает разная? какая именно", "concept-forms"),
    ("какая бывает миграция", "concept-forms"),
    ("what kinds of migration are there", "concept-forms"),
    # a disaster's kind of migration, not the list of kinds
    ("Sel yoki zilziladan keyin butun qishloq ko'chib ketsa, bu ko'chishning qaysi turiga kiradi?",
     "concept-environmental"),
    ("Сел ёки зилзиладан кейин қишлоқ кўчиб кетса, бу кўчишнинг қайси турига киради?",
     "concept-environmental"),
    ("люди уезжают, потому что земля высохла, это какая миграция", "concept-environmental"),
    ("the land dried up and people had to leave, what kind of migration is that",
     "concept-environmental"),
    # the countries people leave, and those that take them in
    ("poor countries that people leave from, what do they get out of all these migration "
     "agreements between states", "concept-sending-effects"),
    ("what does a country gain when its citizens go abroad to work", "concept-sending-effects"),
    ("Что мигранты дают стране, которая их принимает?", "concept-receiving-effects"),
    ("what do the countries that take them in get from migrants", "concept-receiving-effects"),
    ("Migrantlarni qabul qilgan davlat ulardan nima yutadi?", "concept-receiving-effects"),
    # illegal migration fought together, and migration's dangers to security
    ("why do countries have to fight illegal migration together and not each one alone",
     "concept-illegal-trafficking"),
    ("nega bir davlat noqonuniy migratsiyaga qarshi yolgʻiz kurasha olmaydi",
     "concept-illegal-trafficking"),
    ("what security dangers are linked to migration?", "concept-illegal-trafficking"),
    ("Какие угрозы безопасности связаны с миграцией?", "concept-illegal-trafficking"),
    ("Миграция билан боғлиқ хавфсизлик таҳдидлари қандай?", "concept-illegal-trafficking"),
    # how states deal with each other
    ("what role does migration play in how states deal with each other",
     "concept-migration-in-ir"),
    ("Миграция давлатларнинг бир-бири билан муносабатига қандай таъсир қилади?",
     "concept-migration-in-ir"),
])
def test_a_general_concept_asked_in_everyday_words_is_answered(matcher: Matcher, message: str,
                                                               entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("Is moving from one country to another a human right?", "law-right-to-migrate"),
    ("Migratsiya qilish, koʻchib yurish inson huquqi hisoblanadimi?", "law-right-to-migrate"),
    ("Why can't one country deal with migration alone?", "coop-why-cooperate"),
    ("Почему одна страна не может сама справиться с миграцией?", "coop-why-cooperate"),
    ("Why does environmental migration threaten security?", "concept-environmental"),
    ("Migratsiya davlat uchun qanday xavf tugʻdiradi?", "concept-negative-effects"),
    ("Where do Uzbeks go to look for work?", "coop-destinations"),
    ("Узбеки едут только в Россию или ещё в Корею и Турцию?", "coop-destinations"),
    ("Зачем стране, куда едут мигранты, нужны мигранты?", "concept-receiving-effects"),
    ("How do host countries help migrants fit into society?", "abroad-integration"),
    ("Как принимающие страны помогают мигрантам влиться в общество?", "abroad-integration"),
    ("what problems do our people have abroad", "abroad-problems"),
    ("kakie problemy u nashih za granicei", "abroad-problems"),
    ("what do countries gain by working together on migration", "coop-harmonising-opportunities"),
    ("Nega pul oʻtkazmalari rivojlanayotgan davlatlar uchun muhim?", "remit-definition"),
    ("migration legislation Uzbekistan types of acts", "law-regulation"),
    ("Oʻqishga ketish ham migratsiya turiga kiradimi?", "concept-forms"),
    ("What are the advantages of going abroad through organised recruitment?",
     "strategy-organised-migration"),
    ("Что миграция даёт странам, из которых мигранты уезжают?", "concept-sending-effects"),
])
def test_the_neighbours_own_questions_keep_their_entry(matcher: Matcher, message: str,
                                                       entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "concept"), [
    ("is it a good thing for the world that people go from one country to another", "~benefit"),
    ("это хорошо, что люди едут работать за границу?", "~benefit"),
    ("poor countries that people leave from", "~home-country"),
    ("what does a country get out of its people going abroad to work", "~home-country"),
    ("Как отъезд людей сказывается на стране, откуда они уезжают?", "~home-country"),
    ("how do migrant workers help the countries that take them in", "~host-country"),
    ("страны, которые их принимают", "~host-country"),
    ("люди уезжают, потому что земля высохла", "~disasters"),
    ("how countries deal with each other", "~relations"),
    ("зачем наши едут работать в Казахстан", "~causes"),
])
def test_an_everyday_phrase_names_its_concept(message: str, concept: str) -> None:
    assert concept in _concepts(message)


@pytest.mark.parametrize("message", [
    "can migration cause tension and hostility toward foreigners",
    "what bad things can migration cause",
    "do forest fires also cause environmental migration",
])
def test_cause_the_verb_names_no_causes(message: str) -> None:
    assert "~causes" not in _concepts(message)
