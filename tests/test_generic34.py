"""Broad questions answered with a narrow entry (thirty-fourth session, generic34).

"What is Uzbekistan's migration policy", "what is the state doing for migrants" name no
narrow subject: entries that shared only their generic words won ("migration policy": the
World Bank and the IMF; "the state ... for migrants": the returnees' reintegration). The
entry on the state's support of its citizens abroad now has the English asker's words
("What does the state do for its migrants?"); the narrow questions that name their subject
(the World Bank and the IMF, the diaspora, the returnees, Article 23) stay answered with it,
in all four scripts.

Measured on tune and not kept (see the commit messages): a confident answer only when the
message shares with the winning entry a word at most ten entries use
(``bot.settling.SUBJECT_ENTRIES``) would turn 388 right answers into "did you mean" to remove
10 confident wrong ones; an organisation's entry answered only when the message names the
organisation, 98 right for 8 wrong. Phrasings giving the state-support entry "Uzbekistan's
migration policy" in English, Russian and Uzbek removed up to 8 confident wrong answers but
tipped close controls elsewhere (the Russian question on migration between states, a
definition beside a question of rights, a family asking in Russian) and one Uzbek phrasing
came too close to a holdout line.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered

STATE_POLICY = [
    ("what does the government do for its migrants", "abroad-state-support"),
    ("what is the state doing for migrants", "abroad-state-support"),
]

NARROW_NAMED = [
    ("how do the world bank and the imf support uzbekistan's migration policy",
     "org-world-bank-imf"),
    ("Как Всемирный банк и МВФ поддерживают миграционную политику Узбекистана?",
     "org-world-bank-imf"),
    ("Jahon banki va XVF Oʻzbekistonning migratsiya siyosatini qanday qoʻllab-quvvatlaydi?",
     "org-world-bank-imf"),
    ("Жаҳон банки ва ХВФ Ўзбекистон миграция сиёсатини қандай қўллаб-қувватлайди?",
     "org-world-bank-imf"),
    ("what role does the diaspora play in uzbekistan's foreign policy", "diaspora-role"),
    ("Какую роль диаспора играет во внешней политике Узбекистана?", "diaspora-role"),
    ("Diaspora Oʻzbekiston tashqi siyosatida qanday rol oʻynaydi?", "diaspora-role"),
    ("Диаспора Ўзбекистон ташқи сиёсатида қандай рол ўйнайди?", "diaspora-role"),
    ("what does the state do for migrants who have come back home", "strategy-reintegration"),
    ("Что государство делает для мигрантов, которые вернулись домой?",
     "strategy-reintegration"),
    ("Davlat qaytib kelgan migrantlar uchun nima qiladi?", "strategy-reintegration"),
    ("Давлат қайтиб келган мигрантлар учун нима қилади?", "strategy-reintegration"),
    ("What does Article 23 of the Constitution say about citizens abroad?", "law-article-23"),
    ("Что говорит статья 23 Конституции о гражданах за рубежом?", "law-article-23"),
    ("Konstitutsiyaning 23-moddasida xorijdagi fuqarolar haqida nima deyilgan?",
     "law-article-23"),
    ("Конституциянинг 23-моддасида хориждаги фуқаролар ҳақида нима дейилган?",
     "law-article-23"),
]


@pytest.mark.parametrize(("message", "entry"), STATE_POLICY)
def test_the_states_policy_in_general_is_the_state_support_entry(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), NARROW_NAMED)
def test_a_narrow_question_that_names_its_subject_stays_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
