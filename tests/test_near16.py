"""Near misses read from the whole message (near16, issue 7 item 4; review s15 finding 6):
the country, people, article, year or body of a sentence before the question ("tajik migrants
in russia. how much did they send home in 2024"), or before a question announced in the same
sentence, is what the question asks of, while the sentence that asks still chooses the entry;
a question of a pronoun alone ("when was it signed") asks the sentence before in its words."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


# The detail in one sentence, the question in the next: a near miss of the entry the
# question chooses, naming what the sentence before says, in every script, capitalised or not.
@pytest.mark.parametrize(("message", "entry", "asked"), [
    ("tajik migrants in russia. how much did they send home in 2024", "remit-2024-total",
     "~tajikistan"),
    ("Tajik migrants in Russia. How much did they send home in 2024?", "remit-2024-total",
     "~tajikistan"),
    ("таджикские мигранты в россии. сколько они отправили домой в 2024", "remit-2024-total",
     "~tajikistan"),
    ("tadzhikskie migranty v rossii. skolko oni otpravili domoy v 2024", "remit-2024-total",
     "~tajikistan"),
    ("Тожик мигрантлар Россияда. Улар 2024 йилда қанча пул юборишди?", "remit-2024-total",
     "~tajikistan"),
    ("тожик мигрантлар. улар 2024 йилда канча пул юборишди", "remit-2024-total",
     "~tajikistan"),  # Russian keyboard
    ("tojik migrantlar. ular 2024-yilda qancha pul yuborişdi", "remit-2024-total",
     "~tajikistan"),  # the new alphabet
    ("Kyrgyzstan. how much did migrants send in 2024", "remit-2024-total", "~kyrgyzstan"),
    ("Кыргызстан. сколько мигранты перевели в 2024", "remit-2024-total", "~kyrgyzstan"),
    ("Qirgʻiziston. 2024 yilda migrantlar qancha pul yuborgan", "remit-2024-total",
     "~kyrgyzstan"),
    ("Қирғизистон. 2024 йилда мигрантлар қанча пул юборган?", "remit-2024-total",
     "~kyrgyzstan"),
    ("kazakh migrants. how much money did they send home in 2024", "remit-2024-total",
     "~kazakhstan"),
    ("вопрос про 25 статью конституции. что она гарантирует", "law-article-23", "25"),
    ("Вопрос про 25 статью конституции. Что она гарантирует?", "law-article-23", "25"),
    ("vopros pro 25 statyu konstitutsii. chto ona garantiruet", "law-article-23", "25"),
    ("Article 25 of the constitution. What does it guarantee?", "law-article-23", "25"),
    ("Konstitutsiyaning 25-moddasi. U nimani kafolatlaydi?", "law-article-23", "25"),
    ("Конституциянинг 25-моддаси. У нимани кафолатлайди?", "law-article-23", "25"),
    # ... or before a question announced in the same sentence ('haqida savol')
    ("Konstitutsiyaning 25-moddasi haqida savol. u nimani kafolatlaydi", "law-article-23",
     "25"),
    ("the strategy for 2030. how many people will it train", "strategy-training", "2030"),
    ("стратегия на 2030 год. сколько человек она обучит", "strategy-training", "2030"),
    ("the agreement with japan. when was it signed", "coop-germany-2024", "~japan"),
    # ... and fills in only what the question leaves out (near17)
    ("about 2023. how much did migrants send home", "remit-2024-total", "2023"),
    ("про 2023 год. сколько перевели мигранты", "remit-2024-total", "2023"),
    ("2023 yil haqida. migrantlar qancha pul yuborgan", "remit-2024-total", "2023"),
    ("2023 йил ҳақида. мигрантлар қанча пул юборган", "remit-2024-total", "2023"),
    ("Kazakhstan. how much did uzbek migrants send in 2024", "remit-2024-total",
     "~kazakhstan"),
])
def test_what_the_sentence_before_names_is_asked_of(answerer: Answerer, message: str,
                                                    entry: str, asked: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert asked in found.near_miss.asked
    assert found.candidates[0].entry_id == entry


# A question of a pronoun alone ("when was it signed", «когда его подписали») asks the sentence
# before in its own words: a detail the entry does not give is its near miss.
@pytest.mark.parametrize(("message", "entry"), [
    ("the agreement with turkey. when was it signed", "coop-bilateral-agreements"),
    ("The agreement with Turkey. When was it signed?", "coop-bilateral-agreements"),
    ("соглашение с турцией. когда его подписали", "coop-bilateral-agreements"),
    ("soglashenie s turciey. kogda ego podpisali", "coop-bilateral-agreements"),
    ("turkiya bilan kelishuv. u qachon imzolangan", "coop-bilateral-agreements"),
    ("turkiya bilan kelişuv. u qaçon imzolangan", "coop-bilateral-agreements"),
    ("Туркия билан келишув. У качон имзоланган?", "coop-bilateral-agreements"),
])
def test_a_question_of_a_pronoun_asks_the_sentence_before(answerer: Answerer, message: str,
                                                          entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert found.near_miss.detail
    assert found.candidates[0].entry_id == entry


# Controls: what the sentence before names and the entry gives, a body asked among several
# named before, and the writer's own places and years, stay answered.
@pytest.mark.parametrize(("message", "entry"), [
    ("Article 23 of the constitution. What does it guarantee?", "law-article-23"),
    ("статья 23 конституции. что она гарантирует", "law-article-23"),
    ("the agreement with germany. when was it signed", "coop-germany-2024"),
    ("соглашение с германией. когда его подписали", "coop-germany-2024"),
    ("нам задали про оон, мот и мом. что такое мот", "org-ilo"),
    ("we have the UN, the ILO and the IOM in class. what is the ILO", "org-ilo"),
    ("the ILO. what does it do", "org-ilo"),
    ("My brother works in Russia. How much did migrants send home in 2024?",
     "remit-2024-total"),
    ("Я работаю в Казахстане. Сколько денег мигранты перевели в 2024 году?",
     "remit-2024-total"),
    ("Men Rossiyada ishlayman. 2024 yilda qancha pul yuborilgan?", "remit-2024-total"),
    ("In 2019 I went to Russia. What does article 23 say?", "law-article-23"),
    ("Kazakhstan. What does article 23 guarantee?", "law-article-23"),
    ("Akam Germaniyada ishlaydi. Germaniya bilan kelishuv nima beradi?", "coop-germany-2024"),
    ("2019 yil. PF-5785 nima haqida?", "decree-up-5785"),
])
def test_what_the_sentence_before_names_and_the_entry_gives_is_answered(
        answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == entry


# A number below 15 beside the Uzbek year word counts years ('dadam 10 yil Rossiyada
# ishladi': ten years), not the year 2010 (review s15 finding 2); «в 10 году» is still 2010.
@pytest.mark.parametrize(("message", "entry"), [
    ("dadam 10 yil Rossiyada ishladi, qaytganlarga davlat qanday yordam beradi",
     "strategy-reintegration"),
    ("дадам 10 йил Россияда ишлади, қайтганларга давлат қандай ёрдам беради",
     "strategy-reintegration"),
    ("дадам 10 йил Россияда ишлади, кайтганларга давлат кандай ердам беради",
     "strategy-reintegration"),  # Russian keyboard
    ("dadam 10 yil Rossiyada işladi, qaytganlarga davlat qanday yordam beradi",
     "strategy-reintegration"),  # the new alphabet
    ("24 йилда мигрантлардан переводлар канча булган", "remit-2024-total"),
])
def test_a_count_of_years_is_no_year(answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "year"), [
    ("oxirgi 10 yilda migrantlar qancha pul yubordi", None),
    ("охирги 10 йилда мигрантлар қанча пул юборди", None),
    ("в 10 году сколько перевели мигранты", "2010"),
    ("23 yilda migrantlar qancha pul yuborgan", "2023"),
])
def test_a_small_number_of_years_is_read_as_said(answerer: Answerer, message: str,
                                                 year: str | None) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert ("2010" in found.near_miss.asked) == (year == "2010")
    if year is not None:
        assert year in found.near_miss.asked


# Details asked in one script only (review s15 findings 3, 9): when Uzbekistan joined a body,
# how many clauses an act has, a date written in digits ("of 20.09.2019").
@pytest.mark.parametrize(("message", "entry"), [
    ("когда присоединился узбекистан к МОМ", "org-iom"),
    ("kogda prisoedinilsya uzbekistan k MOM", "org-iom"),
    ("when did uzbekistan join the IOM", "org-iom"),
    ("Oʻzbekiston XMTga qachon qoʻshilgan", "org-ilo"),
    ("Ўзбекистон ХМТга қачон қўшилган", "org-ilo"),
    ("UP-5785 farmonida nechta band bor", "decree-up-5785"),
    ("УП-5785 фармонида нечта банд бор", "decree-up-5785"),
    ("how many clauses does decree UP-5785 have", "decree-up-5785"),
    ("сколько пунктов в указе УП-5785", "decree-up-5785"),
    ("decree UP-5785 of 20.09.2019", "decree-up-5785"),
    ("указ УП-5785 от 20.09.2019", "decree-up-5785"),
    ("PF-5785 20.09.2019 farmoni nima haqida", "decree-up-5785"),
    ("ПФ-5785 20.09.2019 фармони нима ҳақида", "decree-up-5785"),
])
def test_a_detail_asked_in_any_script_is_a_near_miss(answerer: Answerer, message: str,
                                                     entry: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert found.candidates[0].entry_id == entry


@pytest.mark.parametrize(("message", "entry"), [
    ("что такое МОМ", "org-iom"),
    ("men bandman, MOM nima", "org-iom"),
    ("decree UP-5785 of 20.08.2019", "decree-up-5785"),
    ("указ УП-5785 от 20.08.2019 года о чем", "decree-up-5785"),
    ("ПФ-5785 20.08.2019 фармони нима ҳақида", "decree-up-5785"),
    ("resolution PP-4829 of 15.09.2020", "decree-pp-4829"),
    ("постановление ПП-4829 от 15.09.2020", "decree-pp-4829"),
])
def test_the_entrys_own_detail_stays_answered(answerer: Answerer, message: str,
                                              entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == entry


# An assignment ('topshiriq') is no document submitted: the documents' causes asked for a
# student's assignment are answered (review s15 finding 7); documents submitted stay a near miss.
@pytest.mark.parametrize(("message", "entry", "answered"), [
    ("topshiriq berishdi: hujjatlarda migratsiyaning sabablari nima deyilgan",
     "concept-causes", True),
    ("Germaniyaga ishga qanday hujjat topshiraman", "coop-germany-2024", False),
    ("Германияга ишга қандай ҳужжат топшираман", "coop-germany-2024", False),
    ("какие документы подать для работы в германии", "coop-germany-2024", False),
])
def test_an_assignment_is_no_document_submitted(answerer: Answerer, message: str, entry: str,
                                                answered: bool) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision == "answer" and found.near_miss is None) == answered
    assert found.candidates[0].entry_id == entry
