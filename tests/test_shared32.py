"""shared32: a fact two entries' answers both state is answered by the entry whose question
is about it (its owner; docs/fact-owners.md has every pair and why).

- The EU resettles refugees and runs assistance and adaptation programmes: stated by
  abroad-integration ("What adaptation and integration programmes do host countries offer
  migrants?") and by coop-developed-countries (what Uzbekistan can learn from the USA, Germany
  and Canada, which the EU is not). The phrasings that asked it ("the EU and help for
  refugees", «Евросоюз и помощь беженцам», 'Yevropa Ittifoqining qochqinlarga yordami') moved
  to abroad-integration.
- Migration brings knowledge and technology (English): a positive effect of migration
  (concept-positive-effects), not the growth remittances bring (remit-development), whose
  phrasing "Does migration bring knowledge and technology, not just money?" moved. The Russian
  and Uzbek phrasings stay with remit-development for now: moved, they cost a near miss
  (a country's own remittance figure) and a sibling swap that tests rely on.
- The ILO is a UN organisation: org-ilo, not org-un.
Controls: what only the other entry gives (Canada and Australia's demographic balance,
remittances and growth, migration as a source of foreign currency, the 2024 agreement with
Germany, the obstacles to harmonising) keeps its entry.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered

OWNED = [
    # the EU and refugees
    ("how does the european union help refugees", "abroad-integration"),
    ("помогает ли Евросоюз беженцам", "abroad-integration"),
    ("Yevropa Ittifoqi qochqinlarga yordam beradimi", "abroad-integration"),
    ("Европа Иттифоқи қочқинларга ёрдам берадими", "abroad-integration"),
    # knowledge and technology
    ("does migration bring knowledge and technology", "concept-positive-effects"),
    ("does migration help countries exchange knowledge and technology", "concept-positive-effects"),
    # the ILO in the UN
    ("is the ilo a un organisation", "org-ilo"),
    ("МОТ это организация ООН?", "org-ilo"),
    ("XMT BMT tashkilotimi", "org-ilo"),
    ("ХМТ БМТ ташкилотими", "org-ilo"),
]

CONTROLS = [
    ("why do canada and australia take migrants for demographic balance",
     "coop-developed-countries"),
    ("Зачем Канада и Австралия принимают мигрантов ради демографии?",
     "coop-developed-countries"),
    ("Kanada va Avstraliya demografik muvozanat uchun migrant oladimi",
     "coop-developed-countries"),
    ("Канада ва Австралия демографик мувозанат учун мигрант оладими",
     "coop-developed-countries"),
    ("do remittances help economic growth", "remit-development"),
    ("помогают ли переводы мигрантов росту экономики", "remit-development"),
    ("pul otkazmalari iqtisodiy osishga yordam beradimi", "remit-development"),
    ("пул ўтказмалари иқтисодий ўсишга ёрдам берадими", "remit-development"),
    ("does migration bring foreign currency into the country", "remit-development"),
    ("приносит ли трудовая миграция валюту", "remit-development"),
    ("migratsiya davlatga valyuta keltiradimi", "remit-development"),
    ("миграция давлатга валюта келтирадими", "remit-development"),
    ("what did uzbekistan and germany sign in 2024", "coop-germany-2024"),
    ("what are the obstacles to harmonising migration laws", "coop-harmonising-challenges"),
    ("почему странам трудно согласовать миграционную политику",
     "coop-harmonising-challenges"),
    ("migratsiya qonunlarini uygunlashtirish nega qiyin", "coop-harmonising-challenges"),
]


@pytest.mark.parametrize(("message", "owner"), OWNED)
def test_a_shared_fact_is_answered_by_its_owner(matcher: Matcher, message: str,
                                                 owner: str) -> None:
    assert_answered(matcher, message, owner)


@pytest.mark.parametrize(("message", "other"), CONTROLS)
def test_what_only_the_other_entry_gives_stays_with_it(matcher: Matcher, message: str,
                                                       other: str) -> None:
    assert_answered(matcher, message, other)
