"""Last session's known failures (left21): "strategy" asked with nothing else is a choice of
the two strategies, not "one word is not enough" (``alone:`` of ``asks_group:``); Uzbek
'kurslar', 'kursga', 'kurslarida' are courses (the training before leaving), not the
exchange rate that 'dollar kursi' asks."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.apartphrases import ApartPhrases
from bot.phrases import Hit
from bot.text import fold

STRATEGIES = {"strategy-goal-86", "decree-up-4947"}


@pytest.mark.parametrize("message", [
    "what is the strategy", "tell me about the strategy", "strategy?", "strategy",
    "что за стратегия", "расскажите о стратегии", "стратегии",
    "strategiya nima", "strategiyasi haqida", "strategiya haqida aytib bering",
    "стратегия нима", "стратегия ҳақида айтиб беринг",
    "стратегия хакида гапириб беринг",  # Uzbek from a Russian keyboard
    "which strategies", "какие стратегии", "qaysi strategiyalar",
])
def test_the_strategy_alone_offers_both_strategies(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "clarify"
    assert {c.id for c in reply.choices} >= STRATEGIES


@pytest.mark.parametrize(("message", "entry"), [
    # a word besides it names what is asked of a strategy: answered as before
    ("what is the development strategy", "strategy-goal-86"),
    ("стратегия развития", "strategy-goal-86"),
    ("taraqqiyot strategiyasi", "strategy-goal-86"),
    ("what training before departure does the strategy plan", "strategy-training"),
    ("strakhovka dlya migrantov v strategii est?", "strategy-insurance-support"),
])
def test_a_strategy_named_with_more_is_answered(answerer: Answerer, message: str,
                                                entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", ["pul", "law", "visa", "виза", "qonun", "қонун"])
def test_another_word_alone_is_still_too_little(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.match.vague) == ("abstain", True)


@pytest.mark.parametrize("message", [
    "kurslar", "kurslar bormi", "migrantlar uchun kurslar bormi",
    "ketishdan oldin kursga yozilsa boʻladimi", "chet tili kurslarida oʻqish mumkinmi",
    "курслар", "мигрантлар учун курслар борми", "кетишдан олдин курсга ёзилса бўладими",
    "кетишдан олдин курсга езилса буладими",  # from a Russian keyboard
    "курсы для мигрантов", "есть ли языковые курсы перед отъездом",
    "are there courses before going to work abroad",
])
def test_courses_are_the_training_before_leaving(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", "strategy-training")


@pytest.mark.parametrize("message", [
    "dollar kursi bugun qancha", "доллар курси бугун қанча", "доллар курси бугун канча",
    "какой сегодня курс рубля", "what is the dollar exchange rate today",
])
def test_the_exchange_rate_is_still_not_given(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "abstain"


@pytest.mark.parametrize("message", [
    "в базе нет документов о Японии", "у вас в базе нет документов про Корею?",
    "в ваших материалах нет документов о Японии", "у вас нет документов про Японию",
    "there are no documents about japan in your database?",
    "are there no documents about Korea?",
])
def test_no_documents_about_a_subject_is_no_danger(answerer: Answerer, message: str) -> None:
    assert not answerer.ask(message).match.urgent


@pytest.mark.parametrize("message", [
    # the writer's own documents keep the block, whatever they are about
    "у меня нет документов о регистрации", "у меня нет документов, я в Японии",
    "я в Японии, документов нет, паспорт забрали", "нет документов про Японию",
    "I have no documents about my stay, police stopped me", "no documents, i am in japan",
    "полиция сказала у вас нет документов", "Men Yaponiyadaman, hujjatim yoʻq",
    "Мен Японияда, ҳужжатим йўқ", "Мен Японияда, хужжатим йук",
])
def test_no_documents_of_ones_own_stays_urgent(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).match.urgent


@pytest.mark.parametrize(("phrases", "toks", "taken", "found"), [
    # the longest phrase at a word overlaps a hit already taken: a shorter one there that
    # does not is found (its words before the last: "alpha")
    ([("long", "alpha beta gamma"), ("short", "alpha gamma")],
     ("alpha", "beta", "gamma"), [(1, 2)], [("short", 0, 1)]),
    # ... and a phrase that starts inside the one dropped
    ([("long", "alpha beta gamma"), ("other", "beta delta")],
     ("alpha", "beta", "gamma", "delta"), [(0, 1)], [("other", 1, 2)]),
    # nothing taken: the longest, as before; a phrase inside it is not found again
    ([("long", "alpha beta gamma"), ("short", "alpha gamma"), ("other", "beta gamma")],
     ("alpha", "beta", "gamma"), [], [("long", 0, 2)]),
    # every phrase overlaps what was taken: none
    ([("long", "alpha beta gamma"), ("short", "alpha gamma")],
     ("alpha", "beta", "gamma"), [(0, 1)], []),
])
def test_an_apart_phrase_is_not_lost_behind_a_longer_one(
        phrases: list[tuple[str, str]], toks: tuple[str, ...], taken: list[tuple[int, int]],
        found: list[tuple[str, int, int]]) -> None:
    apart = ApartPhrases(phrases)
    held = [Hit("taken", start, end, "x") for start, end in taken]
    hits = apart.find(tuple(fold(" ".join(toks)).split()), held)
    assert [(h.label, h.start, h.end) for h in hits if h.label != "taken"] == found
    assert [h for h in hits if h.label == "taken"] == held


@pytest.mark.parametrize(("message", "entry"), [
    # what a deal requires of workers is a detail the Germany entry does not give
    ("какие документы требует соглашение с Германией от работников", "coop-germany-2024"),
    ("Germaniya bilan kelishuv ishchilardan qanday hujjatlar talab qiladi",
     "coop-germany-2024"),
    ("Германия билан келишув ишчилардан қандай ҳужжатлар талаб қилади", "coop-germany-2024"),
    ("Германия билан келишув ишчилардан кандай хужжатлар талаб килади", "coop-germany-2024"),
])
def test_the_papers_a_deal_requires_are_not_given(answerer: Answerer, message: str,
                                                  entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, [c.id for c in reply.choices][:1]) == ("clarify", [entry])
    assert reply.match.near_miss is not None


@pytest.mark.parametrize(("words", "folded"), [
    # Uzbek Cyrillic е at a word's start is ye-: folded as the Latin spelling is, in every
    # script and from a Russian keyboard (left21: «етишмайдиган», lacking)
    (("етишмайдиган", "yetishmaydigan", "yetishmaydigan"), "etishmaidigan"),
    (("ердам", "yordam", "ёрдам"), "erdam"),
    (("етказиб", "yetkazib", "yetkazib"), "etkazib"),
    (("Европа", "Yevropa", "Европа"), "evropa"),
    (("ечим", "yechim", "yechim"), "echim"),
])
def test_a_cyrillic_ye_folds_as_its_latin_spelling(words: tuple[str, ...],
                                                    folded: str) -> None:
    assert {fold(w) for w in words} == {folded}


@pytest.mark.parametrize("message", [
    "ishchi kuchi yetishmaydigan davlatlar migrantlardan qanday naf koʻradi",
    "ишчи кучи етишмайдиган давлатлар мигрантлардан қандай наф кўради",
    "ишчи кучи етишмайдиган давлатлар мигрантлардан кандай наф куради",
    "ishchi qoʻli yetishmaydigan boy davlatlarga migrantlar nima foyda beradi",
])
def test_lacking_workers_is_the_receiving_countries(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer",
                                                             "concept-receiving-effects")


@pytest.mark.parametrize(("message", "asked", "known"), [
    # a share asked in percent is named in percent, as the entry's own figure is
    ("remittances are 20% of GDP, right?", "20%", "15%"),
    ("переводы составляют 20 процентов ВВП?", "20%", "15%"),
    ("pul oʻtkazmalari YaIMning 20 foizimi?", "20%", "15%"),
    ("пул ўтказмалари ЯИМнинг 20 фоизими?", "20%", "15%"),
    # ... and a number that is no percent stays bare
    ("what does article 25 of the constitution say", "25", "23"),
])
def test_a_near_miss_names_a_percent_as_one(answerer: Answerer, message: str, asked: str,
                                            known: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "clarify" and reply.match.near_miss is not None
    assert asked in reply.note and known in reply.note
    assert f"{asked}%" not in reply.note and f"{known}%" not in reply.note
