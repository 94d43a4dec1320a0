"""Near misses a blind block answered (thirty-third session, blind33a).

blind33a wrote its lines from documents 001 and 004 only, walking them from the end. Three
of its confident wrong answers asked a detail the entry names only as a whole: the items of
the "five priority areas" that decree UP-4947's title counts but the article never lists;
which European country, when the documents say only "Europe"; and the country in second
place after Uzbekistan, which leads Central Asia by remittances. Each is now the entry's
own `not_covered` detail, in all four scripts. The decree itself, the list of destinations,
Europe as a destination, the leader and the 2024 total stay answered.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_near_miss

NEAR_MISSES = [
    # the items of a list the decree's title only counts
    ("what are the five priority areas of decree UP-4947?", "decree-up-4947"),
    ("Указ УП-4947 от 2017 года, какие там пять приоритетных направлений?", "decree-up-4947"),
    ("Какие приоритетные направления в указе УП-4947?", "decree-up-4947"),
    ("PF-4947 farmonidagi beshta ustuvor yoʻnalish qaysilar?", "decree-up-4947"),
    ("ПФ-4947 фармонидаги қайси бешта устувор йўналиш бор?", "decree-up-4947"),
    # a country within Europe, which the documents name only as a whole
    ("in which european country do most uzbek migrants work?", "coop-destinations"),
    ("В какой стране Европы больше всего узбекских мигрантов?", "coop-destinations"),
    ("Yevropadagi qaysi davlatda oʻzbek migrantlari koʻp?", "coop-destinations"),
    ("Европадаги қайси давлатда ўзбек мигрантлари энг кўп?", "coop-destinations"),
    # the place after the leader
    ("which country comes second after uzbekistan by remittances?", "remit-2024-total"),
    ("Какая страна Центральной Азии на втором месте после Узбекистана по переводам?",
     "remit-2024-total"),
    ("Markaziy Osiyoda pul oʻtkazmalari boʻyicha Oʻzbekistondan keyin qaysi davlat turadi?",
     "remit-2024-total"),
    ("Марказий Осиёда пул ўтказмалари бўйича иккинчи ўринда қайси давлат?",
     "remit-2024-total"),
]

ANSWERED = [
    ("what is decree UP-4947 about?", "decree-up-4947"),
    ("О чём указ УП-4947 о пяти приоритетных направлениях?", "decree-up-4947"),
    ("PF-4947 farmoni nima haqida?", "decree-up-4947"),
    ("which countries do most uzbek migrants go to?", "coop-destinations"),
    ("В какие страны едут узбекские мигранты?", "coop-destinations"),
    ("do uzbek migrants go to europe?", "coop-destinations"),
    ("Oʻzbek migrantlari asosan qaysi davlatlarga ketadi?", "coop-destinations"),
    ("which central asian country gets the most remittances?", "remit-2024-total"),
    ("how much did migrants send home in 2024?", "remit-2024-total"),
    ("2024 йилда мигрантлар қанча пул юборган?", "remit-2024-total"),
]


@pytest.mark.parametrize(("message", "entry"), NEAR_MISSES)
def test_a_detail_the_entry_names_only_as_a_whole_is_a_near_miss(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_the_entry_itself_stays_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


# A told sentence, a full stop, then a question opened by a question start in lower case
# ("is", "does", «скажите», 'ayting'): two sentences, so the question is read as one. Read
# whole, "to all" in the question was taken for whom a greeting is for, and a real question
# got the greeting (blind33a's chatty line about the sanctions).
SPLIT_AT_A_QUESTION_START = [
    ("my brother works in moscow and says since the sanctions and the ukraine war he earns "
     "way less. is that happening to all uzbek migrants or just him lol", "remit-dependence-risk"),
    ("i am a student. can you tell me about the schengen agreement", "coop-schengen"),
    ("я студент. скажите, что такое шенген", "coop-schengen"),
    ("men talabaman. ayting, diaspora nima", "diaspora-role"),
]


@pytest.mark.parametrize(("message", "entry"), SPLIT_AT_A_QUESTION_START)
def test_a_question_start_after_a_full_stop_opens_a_sentence(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


def test_hello_to_all_is_still_a_greeting(matcher: Matcher) -> None:
    assert matcher.match("hello to all uzbek migrants").decision == "greeting"
