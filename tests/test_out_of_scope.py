"""Questions whose main ask no entry answers (tester5 finding 5): who holds an office now,
where to find a job, how to get a Schengen visa. The words they share with an entry
("president" with the decrees' titles, "work" with reintegration) made confident answers."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.matcher import Matcher
from bot.plaintext import plain_text


@pytest.mark.parametrize("message", [
    # who holds an office: the documents name no office-holders
    "O'zbekiston prezidenti kim", "Ozbekiston prezidenti kim", "Oʻzbekiston prezidenti kim",
    "Ўзбекистон президенти ким", "Узбекистон президенти ким",
    "кто президент Узбекистана", "kto prezident Uzbekistana",
    "who is the president of Uzbekistan", "who is the prime minister of Uzbekistan",
    "Oʻzbekiston bosh vaziri kim", "Ўзбекистон бош вазири ким",
    "кто сейчас министр иностранных дел",
    "кто генсек ООН", "who is the secretary general of the UN", "BMT bosh kotibi kim",
    # where to exchange money, which app, the unemployment rate (tester s10 finding 8)
    "where can I exchange dollars for sum at a good rate in Tashkent",
    "what's the best app to send money home", "what is the unemployment rate in Uzbekistan",
    # where to find a job
    "как найти работу в Москве", "kak nayti rabotu v Moskve", "where can i find a job in Russia",
    "Moskvada ish qayerdan topsam boʻladi", "Москвада иш қаердан топсам бўлади",
    "Москвада иш каердан топсам булади",
])
def test_an_ask_no_entry_answers_is_not_answered(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "abstain", (reply.kind, reply.entry and reply.entry.id)
    assert "www.migration.uz" in plain_text(reply, answerer.kb)


@pytest.mark.parametrize(("message", "entry"), [
    # the same words in questions the documents answer
    ("Я вернулся из-за границы, поможет ли государство найти работу", "strategy-reintegration"),
    ("Chet eldan qaytdim, davlat ish topish yoki biznes ochishga yordam beradimi",
     "strategy-reintegration"),
    ("Prezident farmoni UP-5785 nima haqida", "decree-up-5785"),
    ("What is presidential decree UP-4947 about", "decree-up-4947"),
    ("кто такие соотечественники", "diaspora-compatriot-societies"),
])
def test_the_same_words_in_a_documented_question_are_answered(matcher: Matcher, message: str,
                                                              entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", entry)


@pytest.mark.parametrize("message", [
    "Shengen vizasini qanday olsa boʻladi", "Shengen vizasini qanday olsa bo'ladi",
    "Шенген визасини қандай олса бўлади", "Шенген визасини кандай олса булади",
    "как оформить шенгенскую визу", "how do I get a Schengen visa",
])
def test_how_to_get_a_schengen_visa_is_a_near_miss_of_the_schengen_entry(
        matcher: Matcher, message: str) -> None:
    """The entry says what the agreement is; the documents give no visa procedure."""
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None
    assert [c.entry_id for c in m.candidates] == ["coop-schengen"]


@pytest.mark.parametrize("message", [
    # when the country became independent: the documents give no date (they speak of
    # migration law "since independence")
    "When did Uzbekistan become independent?", "hi, when did uzbekistan gain independence? thanks",
    "Когда Узбекистан стал независимым?", "kogda Uzbekistan stal nezavisimym",
    "Здравствуйте! Подскажите, когда Узбекистан получил независимость? Спасибо",
    "O'zbekiston qachon mustaqil bo'lgan", "Oʻzbekiston qachon mustaqil boʻlgan",
    "Ozbekiston qachon mustaqil bolgan", "Ўзбекистон қачон мустақил бўлган",
    "Узбекистон качон мустакил булган",
    "Salom aka, O'zbekiston qachon mustaqillikka erishgan? Rahmat",
    # the name of the currency (the documents speak of its rate only)
    "What is the currency of Uzbekistan?", "Какая валюта в Узбекистане?",
    "kakaya valyuta v Uzbekistane", "O'zbekiston valyutasi nima", "Ўзбекистон валютаси нима",
    "Узбекистон валютаси нима",
    # the economy's figures besides remittances
    "Uzbekistan inflation rate", "инфляция в Узбекистане", "inflyatsiya qancha", "Инфляция канча",
    "What is the population of Uzbekistan?", "Какова численность населения Узбекистана?",
    "O'zbekiston aholisi qancha", "Ўзбекистон аҳолиси қанча", "Узбекистон ахолиси канча",
    # pensions
    "Does work in Korea count for my pension in Uzbekistan?", "пенсия мигрантам положена?",
    "pensiya migrantam polozhena", "migrantlarga pensiya beriladimi",
    "мигрантларга пенсия бериладими", "Салом ака, мигрантларга пенсия бериладими? Рахмат",
    # a work visa (no document gives a visa procedure)
    "How to get a work visa to Korea", "Как получить рабочую визу в Корею?",
    "kak poluchit rabochuyu vizu v Koreyu", "Koreyaga ishchi vizasini qanday olish mumkin",
    "Koreyaga ish vizasi qanday olinadi", "Кореяга ишчи визасини қандай олиш мумкин",
    "Корея иш визаси кандай олинади",
    # registration where a migrant stays
    "Как встать на миграционный учёт в Казахстане?",
    "kak vstat na migratsionnyy uchet v Kazakhstane", "How do I get registration in Kazakhstan?",
    "Qozog'istonda registratsiya qanday qilinadi", "Qozogʻistonda propiska qanday qilinadi",
    "Қозоғистонда регистрация қандай қилинади", "Казакистонда регистрация кандай килинади",
    "Ассалому алайкум, Қозоғистонда регистрация муддати қанча? Раҳмат",
    "Здравствуйте, я в Казахстане, как сделать регистрацию? Заранее спасибо",
    # tourism and banks
    "Is Uzbekistan safe for tourists?", "Узбекистан безопасен для туристов?",
    "O'zbekiston turistlar uchun xavfsizmi", "Ўзбекистон туристлар учун хавфсизми",
    "What is the best bank in Uzbekistan?", "Какой банк лучше для переводов?",
    "Qaysi bank orqali pul jo'natish yaxshi", "Кайси банк оркали пул жунатиш яхши",
])
def test_a_detail_no_document_gives_is_not_answered(matcher: Matcher, message: str) -> None:
    """tester6 finding 5: these got confident answers (independence -> remittance dependence,
    currency -> remit-currency, pension -> destinations, Korea visa -> the 2017 reforms)."""
    m = matcher.match(message)
    assert m.decision == "abstain", (m.decision, m.best and m.best.entry_id)


@pytest.mark.parametrize("message", [
    # review7core finding 3: a practical kind's word in a documented question (independence
    # dating the question, migration's effect on the population or on inflation, the diaspora's
    # size, registered migrants) abstained
    "O'zbekiston mustaqil bo'lgan yildan beri migratsiya qanday o'zgardi?",
    "How has migration changed after Uzbekistan became independent?",
    "Как изменилась миграция после того, как Узбекистан стал независимым?",
    "How does migration affect the population of Uzbekistan?",
    "Сколько людей живёт за границей из Узбекистана?",
    "how many people live abroad from uzbekistan",
    "Как денежные переводы влияют на инфляцию?",
    "Pul o'tkazmalari inflyatsiyaga qanday ta'sir qiladi?",
    "How many migrants are registered by the Agency?",
])
def test_a_practical_word_in_a_documented_question_does_not_abstain(
        matcher: Matcher, message: str) -> None:
    assert matcher.match(message).decision != "abstain"


@pytest.mark.parametrize(("message", "entry"), [
    # the same words where the documents do answer
    ("Oʻzbekistonda migratsiya huquqi mustaqillik yillaridan beri qanday rivojlangan",
     "law-right-to-migrate"),
    ("do remittances keep the som exchange rate and the national currency stable",
     "remit-currency"),
    ("как переводы мигрантов влияют на валютные резервы и курс сума", "remit-currency"),
    ("какой процент ВВП Узбекистана дают переводы мигрантов", "remit-2024-total"),
    ("Я пенсионер, читаю про политику. Что такое многовекторная политика Узбекистана?",
     "coop-multivector"),
])
def test_the_same_words_where_the_documents_answer_are_answered(
        matcher: Matcher, message: str, entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best.entry_id if m.best else None) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry"), [
    # who founded an organisation, who signed the Germany deal, how much a family gets a
    # month: the entry is about it, the documents do not give that detail
    ("When was the IOM founded?", "org-iom"), ("Who founded the UN?", "org-un"),
    ("Кто основал МОМ?", "org-iom"), ("kto osnoval MOM", "org-iom"),
    ("Xalqaro mehnat tashkilotiga kim asos solgan", "org-ilo"),
    ("Халқаро меҳнат ташкилотига ким асос солган", "org-ilo"),
    ("Germaniya bilan kelishuvni kim imzolagan", "coop-germany-2024"),
    ("Germaniya bilan kelishuvni kim imzolagan? Rahmat", "coop-germany-2024"),
    ("Германия билан келишувни ким имзолаган", "coop-germany-2024"),
    ("Who signed the agreement with Germany?", "coop-germany-2024"),
    ("Кто подписал соглашение с Германией?", "coop-germany-2024"),
    ("Migrant oilasiga oyiga qancha nafaqa beriladi", "abroad-family-support"),
    ("Мигрант оиласига ойига канча нафака берилади", "abroad-family-support"),
    ("Какое ежемесячное пособие получают семьи мигрантов?", "abroad-family-support"),
])
def test_a_detail_an_entry_leaves_out_is_its_near_miss(matcher: Matcher, message: str,
                                                      entry: str) -> None:
    m = matcher.match(message)
    assert m.decision == "clarify" and m.near_miss is not None, (m.decision, m.best)
    assert m.candidates[0].entry_id == entry
