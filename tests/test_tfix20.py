"""tester19's findings taken up by tfix20 (twentieth session): each message gets the reply
a careful reader would give, in four scripts."""

from __future__ import annotations

import pytest

from bot.answers import Answerer


@pytest.mark.parametrize("message", [
    # A foreign country named as the home the money is sent to: that country's figure,
    # which the documents lack (was Uzbekistan's 14.8 bn answered, confidently).
    "how much money did migrants send home to Kazakhstan in 2024",
    "how much money do workers abroad send home to Kyrgyzstan",
    "сколько денег мигранты отправили домой в Казахстан в 2024 году",
    "skolko deneg migranty otpravili domoy v Kazahstan v 2024",
    "2024-yilda migrantlar uyga Qozog'istonga qancha pul yuborgan",
    "2024 йилда мигрантлар уйга Қозоғистонга қанча пул юборган",
    # ... or as the ones who send, named bare («киргизы» folds as «Киргизии»)
    "skolko kirgizy pereveli domoi v 2024",
])
def test_a_foreign_home_named_is_a_near_miss(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "clarify" and reply.match.near_miss is not None
    assert [e.id for e in reply.choices][:1] == ["remit-2024-total"]


@pytest.mark.parametrize("message", [
    # "home" is Uzbekistan; where the writer or the migrants are stays no home
    "how much money did migrants send home in 2024",
    "My brother works in Kazakhstan. How much did migrants send home in 2024?",
    "сколько денег мигранты из России отправили домой в 2024 году",
    "2024-yilda migrantlar uyga qancha pul yuborgan",
    "2024 йилда мигрантлар уйга қанча пул юборган",
])
def test_home_alone_is_uzbekistan(answerer: Answerer, message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", "remit-2024-total")


@pytest.mark.parametrize(("message", "entry"), [
    # "them" points back to the family told of before (was the state's support abroad)
    ("I work in Korea, my wife and kids are at home. Does the government help them?",
     "abroad-family-support"),
    ("Я работаю в Корее, жена и дети дома. Государство им помогает?", "abroad-family-support"),
    ("Men Koreyada ishlayman, xotinim va bolalarim uyda. Davlat ularga yordam beradimi?",
     "abroad-family-support"),
    ("Мен Кореяда ишлайман, хотиним ва болаларим уйда. Давлат уларга ёрдам берадими?",
     "abroad-family-support"),
    # bare "migration causes" (the negative effects' "what problems does migration cause")
    ("migration causes", "concept-causes"),
    ("миграция причины", "concept-causes"),
    ("migratsiya sabablari", "concept-causes"),
    ("миграция сабаблари", "concept-causes"),
    ("what problems does migration cause", "concept-negative-effects"),
    # improving cooperation, in Russian too (was the multi-vector policy or why cooperate)
    ("как улучшить сотрудничество Узбекистана по миграции", "coop-proposals-uz"),
    ("как Узбекистану усилить международное сотрудничество по миграции", "coop-proposals-uz"),
    ("how can uzbekistan improve its migration cooperation", "coop-proposals-uz"),
    ("O'zbekiston migratsiya bo'yicha hamkorlikni qanday yaxshilashi mumkin",
     "coop-proposals-uz"),
    ("Ўзбекистон миграция бўйича ҳамкорликни қандай кучайтириши мумкин", "coop-proposals-uz"),
    # the total sent home, asked without a year (was a "did you mean" of the uses first)
    ("сколько денег мигранты отправляют домой", "remit-2024-total"),
    ("skolko deneg migranty otpravlyayut domoy", "remit-2024-total"),
    # "us" with the children at home: the family support
    ("my husband works in Russia and we stay home with the children, does the state help us?",
     "abroad-family-support"),
    ("labour migration causes", "concept-causes"),
])
def test_the_tester_s_message_gets_its_entry(answerer: Answerer, message: str,
                                             entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize(("message", "entry"), [
    # what the author says, proposes or thinks is the documents' content ...
    ("what does the author propose to improve cooperation", "coop-proposals-uz"),
    ("что автор предлагает для улучшения сотрудничества", "coop-proposals-uz"),
    ("muallif hamkorlikni yaxshilash uchun nima taklif qiladi", "coop-proposals-uz"),
    ("муаллиф ҳамкорликни яхшилаш учун нима таклиф қилади", "coop-proposals-uz"),
    ("what does the author say about remittances", "remit-definition"),
])
def test_what_the_author_says_is_answered(answerer: Answerer, message: str,
                                          entry: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", entry)


@pytest.mark.parametrize("message", [
    # ... who the author is, or where they work, still asks of the documents
    "who is the author",
    "where does the author work",
    "кто автор статьи о сотрудничестве",
    "muallifi kim",
    "муаллифи ким",
])
def test_who_the_author_is_asks_the_documents(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "sources"


@pytest.mark.parametrize("message", [
    # no documents, told either way round, in every script
    "Я в России, документов нет, что делать",
    "ya v rossii, dokumentov net, chto delat",
    "I am in Russia, no documents, what to do",
    "Men Rossiyadaman, hujjatim yo'q, nima qilay",
    "Мен Россиядаман, ҳужжатим йўқ, нима қилай",
])
def test_no_documents_is_urgent_in_every_script(answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "urgent"


@pytest.mark.parametrize(("message", "given", "not_given"), [
    # an act asked with another year: the act's own year is what the documents give, not
    # every year its entry names (UP-4947's Action Strategy runs to 2021, PP-4829's entry
    # names the Development Strategy's 2022-2026)
    ("UP-4947 of 2018", "2017", "2021"),
    ("Указ УП-4947 2018 года", "2017", "2021"),
    ("PF-4947 2018-yil", "2017", "2021"),
    ("ПФ-4947 2018 йил", "2017", "2021"),
    ("PP-4829 of 2019", "2020", "2026"),
    # a year before "percent" is the year, no figure of 2024 percent
    ("remittances 2023 percent of gdp", "2024", " 15"),
])
def test_a_near_miss_names_what_the_entry_gives(answerer: Answerer, message: str, given: str,
                                                not_given: str) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "clarify" and reply.match.near_miss is not None
    assert given in (reply.note or "") and not_given not in (reply.note or "")


def test_a_year_before_percent_is_a_year(answerer: Answerer) -> None:
    reply = answerer.ask("remittances 2024 percent of gdp")
    assert (reply.kind, reply.entry and reply.entry.id) == ("answer", "remit-2024-total")
