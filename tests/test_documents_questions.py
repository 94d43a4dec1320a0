"""Questions about the documents themselves (tester5 findings 7 and 17): an author named
with what is asked of them (a typo in the name allowed), a document named by its title or
subject, the list of documents, the untitled article, and Uzbek names in Uzbek Cyrillic."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.plaintext import plain_text

ALL = ["mirkholdorov-ir", "mirkholdorov-relations", "juraqulova-harmonizing",
       "intl-cooperation-uz", "mamatqulov-legal"]
MIRKHOLDOROV = ["mirkholdorov-ir", "mirkholdorov-relations"]


@pytest.mark.parametrize(("message", "documents"), [
    # an author and what is asked of them
    ("Мирхолдоров кто по профессии", MIRKHOLDOROV),
    ("Mirholdorov kto po professii", MIRKHOLDOROV),
    ("Mirkholdorov maqolasi qachon chiqqan", MIRKHOLDOROV),
    ("Mirxoldorov maqolasi qachon chiqqan", MIRKHOLDOROV),
    ("Мирхолдоров мақоласи қачон чиққан", MIRKHOLDOROV),
    ("Мирхолдоров маколаси качон чиккан", MIRKHOLDOROV),
    ("Статья Мирхолдорова вышла в каком году", MIRKHOLDOROV),
    ("What is Mirkholdorov's profession", MIRKHOLDOROV),
    ("Mamatqulov qaysi universitetda ishlaydi", ["mamatqulov-legal"]),
    ("Маматкулов кайси университетда ишлайди", ["mamatqulov-legal"]),
    ("Маматқулов қайси университетда ишлайди", ["mamatqulov-legal"]),
    # the name inside what is asked, in every script, around a greeting (tester6 finding 6)
    ("Where does Mirkholdorov work?", MIRKHOLDOROV),
    ("Where does the author Mirkholdorov work?", MIRKHOLDOROV),
    ("Where does Mamatqulov work?", ["mamatqulov-legal"]),
    ("Где работает Мирхолдоров?", MIRKHOLDOROV),
    ("gde rabotaet Mirholdorov", MIRKHOLDOROV),
    ("Здравствуйте, подскажите, где работает Мирхолдоров? Спасибо", MIRKHOLDOROV),
    ("Mirxoldorov qayerda ishlaydi", MIRKHOLDOROV),
    ("Salom! Mirxo'ldorov qayerda ishlaydi? Rahmat", MIRKHOLDOROV),
    ("Мирхолдоров қаерда ишлайди", MIRKHOLDOROV),
    ("Мирхолдоров каерда ишлайди", MIRKHOLDOROV),
    ("Mirxoldorov qaysi jurnalda chop etgan", MIRKHOLDOROV),
    ("Mamatqulov maqolasining DOI si", ["mamatqulov-legal"]),
    # the ISSN sank the question (tester s11)
    ("which journal published Mirkholdorov ISSN", MIRKHOLDOROV),
    ("Мирхолдоров статья журнал ISSN", MIRKHOLDOROV),
    ("Mirxoldorov maqolasining ISSN raqami", MIRKHOLDOROV),
    # the Russian and English spellings of Joʻraqulova, and her full name as printed
    ("Кто такая Журакулова", ["juraqulova-harmonizing"]),
    ("Журакулова где работает", ["juraqulova-harmonizing"]),
    ("Джуракулова кто", ["juraqulova-harmonizing"]),
    ("Who is Juraqulova?", ["juraqulova-harmonizing"]),
    ("Where does Joraqulova work?", ["juraqulova-harmonizing"]),
    ("Jo'raqulova Hilola O'ktam qizi kim", ["juraqulova-harmonizing"]),
    ("Жўрақулова Ҳилола Ўктам қизи ким", ["juraqulova-harmonizing"]),
    # a typo in the name
    ("Жураулова кем работает", ["juraqulova-harmonizing"]),
    ("Joraulova kim", ["juraqulova-harmonizing"]),
    # a document by its title
    ('In which journal was "The importance of migration in international relations" '
     "published?", ["mirkholdorov-ir"]),
    ("В каком журнале опубликована статья «Значение миграции в международных отношениях»?",
     ["mirkholdorov-ir"]),
    ("Where was the article on harmonizing immigration policies published?",
     ["juraqulova-harmonizing"]),
    # the untitled article: its author is not named
    ("Who wrote the Uzbek article on international cooperation in migration?",
     ["intl-cooperation-uz"]),
    ("Xalqaro hamkorlik haqidagi maqola muallifi kim", ["intl-cooperation-uz"]),
    ("Халқаро ҳамкорлик ҳақидаги мақола муаллифи ким", ["intl-cooperation-uz"]),
    ("Кто автор статьи о международном сотрудничестве в сфере миграции?",
     ["intl-cooperation-uz"]),
    # the documents list
    ("What sources do you use?", ALL), ("на каких документах ты основан", ALL),
    ("qaysi maqolalar asosida javob berasan", ALL), ("hujjatlar ro'yxati", ALL),
    ("hujjatlar royxati", ALL), ("ҳужжатлар рўйхати", ALL), ("хужжатлар руйхати", ALL),
    ("What documents is this bot based on?", ALL), ("источники какие у тебя", ALL),
    ("Bu bot qaysi manbalarga tayanadi?", ALL), ("Бу бот қайси манбаларга таянади?", ALL),
    ("Qaysi yilda yozilgan bu maqolalar?", ALL),
])
def test_a_question_about_the_documents_gets_them(answerer: Answerer, message: str,
                                                  documents: list[str]) -> None:
    reply = answerer.ask(message)
    assert reply.kind == "sources", reply.kind
    assert [src.id for src in reply.documents] == documents


@pytest.mark.parametrize(("message", "entry"), [
    ("who wrote about remittances", "remit-definition"),
    ("Кто написал про денежные переводы?", "remit-definition"),
    ("kto napisal pro denejnye perevody", "remit-definition"),
    ("Pul o'tkazmalari haqida kim yozgan", "remit-definition"),
    ("Pul oʻtkazmalari haqida kim yozgan", "remit-definition"),
    ("Пул ўтказмалари ҳақида ким ёзган", "remit-definition"),
    ("Пул утказмалари хакида ким ёзган", "remit-definition"),
    ("Salom, pul o'tkazmalari haqida kim yozgan? Rahmat", "remit-definition"),
])
def test_who_wrote_about_a_subject_gets_its_answers_documents(
        answerer: Answerer, message: str, entry: str) -> None:
    """A subject of two words or more ("денежные переводы") made no question about the
    documents: another entry was answered. Now the subject's answer names its documents."""
    reply = answerer.ask(message)
    assert (reply.kind, reply.entry and reply.entry.id) == ("sources", entry)
    cited = {ref.doc for ref in answerer.kb.entries[entry].sources}
    assert {src.id for src in reply.documents} == cited


