"""A real user's afternoon (tester21, issue 7): what migrants and students typed that the bot
got wrong, by class, in every script.

- A count asked of an entry whose only numbers are an act's or an article's own number or a
  date's day ("how many compatriot societies are there": its answer says "Article 23"; "how
  much help does a migrant's family get": its answer cites UP-5785 of 20 August 2019) was
  answered as if those numbers counted something. They are labels: a near miss now. An act's
  number asked ("farmon raqami nechi") is no count, and stays answered.
- The Uzbek "sanada" (on the date) folded like English "Canada": "UP-4947 qaysi sanada qabul
  qilingan" was a near miss asking about Canada.
- Details of the cited books that no document gives (translator, pages, where to buy or
  download) were answered with the list of books.
"""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import fold
from tests.verdicts import assert_answered, assert_near_miss


# A count of what an entry never counts: its "Article 23", "UP-5785" or "20 August" is no
# figure.
@pytest.mark.parametrize(("message", "entry"), [
    ("How many compatriot societies are there?", "diaspora-compatriot-societies"),
    ("How many diaspora organisations do Uzbeks have?", "diaspora-compatriot-societies"),
    ("Сколько обществ соотечественников существует?", "diaspora-compatriot-societies"),
    ("Nechta vatandoshlar jamiyati bor?", "diaspora-compatriot-societies"),
    ("Нечта ватандошлар жамияти бор", "diaspora-compatriot-societies"),
    ("How much help does a migrant's family get from the state?", "abroad-family-support"),
    ("Сколько помощи получают семьи мигрантов от государства", "abroad-family-support"),
    ("Migrant oilalariga qancha yordam beriladi", "abroad-family-support"),
    ("нечта мигрант оиласига ёрдам берилди", "abroad-family-support"),
    ("How many decrees regulate migration?", "law-regulation"),
    ("сколько указов о миграции принято", "law-regulation"),
    ("nechta farmon qabul qilingan migratsiya haqida", "law-regulation"),
    ("Сколько граждан защищает статья 23", "law-article-23"),
    ("23-modda nechta fuqaroni himoya qilgan", "law-article-23"),
    ("Xorijdagi fuqarolarni himoya qilish uchun nechta konsullik ochilgan",
     "abroad-state-support"),
])
def test_a_count_of_an_entry_with_only_labels_is_a_near_miss(matcher: Matcher, message: str,
                                                             entry: str) -> None:
    assert_near_miss(matcher, message, entry)


# What the entries do count stays answered; so does an act's number asked ("which number").
@pytest.mark.parametrize(("message", "entry"), [
    ("How many citizens will be trained under the strategy?", "strategy-training"),
    ("Стратегия бўйича нечта фуқаро ўқитилади", "strategy-training"),
    ("nechta fuqaro xorijga yuboriladi strategiya bo'yicha", "strategy-organised-migration"),
    ("сколько денег отправили мигранты в 2024", "remit-2024-total"),
    ("Migrantlar himoyasi haqidagi farmon necha raqamli", "decree-up-5785"),
    ("Хориждаги фуқаролар ҳимояси ҳақидаги фармон рақами нечи", "decree-up-5785"),
    ("хорижда вақтинча ишлаётганлар ва оиласи ҳимоя кафолатлари ҳақидаги фармон рақами нечи",
     "decree-up-5785"),
    ("What is the number of the decree on guarantees for citizens working abroad?",
     "decree-up-5785"),
    ("Какой номер у указа о гарантиях защиты граждан, работающих за рубежом?",
     "decree-up-5785"),
])
def test_what_an_entry_counts_or_numbers_is_answered(matcher: Matcher, message: str,
                                                     entry: str) -> None:
    assert_answered(matcher, message, entry)


# "On which date" in Uzbek is no Canada: the date of an act is answered in every script.
@pytest.mark.parametrize(("message", "entry"), [
    ("UP-4947 farmoni qaysi sanada qabul qilingan", "decree-up-4947"),
    ("PQ-4829 qaysi sanada qabul qilingan", "decree-pp-4829"),
    ("ПФ-5785 фармони кайси санада кабул килинган", "decree-up-5785"),
    ("ПҚ-4829 қарори қайси санада қабул қилинган?", "decree-pp-4829"),
    ("Какого числа принят указ УП-5785?", "decree-up-5785"),
    ("On what date was decree UP-4947 signed?", "decree-up-4947"),
])
def test_the_date_of_an_act_asked_in_uzbek_is_answered(matcher: Matcher, message: str,
                                                       entry: str) -> None:
    assert_answered(matcher, message, entry)


def test_canada_folds_as_its_uzbek_and_russian_names_not_as_a_date() -> None:
    assert fold("Canada") == fold("Kanada") == fold("Канада")
    assert fold("Canada") != fold("sanada")


# Canada is still Canada, in every script; a day the documents do not give stays a near miss.
@pytest.mark.parametrize(("message", "entry"), [
    ("why do canada and australia let migrants in", "coop-developed-countries"),
    ("Канаданинг тажрибаси", "coop-developed-countries"),
    ("Kanadaga ketgan migrantlar", "coop-developed-countries"),
])
def test_canada_is_still_named(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)


