"""The new blind lines' failures, by class (blindfix19, nineteenth session).

A question word in a case form the lists lacked (Russian «какими», «каковы», «кем»; Uzbek
'qachondan', 'qayerlarda', 'kimlarga') left a sentence beside a greeting unread: the message
was a greeting. The rows are written anew, never the blind lines themselves."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize(("message", "expected"), [
    ("Добрый день! Каковы главные причины миграции", "concept-causes"),
    ("Здравствуйте, я из Самарканда. Какова роль диаспоры в развитии страны", "diaspora-role"),
    ("Привет! С какими странами Узбекистан подписал соглашения по трудовой миграции. Спасибо",
     "coop-bilateral-agreements"),
    ("Salom. Migratsiya huquqi Oʻzbekistonda qachondan beri rivojlanmoqda", "law-right-to-migrate"),
    ("Assalomu alaykum. Oʻzbek migrantlari koʻproq qayerlarda ishlaydi", "coop-destinations"),
    ("Салом. Миграция ҳуқуқи Ўзбекистонда қачондан бери ривожланмоқда", "law-right-to-migrate"),
    ("Ассалому алайкум. Ўзбек мигрантлари кўпроқ қаерларда ишлайди", "coop-destinations"),
    ("Салом. Узбек мигрантлари купрок каерларда ишлайди", "coop-destinations"),
    ("Hello. Which countries signed labour migration agreements with Uzbekistan, thanks",
     "coop-bilateral-agreements"),
])
def test_a_question_word_in_a_case_form_asks_beside_a_greeting(
        answerer: Answerer, message: str, expected: str) -> None:
    found = answerer.matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert (found.decision, top) == ("answer", expected)


@pytest.mark.parametrize("message", [
    "Здравствуйте, какими судьбами",
    "Привет, какими судьбами, брат",
])
def test_small_talk_with_such_a_word_is_still_a_greeting(answerer: Answerer,
                                                         message: str) -> None:
    assert answerer.ask(message).kind == "greeting"


# A sentence after a full stop in lower case asks when a question word comes within its first
# words, not only first: the story before it is not matched with it.
@pytest.mark.parametrize(("message", "expected"), [
    ("men dissertatsiya yozyapman xalqaro munosabatlar haqida. oʻzbek olimlaridan kimlarga "
     "tayansam boʻladi", "concept-uz-scholars"),
    ("мен халқаро муносабатлар ҳақида диссертация ёзяпман. ўзбек олимларидан кимга таянсам "
     "бўлади", "concept-uz-scholars"),
])
def test_a_question_word_soon_after_a_lower_case_stop_ends_the_sentence_before(
        answerer: Answerer, message: str, expected: str) -> None:
    found = answerer.matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert (found.decision, top) == ("answer", expected)


# Everyday words the right entry lacked: "basic law" is the Constitution, "outside the
# country" abroad, "what pushes people to leave" asks the causes, 'yurtini tashlab ketish'
# is leaving.
@pytest.mark.parametrize(("message", "expected"), [
    ("Will the fundamental law take care of me when I am out of the country?",
     "law-article-23"),
    ("Заботится ли основной закон о нас, когда мы за пределами страны?", "law-article-23"),
    ("Asosiy qonun mamlakat tashqarisidagi fuqarolarni himoya qiladimi?", "law-article-23"),
    ("Асосий қонун мамлакат ташқарисидаги фуқароларни ҳимоя қиладими?", "law-article-23"),
    ("What makes people pack up and move to another country?", "concept-causes"),
    ("Что вынуждает людей уезжать за границу?", "concept-causes"),
    ("Odamlarni oʻz yurtini tashlab ketishga nima majbur qilyapti?", "concept-causes"),
    ("Одамларни ўз юртини ташлаб кетишга нима мажбур қиляпти?", "concept-causes"),
])
def test_everyday_words_meet_the_entry_they_mean(answerer: Answerer, message: str,
                                                 expected: str) -> None:
    found = answerer.matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert (found.decision, top) == ("answer", expected)


# ... and the entries that own the frame keep their own questions.
@pytest.mark.parametrize(("message", "expected"), [
    ("Why do natural disasters force people to move?", "concept-environmental"),
    ("Почему стихийные бедствия заставляют людей переселяться?", "concept-environmental"),
    ("Tabiiy ofatlar nega odamlarni koʻchishga majbur qiladi?", "concept-environmental"),
    ("Табиий офатлар нега одамларни кўчишга мажбур қилади?", "concept-environmental"),
    ("Does Uzbekistan look after its citizens working in other countries?",
     "abroad-state-support"),
])
def test_the_entries_that_own_the_words_keep_their_questions(
        answerer: Answerer, message: str, expected: str) -> None:
    found = answerer.matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert (found.decision, top) == ("answer", expected)


# A practical detail no document gives: the time difference, a city's history.
@pytest.mark.parametrize("message", [
    "What is the time difference between Tashkent and Moscow?",
    "Какая разница во времени между Россией и Узбекистаном?",
    "Turkiya bilan Oʻzbekiston oʻrtasida vaqt farqi necha soat?",
    "Туркия билан Ўзбекистон ўртасида вақт фарқи неча соат?",
    "Tell me about the history of Bukhara",
    "Расскажите про историю Самарканда",
    "Xiva tarixi haqida aytib bering",
    "Тошкент тарихи ҳақида маълумот беринг",
])
def test_a_detail_no_document_gives_is_not_answered(answerer: Answerer, message: str) -> None:
    assert answerer.matcher.match(message).decision == "abstain"


def test_the_history_of_the_right_to_migrate_is_still_answered(answerer: Answerer) -> None:
    found = answerer.matcher.match("Migratsiya huquqi tarixi haqida gapirib bering")
    assert (found.decision, found.candidates[0].entry_id) == ("answer", "law-right-to-migrate")


# The money sent home in other words ('mablagʻ', "cash", "funds"), and "what do they call"
# asking its name: the definition of remittances, not what they are spent on.
@pytest.mark.parametrize(("message", "expected"), [
    ("What do they call the cash migrants send home?", "remit-definition"),
    ("What do we call the money migrants send to their families?", "remit-definition"),
    ("What is the cash migrants send home spent on?", "remit-uses"),
    ("Migrantlar joʻnatgan mablagʻlar nimaga sarflanadi?", "remit-uses"),
    ("Мигрантлар жўнатган маблағлар нимага сарфланади?", "remit-uses"),
    ("На что обычно тратят присланные деньги семьи мигрантов?", "remit-uses"),
])
def test_the_money_sent_home_in_other_words(answerer: Answerer, message: str,
                                            expected: str) -> None:
    found = answerer.matcher.match(message)
    top = found.candidates[0].entry_id if found.candidates else None
    assert (found.decision, top) == ("answer", expected)
