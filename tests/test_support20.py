"""Neighbour entries of the protection-abroad cluster (support20, issue 7): the state's support
of citizens abroad, the problems they meet there, the mahalla's help for those back home, the
labour agreements with other states and the countries Uzbeks go to. Each is asked in the
everyday words its users write ("whose job is it to protect Uzbeks abroad", "the hardest
part of life abroad", 'musofirchilik', "a deal with Turkey or only Russia"), where a
neighbour won on words both share: the foreign ministry on "consulate" (its alias, now only
the state's support answers it), the places Uzbeks go on "only Russia", the state's support
on "look after". The rows marked main: what main did."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "entry"), [
    # who protects Uzbeks abroad: the state's support (main: did you mean)
    ("whose duty is it to protect our people abroad", "abroad-state-support"),
    ("which side protects uzbeks working abroad, whose job is that",  # main: UP-5785
     "abroad-state-support"),
    ("помогает ли родина тем, кто уехал работать за границу", "abroad-state-support"),
    ("кто отвечает за защиту узбеков на чужбине", "abroad-state-support"),
    ("xorijdagi oʻzbeklarni himoya qilish kimning vazifasi", "abroad-state-support"),
    ("хориждаги ўзбекларни ҳимоя қилиш кимнинг вазифаси", "abroad-state-support"),
    # on a Russian keyboard
    ("хориждаги узбекларни химоя килиш кимнинг вазифаси", "abroad-state-support"),
    # help asked of the consulate (main: the foreign ministry, whose alias it was)
    ("will the consulate help us", "abroad-state-support"),
    # what is hard about life abroad: its problems (main: abstained; Russian below)
    ("what is the hardest part of life abroad for our people", "abroad-problems"),
    ("musofirchilikda eng qiyin narsa nima", "abroad-problems"),
    ("мусофирчиликда энг қийин нарса нима", "abroad-problems"),
    ("мусофирчиликда энг кийин нарса нима", "abroad-problems"),  # Russian keyboard
    # where Uzbeks go looking for work, not the state's support's "look after" (main: dym)
    ("where do uzbek lads mostly go to look for work", "coop-destinations"),
])
def test_each_neighbour_answers_its_own_everyday_question(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.candidates[0].entry_id) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry"), [
    # the neighbours keep their own questions, and main answered these too
    ("что самое трудное для наших за рубежом", "abroad-problems"),
    ("what does our foreign ministry do about migrant workers abroad", "org-foreign-ministry"),
    ("роль МИД и консульств в защите мигрантов", "org-foreign-ministry"),
    ("oʻgʻlim Rossiyadan qaytdi, mahalla yordam beradimi", "abroad-mahalla-system"),
    ("ўғлим Россиядан қайтди, маҳалла ёрдам берадими", "abroad-mahalla-system"),
    ("сын вернулся с заработков, махалля чем-то поможет?", "abroad-mahalla-system"),
    ("is it only russia where uzbeks work, or other countries too", "coop-destinations"),
    ("oʻzbeklar koʻproq qaysi yurtlarga ishlagani ketishadi", "coop-destinations"),
    ("ўзбеклар кўпроқ қайси юртларга ишлагани кетишади", "coop-destinations"),
    ("узбеклар купрок кайси юртларга ишлагани кетишади", "coop-destinations"),
    ("does the state look after its citizens working abroad", "abroad-state-support"),
])
def test_the_neighbours_keep_their_questions(answerer: Answerer, message: str,
                                             entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.candidates[0].entry_id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "any deal with turkey for our guys, or only russia?",
    "is there an agreement with korea about our workers, or only russia",
    # main offered these too: they stay offered
    "есть ли договор с Кореей о наших рабочих или только с Россией",
    "Koreya bilan ishchilar haqida kelishuv bormi yoki faqat Rossiya bilanmi",
    "Корея билан ишчилар ҳақида келишув борми ёки фақат Россия биланми",
])
def test_an_agreement_asked_is_not_answered_with_the_destinations(
        answerer: Answerer, message: str) -> None:
    # main answered the English ones with the countries Uzbeks go to ("Is it only Russia, or …")
    found = answerer.matcher.match(message)
    assert not (found.decision == "answer"
                and found.candidates[0].entry_id == "coop-destinations")
