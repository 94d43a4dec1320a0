"""The blind27 block's confident-wrong class C (blind27), in every script, with controls.

- C: what is being done against human trafficking, no strategy named, is the concept entry's
  (concept-illegal-trafficking), not goal 86's, which shares "qarshi kurash".
- Words the block's abstentions lacked: migrants as their homeland's 'elchilari', the Uzbek
  title of "The Age of Migration", the loanword «трафикинг».
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered


# C: the fight against trafficking, no strategy named, and goal 86 when it is.
@pytest.mark.parametrize(("message", "entry"), [
    ("what is being done against human trafficking", "concept-illegal-trafficking"),
    ("что делается против торговли людьми", "concept-illegal-trafficking"),
    ("odam savdosiga qarşi kuraş bo'yiça nima qilinyapti", "concept-illegal-trafficking"),
    ("одам савдосига қарши кураш бўйича нима қилинмоқда", "concept-illegal-trafficking"),
    ("what does the strategy say about fighting trafficking", "strategy-goal-86"),
    ("что стратегия 2022-2026 говорит о борьбе с торговлей людьми", "strategy-goal-86"),
    ("strategiyada odam savdosiga qarshi kurash haqida nima deyilgan", "strategy-goal-86"),
])
def test_fight_against_trafficking(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


# Words the block's abstentions lacked.
@pytest.mark.parametrize(("message", "entry"), [
    ("мигрантлар ўз ватанининг элчилари деб аталадими", "diaspora-diplomats"),
    ("migrantlar o'z yurtining elchisi bo'lib xizmat qiladimi", "diaspora-diplomats"),
    ("\"Migratsiya davri\" kitobini kim yozgan?", "concept-literature"),
    ("трафикинг", "concept-illegal-trafficking"),
    ("что такое трафикинг", "concept-illegal-trafficking"),
    ("trafiking nima", "concept-illegal-trafficking"),
])
def test_words_the_block_lacked(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
