"""Near misses answered with their own entry (thirty-third session, nearans33).

A message that asks a detail the documents do not give, alone or joined to a question the
entry does answer, gets that entry's "did you mean", never its answer. Classes that were
answered: the article a right is given under ("under which article", «по какой статье": the
`article:` detail kind); which body carried a reform out ("which ministry carried out that
reform": `executed:` in bot/data/detail_words.yaml); who prepared an act pointed back at
(«что за указ УП-4947 и кто его готовил": `drafted:`); and entries' own not_covered details:
when the World Bank and the IMF gave their help (the answer holds no date), which other
countries depend on remittances, who runs the reintegration work, when "I am an investor in
my future" started, who proposed Article 23, an organisation's representative (the
organisations' shared list), which countries refused the Global Compact, who comes second
after Uzbekistan in remittances, the five priority areas of UP-4947 themselves, which
European country has the most Uzbek migrants, and whether parliament adopted the proposals;
and another year named only by an unanswered joined question, asked of the answered entry
(bot/settling.py ``_number_of_another``). The entries' own years, figures and countries stay
answered, and a practical question of another subject beside a documented one stays answered
with its note.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from tests.verdicts import assert_answered, assert_answered_with_any_note, assert_near_miss

NEAR_MISSES = [
    # the article a right is given under
    ("Under which article do migrants have the right to asylum?", "law-migrant-rights-intl"),
    ("По какой статье мигранты имеют право на убежище по международному праву?",
     "law-migrant-rights-intl"),
    ("Xalqaro huquqda migrantlarning boshpana olish huquqi qaysi moddaga koʻra beriladi?",
     "law-migrant-rights-intl"),
    ("Халқаро ҳуқуқда мигрантларнинг бошпана олиш ҳуқуқи қайси моддага кўра берилади?",
     "law-migrant-rights-intl"),
    # which body carried the 2017 reform out
    ("Why is 2017 called a turning point, and which ministry carried out the reform?",
     "law-2017-reforms"),
    ("Почему 2017 год переломный и какое министерство провело реформу?", "law-2017-reforms"),
    ("2017 yilgi islohotni qaysi vazirlik amalga oshirgan?", "law-2017-reforms"),
    ("2017 йилги ислоҳотни қайси вазирлик амалга оширган?", "law-2017-reforms"),
    # who prepared an act pointed back at
    ("что за указ УП-4947 и кто его подготовил", "decree-up-4947"),
    # when the World Bank and the IMF gave their help
    ("When did the World Bank give Uzbekistan its recommendations on migration?",
     "org-world-bank-imf"),
    ("Когда Всемирный банк дал рекомендации Узбекистану по миграции?", "org-world-bank-imf"),
    ("Jahon banki Oʻzbekistonga migratsiya boʻyicha tavsiyalarni qachon bergan?",
     "org-world-bank-imf"),
    ("Жаҳон банки ва ХВЖ миграция сиёсатини қачон қўллаб-қувватлай бошлаган?",
     "org-world-bank-imf"),
    # which other countries depend on remittances
    ("Is depending on remittances dangerous, and which other countries face that risk?",
     "remit-dependence-risk"),
    ("Какие ещё страны кроме Узбекистана зависят от денежных переводов?",
     "remit-dependence-risk"),
    ("Pul oʻtkazmalariga qaramlik xavflimi, yana qaysi mamlakatlar shunday qaram?",
     "remit-dependence-risk"),
    ("Пул ўтказмаларига қарамлик хавфлими, яна қайси мамлакатлар шундай қарам?",
     "remit-dependence-risk"),
    # who runs the reintegration of returnees
    ("Who runs the reintegration programme for migrants who come back home?",
     "strategy-reintegration"),
    ("Кто руководит реинтеграцией вернувшихся трудовых мигрантов?", "strategy-reintegration"),
    ("Qaytgan migrantlarni reintegratsiya qilish ishlarini kim boshqaradi?",
     "strategy-reintegration"),
    ("Қайтган мигрантларни реинтеграция қилиш ишларини ким бошқаради?",
     "strategy-reintegration"),
    # when "I am an investor in my future" started
    ("When did the project I am an investor in my future start?", "strategy-investor-project"),
    ("Когда начался проект «Я инвестор своего будущего»?", "strategy-investor-project"),
    ("Men oʻz kelajagimga investorman loyihasi qachon boshlangan?",
     "strategy-investor-project"),
    ("«Мен ўз келажагимга инвесторман» лойиҳаси қачон бошланган?",
     "strategy-investor-project"),
    # who proposed Article 23
    ("Who proposed Article 23 of the Constitution?", "law-article-23"),
    ("Кто предложил статью 23 Конституции Узбекистана?", "law-article-23"),
    ("Konstitutsiyaning 23-moddasini kim taklif qilgan?", "law-article-23"),
    ("Конституцияга 23-моддани ким таклиф қилган?", "law-article-23"),
    # an organisation's representative
    ("Who is the representative of the IOM in Uzbekistan?", "org-iom"),
    ("Кто представитель МОТ в Узбекистане?", "org-ilo"),
    ("Xalqaro migratsiya tashkilotining Oʻzbekistondagi vakili kim?", "org-iom"),
    ("Халқаро меҳнат ташкилотининг Тошкентдаги вакили ким?", "org-ilo"),
    # which countries refused the Global Compact
    ("Which countries refused to sign the Global Compact for Migration?", "org-global-compact"),
    ("Какие страны отказались подписывать Глобальный договор о миграции?",
     "org-global-compact"),
    ("Qaysi davlatlar migratsiya boʻyicha global kelishuvdan bosh tortgan?",
     "org-global-compact"),
    ("Қайси давлатлар миграция бўйича глобал келишувдан бош тортган?", "org-global-compact"),
    # who comes second after Uzbekistan in remittances
    ("Which Central Asian country is second after Uzbekistan in remittances?",
     "remit-2024-total"),
    ("Какая страна Центральной Азии на втором месте после Узбекистана по переводам?",
     "remit-2024-total"),
    ("Pul oʻtkazmalari boʻyicha Markaziy Osiyoda ikkinchi oʻrinda qaysi davlat?",
     "remit-2024-total"),
    ("Пул ўтказмалари бўйича Марказий Осиёда иккинчи ўринда қайси давлат?", "remit-2024-total"),
    # the five priority areas of decree UP-4947 themselves
    ("Decree UP-4947: what are the five priority areas it lists?", "decree-up-4947"),
    ("Какие пять приоритетных направлений в указе УП-4947?", "decree-up-4947"),
    ("UP-4947 farmonidagi qaysi beshta ustuvor yoʻnalish bor?", "decree-up-4947"),
    ("ПФ-4947 фармонидаги қайси бешта устувор йўналиш бор?", "decree-up-4947"),
    # which European country has the most Uzbek migrants
    ("Which European country has the most Uzbek migrants?", "coop-destinations"),
    ("В какой стране Европы больше всего узбекских мигрантов?", "coop-destinations"),
    ("Yevropadagi qaysi davlatda oʻzbek migrantlari eng koʻp?", "coop-destinations"),
    ("Европадаги қайси давлатда ўзбек мигрантлари энг кўп?", "coop-destinations"),
    # whether parliament adopted the proposals
    ("Were the proposals for Uzbekistan's migration cooperation adopted by parliament?",
     "coop-proposals-uz"),
    ("Какие предложения по миграционному сотрудничеству принял парламент Узбекистана?",
     "coop-proposals-uz"),
    ("Migratsiya hamkorligi boʻyicha takliflarni parlament qabul qilganmi?",
     "coop-proposals-uz"),
    ("Миграция ҳамкорлиги бўйича таклифларни парламент қабул қилганми?", "coop-proposals-uz"),
    # another year, named only by an unanswered joined question, asked of the answered entry
    ("how much did migrants send home in 2024 and how much was it back in 2019?",
     "remit-2024-total"),
    ("Сколько денег мигранты перевели в 2024 году и сколько в 2019?", "remit-2024-total"),
    ("2024 yilda qancha pul oʻtkazilgan va 2019 yilda qancha?", "remit-2024-total"),
    ("2024 йилда қанча пул ўтказилган ва 2019 йилда қанча?", "remit-2024-total"),
]

ANSWERED = [
    # the entries' own articles, dates, countries and figures
    ("What rights do migrants have under international law?", "law-migrant-rights-intl"),
    ("Какие права есть у мигрантов по международному праву?", "law-migrant-rights-intl"),
    ("What does Article 23 of the Constitution say?", "law-article-23"),
    ("23-moddada chet eldagi fuqarolar haqida nima deyilgan?", "law-article-23"),
    ("Почему 2017 год называют переломным для миграционного права?", "law-2017-reforms"),
    ("2017 йил нега миграция ҳуқуқида бурилиш йили деб аталади?", "law-2017-reforms"),
    ("О чём указ УП-4947 от 7 февраля 2017 года?", "decree-up-4947"),
    ("How do the World Bank and the IMF support Uzbekistan's migration policy?",
     "org-world-bank-imf"),
    ("Jahon banki va XVJ migratsiya siyosatini qanday qoʻllab-quvvatlaydi?",
     "org-world-bank-imf"),
    ("Is it dangerous for Uzbekistan to depend on remittances?", "remit-dependence-risk"),
    ("Опасно ли для Узбекистана зависеть от переводов из России?", "remit-dependence-risk"),
    ("пул ўтказмаларига қарамлик хавфлими", "remit-dependence-risk"),
    # workers sent to other countries than Russia: the diversification the documents give
    ("why does uzbekistan want to send workers to other countries and not only russia",
     "remit-diversification"),
    ("nega davlat migrantlarni faqat Rossiyaga emas, boshqa davlatlarga ham yubormoqchi",
     "remit-diversification"),
    ("What help is planned for migrants who return home?", "strategy-reintegration"),
    ("Qaytgan migrantlarga qanday yordam rejalashtirilgan?", "strategy-reintegration"),
    ("What is the project I am an investor in my future?", "strategy-investor-project"),
    ("Что такое проект «Я инвестор своего будущего»?", "strategy-investor-project"),
    ("What is the IOM?", "org-iom"),
    ("What is the Global Compact for Migration?", "org-global-compact"),
    ("Qaysi yili global kelishuv qabul qilingan?", "org-global-compact"),
    ("How much money did migrants send home to Uzbekistan in 2024?", "remit-2024-total"),
    ("2024 йилда мигрантлар Ўзбекистонга қанча пул ўтказган?", "remit-2024-total"),
    ("What is decree UP-4947 about?", "decree-up-4947"),
    ("Which countries do most Uzbek migrants go to?", "coop-destinations"),
    ("В какие страны чаще всего уезжают узбекские мигранты?", "coop-destinations"),
    ("What is proposed for Uzbekistan to improve international cooperation on migration?",
     "coop-proposals-uz"),
    ("Ўзбекистон учун миграция ҳамкорлигини яхшилаш бўйича нималар таклиф қилинган?",
     "coop-proposals-uz"),
    ("Халқаро меҳнат ташкилоти нима?", "org-ilo"),
]

# two joined questions each answered, each with its own year, stay answered
BOTH_ANSWERED = [
    ("What is decree UP-5785 of 2019 and how much did migrants send home in 2024?",
     "decree-up-5785"),
    ("Что такое указ УП-5785 2019 года и сколько денег мигранты перевели в 2024 году?",
     "decree-up-5785"),
    ("UP-5785 farmoni 2019 yil nima haqida va 2024 yilda qancha pul oʻtkazilgan?",
     "decree-up-5785"),
    ("ПФ-5785 фармони 2019 йил нима ҳақида ва 2024 йилда қанча пул ўтказилган?",
     "decree-up-5785"),
]

KEPT_WITH_NOTE = [
    # a practical question of another subject beside a documented one
    ("What is the IOM? also where can I buy a cheap ticket to Moscow", "org-iom"),
    ("Что такое МОТ? И подскажите где купить дешевый билет до Москвы", "org-ilo"),
]


@pytest.mark.parametrize(("message", "entry"), NEAR_MISSES)
def test_a_near_miss_is_offered_not_answered(matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_what_the_documents_give_stays_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), BOTH_ANSWERED)
def test_two_answered_questions_with_their_own_years_stay_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered_with_any_note(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), KEPT_WITH_NOTE)
def test_a_detail_of_another_subject_keeps_the_answer(
        matcher: Matcher, message: str, entry: str) -> None:
    assert_answered_with_any_note(matcher, message, entry)
