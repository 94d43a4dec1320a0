"""Details no document gives, asked in everyday words (``details:`` in
knowledge/phrases.yaml): a city, who signed, a salary, a procedure. Asked of an entry that
would answer, they make its near miss, in every language and script."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher


@pytest.mark.parametrize(("message", "entry"), [
    # which city: no document names the city of a signing or an adoption
    ("in which city was the agreement with germany signed", "coop-germany-2024"),
    ("в каком городе подписали соглашение с Германией", "coop-germany-2024"),
    ("Germaniya bilan kelishuv qaysi shaharda imzolangan", "coop-germany-2024"),
    ("Германия билан келишув қайси шаҳарда имзоланган", "coop-germany-2024"),
    ("Германия билан келишув кайси шахарда имзоланган", "coop-germany-2024"),
    ("Germaniya bilan kelişuv qaysi şaharda imzolangan", "coop-germany-2024"),
    ("what city hosted the adoption of decree UP-5785", "decree-up-5785"),
    # who signed: no document names the signatories
    ("who signed the schengen agreement", "coop-schengen"),
    ("кто подписал шенгенское соглашение", "coop-schengen"),
    ("kto podpisal shengenskoe soglashenie", "coop-schengen"),
    ("Shengen kelishuvini kim imzolagan", "coop-schengen"),
    ("Шенген келишувини ким имзолаган", "coop-schengen"),
    # a salary: no document gives one, in any country or under any deal
    ("Rossiyada o'zbek migrantlarining oyligi qancha", "remit-dependence-risk"),
    ("Россияда ўзбек мигрантларининг ойлиги қанча", "remit-dependence-risk"),
    ("Россияда узбек мигрантларининг ойлиги канча", "remit-dependence-risk"),
    # a procedure: the documents name the mahalla system, never the steps to take
    ("what is the procedure to get help through the mahalla system", "abroad-mahalla-system"),
    ("mahalla tizimi orqali yordam olish tartibi qanday", "abroad-mahalla-system"),
    ("маҳалла тизими орқали ёрдам олиш тартиби қандай", "abroad-mahalla-system"),
    # how one can go there to work: no document gives the way
    ("germaniyaga hamshira boʻlib ishlash uchun qanday borsa boʻladi", "coop-germany-2024"),
    ("germaniyaga hamshira bolib ishlash uchun qanday borsa boladi", "coop-germany-2024"),
    ("Германияга ҳамшира бўлиб ишлаш учун қандай борса бўлади", "coop-germany-2024"),
    ("германияга хамшира булиб ишлаш учун кандай борса булади", "coop-germany-2024"),
    ("Germaniyaga ishlashga qanday ketsam boʻladi", "coop-germany-2024"),
    ("как поехать в Германию работать", "coop-germany-2024"),
    ("how can I go to Germany to work as a nurse", "coop-germany-2024"),
    # when an act took effect: the documents give when acts were adopted or signed only
    ("when did resolution PP-4829 come into force", "decree-pp-4829"),
    ("когда вступило в силу постановление ПП-4829", "decree-pp-4829"),
    ("kogda vstupilo v silu postanovlenie PP-4829", "decree-pp-4829"),
    ("PQ-4829 qarori qachon kuchga kirgan", "decree-pp-4829"),
    ("ПҚ-4829 қарори қачон кучга киради", "decree-pp-4829"),
    ("ПК-4829 карори качон кучга киради", "decree-pp-4829"),
    ("when does the germany deal take effect", "coop-germany-2024"),
    ("Germaniya bilan kelişuv qaçon kuchga kiradi", "coop-germany-2024"),
])
def test_a_detail_no_document_gives_is_a_near_miss(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("clarify", entry)
    assert m.near_miss is not None and m.near_miss.detail


@pytest.mark.parametrize("message", [
    "what salary do uzbek migrants get in russia",
    "какая зарплата у узбекских мигрантов в России",
    "сколько зарабатывают узбекские мигранты в России",
])
def test_a_salary_asked_is_never_answered(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None and m.near_miss.detail


@pytest.mark.parametrize(("message", "entry"), [
    # the same words told, not asked, or inside another word, leave the answer alone
    ("Hi! My friends say the sanctions hit our guys' wages in Russia. Is Uzbekistan too "
     "dependent on what they send? thanks", "remit-dependence-risk"),
    ("xavfsiz, tartibli va qonuniy mehnat migratsiyasi haqidagi qaror raqami nechchi",
     "decree-pp-4829"),
    ("what is the schengen agreement", "coop-schengen"),
    ("Shengen kelishuvi nima", "coop-schengen"),
    # 'in what way' asked of what the documents answer (review s11 finding 7)
    ("2017 yilda pasport tizimi qanday tartibda o'zgardi", "law-2017-reforms"),
    ("2017 йилда паспорт тизими қандай тартибда ўзгарди", "law-2017-reforms"),
    ("какой порядок выезда за границу изменился в 2017 году", "law-2017-reforms"),
    ("mahalla tizimi qanday tartibda ishlaydi", "abroad-mahalla-system"),
    # what took effect, not when (review s12: the in_force detail asks "when")
    ("what reforms took effect in 2017", "law-2017-reforms"),
    ("2017 yilda qanday o'zgarishlar kuchga kirdi", "law-2017-reforms"),
    ("какие реформы вступили в силу в 2017", "law-2017-reforms"),
    # ... and a city the entry names is given (Geneva: tester s11 finding 56)
    ("in which city was the ILO review published", "org-ilo"),
    ("в каком городе опубликован доклад МОМ", "org-iom"),
])
def test_the_words_of_a_detail_not_asked_leave_the_answer(matcher: Matcher, message: str,
                                                          entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id, m.near_miss) == ("answer", entry, None)


@pytest.mark.parametrize("message", [
    # where an office is (practical: address): the documents name bodies, never an address
    "where is the office of the migration agency",
    "где находится офис агентства по внешней трудовой миграции",
    "gde nahoditsya ofis agentstva po vneshnei trudovoi migratsii",
    "agentlikning ofisi qayerda",
    "агентликнинг идораси қаерда",
    "агентликнинг офиси каерда",
])
def test_where_an_office_is_is_abstained_on(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert m.decision == "abstain" and not m.urgent
