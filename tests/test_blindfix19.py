"""The new blind lines' failures, by class (blindfix19, nineteenth session).

A question word in a case form the lists lacked (Russian «какими», «каковы», «кем»; Uzbek
'qachondan', 'qayerlarda', 'kimlarga') left a sentence beside a greeting unread: the message
was a greeting; and a question word a few words after a full stop in lower case did not end
the sentence before it. The rows are written anew, never the blind lines themselves."""

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

