"""Words a question says it does not ask are left out before scoring (bot/excluding.py)."""

from __future__ import annotations

import pytest

from bot.excluding import Excluding
from bot.matcher import Matcher
from bot.text import fold


@pytest.mark.parametrize(("message", "set_aside"), [
    ("Пул ўтказмаларининг ҳажми эмас, улар нималарга сарфланиши қизиқ", ["ҳажми"]),
    ("pul oʻtkazmalarining hajmi emas, nimaga sarflanishi qiziq", ["hajmi"]),
    ("Қийинчиликларга қарамай, қандай имкониятлар бор", ["Қийинчиликларга"]),
    ("apart from the economy, what do remittances change", ["economy"]),
    ("besides going for work what types of migration are there", ["going"]),
    ("какое значение переводы имеют для семьи, кроме экономики", ["экономики"]),
    ("несмотря на трудности, какие возможности", ["трудности"]),
    # "Not only Russia": nothing is set aside.
    ("Oʻzbekiston faqat Rossiya bilan emas, Xitoy bilan ham hamkorlik qiladimi", []),
    ("только Россия", []),
    # "emasmi" asks ("isn't it risky?"), and "tashqaridan" is "from abroad".
    ("Rossiyaga qaramlik xavfli emasmi", []),
    ("tashqaridan keladigan pullar", []),
    ("emas", []),
    # a connective that points back sets nothing aside; the question after it keeps its
    # subject (review7core finding 6)
    ("Besides that, what does the IOM do?", []),
    ("In spite of this, what does the UN do for migrants?", []),
    ("Besides, what problems do migrants face?", []),
    ("Except for that, how are remittances used?", []),
    ("Кроме того, чем занимается МОМ?", []),
    ("Bundan tashqari, XMT nima qiladi?", []),
    ("Бундан ташқари, ХМТ нима қилади?", []),
    # "emas" that ends what is said only negates it (review7core finding 1)
    ("Nega pul o'tkazmalari foydali emas?", []),
    ("Pul o'tkazmalari foydali emas, nega?", []),
    ("Пул ўтказмалари фойдали эмас, нега?", []),
])
def test_the_word_a_question_sets_aside_is_left_out(matcher: Matcher, message: str,
                                                    set_aside: list[str]) -> None:
    toks = tuple(fold(message).split())
    kept = Excluding.load().kept(toks, matcher.stopwords)
    assert [t for t in toks if t not in kept] == [fold(w) for w in set_aside]
    if not set_aside:
        assert kept is toks


@pytest.mark.parametrize(("message", "not_answered"), [
    ("Пул ўтказмаларининг ҳажми эмас, улар нималарга сарфланиши қизиқ", "remit-2024-total"),
])
def test_a_question_is_not_answered_with_what_it_sets_aside(matcher: Matcher, message: str,
                                                             not_answered: str) -> None:
    found = matcher.match(message)
    assert not (found.decision == "answer" and found.best
                and found.best.entry_id == not_answered)


def test_a_question_that_sets_aside_the_economy_is_answered_with_the_social_side(
        matcher: Matcher) -> None:
    found = matcher.match("какое значение переводы имеют для семьи и общества, кроме экономики")
    assert found.decision == "answer" and found.best
    assert found.best.entry_id == "remit-social-effects"


@pytest.mark.parametrize(("message", "entry"), [
    ("Besides that, what does the IOM do?", "org-iom"),
    ("In spite of this, what does the UN do for migrants?", "org-un"),
    ("Кроме того, чем занимается МОМ?", "org-iom"),
    ("Bundan tashqari, XMT nima qiladi?", "org-ilo"),
])
def test_a_connective_that_points_back_keeps_the_questions_subject(
        matcher: Matcher, message: str, entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", entry)


def test_a_phrase_of_no_word_sets_nothing_aside(tmp_path) -> None:
    lists = tmp_path / "excluding.yaml"
    lists.write_text("before: [emas]\nafter: ['—', '...', besides]\nnot_only: []\n",
                     encoding="utf-8")
    toks = tuple(fold("besides the economy what do remittances change").split())
    stopwords = frozenset(fold("the what do").split())
    assert Excluding.load(lists).kept(toks, stopwords) == tuple(
        t for t in toks if t != fold("economy"))

