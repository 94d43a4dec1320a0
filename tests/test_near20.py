"""Details of acts, deals, reports, the Strategy and the Constitution that no document gives
(near20, issue 7): caught by what they are, not one phrase at a time. A count of a thing the
entry's text never counts ("how many articles", «сколько глав», 'nechta modda'), a numbered part
of the entry's own act ("section 4 of PP-4829"), who carries an act out, whose signature it
bears, whether it was amended, a pension, a penalty, an age limit or a budget: each is a near
miss of the entry it is asked of, in every script; what the entry does give stays answered."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.text import fold
from tests.verdicts import assert_near_miss


# A "how many" of a thing no document counts: the parts of an act or a report, goals,
# countries, times. The entry's own figures (the decree's number, "Article 23", goal 86, a
# date's day) count none of them.
@pytest.mark.parametrize(("message", "entry"), [
    ("how many articles are there in decree UP-5785", "decree-up-5785"),
    ("how many chapters does the Constitution of Uzbekistan have", "law-article-23"),
    ("how many goals does the development strategy of new uzbekistan have", "strategy-goal-86"),
    ("how many times has the constitution been amended", "law-article-23"),
    ("сколько статей в указе УП-4947", "decree-up-4947"),  # «от 7 февраля ... В статье»
    ("сколько глав в Конституции Узбекистана", "law-article-23"),
    ("сколько целей в Стратегии развития Нового Узбекистана", "strategy-goal-86"),
    ("PF-5785 farmoni nechta moddadan iborat", "decree-up-5785"),
    ("Konstitutsiyada nechta modda bor", "law-article-23"),
    ("Yangi Oʻzbekiston taraqqiyot strategiyasida nechta maqsad bor", "strategy-goal-86"),
    ("ПФ-5785 фармонида нечта модда бор", "decree-up-5785"),
    ("Конституция нечта бобдан иборат", "law-article-23"),
    ("Янги Узбекистон тараккиёт стратегиясида нечта максад бор", "strategy-goal-86"),
])
def test_a_count_no_document_gives_is_a_near_miss(matcher: Matcher, message: str,
                                                  entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


# What a text's figures count: a number beside a label word is a label, one before a month
# a date's day; neither counts anything. A figure before a word of a kind counts it.
@pytest.mark.parametrize(("text", "counted"), [
    ("Article 23 of Chapter VI of the Constitution", set()),
    ("Goal 86 of the Development Strategy", set()),
    ("Konstitutsiyaning 23-moddasi", set()),
    ("86-maqsad strategiyaning", set()),
    ("Указ датирован 7 февраля 2017 года. В статье о миграционном праве", set()),
    ("sending 400,000 citizens abroad", {"people"}),
    ("at least 300 thousand people", {"people"}),
    ("adopted by 152 countries", {"countries"}),
    ("принят 152 государствами из 193 стран", {"countries"}),
    ("the constitution was amended 3 times", {"times"}),
    ("в конституцию поправки вносили 3 раза", {"times"}),
])
def test_what_figures_count(matcher: Matcher, text: str, counted: set[str]) -> None:
    assert matcher.reader.counted_in(fold(text).split()) == counted


# A numbered part of the entry's own act: a detail no document gives. An article's own number
# is the entry's, and answered.
@pytest.mark.parametrize(("message", "entry"), [
    ("what does section 4 of resolution PP-4829 say", "decree-pp-4829"),
    ("what does point 3 of decree UP-4947 say", "decree-up-4947"),
    ("PQ-4829 qarorining 5-bobida nima deyilgan", "decree-pp-4829"),
    ("ПҚ-4829 қарорининг 2-бўлими нима ҳақида", "decree-pp-4829"),
])
def test_a_part_of_an_act_is_a_near_miss(matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


# Who carries an act out, whose signature it bears, whether it was revised; a pension, a
# benefit, a penalty, an age limit, a budget: no document gives any.
@pytest.mark.parametrize(("message", "entry"), [
    ("which government body must implement decree UP-4947", "decree-up-4947"),
    ("какое ведомство исполняет указ УП-5785", "decree-up-5785"),
    ("PF-4947 farmonini qaysi idora amalga oshiradi", "decree-up-4947"),
    ("ПФ-5785 фармонини қайси идора бажаради", "decree-up-5785"),
    ("whose signature is on decree UP-5785", "decree-up-5785"),
    ("кто поставил подпись под соглашением с Германией", "coop-germany-2024"),
    ("Германия билан келишувга ким имзо чеккан", "coop-germany-2024"),
    ("was resolution PP-4829 revised after 2020", "decree-pp-4829"),
    ("какие льготы дает указ УП-5785 семьям мигрантов", "decree-up-5785"),
    ("what penalties does resolution PP-4829 set for illegal recruiters", "decree-pp-4829"),
    ("какие штрафы предусматривает постановление ПП-4829", "decree-pp-4829"),
    ("PQ-4829 qarori qanday jarimalar belgilaydi", "decree-pp-4829"),
    ("ПК-4829 карорида кандай жарималар бор", "decree-pp-4829"),
    ("what is the age limit for the germany migration deal", "coop-germany-2024"),
    ("yangi kelishuv boʻyicha Germaniyaga necha yoshgacha olishadi", "coop-germany-2024"),
    ("what budget is set aside for the I am an investor in my future project",
     "strategy-investor-project"),
    ("how long is the work contract under the agreement with germany", "coop-germany-2024"),
])
def test_a_detail_of_an_act_no_document_gives_is_a_near_miss(matcher: Matcher, message: str,
                                                             entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


# What the entries do give, asked in the same words: answered.
@pytest.mark.parametrize(("message", "entry"), [
    ("what does article 23 of the constitution say", "law-article-23"),
    ("when was decree UP-5785 signed", "decree-up-5785"),
    ("how many citizens will be trained in professions before leaving under the strategy",
     "strategy-training"),
    ("what share of GDP were remittances in 2024", "remit-2024-total"),
    ("in which year did uzbekistan sign the migration agreement with germany",
     "coop-germany-2024"),
    ("какого числа подписан указ УП-5785", "decree-up-5785"),
    ("сколько граждан обучат профессиям и языкам до выезда", "strategy-training"),
    ("сколько процентов ВВП составили переводы в 2024 году", "remit-2024-total"),
    ("PQ-4829 qarori qanday nomlanadi", "decree-pp-4829"),
    ("pul oʻtkazmalari YaIMning necha foizini tashkil qiladi", "remit-2024-total"),
    ("Стратегия бўйича неча минг фуқаро чет элга уюшган тарзда юборилади",
     "strategy-organised-migration"),
    ("стратегияда нечта фукарони касбга укитиш режалаштирилган", "strategy-training"),
    ("Конституциянинг 23-моддаси нима дейди", "law-article-23"),
])
def test_what_the_entry_gives_stays_answered(matcher: Matcher, message: str,
                                             entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", entry)


# A figure per month, asked beside a "how much": no document gives one. Told of the writer
# ("my brother sends money every month") or beside a year named, it asks nothing of the kind.
@pytest.mark.parametrize(("message", "entry"), [
    ("how much do migrants send home per month", "remit-2024-total"),
    ("сколько мигранты переводят в месяц", "remit-2024-total"),
    ("oyiga qancha pul joʻnatishadi migrantlar", "remit-2024-total"),
    ("Ойига қанча пул жўнатишади мигрантлар", "remit-2024-total"),
])
def test_a_monthly_figure_is_a_near_miss(matcher: Matcher, message: str, entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


@pytest.mark.parametrize(("message", "entry"), [
    ("my brother sends money every month, how much did migrants send home in 2024",
     "remit-2024-total"),
    ("akam har oy pul yuboradi, 2024 yilda migrantlar jami qancha pul joʻnatgan",
     "remit-2024-total"),
])
def test_a_month_told_of_the_writer_asks_nothing(matcher: Matcher, message: str,
                                                 entry: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", entry)


# A size asked of an entry with no figure, and the language a deal requires.
@pytest.mark.parametrize(("message", "entry"), [
    ("в каком размере выплачивают страховку мигрантам", "strategy-insurance-support"),
    ("germaniya kelishuvi boʻyicha qanday til talab qilinadi", "coop-germany-2024"),
    ("германия келишуви бўйича қандай тил талаб қилинади", "coop-germany-2024"),
])
def test_a_size_or_a_language_asked_is_a_near_miss(matcher: Matcher, message: str,
                                                   entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


# Who pays, who issues, and a share of people asked: no document gives any. A share of GDP
# is given, and answered.
@pytest.mark.parametrize(("message", "entry"), [
    ("who pays for the flight under the germany deal", "coop-germany-2024"),
    ("what certificate do trainees get and who issues it", "strategy-training"),
    ("какой процент мигрантов женщины", "remit-2024-total"),
])
def test_a_payer_an_issuer_or_a_share_of_people_is_a_near_miss(matcher: Matcher, message: str,
                                                               entry: str) -> None:
    assert_near_miss(matcher, message, entry, detail=True)


@pytest.mark.parametrize("message", [
    "what percentage of gdp do remittances make up",
    "какая доля ВВП приходится на переводы",
    "pul oʻtkazmalari YaIMning necha foizini tashkil qiladi",
    "2024 йилда пул утказмалари ЯИМнинг неча фоизи",
])
def test_a_share_of_gdp_stays_answered(matcher: Matcher, message: str) -> None:
    m = matcher.match(message)
    assert (m.decision, m.best and m.best.entry_id) == ("answer", "remit-2024-total")
