"""Near misses answered as if they were asked, and right facts refused (near15, issue 7
item 4): the documents' own figure said in words with its decimals ("fourteen point eight
billion") is answered, another figure so said is a near miss."""

from __future__ import annotations

import pytest

from bot.answers import Answerer
from bot.text import fold, spell


@pytest.mark.parametrize(("text", "folded"), [
    ("fourteen point eight billion", "14 8 bilion"),
    ("two point five million", "2 5 milion"),
    ("четырнадцать целых восемь десятых миллиарда", "14 8 miliarda"),
    ("chetyrnadcat celyh vosem desyatyh milliarda", "14 8 miliarda"),  # Russian in Latin
    ("oʻn toʻrt butun oʻndan sakkiz milliard", "14 8 miliard"),
    ("o'n to'rt butun sakkiz milliard", "14 8 miliard"),
    ("ўн тўрт бутун саккиз миллиард", "14 8 miliard"),
    ("on tort butun sakkiz milliard", "14 8 miliard"),  # Russian keyboard, no apostrophes
    ("the point of it", "the point of it"),
    ("fourteen point", "14 point"),  # no decimal follows
    ("point three of the decree", "point thre of the desre"),
])
def test_decimals_said_in_words_fold_as_their_digits(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(spell(text).split()) == len(fold(text).split())


@pytest.mark.parametrize("message", [
    "fourteen point eight billion, is that right",
    "fourteen point eight billion dollars in 2024, is that right",
    "remittances were fourteen point eight billion dollars in 2024?",
    "четырнадцать целых восемь десятых миллиарда долларов в 2024 году, верно?",
    "pul oʻtkazmalari oʻn toʻrt butun oʻndan sakkiz milliard dollar boʻlganmi",
    "pul o'tkazmalari o'n to'rt butun sakkiz milliard dollar bo'lganmi",
    "pul o'tkazmalari o'n to'rt butun sakkiz milliard dollar bo'lganmi".replace("o'", "ö"),
    "пул ўтказмалари ўн тўрт бутун саккиз миллиард доллар бўлганми",
    "14.8 billion, is that right",
])
def test_the_documents_figure_said_with_its_decimals_is_answered(answerer: Answerer,
                                                                 message: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == "remit-2024-total"


@pytest.mark.parametrize("message", [
    "remittances were fourteen point five billion dollars in 2024?",
    "четырнадцать целых пять десятых миллиарда долларов в 2024 году, верно?",
    "pul oʻtkazmalari oʻn toʻrt butun besh milliard dollar boʻlganmi",
    "пул ўтказмалари ўн тўрт бутун беш миллиард доллар бўлганми",
    "14.5 billion, is that right",
])
def test_another_figure_said_with_its_decimals_is_a_near_miss(answerer: Answerer,
                                                              message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == "clarify" and found.near_miss is not None
    assert "14.5" in found.near_miss.asked
    assert "remit-2024-total" in {c.entry_id for c in found.candidates}


# A detail the entry does not give, asked of its own subject: a month or a day of an entry
# that gives a year only, a sum of money of an entry whose figures count people, a law's
# number, an act's appendix or drafters, the professions of a deal, the UN's other compact.
@pytest.mark.parametrize(("message", "entry"), [
    ("in which month was the agreement with Germany signed", "coop-germany-2024"),
    ("в каком месяце подписали соглашение с Германией", "coop-germany-2024"),
    ("v kakom mesyace podpisali soglashenie s Germaniei", "coop-germany-2024"),
    ("Germaniya bilan kelishuv qaysi oyda imzolangan", "coop-germany-2024"),
    ("Germaniya bilan kelişuv qaysi oyda imzolangan", "coop-germany-2024"),  # new alphabet
    ("Германия билан келишув қайси ойда имзоланган", "coop-germany-2024"),
    ("Германия билан келишув кайси ойда имзоланган", "coop-germany-2024"),  # ru keyboard
    ("how much money was allocated to train 300 thousand people", "strategy-training"),
    ("сколько денег выделено на обучение 300 тысяч человек", "strategy-training"),
    ("skolko deneg vydelili na obuchenie 300 tysyach chelovek", "strategy-training"),
    ("300 ming kishini oʻqitishga qancha pul ajratilgan", "strategy-training"),
    ("300 ming kishini o'qitishga qancha pul ajratilgan", "strategy-training"),
    ("300 минг кишини ўқитишга қанча пул ажратилган", "strategy-training"),
    ("300 минг кишини укитишга канча пул ажратилган", "strategy-training"),
    ("global compact on refugees what is it", "org-global-compact"),
    ("что такое глобальный договор о беженцах", "org-global-compact"),
    ("when did uzbekistan join the global compact", "org-global-compact"),
    ("когда Узбекистан присоединился к глобальному договору о миграции",
     "org-global-compact"),
    ("Germaniya kelishuvi boʻyicha qaysi kasbdagilarni olishadi", "coop-germany-2024"),
    ("германия битими бўйича қайси касбдагиларни олишади", "coop-germany-2024"),
    ("what does appendix 3 of resolution PP-4829 say", "decree-pp-4829"),
    ("что в приложении 3 к постановлению ПП-4829", "decree-pp-4829"),
    ("PQ-4829 qarorining 3-ilovasi nima haqida", "decree-pp-4829"),
    ("who prepared decree UP-5785", "decree-up-5785"),
    ("кто подготовил указ УП-5785", "decree-up-5785"),
    ("PF-5785 farmonini kim tayyorlagan", "decree-up-5785"),
    ("who drafted decree UP-5785", "decree-up-5785"),
])
def test_a_detail_the_entry_does_not_give_is_a_near_miss(answerer: Answerer, message: str,
                                                         entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.candidates[0].entry_id == entry
    assert found.near_miss.detail


@pytest.mark.parametrize("message", [
    "what is the number of the law on labour migration",
    "номер закона о трудовой миграции",
    "mehnat migratsiyasi toʻgʻrisidagi qonun raqami qanday",
    "меҳнат миграцияси тўғрисидаги қонун рақами қандай",
])
def test_a_laws_number_is_given_by_no_entry(answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert found.decision != "answer"
    assert found.near_miss is not None and found.near_miss.detail


@pytest.mark.parametrize(("message", "entry"), [
    ("in which month was decree UP-5785 signed", "decree-up-5785"),  # 20 August 2019
    ("какого числа подписан указ УП-5785", "decree-up-5785"),
    ("PF-5785 farmoni qaysi oyda imzolangan", "decree-up-5785"),
    ("how much money did migrants send home in 2024", "remit-2024-total"),
    ("сколько денег мигранты перевели в 2024 году", "remit-2024-total"),
    ("2024 yilda migrantlar qancha pul yubordi", "remit-2024-total"),
    ("2024 йилда мигрантлар қанча пул юборди", "remit-2024-total"),
    # "how much did *migrants* send" asks a sum, not a count of migrants
    ("I work in Korea. How much did migrants send to Uzbekistan in 2024?", "remit-2024-total"),
    ("what is the global compact for migration", "org-global-compact"),
    ("who prepared the 2023 ILO review", "org-ilo"),  # the ILO, its entry says
])
def test_a_detail_the_entry_gives_is_answered(answerer: Answerer, message: str,
                                              entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == entry


# Times no figure of the documents is of: progress so far, this year's, a sum over the last
# years; a year asked of the money sent home (the remittance figure's, not a plan's whose
# period starts then); one country's part of the figure ("in Russia alone").
@pytest.mark.parametrize(("message", "entry"), [
    ("how many people have already been trained under the 300 thousand plan",
     "strategy-training"),
    ("сколько человек уже обучили по плану 300 тысяч", "strategy-training"),
    ("skolko chelovek uzhe obuchili po strategii", "strategy-training"),
    ("сколько человек уже обучили по стратегии", "strategy-training"),
    ("how much did migrants send home this year", "remit-2024-total"),
    ("в этом году сколько перевели мигранты", "remit-2024-total"),
    ("bu yil migrantlar qancha pul oʻtkazdi", "remit-2024-total"),
    ("bu yil migrantlar qancha pul o'tkazdi".replace("o'", "ö"), "remit-2024-total"),
    ("бу йил мигрантлар қанча пул ўтказди", "remit-2024-total"),
    ("remittances this year", "remit-2024-total"),
    ("over the last 5 years how much did migrants send home", "remit-2024-total"),
    ("сколько перевели мигранты за последние 5 лет", "remit-2024-total"),
    ("oxirgi 5 yilda migrantlar qancha pul yuborgan", "remit-2024-total"),
    ("how much did workers abroad send home in 2022", "remit-2024-total"),
    ("how much did workers abroad send home in twenty twenty-two", "remit-2024-total"),
    ("сколько денег мигранты отправили домой в 2022 году", "remit-2024-total"),
    ("2022 yilda chet eldagi ishchilar uyga qancha pul yuborgan", "remit-2024-total"),
    ("how much did uzbeks in russia alone send home in 2024", "remit-2024-total"),
    ("сколько денег пришло только из России в 2024 году", "remit-2024-total"),
    ("faqat Rossiyadan qancha pul keldi 2024 yilda", "remit-2024-total"),
    ("фақат Россиядан қанча пул келди 2024 йилда", "remit-2024-total"),
])
def test_a_time_or_part_no_figure_is_of_is_a_near_miss(answerer: Answerer, message: str,
                                                       entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.candidates[0].entry_id == entry


# The training asked of in Uzbek is still offered behind goal 86 and organised migration
# (review s15 finding 10: near16 made the Russian forms offer the training, «обучили»; the
# Uzbek 'oʻqitildi' in the training concept does not lift it yet). Strict: it must fail.
@pytest.mark.xfail(strict=True, reason="Uzbek 'so far' of the training offers goal 86 first")
@pytest.mark.parametrize("message", [
    "strategiya boʻyicha hozirgacha qancha odam oʻqitildi",
    "стратегия бўйича ҳозиргача қанча одам ўқитилди",
    "стратегия буйича хозиргача канча одам укитилди",  # Russian keyboard
])
def test_the_training_so_far_in_uzbek_offers_the_training(answerer: Answerer,
                                                          message: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.candidates[0].entry_id == "strategy-training"


@pytest.mark.parametrize(("message", "entry"), [
    ("how many people will be trained under the strategy", "strategy-training"),
    ("how many citizens will be sent abroad by 2026", "strategy-organised-migration"),
    ("how much money did migrants send home in 2024", "remit-2024-total"),
    ("I work in Russia. How much did migrants send home in 2024?", "remit-2024-total"),
    # "this year" of a year the message names: that year
    ("Салом устоз! Семинарда 2017 йил ҳақида гапирмоқчиман. Нега бу йил миграция ҳуқуқи учун "
     "бурилиш йили деб аталади? Олдиндан раҳмат", "law-2017-reforms"),
])
def test_the_time_the_entry_gives_is_answered(answerer: Answerer, message: str,
                                              entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == entry


# Whether an act lost force, the documents to submit, a year said with 'yildagi', the Kazakh
# people typed on a Russian keyboard ('казок').
@pytest.mark.parametrize(("message", "entry"), [
    ("is decree UP-5785 still in force", "decree-up-5785"),
    ("указ УП-5785 утратил силу?", "decree-up-5785"),
    ("ukaz UP-5785 utratil silu?", "decree-up-5785"),
    ("PF-5785 farmoni kuchini yoʻqotganmi", "decree-up-5785"),
    ("ПФ-5785 фармони кучини йўқотганми", "decree-up-5785"),
    ("what documents do I submit to work in Germany", "coop-germany-2024"),
    ("какие документы подать для работы в Германии", "coop-germany-2024"),
    ("Germaniyaga ishga qanday hujjat topshiraman", "coop-germany-2024"),
    ("Германияга ишга қандай ҳужжат топшираман", "coop-germany-2024"),
    ("Germaniya bilan 2023 yildagi kelishuv", "coop-germany-2024"),
    ("Германия билан 2023 йилдаги келишув", "coop-germany-2024"),
    ("казок мигрантлари 2024 йилда канча пул жунатган", "remit-2024-total"),
    ("qazoq migrantlari 2024 yilda qancha pul yuborgan", "remit-2024-total"),
])
def test_force_papers_and_forms_are_near_misses(answerer: Answerer, message: str,
                                                entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.candidates[0].entry_id == entry


@pytest.mark.parametrize("message", [
    "Germaniya bilan 2024 yildagi kelishuv",
    "Германия билан 2024 йилдаги келишув",
])
def test_the_deals_own_year_with_yildagi_is_answered(answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == "coop-germany-2024"


# A date whose day and year are the act's own but not its month: another date, a near miss.
@pytest.mark.parametrize(("message", "entry", "asked"), [
    ("UP-5785 of 20 September 2019", "decree-up-5785", "20.09.2019"),
    ("указ УП-5785 от 20 сентября 2019 года", "decree-up-5785", "20.09.2019"),
    ("ukaz UP-5785 ot 20 sentyabrya 2019 goda", "decree-up-5785", "20.09.2019"),
    ("PF-5785 2019-yil 20-sentabrdagi farmon", "decree-up-5785", "20.09.2019"),
    ("ПФ-5785 2019 йил 20 сентябрдаги фармон", "decree-up-5785", "20.09.2019"),
    ("постановление ПП-4829 от 15 октября 2020 года", "decree-pp-4829", "15.10.2020"),
])
def test_the_acts_day_and_year_in_another_month_is_a_near_miss(
        answerer: Answerer, message: str, entry: str, asked: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.candidates[0].entry_id == entry
    assert asked in found.near_miss.asked


@pytest.mark.parametrize(("message", "entry"), [
    ("UP-5785 of 20 August 2019", "decree-up-5785"),
    ("указ УП-5785 от 20 августа 2019 года", "decree-up-5785"),
    ("2019-yil 20-avgustdagi PF-5785 farmoni", "decree-up-5785"),
    ("resolution PP-4829 of 15 September 2020", "decree-pp-4829"),
])
def test_the_acts_own_date_is_answered(answerer: Answerer, message: str, entry: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss) == ("answer", None)
    assert found.candidates[0].entry_id == entry


# Money sent said in the Uzbek verb's other forms ('pul oʻtkazildi', 'pul yuborishgan', 'pul
# joʻnatildi'): the remittance concept, so the year asked is compared with the 2024 figure.
@pytest.mark.parametrize(("message", "near_miss"), [
    ("2024 yilda qancha pul oʻtkazildi", False),
    ("2024 йилда қанча пул ўтказилди", False),
    ("2024 йилда канча пул утказилди", False),  # Russian keyboard
    ("2024 yilda qancha pul yuborishgan", False),
    ("2024 yilda qancha pul joʻnatildi", False),
    ("2024 yilda qancha pul jönatildi", False),  # new alphabet
    ("2022 yilda qancha pul oʻtkazildi", True),
    ("bu yil qancha pul oʻtkazildi", True),
    ("бу йил қанча пул ўтказилди", True),
])
def test_money_sent_in_other_verb_forms_is_the_remittance_figure(
        answerer: Answerer, message: str, near_miss: bool) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == ("clarify" if near_miss else "answer")
    assert (found.near_miss is not None) == near_miss
    assert found.candidates[0].entry_id == "remit-2024-total"


# Last or next year beside a "how many": no figure of the documents is of it, unless the
# sentence names that year.
@pytest.mark.parametrize(("message", "near_miss"), [
    ("how many people were trained last year under the strategy", True),
    ("сколько мигранты перевели в прошлом году", True),
    ("v proshlom godu skolko pereveli migranty", True),
    ("oʻtgan yili migrantlar qancha pul yuborishdi", True),
    ("ўтган йили мигрантлар қанча пул юборишди", True),
    ("how many will be sent abroad next year", True),
    ("how many billions did uzbek migrants send home last year 2024", False),
    ("otgan yili yani 2024 da migrantlar yuborgan pul yaimning necha foizini tashkil qildi",
     False),
    ("I want to work abroad next year but I have no diploma. Is there any state plan to "
     "prepare people with skills and languages?", False),
])
def test_last_or_next_year_with_a_how_many_is_a_near_miss(answerer: Answerer, message: str,
                                                          near_miss: bool) -> None:
    found = answerer.matcher.match(message)
    assert found.decision == ("clarify" if near_miss else "answer")
    assert (found.near_miss is not None) == near_miss


# Foreigners coming to work in Uzbekistan: the documents speak of its citizens abroad only.
@pytest.mark.parametrize("message", [
    "what did the 2019 decree say about foreigners coming to work in uzbekistan",
    "what does the decree say about foreign workers in uzbekistan",
    "что указ говорит об иностранцах в Узбекистане",
    "farmon oʻzbekistonda ishlayotgan chet elliklar haqida nima deydi",
    "фармон ўзбекистонда ишлаётган чет элликлар ҳақида нима дейди",
])
def test_foreigners_in_uzbekistan_are_a_near_miss(answerer: Answerer, message: str) -> None:
    found = answerer.matcher.match(message)
    assert (found.decision, found.near_miss is not None) == ("clarify", True)
    assert found.near_miss.detail


@pytest.mark.parametrize(("text", "folded"), [
    # a decimal word with no decimals after it reads no number (review s15 finding 1):
    # 'butun yil' is "a whole year", "at one point" no figure
    ("uch butun yil ishladim", "uch butun il ishladim"),
    ("уч бутун йил ишладим", "uch butun il ishladim"),
    ("at one point i worked", "at one point i vorked"),
])
def test_a_decimal_word_without_decimals_reads_no_number(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize("message", [
    "uch butun yil Rossiyada ishladim, pul oʻtkazmalari nima",
    "уч бутун йил Россияда ишладим, пул ўтказмалари нима",
    "at one point i worked in russia, what are remittances",
])
def test_whole_years_and_at_one_point_ask_what_they_ask(answerer: Answerer,
                                                         message: str) -> None:
    reply = answerer.ask(message)
    assert (reply.kind, reply.match.best.entry_id) == ("answer", "remit-definition")
