"""Confident wrong answers on paraphrases (cw22, issue 7), by class, in every script.

- A comma clause that asks only what the thing named before it is called, and by whom
  ("Folks forced out by drought or flooding, what do scholars call that?") was scored alone:
  "scholars" took the Uzbek scholars' entry. Such a clause names nothing of its own
  (``naming_asked`` in phrases.yaml), and its words are the thesaurus' unscored ``naming``
  frame, so the sentence is read whole.
- Leaning on remittances said in everyday words ("lives off", "count on", «живёт за счёт»,
  'suyanib qolsa') was abstained on or taken by a neighbour: "backfire" and its kin are a
  risk, "lives off", «живёт за счёт» a dependence (thesaurus), and the workers' money named
  by whose it is a remittance. Not fixed: blind 12665 ("When a country starts leaning on cash
  from its workers overseas, could that backfire?") is still remit-diversification's; a
  phrasing that fixed it moved close neighbours elsewhere (test_lead19, test_siblings).
- "What role does migration play in international relations?" was the international
  agreements' entry (82): its phrasing "What role do UN international standards play in ..."
  and the UN's "What role does the UN play in ..." share the frame, and migration's own
  entry had none with it. It has one now ("... play in interstate relations?").
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher

from .test_blindfix21 import _decided


@pytest.mark.parametrize("message", [
    "Folks forced out by drought or flooding, what do scholars call that?",
    "Люди уезжают из-за засухи и наводнений, как это называют учёные?",
    "Qurgʻoqchilik yoki suv toshqini sabab koʻchib ketgan odamlar, olimlar buni nima deb ataydi?",
    "Қурғоқчилик ёки сел туфайли уйини ташлаб кетганларни олимлар қандай атайди?",
])
def test_what_scholars_call_the_thing_named_before_is_that_thing(matcher: Matcher,
                                                                 message: str) -> None:
    assert _decided(matcher, message) == ("answer", "concept-environmental")


@pytest.mark.parametrize("message", [
    "Families driven from their villages by floods and dry years, what do researchers call that?",
    "When a drought pushes whole villages to move, what is the proper term for that?",
    "People who had to leave after an earthquake wrecked their town, what do experts call them?",
])
def test_what_scholars_call_it_never_answers_the_scholars_entry(matcher: Matcher,
                                                                message: str) -> None:
    decision, best = _decided(matcher, message)
    assert not (decision == "answer" and best != "concept-environmental")
    assert best != "concept-uz-scholars"


@pytest.mark.parametrize(("message", "entry"), [
    # the scholars themselves are still asked for
    ("Which Uzbek scholars have studied labour migration?", "concept-uz-scholars"),
    ("Какие учёные изучали трудовую миграцию из Узбекистана?", "concept-uz-scholars"),
    ("Qaysi oʻzbek olimlari mehnat migratsiyasini oʻrgangan?", "concept-uz-scholars"),
    ("Қайси ўзбек олимлари меҳнат миграциясини ўрганган?", "concept-uz-scholars"),
])
def test_scholars_asked_for_are_still_answered(matcher: Matcher, message: str,
                                               entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "If a country lives off the money its people send home, can that go wrong?",
    "Is it risky for an economy to count on wages earned by its citizens abroad?",
    "what's the downside of a nation relying on money from its workers in other countries",
    "Если страна живёт за счёт денег своих работников за границей, чем это может обернуться?",
    "Davlat chet eldagi ishchilarining pullariga suyanib qolsa, buning qanday xavfi bor?",
])
def test_leaning_on_remittances_is_never_answered_with_a_neighbour(matcher: Matcher,
                                                                   message: str) -> None:
    decision, best = _decided(matcher, message)
    assert decision != "answer" or best == "remit-dependence-risk"


@pytest.mark.parametrize("message", [
    "is it risky for uzbekistan to live off remittances",
    "Could leaning on money from workers abroad backfire on Uzbekistan?",
    "what's the downside of a nation relying on money from its workers in other countries",
])
def test_leaning_on_remittances_offers_their_risk_first(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).best.entry_id == "remit-dependence-risk"


@pytest.mark.parametrize("message", [
    "What is Uzbekistan doing to reduce its dependence on remittances?",
    "Что делает Узбекистан, чтобы уменьшить зависимость от денежных переводов?",
    "Oʻzbekiston pul oʻtkazmalariga qaramlikni kamaytirish uchun nima qilyapti?",
])
def test_reducing_the_dependence_is_still_diversification(matcher: Matcher,
                                                          message: str) -> None:
    assert _decided(matcher, message) == ("answer", "remit-diversification")


@pytest.mark.parametrize("message", [
    "how do i learn german fast",
    "best app to learn german quickly",
    "как быстро выучить немецкий язык",
    "nemis tilini tez oʻrganish usullari",
    "немис тилини тез ўрганиш йўллари",
])
def test_learning_german_is_out_of_scope(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"


@pytest.mark.parametrize("message", [
    "What role does migration play in international relations?",
    "How does migration shape relations between states?",
    "Migratsiya davlatlararo munosabatlarda qanday rol oʻynaydi?",
    "Миграция давлатлараро муносабатларда қандай рол ўйнайди?",
    "migratsiya xalqaro munosabatlarda qanday rol oʻynaydi",
])
def test_the_role_of_migration_between_states_is_its_entry(matcher: Matcher,
                                                          message: str) -> None:
    """The frame "what role does X play" asked of migration is migration's entry, not that of
    another subject asked in the same frame (the UN, its standards)."""
    assert _decided(matcher, message) == ("answer", "concept-migration-in-ir")


@pytest.mark.parametrize("message", [
    "Какую роль играет миграция в отношениях между государствами?",
])
def test_the_role_of_migration_is_never_another_entrys_answer(matcher: Matcher,
                                                             message: str) -> None:
    decision, best = _decided(matcher, message)
    assert decision != "answer" or best == "concept-migration-in-ir"


@pytest.mark.parametrize(("message", "entry"), [
    # the frame asked of the UN and its standards still finds them
    ("What role does the UN play in protecting migrants' rights?", "org-un"),
    ("Какую роль играет ООН в защите прав мигрантов?", "org-un"),
    ("BMT migrantlar huquqlarini himoya qilishda qanday rol oʻynaydi?", "org-un"),
    ("What role do UN international standards play in Uzbekistan's migration policy?",
     "law-international-agreements"),
    ("what role does the diaspora play in international relations", "diaspora-role"),
    ("диаспора халқаро муносабатларда қандай рол ўйнайди", "diaspora-role"),
])
def test_the_role_of_another_subject_keeps_its_entry(matcher: Matcher, message: str,
                                                      entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "When a country starts leaning on cash from its workers overseas, could that backfire?",
    "If a country leans on cash from its workers overseas, could that backfire?",
])
def test_a_condition_before_the_question_is_not_asked_alone(matcher: Matcher,
                                                            message: str) -> None:
    """"When ...," opens a condition (``condition_openers``), not a question: scored alone it
    was the entry on reducing the dependence (66), not its risk."""
    assert matcher.match(message).best.entry_id == "remit-dependence-risk"


@pytest.mark.parametrize(("message", "entry"), [
    # the risk of depending and the way to reduce it are opposite aspects (thesaurus)
    ("isn't our economy too reliant on the money migrants send home?", "remit-dependence-risk"),
    ("What is Uzbekistan doing to reduce its dependence on remittances?", "remit-diversification"),
    ("Oʻzbekiston pul oʻtkazmalariga qaramlikni kamaytirish uchun nima qilyapti?",
     "remit-diversification"),
])
def test_the_risk_and_its_reduction_are_told_apart(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    assert _decided(matcher, message) == ("answer", entry)


@pytest.mark.parametrize("message", ["buni qanday kamaytirish mumkin?"])
def test_reducing_something_unnamed_is_still_abstained(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"