@pytest.mark.parametrize("message", [
    "What does Mirkholdorov say about remittances", "Mamatqulov qonun haqida nima deydi",
    "в каком году был принят указ УП-5785", "when was decree UP-4947 adopted",
])
def test_a_question_on_a_topic_is_not_about_the_documents(answerer: Answerer,
                                                          message: str) -> None:
    assert answerer.ask(message).kind != "sources"


@pytest.mark.parametrize(("lang", "says"), [
    ("en", "does not name its author"), ("ru", "не называет своего автора"),
    ("uz", "muallifning ismi koʻrsatilmagan"), ("uz-Cyrl", "муаллифнинг исми кўрсатилмаган"),
])
def test_the_untitled_article_names_no_author(answerer: Answerer, lang: str, says: str) -> None:
    reply = answerer.ask("who wrote the article on international cooperation", lang=lang)
    text = plain_text(reply, answerer.kb)
    assert says in text
    assert "Joʻraqulova" not in text and "Mirkholdorov" not in text


def test_uzbek_cyrillic_writes_the_authors_in_cyrillic(answerer: Answerer) -> None:
    text = plain_text(answerer.ask("Жўрақулова Ҳилола ким"), answerer.kb)
    assert "Жўрақулова Ҳилола Ўктам қизи" in text
    assert "Joʻraqulova" not in text
    listed = plain_text(answerer.ask("ҳужжатлар рўйхати"), answerer.kb)
    assert "Алишер Мирхолдоров" in listed and "А. Маматқулов" in listed


@pytest.mark.parametrize("message", [
    # where the bot's information comes from, a paper's DOI (tester s10 finding 12: abstained)
    "откуда ты берешь информацию", "Откуда у тебя информация?",
    "qaysi maqolalardan foydalanasan", "bu ma'lumotlar qaysi manbadan",
    "бу маълумотлар қайси манбадан", "where do you get your information",
    "is there a DOI for the law article", "what volume and issue is Jo'raqulova's article",
    "what is the ISSN of JournalNX", "ISSN",
])
def test_where_the_information_comes_from_is_about_the_documents(
        answerer: Answerer, message: str) -> None:
    assert answerer.ask(message).kind == "sources"
