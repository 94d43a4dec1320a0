"""blind31c: a blind block written from the five documents only landed with no confident-wrong
line (56 lines; one class-C "did you mean"), and a harder second part on the less obvious
paragraphs found none either. Probing the one "did you mean" of part 2 (which work analyses
the micro and macro causes of migration) found a class the bot answered wrongly:

- the micro and macro causes of migration are the analysis of Massey et al., "Theories of
  International Migration" (1993), in the literature entry; said in short words ("микро и
  макро причины миграции", "mikro va makro sabablar") they were answered with why migration
  is growing around the world, whose answer (economic gaps, instability, climate, security)
  says nothing of micro and macro causes.

The literature entry now has micro and macro level theory of migration in en, ru and uz
(uz-Cyrl is read through the Uzbek), without the word "causes": phrasings with "causes",
«причины», "sabablari" took plain questions about the causes of migration («Назовите
основные причины международной миграции», «миграция причины») from the growth-of-migration
entry on tune. Controls: the causes of migration asked without "micro and macro" stay the
growth-of-migration entry's, and Bauman and Castles and Miller stay the literature's.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize(("message", "entry"), [
    ("which work analyses the micro and macro causes of migration", "concept-literature"),
    ("macro and micro causes of migration theory", "concept-literature"),
    ("микро и макро причины миграции", "concept-literature"),
    ("какая работа анализирует микро- и макропричины миграции", "concept-literature"),
    ("mikro va makro sabablar", "concept-literature"),
    ("migratsiyaning mikro va makro sabablarini qaysi asar tahlil qilgan",
     "concept-literature"),
    ("миграциянинг микро ва макро сабабларини қайси асар таҳлил қилган",
     "concept-literature"),
    ("микро ва макро сабаблар", "concept-literature"),
])
def test_micro_and_macro_causes_are_the_literature(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    # the causes without "micro and macro": why migration grows
    ("what are the causes of migration", "concept-causes"),
    ("why do people migrate", "concept-causes"),
    ("причины миграции", "concept-causes"),
    ("migratsiya sabablari", "concept-causes"),
    ("миграция сабаблари нима", "concept-causes"),
    ("миграция причины", "concept-causes"),
    ("Назовите основные причины международной миграции.", "concept-causes"),
    ("зачем наши едут работать в Казахстан", "concept-causes"),
    ("Халқаро миграциянинг асосий сабабларини айтинг", "concept-causes"),
    ("what are the main causes of international migration", "concept-causes"),
    # the other books stay the literature's
    ("who wrote fluid modernity and what does it say about migration", "concept-literature"),
    ("Bauman migratsiya haqida nima degan", "concept-literature"),
])
def test_the_neighbours_keep_their_questions(matcher: Matcher, message: str,
                                             entry: str) -> None:
    assert_answered(matcher, message, entry)
