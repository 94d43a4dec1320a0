"""How remittances affect the economy is the development entry's (issue 7, twenty-third session).

"How do migrants' remittances affect Uzbekistan's economy?", a student's first question, was
answered with the dependence risk's entry (76), whose phrasing "How do sanctions on Russia
affect Uzbek migrants' income?" shares its frame; remit-development had no phrasing that says
"affect". It has one in each language now; the risk, the currency and the sanctions keep theirs.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher

from .test_blindfix21 import _decided


@pytest.mark.parametrize(("message", "expected"), [
    ("How do migrants' remittances affect Uzbekistan's economy?", "remit-development"),
    ("Как денежные переводы мигрантов влияют на экономику Узбекистана?", "remit-development"),
    ("Migrantlarning pul oʻtkazmalari Oʻzbekiston iqtisodiyotiga qanday taʼsir qiladi?",
     "remit-development"),
    ("Мигрантларнинг пул ўтказмалари Ўзбекистон иқтисодиётига қандай таъсир қилади?",
     "remit-development"),
    ("пул утказмалари иктисодга кандай таъсир килади", "remit-development"),  # Russian keyboard
    # the neighbours keep what names them
    ("How do sanctions on Russia affect migrants' income?", "remit-dependence-risk"),
    ("is our economy too dependent on remittances", "remit-dependence-risk"),
    ("How do remittances affect the national currency?", "remit-currency"),
    ("Как переводы влияют на курс сума?", "remit-currency"),
])
def test_the_effect_on_the_economy_is_development(matcher: Matcher, message: str,
                                                  expected: str) -> None:
    assert _decided(matcher, message) == ("answer", expected)
