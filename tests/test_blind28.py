"""blind28: the wrong-entry classes of a blind block written from the five documents only.

- Transnational diasporas' place ('oʻrni', the Uzbek for a role) "in international relations"
  is diaspora-role's, not migration's own place in international relations: the Uzbek
  diaspora entry had only 'rol' for it, so the field's words outweighed the subject.
- How the European Union helps refugees is told with the developed countries' experience
  (assistance, resettlement, social adaptation), not Uzbekistan's multi-vector foreign policy,
  which names the EU only as an economic partner.
Controls: each neighbour keeps its own questions.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered


@pytest.mark.parametrize(("message", "entry"), [
    # diasporas in international relations
    ("what is the role of transnational diasporas in international relations", "diaspora-role"),
    ("роль диаспор в международных отношениях", "diaspora-role"),
    ("diasporalarning xalqaro munosabatlardagi o'rni qanday", "diaspora-role"),
    ("Диаспораларнинг халқаро муносабатлардаги ўрни қандай?", "diaspora-role"),
    ("диаспораларнинг халкаро муносабатлардаги урни", "diaspora-role"),  # Russian keyboard
    # the EU and refugees: both answers state it; its owner is abroad-integration, whose first
    # question asks the programmes host countries offer (shared32)
    ("how does the EU help refugees and migrants", "abroad-integration"),
    ("чем Евросоюз помогает беженцам", "abroad-integration"),
    ("Yevropa Ittifoqi qochqinlarga qanday yordam ko'rsatadi", "abroad-integration"),
    ("Европа Иттифоқи қочқинларга ёрдам берадими?", "abroad-integration"),
    ("Европа Иттифоки кочкинларга кандай ёрдам беради", "abroad-integration"),
])
def test_the_subject_asked_is_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("why is migration important in international relations", "concept-migration-in-ir"),
    ("migratsiyaning xalqaro munosabatlardagi ahamiyati", "concept-migration-in-ir"),
    ("Миграциянинг халқаро муносабатлардаги аҳамияти", "concept-migration-in-ir"),
    ("Миграция халқаро муносабатларда қандай ўрин тутади?", "concept-migration-in-ir"),
    ("Migratsiya davlatlararo munosabatlarda qanday rol oʻynaydi?", "concept-migration-in-ir"),
    ("What role do diasporas play?", "diaspora-role"),
    ("Uzbekistan multi-vector foreign policy EU China", "coop-multivector"),
    ("Ozbekistonning Yevropa Ittifoqi bilan iqtisodiy hamkorligi", "coop-multivector"),
])
def test_the_neighbours_keep_their_own(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
