"""blind32b: the wrong-entry classes of a blind block written from documents 002 and 003 only.

- Kinds of migrants named by example ("refugees and people who move for work", «беженцы,
  трудовые мигранты», 'qochqinlar, mehnat migrantlari'): concept-forms knew "forms" and
  "types of migration" but not migrants listed by kind, so environmental migration (whose
  phrasings force people to move) was answered. Phrasings of concept-forms now.
- Asylum definitions that differ between countries (document 002: "Different legal
  frameworks, asylum definitions ... make it difficult"): the lone word "definition" carried
  the question to "What are remittances?" (remit-definition, answered at 55). Phrasings of
  coop-harmonising-challenges now, and the legal terms countries should make the same
  ('huquqiy taʼriflar va standartlar'). The Russian and English wordings still get a "did you
  mean" of the right entry rather than an answer.
- Whether migration will keep growing: concept-causes ("Why is migration growing around the
  world?") had no future tense.
Controls: environmental migration and the definition of remittances keep their entries; a
refugee convention or a price that keeps growing, which no document gives, still abstain.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize("message", [
    "what types of migrants are there, refugees, workers?",
    "какие есть мигранты, беженцы и те кто едет на заработки",
    "qanaqa migrantlar bor, qochqinlar va ishga ketganlar",
    "қанақа мигрантлар бор, қочқинлар ва ишга кетганлар",
])
def test_kinds_of_migrants_by_example_are_the_forms_of_migration(matcher: Matcher,
                                                                  message: str) -> None:
    assert_answered(matcher, message, "concept-forms")


@pytest.mark.parametrize("message", [
    "why does every country have its own asylum definition",
    "почему определение убежища в каждой стране своё",
    "nega har bir davlatda boshpana tushunchasi har xil",
    "нега хар бир давлатда бошпана тушунчаси хар хил",  # Russian keyboard
    "davlatlar huquqiy atamalarni bir xil qilishlari kerakmi",
    "давлатлар ҳуқуқий атамаларни бир хил қилишлари керакми",
])
def test_asylum_definitions_are_an_obstacle_to_harmonising(matcher: Matcher,
                                                           message: str) -> None:
    m = matcher.match(message)
    assert m.decision in ("answer", "clarify")
    assert m.best is not None and m.best.entry_id == "coop-harmonising-challenges"


@pytest.mark.parametrize("message", [
    "will migration keep growing in the future?",
    "миграция и дальше будет расти?",
    "migratsiya bundan keyin ham oshib boradimi",
    "миграция бундан кейин ҳам ошиб борадими",
])
def test_whether_migration_keeps_growing_is_its_causes(matcher: Matcher, message: str) -> None:
    assert_answered(matcher, message, "concept-causes")


@pytest.mark.parametrize(("message", "entry"), [
    ("what is environmental migration", "concept-environmental"),
    ("Ekologik migratsiya nima?", "concept-environmental"),
    ("what is the definition of remittances", "remit-definition"),
    ("что такое денежные переводы, определение", "remit-definition"),
    ("pul oʻtkazmalari nima, taʼrifini bering", "remit-definition"),
])
def test_the_neighbours_keep_their_own_questions(matcher: Matcher, message: str,
                                                 entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize("message", [
    "what does the refugee convention say about who counts as a refugee",
    "will the patent price keep growing next year?",
    "какие документы нужны для убежища в Германии",
])
def test_what_no_document_gives_still_abstains(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"
