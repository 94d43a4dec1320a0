"""near26b: near misses of two classes that were answered (near26's block of tune).

Class B, a count of a list that the entry gives otherwise: "the *five* strengths of the SWOT
analysis" asked of a table of four, «какие *шесть* угроз», 'toʻrtta toʻsiq' of three
obstacles, "ten proposals" of four. An entry's ``list_sizes:`` says how many items each of its
lists has (``check`` requires the English answer to say so); a question that counts another
number of the list's word is that entry's near miss ("not for 5; for 4"), in every language
and script. Its own count, and words that fold as a number does («семьи», «эти»), stay
answered."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import NUMERALS, fold


def _near_miss(matcher: Matcher, message: str, entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("clarify", entry)
    assert m.near_miss is not None


def _answered(matcher: Matcher, message: str, entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id, m.near_miss) == ("answer", entry, None)


# The numbers that count a list, as folded: cardinals from two to ten and the Uzbek counts.
@pytest.mark.parametrize(("word", "count"), [
    ("five", 5), ("two", 2), ("ten", 10),
    ("шесть", 6), ("пяти", 5), ("три", 3), ("две", 2),
    ("besh", 5), ("beshta", 5), ("toʻrtta", 4), ("oltitasi", 6), ("oʻnta", 10),
    ("тўртта", 4), ("олтита", 6), ("иккита", 2),
    # no count: an ordinal, one, and words that fold as a number word does
    ("third", None), ("третий", None), ("one", None), ("bir", None),
    ("семьи", None), ("эти", None), ("on", None), ("oʻn", None), ("UN", None),
    ("yetti", None),
])
def test_count_words(word: str, count: int | None) -> None:
    assert NUMERALS.counts.get(fold(word)) == count


@pytest.mark.parametrize(("message", "entry"), [
    ("What are the five strengths in the SWOT analysis of migration cooperation?", "coop-swot"),
    ("What are the 6 threats in the SWOT table of migration cooperation?", "coop-swot"),
    ("What are the ten proposals for Uzbekistan to improve migration cooperation?",
     "coop-proposals-uz"),
    ("Name the two main obstacles to harmonising immigration policies",
     "coop-harmonising-challenges"),
    ("What are the seven things remittances are spent on?", "remit-uses"),
    ("Какие шесть угроз перечислены в SWOT-анализе миграционного сотрудничества?", "coop-swot"),
    ("Назовите три сильные стороны в SWOT-анализе миграционного сотрудничества", "coop-swot"),
    ("Какие пять предложений для Узбекистана по миграционному сотрудничеству?",
     "coop-proposals-uz"),
    ("Immigratsiya siyosatini uygʻunlashtirishdagi toʻrtta toʻsiq qaysilar?",
     "coop-harmonising-challenges"),
    ("SWOT tahlilidagi beshta tahdid qaysilar?", "coop-swot"),
    ("Oilalar pul oʻtkazmalarini asosan qaysi uchta narsaga sarflaydi?", "remit-uses"),
    ("Иммиграция сиёсатини уйғунлаштиришдаги иккита тўсиқ нима?",
     "coop-harmonising-challenges"),
    ("SWOT таҳлилидаги бешта кучли томон қайси?", "coop-swot"),
    ("SWOT тахлилидаги бешта кучли томон кайси?", "coop-swot"),  # on a Russian keyboard
])
def test_another_count_of_a_list_is_a_near_miss(matcher: Matcher, message: str,
                                                entry: str) -> None:
    _near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("What are the four strengths in the SWOT analysis of migration cooperation?", "coop-swot"),
    ("What are the four proposals for Uzbekistan on migration cooperation?", "coop-proposals-uz"),
    ("What three problems do Uzbek migrants face abroad?", "abroad-problems"),
    ("Какие три главных препятствия мешают гармонизации иммиграционной политики?",
     "coop-harmonising-challenges"),
    ("Oʻzbekiston uchun qanday toʻrtta taklif berilgan?", "coop-proposals-uz"),
    ("SWOT таҳлилидаги тўртта кучли томон қайси?", "coop-swot"),
    # «семьи» and «эти» fold as «семи» (7) and 'yetti' do: no count
    ("Я работаю в России. На что семьи тратят денежные переводы?", "remit-uses"),
    ("На что эти семьи тратят денежные переводы?", "remit-uses"),
    # a date's day is no count (tune 5823)
    ("the decree from 7 feb 2017 what was it about", "decree-up-4947"),
])
def test_the_entrys_own_count_stays_answered(matcher: Matcher, message: str,
                                             entry: str) -> None:
    _answered(matcher, message, entry)