@pytest.mark.parametrize(("message", "entry"), [
    ("Kanada migrantlari", "coop-developed-countries"),
    ("Germaniya bilan kelishuv qaysi sanada imzolangan", "coop-germany-2024"),
])
def test_canadas_migrants_and_a_day_not_given_are_near_misses(matcher: Matcher, message: str,
                                                              entry: str) -> None:
    assert_near_miss(matcher, message, entry)


# A cited book's translator, pages or where to buy it: no document gives them.
@pytest.mark.parametrize("message", [
    "Who translated Bauman's book into Russian?",
    "What is the ISBN of The Age of Migration?",
    "where can i download Theories of International Migration pdf",
    "где скачать книгу Бауман Текучая современность",
    "The Age of Migration kitobini qayerdan sotib olsam bo'ladi",
    "Castles va Miller kitobi necha betdan iborat",
    "Bauman kitobini kim tarjima qilgan",
    "Бауман китобини ким таржима килган",
    "Кастлс ва Миллер китобини каердан юклаб олиш мумкин",
])
def test_a_book_detail_no_document_gives_is_a_near_miss(matcher: Matcher, message: str) -> None:
    assert_near_miss(matcher, message, "concept-literature")


@pytest.mark.parametrize("message", [
    "Who are the authors of The Age of Migration?",
    "какие книги по миграции цитируются в статьях",
    "Migratsiya bo'yicha qaysi kitoblar tilga olingan",
    "Мақолаларда қайси китоблар келтирилган",
])
def test_the_books_themselves_are_answered(matcher: Matcher, message: str) -> None:
    assert_answered(matcher, message, "concept-literature")


# The books' not_covered phrases read no everyday word: «страниц» once read «стране» (a
# question on the Constitution went to the problems abroad), "necha bet" read "best".
def test_the_book_details_read_no_everyday_word(matcher: Matcher) -> None:
    assert_answered(matcher, "mozhno li uzbeka vydat drugoy strane? chto govorit konstitutsiya",
              "law-article-23")
    assert matcher.match("whats the best sim card for calling uzbekistan from russia"
                         ).decision == "abstain"


# A web link's letters tell no language: a short message beside one is read in its own
# language ("https://migration.uz/ru/..." made a Russian question English); a link alone is
# guessed as before.
@pytest.mark.parametrize(("message", "lang"), [
    ("https://migration.uz/ru/news/123 это официальный сайт?", "ru"),
    ("https://kun.uz/ru/news/2024/05/01/migrant это правда?", "ru"),
    ("https://migration.uz/ru/news/123 bu sayt rasmiymi?", "uz"),
    ("https://kun.uz/news/2024/05/01/migrant bu rostmi?", "uz"),
    ("https://t.me/migrant_uz бу канал расмийми", "uz-Cyrl"),
    ("https://kun.uz/news/2024/05/01/migrant бу ростми?", "uz-Cyrl"),
    ("https://kun.uz/ru/news/2024/05/01/migrant is this true?", "en"),
    ("https://migration.uz/news/12345", "en"),
])
def test_a_link_tells_no_language(matcher: Matcher, message: str, lang: str) -> None:
    assert matcher.match(message).lang == lang


@pytest.mark.parametrize(("message", "entry", "lang"), [
    ("https://www.gazeta.uz/ru/2024/05/01/remittances/ мигрантлар канча пул юборган 2024 йилда",
     "remit-2024-total", "uz-Cyrl"),
    ("https://t.me/migrant_help_uz тут пишут что государство помогает семьям мигрантов, "
     "это правда?", "abroad-family-support", "ru"),
    ("https://kun.uz/news/2024/05/01/migrant pul o'tkazmalari nimaga sarflanadi?", "remit-uses",
     "uz"),
    ("https://www.bbc.com/news/world-asia-123 what are the causes of migration", "concept-causes",
     "en"),
])
def test_a_question_beside_a_link_is_answered_in_its_language(matcher: Matcher, message: str,
                                                              entry: str, lang: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id, m.lang) == ("answer", entry, lang)


# A passport or documents kept, said with other verbs, is danger in every script.
@pytest.mark.parametrize("message", [
    "my boss won't hand over my passport",
    "employer refuses to hand over my passport",
    "they refuse to give back my documents",
    "he says he will keep my passport until I pay",
    "начальник отказывается отдать паспорт",
    "работодатель не хочет возвращать паспорт",
    "бригадир не возвращает документы",
    "ish beruvchi hujjatlarimni berishni xohlamayapti",
    "xoʻjayin pasportimni berishni xohlamayapti",
    "иш берувчи хужжатларимни беришни хохламаяпти",
    "хўжайин паспортимни беришни хоҳламаяпти",
])
def test_a_kept_passport_in_other_verbs_is_urgent(matcher: Matcher, message: str) -> None:
    assert matcher.match(message).urgent


# Everyday words that met a neighbour entry, confidently: handing a citizen over (Article
# 23), an office that sends people abroad (the Agency).
@pytest.mark.parametrize(("message", "entry"), [
    ("can Uzbekistan hand me over to Russia", "law-article-23"),
    ("can the government hand me over to another state", "law-article-23"),
    ("какая контора занимается отправкой людей на работу за границу", "org-agency"),
])
def test_everyday_words_meet_their_entry(matcher: Matcher, message: str, entry: str) -> None:
    assert_answered(matcher, message, entry)
