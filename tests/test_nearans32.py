"""Near misses answered with their own entry (thirty-second session, nearans32).

A message that asks a detail the documents do not give, alone or joined to a question the
entry does answer, gets that entry's "did you mean", never its answer. Five classes were
answered: a year of an agreement asked with the signer as the doer ('Turkiya bilan
shartnomani qachon imzolagan': the `when:` detail kind), where an act was published (a
newspaper: the `published:` kind), where to get an insurance policy, the part of the 2024
remittances that came from one country joined to the total ("... and how much of it came from
Russia": the entry's not_covered), and a practical detail asked of the first question's
subject by a possessive ("what is the Agency ..., and what is *its* phone number":
`owner_back:` in knowledge/phrases.yaml); then three entries' own not_covered details:
whether the Global Compact is legally binding, who announced the multi-vector policy and when
it began, where one applies to "I am an investor in my future"; and the fee of a transfer
service (Western Union, Zolotaya Korona) or of sending to a card beside "what are remittances",
by the services' names in the thesaurus's remittance concept. The entries' own years,
figures and countries stay answered, and a practical question of another subject beside a
documented one stays answered with its note.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_answered_with_any_note, assert_near_miss

NEAR_MISSES = [
    # a year of an agreement asked with the signer as the doer
    ("When did Uzbekistan sign its labour migration agreement with South Korea?",
     "coop-bilateral-agreements"),
    ("Когда Узбекистан подписал соглашение о трудовой миграции с Турцией?",
     "coop-bilateral-agreements"),
    ("Ozbekiston Qozogiston bilan mehnat migratsiyasi boyicha shartnomani qachon imzolagan?",
     "coop-bilateral-agreements"),
    ("Ўзбекистон Жанубий Корея билан меҳнат шартномасини қачон имзолаган?",
     "coop-bilateral-agreements"),
    # where an act was published
    ("In which newspaper was decree UP-4947 published?", "decree-up-4947"),
    ("В какой газете был опубликован указ УП-4947 от 7 февраля 2017 года?", "decree-up-4947"),
    ("UP-5785 farmoni qaysi gazetada chop etilgan?", "decree-up-5785"),
    ("ПҚ-4829 қарори қайси газетада эълон қилинган?", "decree-pp-4829"),
    # where to get an insurance policy
    ("Страхует ли государство мигрантов и где оформить страховой полис?",
     "strategy-insurance-support"),
    ("davlat migrantlar hayotini sugurta qiladimi, sugurta polisini qayerda olaman",
     "strategy-insurance-support"),
    ("Давлат мигрантларни суғурта қиладими, суғурта полисини қаерда оламан?",
     "strategy-insurance-support"),
    # the part of the 2024 total that came from one country, joined to the total
    ("How much money did migrants send to Uzbekistan in 2024, and how much of it came from "
     "Kazakhstan?", "remit-2024-total"),
    ("Сколько денег мигранты перевели в 2024 году и сколько из них пришло из России?",
     "remit-2024-total"),
    ("2024 yilda qancha pul otkazmasi kelgan va qanchasi Rossiyadan?", "remit-2024-total"),
    ("2024 йилда қанча пул ўтказмаси келган ва қанчаси Туркиядан?", "remit-2024-total"),
    # a practical detail asked of the first question's subject by a possessive
    ("What is the Agency for External Labour Migration and what is its phone number?",
     "org-agency"),
    ("What is the IOM, and where is its office in Samarkand?", "org-iom"),
    ("Tashqi mehnat migratsiyasi agentligi nima va uning telefon raqami qanday?", "org-agency"),
    ("Ташқи меҳнат миграцияси агентлиги нима ва унинг телефон рақами қанақа?", "org-agency"),
    # whether the Global Compact binds (no document says), who announced the multi-vector
    # policy and when it began, where one applies to "I am an investor in my future"
    ("Is the Global Compact for Migration legally binding for states?", "org-global-compact"),
    ("Глобальный договор о миграции юридически обязателен для стран?", "org-global-compact"),
    ("Migratsiya boʻyicha global kompakt yuridik majburiy kuchga egami?", "org-global-compact"),
    ("Who announced Uzbekistan's multi-vector foreign policy?", "coop-multivector"),
    ("Кто объявил многовекторную внешнюю политику Узбекистана?", "coop-multivector"),
    ("Ko'p vektorli tashqi siyosat qachon boshlangan?", "coop-multivector"),
    ("Кўп векторли ташқи сиёсатни ким эълон қилган?", "coop-multivector"),
    ("Kelajagimga investorman loyihasiga qayerga ariza beriladi, Samarqandda ofisi bormi?",
     "strategy-investor-project"),
    ("Где подать заявку на проект «Я инвестор своего будущего»?", "strategy-investor-project"),
    # the fee of a transfer service or of sending to a card, beside "what are remittances"
    ("What are remittances, and what fee does Western Union charge?", "remit-definition"),
    ("Что такое денежные переводы и какая комиссия у Золотой Короны?", "remit-definition"),
    ("pul o'tkazmalari nima va kartaga o'tkazish komissiyasi qancha", "remit-definition"),
    ("Пул ўтказмаси нима ва картага ўтказиш комиссияси неча фоиз?", "remit-definition"),
    # an exit visa asked beside the right to leave freely
    ("can I leave Uzbekistan freely and how much is an exit visa", "law-right-leave-return"),
    ("Можно ли свободно уехать из Узбекистана и нужна ли выездная виза?",
     "law-right-leave-return"),
    ("Oʻzbekistondan erkin chiqib keta olamanmi va chiqish vizasi qancha turadi",
     "law-right-leave-return"),
    ("Ўзбекистондан эркин чиқиб кета оламанми ва чиқиш визаси қанча туради?",
     "law-right-leave-return"),
    # the size of the loan asked beside how the World Bank helps
    ("How does the World Bank support Uzbekistan's migration policy, and how big was the loan?",
     "org-world-bank-imf"),
]

ANSWERED = [
    # the entries' own years, figures and countries
    ("When was the migration agreement with Germany signed?", "coop-germany-2024"),
    ("Germaniya bilan migratsiya kelishuvi qaysi yili imzolangan?", "coop-germany-2024"),
    ("Какого числа принят указ УП-4947?", "decree-up-4947"),
    ("ПҚ-4829 қарори қачон қабул қилинган?", "decree-pp-4829"),
    ("Does the state insure the life and health of labour migrants?",
     "strategy-insurance-support"),
    ("Страхует ли государство жизнь и здоровье трудовых мигрантов?",
     "strategy-insurance-support"),
    ("How much money did migrants send home to Uzbekistan in 2024?", "remit-2024-total"),
    ("2024 йилда пул ўтказмалари ЯИМнинг неча фоизини ташкил этган?", "remit-2024-total"),
    ("What is the Agency for External Labour Migration?", "org-agency"),
    ("Ташқи меҳнат миграцияси агентлиги нима?", "org-agency"),
    ("When was the Global Compact for Migration adopted?", "org-global-compact"),
    ("Что такое Глобальный договор о миграции?", "org-global-compact"),
    ("What is Uzbekistan's multi-vector foreign policy?", "coop-multivector"),
    ("Кўп векторли ташқи сиёсат нима?", "coop-multivector"),
    ("Men kelajagimga investorman loyihasi nima?", "strategy-investor-project"),
    ("What are remittances?", "remit-definition"),
    ("Пул ўтказмалари нима?", "remit-definition"),
    ("Могу ли я свободно выехать из Узбекистана и вернуться?", "law-right-leave-return"),
    ("How do the World Bank and the IMF support Uzbekistan's migration policy?",
     "org-world-bank-imf"),
]

ABSTAINED = [
    # a loan asked of no body the documents speak of stays out of scope
    "how do I get a bank loan in Russia as a migrant",
    "кредит для мигрантов в России",
    "migrantlarga kredit qanday olinadi",
    "мигрантларга банкдан кредит қандай олинади",
]

KEPT_WITH_NOTE = [
    # a practical question of another subject beside a documented one
    ("Does the state insure migrants' life and health? Also, where can I buy a SIM card in "
     "Moscow?", "strategy-insurance-support"),
    ("Хорижда ўзбек мигрантлари қандай муаммоларга дуч келади? Яна Россияда банк карта очиш "
     "мумкинми?", "abroad-problems"),
]


@pytest.mark.parametrize(("message", "entry"), NEAR_MISSES)
def test_a_near_miss_is_offered_not_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_what_the_documents_give_stays_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), KEPT_WITH_NOTE)
def test_a_detail_of_another_subject_keeps_the_answer(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered_with_any_note(matcher, message, entry)


@pytest.mark.parametrize("message", ABSTAINED)
def test_a_loan_of_no_documented_body_is_abstained_on(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision == "abstain"
