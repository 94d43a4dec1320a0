"""Numbers said in words count as their digits (near14, tester s13 item 9): "article
twenty-five", «статья двадцать пятая», 'yigirma beshinchi moddasi', «йигирма бешинчи
моддаси», "goal ninety", «цель девяностая», 'toʻqsoninchi maqsad', "twenty twenty-three",
«в две тысячи двадцать третьем году», 'ikki ming yigirma uchinchi yilda' are near misses as
their digits are, and the right number said in words is answered. One small number said
alone stays a word ("one of", 'uch yildan beri'), and so does a hundred or thousand said
alone ('yuz berdi', it happened; «тысячи мигрантов»)."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.text import fold, fold_whole, spell


@pytest.mark.parametrize(("text", "folded"), [
    ("the text of article twenty-six", "the teht of artisle 26"),
    ("goal eighty-six", "goal 86"),
    ("twenty twenty-three", "2023"),
    ("nineteen ninety-one", "1991"),
    ("two thousand and twenty four", "2024"),
    ("two hundred and fifty", "250"),
    ("the twenty-fifth article", "the 25 artisle"),
    ("статья двадцать пятая", "statia 25"),
    ("статья двадцать пять", "statia 25"),
    ("в двадцать третьем году", "v 23 godu"),
    ("в две тысячи двадцать третьем году", "v 2023 godu"),
    ("двадцать пятой статьи", "25 stati"),
    ("цель девяностая", "sel 90"),
    ("пятьсот тысяч человек", "500 tisiach chelovek"),
    ("миллион человек", "1 milion chelovek"),
    ("dvadtsat pyataya statya", "25 statia"),  # Russian in Latin letters
    ("yigirma beshinchi moddasi", "25 modasi"),
    ("toʻqsoninchi maqsad", "90 maksad"),
    ("to'qsoninchi maqsad", "90 maksad"),
    ("ikki ming yigirma uchinchi yilda", "2023 ilda"),
    ("yigirma uchinchi yilda", "23 ilda"),
    ("besh yuz ming kishi", "500 ming kishi"),
    ("yigirma beşinchi modda", "25 moda"),  # the new alphabet
    ("йигирма бешинчи моддаси", "25 modasi"),
    ("тўқсонинчи мақсад", "90 maksad"),
    ("туксонинчи максад", "90 maksad"),  # Russian keyboard
    ("йигирма туртинчи йилда", "24 ilda"),
    ("one of the reasons", "one of the reasons"),
    ("the first article", "the first artisle"),
    ("uch yildan beri", "uch ildan beri"),
    ("muammo yuz berdi", "muamo iuz berdi"),
    ("тысячи мигрантов", "tisiachi migrantov"),
    ("эти деньги", "eti dengi"),
    ("on five occasions", "on five osasions"),
    ("twenty-five", "tventi five"),  # one word alone is left as it is
])
def test_a_number_said_in_words_folds_to_its_digits(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold_whole(text) == folded


@pytest.mark.parametrize("text", [
    "article twenty-five of the constitution",
    "в две тысячи двадцать третьем году",
    "ikki ming yigirma uchinchi yilda Germaniya bilan",
    "пятьсот тысяч человек",
])
def test_spelt_words_stay_aligned_with_folded_ones(text: str) -> None:
    assert len(spell(text).split()) == len(fold(text).split())


@pytest.mark.parametrize(("message", "entry"), [
    ("article twenty-five of the constitution", "law-article-23"),
    ("статья двадцать пятая конституции о гражданах за рубежом", "law-article-23"),
    ("статья двадцать пять конституции", "law-article-23"),
    ("konstitutsiyaning yigirma yettinchi moddasi haqida", "law-article-23"),
    ("Конституциянинг йигирма олтинчи моддасида нима бор", "law-article-23"),
    ("goal ninety of the strategy", "strategy-goal-86"),
    ("цель девяностая стратегии развития", "strategy-goal-86"),
    ("toʻqsoninchi maqsad nima haqida strategiyada", "strategy-goal-86"),
    ("тўқсонинчи мақсад нима ҳақида", "strategy-goal-86"),
    ("yigirma uchinchi yilda Germaniya bilan kelishuv imzolanganmi", "coop-germany-2024"),
    ("ikki ming yigirma uchinchi yilda Germaniya bilan kelishuv", "coop-germany-2024"),
    ("в двадцать третьем году с Германией подписали соглашение?", "coop-germany-2024"),
    ("сколько денег мигранты отправили домой в две тысячи двадцать третьем году",
     "remit-2024-total"),
    ("стратегия обучит пятьсот тысяч человек?", "strategy-training"),
])
def test_another_number_said_in_words_is_a_near_miss(answerer: Answerer, message: str,
                                                     entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("goal eighty-six of the strategy", "strategy-goal-86"),
    ("цель восемьдесят шесть", "strategy-goal-86"),
    ("strategiyadagi sakson oltinchi maqsad nimani koʻzlaydi", "strategy-goal-86"),
    ("двадцать третья статья конституции", "law-article-23"),
    ("yigirma uchinchi modda nima deydi", "law-article-23"),
    ("йигирма учинчи модда нима дейди", "law-article-23"),
    ("сколько перевели в две тысячи двадцать четвёртом году", "remit-2024-total"),
    ("ikki ming yigirma toʻrtinchi yilda qancha pul oʻtkazilgan", "remit-2024-total"),
    ("in twenty twenty-four how much money came home from migrants", "remit-2024-total"),
])
def test_the_entrys_own_number_said_in_words_is_answered(answerer: Answerer, message: str,
                                                         entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == entry
